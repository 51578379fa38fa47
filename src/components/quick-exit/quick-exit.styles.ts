import { css } from 'lit';

export const styles = css`
  :host {
    --_bg: var(--cst-quick-exit-background, #b50909);
    --_fg: var(--cst-quick-exit-color, #ffffff);
  }
  /*
   * Sticky: only the bar stays in view. The element and its region take no box of their own
   * (display: contents), so the bar sticks within the element's container (usually <body>) while
   * the note below it stays in the page's flow and scrolls away.
   */
  :host(:not([position='inline'])) {
    display: contents;
  }
  :host(:not([position='inline'])) .base {
    display: contents;
  }
  .bar {
    position: relative;
    display: flex;
    justify-content: flex-end;
  }
  :host(:not([position='inline'])) .bar {
    position: sticky;
    top: 0;
    z-index: var(--cst-quick-exit-z-index, 2147483000);
    /* Opaque, and at most 48 px tall: 2 + 44 + 1 + 1 (the line under it). */
    padding: 2px var(--_space-s) 1px;
    border-bottom: 1px solid var(--_color-border);
    background: var(--cst-quick-exit-bar-background, var(--_color-surface));
  }
  :host([position='bottom']) .bar {
    top: auto;
    bottom: 0;
    padding: 1px var(--_space-s) 2px;
    border-top: 1px solid var(--_color-border);
    border-bottom: 0;
  }
  :host([position='inline']) .bar {
    justify-content: flex-start;
  }
  .link {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
    min-width: 44px;
    padding: 0 var(--_space-m);
    border: 2px solid var(--_fg);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_fg);
    font-weight: 700;
    line-height: 1.25;
    text-decoration: none;
  }
  .link:hover {
    text-decoration: underline;
  }
  /*
   * The shared two-tone ring, drawn within the bar so that no edge of it is ever cut off: the
   * button's edge turns dark (with 2 px more outside it), and the light ring runs just inside it.
   */
  .link:focus-visible {
    border-color: var(--_color-focus-outer);
    outline-offset: -5px;
    box-shadow: 0 0 0 2px var(--_color-focus-outer);
  }
  /* The countdown: over the page just under (or above) the bar, so the bar never grows. */
  .countdown {
    position: absolute;
    top: 100%;
    right: var(--_space-s);
    max-width: calc(100% - 2 * var(--_space-s));
    margin-top: var(--_space-xs);
    padding: var(--_space-xs) var(--_space-s);
    border: 2px solid var(--_color-text);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    font-weight: 700;
  }
  :host([position='bottom']) .countdown {
    top: auto;
    bottom: 100%;
    margin: 0 0 var(--_space-xs);
  }
  :host([position='inline']) .countdown {
    right: auto;
    left: 0;
  }
  .countdown[hidden] {
    display: none;
  }
  .note {
    display: block;
    padding: var(--_space-xs) var(--_space-s);
    font-size: 0.875em;
    text-align: end;
  }
  /* Two lines where the note may wrap, as the placeholder CSS reserves: the page never shifts. */
  @media (width < 32em) {
    :host(:not([position='inline'])) .note {
      min-height: 3.5em;
    }
  }
  :host([position='inline']) .note {
    padding: var(--_space-xs) 0 0;
    text-align: start;
  }
  /* The cover: a modal dialog in the top layer, above everything the page has, whatever its z-index. */
  .cover {
    position: fixed;
    inset: 0;
    width: 100vw;
    height: 100vh;
    max-width: none;
    max-height: none;
    margin: 0;
    padding: 0;
    border: 0;
    background: #ffffff;
  }
  .cover::backdrop {
    background: #ffffff;
  }
  @media (forced-colors: active) {
    .link {
      border-color: LinkText;
      color: LinkText;
    }
    .bar {
      border-color: CanvasText;
    }
    .cover,
    .cover::backdrop {
      background: Canvas;
    }
  }
  @media print {
    :host {
      display: none !important;
    }
  }
`;
