import { css } from 'lit';

export const styles = css`
  :host {
    --_bg: var(--cst-hotline-banner-background, var(--_color-strong)) !important;
    --_fg: var(--cst-hotline-banner-color, var(--_color-on-strong)) !important;
    --_number-size: var(--cst-hotline-banner-number-size, 1.375em) !important;
    --_padding: var(--cst-hotline-banner-padding, var(--_space-m)) !important;
    --_max-width: var(--cst-hotline-banner-max-width, 72em) !important;
  }
  :host([dismissed]) {
    display: none;
  }
  /* Fills whatever height the host reserves (the placeholder CSS, cst-widgets.css), content centred. */
  [part~='base'] {
    min-height: inherit;
    display: flex;
    flex-direction: column;
    justify-content: center;
    background: var(--_bg);
    color: var(--_fg);
    --_color-focus: var(--cst-hotline-banner-focus, var(--cst-color-focus, #ffbe2e));
  }
  .inner {
    position: relative;
    width: 100%;
    display: flex;
    align-items: flex-start;
    gap: var(--_space-m);
    max-width: var(--_max-width);
    margin: 0 auto;
    padding: var(--_padding);
  }
  .icon {
    width: 1.25em;
    height: 1.25em;
    margin-inline-end: var(--_space-xs);
    vertical-align: -0.2em;
    fill: currentColor;
  }
  /* The text beside the close button, at any width: the phone sign sits in the title's line, so a narrow banner gives it no row of its own. */
  .body {
    flex: 1 1 auto;
    min-width: 0;
    display: flex;
    flex-direction: column;
    gap: var(--_space-s);
  }
  .lead {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    column-gap: var(--_space-s);
  }
  .publisher {
    flex-basis: 100%;
    font-size: 0.875em;
  }
  .title {
    font-weight: 700;
  }
  /*
   * The message and the last two steps: always shown on a wide banner; where the banner is narrow
   * (a phone, a sidebar), behind one button, so 911 and the hotline lead and the page keeps room.
   * Measured on the banner's own width, never the window's.
   */
  .more-box {
    container-type: inline-size;
  }
  .more {
    display: flex;
    flex-direction: column;
    gap: var(--_space-s);
  }
  .more-button {
    display: none;
    align-items: center;
    gap: var(--_space-xs);
    min-height: 2.5em;
    padding: 0 var(--_space-s);
    margin-inline-start: calc(-1 * var(--_space-s));
    border: 1px solid transparent;
    border-radius: var(--_radius);
    background: transparent;
    color: inherit;
    font: inherit;
    font-weight: 700;
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.2em;
    cursor: pointer;
  }
  .more-button:hover {
    border-color: currentColor;
  }
  /* The chevron every disclosure has (src/internal/disclosure.ts): it points at the label, down when open. */
  .chevron {
    flex: none;
    width: 1em;
    height: 1em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2.5;
  }
  .more-button[aria-expanded='true'] .chevron {
    transform: rotate(90deg);
  }
  @container (width < 32em) {
    .more-button {
      display: inline-flex;
    }
    .more-button[aria-expanded='false'] + .more {
      display: none;
    }
    .more-button[aria-expanded='true'] + .more {
      margin-block-start: var(--_space-xs);
    }
  }
  /* Large text: a heading's tighter leading, so its two lines on a phone read as one number. */
  .number {
    font-size: var(--_number-size);
    font-weight: 700;
    line-height: 1.25;
  }
  /* A light panel, so the host's own link colours (made for light backgrounds) stay readable. */
  .local {
    padding: var(--_space-s) var(--_space-m);
    border-radius: var(--_radius);
    background: var(--cst-hotline-banner-local-background, var(--_color-surface));
    color: var(--cst-hotline-banner-local-color, var(--_color-text));
  }
  .local:not(.has-content) {
    display: none;
  }
  /* Host rules such as p { margin } would otherwise win over ::slotted. */
  ::slotted([slot='local']) {
    margin: 0 !important;
  }
  /* In the corner, beside the first lines only: the lines under them take the banner's whole width. */
  :host([dismissible]) .full .lead {
    padding-inline-end: calc(44px + var(--_space-s));
  }
  .full .dismiss {
    position: absolute;
    inset-block-start: var(--_padding);
    inset-inline-end: var(--_padding);
  }
  .dismiss {
    flex: none;
    display: inline-grid;
    place-items: center;
    min-width: 44px;
    min-height: 44px;
    margin: calc(-1 * var(--_space-s)) calc(-1 * var(--_space-s)) 0 0;
    padding: 0;
    border: 1px solid transparent;
    border-radius: var(--_radius);
    background: transparent;
    color: inherit;
    font: inherit;
    cursor: pointer;
  }
  .dismiss svg {
    width: 1.25em;
    height: 1.25em;
    fill: currentColor;
  }
  .dismiss:hover {
    border-color: currentColor;
  }

  /* compact: the hotline and the emergency path flow as one paragraph, two lines on a desktop */
  .compact .inner {
    align-items: center;
    padding-block: var(--_space-s);
  }
  .compact .body {
    display: block;
    font-size: 0.875em;
  }
  .compact .lead,
  .compact .emergency-path,
  .compact .emergency-path li {
    display: inline;
  }
  .compact .lead,
  .compact .emergency-path li:not(:last-child) {
    margin-inline-end: var(--_space-l);
  }
  /* The signs sit in the line, as tall as the text: the line's height stays the text's in every engine. */
  .compact .icon,
  .compact .warning {
    width: 1em;
    height: 1em;
    margin-inline-end: var(--_space-xs);
    vertical-align: -0.125em;
  }
  .compact .number {
    font-size: 1.0625em;
  }
  .compact .dismiss {
    margin-block: calc(-1 * var(--_space-s));
  }

  @media (forced-colors: active) {
    [part~='base'] {
      border-block: 2px solid CanvasText;
    }
    .local {
      border: 1px solid CanvasText;
    }
    .dismiss,
    .more-button {
      border-color: ButtonText;
      color: ButtonText;
    }
  }
  @media print {
    [part~='base'] {
      background: none;
      color: #000;
      border: 1px solid #000;
    }
    .dismiss,
    .more-button {
      display: none;
    }
    .more {
      display: flex !important;
    }
  }
`;
