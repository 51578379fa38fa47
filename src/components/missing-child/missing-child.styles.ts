import { css } from 'lit';

export const styles = css`
  :host {
    --_link: var(--cst-missing-child-accent, var(--_color-link)) !important;
    --_decoration: var(--cst-missing-child-accent, var(--_color-decoration)) !important;
    --_tint: var(--cst-missing-child-tint, var(--_color-tint)) !important;
    --_marker: var(--cst-missing-child-marker, var(--_color-text)) !important;
  }
  .return-heading {
    margin: 0;
    font-size: 1.375em;
    font-weight: 700;
    line-height: 1.25;
  }
  /*
   * A step-by-step procedure, as GOV.UK's step by step shows one: each step's number in a circle,
   * a line joining the circles down to the last step, the action in bold and its detail after it.
   * The numbers are the list's own (a counter in place of the marker, which cannot be drawn as a
   * circle): \`role="list"\` keeps the list a list for Safari's VoiceOver without its markers. The
   * 911 step is the emergency: its circle filled, in the banner's colour.
   */
  .steps {
    margin: 0;
    padding: 0;
    list-style: none;
    counter-reset: step;
  }
  .step {
    position: relative;
    max-width: 45em;
    min-height: 2.5em;
    padding-inline-start: 3em;
    padding-bottom: var(--_space-m);
    counter-increment: step;
  }
  .step::before {
    content: counter(step);
    position: absolute;
    inset-inline-start: 0;
    top: -0.125em;
    width: 2em;
    height: 2em;
    display: grid;
    place-items: center;
    border: 2px solid var(--_marker);
    border-radius: 50%;
    background: var(--_color-surface);
    color: var(--_marker);
    font-weight: 700;
    line-height: 1;
  }
  .step:not(:last-child)::after {
    content: '';
    position: absolute;
    inset-inline-start: calc(1em - 1px);
    top: 1.875em;
    bottom: 0;
    border-inline-start: 2px solid var(--_color-border);
  }
  .step.danger::before {
    border-color: var(--_color-strong);
    background: var(--_color-strong);
    color: var(--_color-on-strong);
  }
  .action {
    display: block;
    font-weight: 700;
  }
  .action a,
  .detail a {
    color: var(--_link);
    font-weight: 700;
  }
  [part~='emergency'] {
    white-space: nowrap;
  }
  @media (forced-colors: active) {
    .step::before,
    .step.danger::before {
      border-color: CanvasText;
      background: Canvas;
      color: CanvasText;
      forced-color-adjust: none;
    }
    .step.danger::before {
      background: CanvasText;
      color: Canvas;
    }
    .action a,
    .detail a {
      color: LinkText;
    }
  }
  /* On paper: one checklist, every web address printed after its link. */
  @media print {
    /* Sized for paper, so that every reader's steps fit one page of Letter or A4. */
    .base {
      font-size: 9.5pt;
    }
    .stack {
      gap: 0.75em;
    }
    .step {
      min-height: 0;
      padding-inline-start: 2.25em;
      padding-bottom: 0.4em;
    }
    .step::before {
      width: 1.5em;
      height: 1.5em;
      border-width: 1px;
    }
    .step:not(:last-child)::after {
      inset-inline-start: calc(0.75em - 0.5px);
      top: 1.375em;
      border-inline-start-width: 1px;
    }
    .callout {
      padding: 0.5em 0.75em;
    }
    .step {
      max-width: none;
      break-inside: avoid;
    }
    a[href^='https:']::after {
      content: ' (' attr(href) ')';
      font-weight: 400;
    }
  }
`;
