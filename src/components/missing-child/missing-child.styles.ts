import { css } from 'lit';

export const styles = css`
  :host {
    --_link: var(--cst-missing-child-accent, var(--_color-link));
    --_decoration: var(--cst-missing-child-accent, var(--_color-decoration));
    --_tint: var(--cst-missing-child-tint, var(--_color-tint));
    --_marker: var(--cst-missing-child-marker, var(--_color-text));
  }
  .return-heading {
    margin: 0;
    font-size: 1.375em;
    font-weight: 700;
    line-height: 1.25;
  }
  /* Numbered steps (the list's own numbers, which every screen reader announces): the action in
     bold, its detail after it. */
  .steps {
    margin: 0;
    padding-inline-start: 1.75em;
  }
  .step {
    max-width: 45em;
    padding-inline-start: 0.25em;
  }
  .step + .step {
    margin-top: var(--_space-m);
  }
  .step::marker {
    color: var(--_marker);
    font-weight: 700;
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
    .action a,
    .detail a {
      color: LinkText;
    }
  }
  /* On paper: one checklist, every web address printed after its link. */
  @media print {
    /* Sized for paper, so that every reader's steps fit one page of Letter or A4. */
    .base {
      font-size: 10pt;
    }
    .stack {
      gap: 0.75em;
    }
    .step + .step {
      margin-top: 0.4em;
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
