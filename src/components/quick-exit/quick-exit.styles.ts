import { css } from 'lit';

export const styles = css`
  :host {
    --_bg: var(--cst-quick-exit-background, #b50909) !important;
    --_fg: var(--cst-quick-exit-color, #ffffff) !important;
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
  /* A container: the countdown's sentence shows only where the bar has room for it. */
  .bar {
    container-type: inline-size;
    display: flex;
    align-items: center;
    justify-content: flex-end;
    gap: var(--_space-s);
  }
  :host(:not([position='inline'])) .bar {
    position: sticky;
    top: var(--cst-quick-exit-top, 0);
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
  /*
   * The countdown sits in the bar, beside the button, so it never covers the page (or the control
   * that has focus): a mark per press, filled as Shift is pressed, and the sentence where the bar
   * has room for it on one line. It never makes the bar taller: where the bar has no room even for
   * the marks (large text on a narrow screen), only screen readers hear the count.
   */
  .countdown {
    display: flex;
    flex: none;
    align-items: center;
    gap: var(--_space-s);
    font-size: 0.875em;
    font-weight: 700;
    line-height: 1.25;
  }
  /* Sticky: the button stays at the end of the bar, the countdown just before it. */
  :host(:not([position='inline'])) .countdown {
    order: -1;
    flex-direction: row-reverse;
  }
  .countdown[hidden] {
    display: none;
  }
  .pips {
    display: flex;
    gap: 4px;
  }
  .pip {
    width: 10px;
    height: 10px;
    border: 2px solid currentColor;
    border-radius: 50%;
  }
  .pip.pressed {
    background: currentColor;
  }
  .countdown-text {
    white-space: nowrap;
  }
  @container (width < 44em) {
    .countdown-text {
      display: none;
    }
  }
  @container (width < 16em) {
    .countdown {
      display: none;
    }
  }
  .note {
    display: block;
    /* Its own surface behind its own words (the base around it paints nothing: display: contents), as
       wide as they are, under the button's end of the bar. */
    background: var(--_color-surface);
    box-sizing: border-box;
    width: fit-content;
    margin-inline-start: auto;
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
    margin-inline-start: 0;
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
    /* Outside the region the shared reset shields: the host's text styles stop here too. */
    font: normal 400 var(--_font-size) / 1.5 serif;
    font-family: var(--cst-font-family, inherit);
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-indent: 0;
    text-align: start;
    color: #1b1b1b;
  }
  .cover::backdrop {
    background: #ffffff;
  }
  /* What the cover says when the next page has not come. */
  .choices {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: var(--_space-m);
    max-width: 36em;
    margin: 0 auto;
    padding: var(--_space-l) var(--_space-m);
  }
  .choices p {
    font-size: 1.25em;
    font-weight: 700;
  }
  .choices button {
    min-height: 44px;
    padding: var(--_space-s) var(--_space-m);
    border: 2px solid #1b1b1b;
    border-radius: var(--_radius);
    background: #ffffff;
    color: #1b1b1b;
    font: inherit;
    font-weight: 700;
    cursor: pointer;
  }
  .choices .leave {
    border-color: var(--_fg);
    background: var(--_bg);
    color: var(--_fg);
  }
  .choices button:hover {
    text-decoration: underline;
  }
  @media (forced-colors: active) {
    .link {
      border-color: LinkText;
      color: LinkText;
    }
    .bar {
      border-color: CanvasText;
    }
    /* The note's own surface ends where the page begins: a line says where. */
    .note {
      border-bottom: 1px solid CanvasText;
    }
    .cover,
    .cover::backdrop {
      background: Canvas;
    }
    .choices {
      color: CanvasText;
    }
    .choices button {
      border-color: ButtonText;
      background: ButtonFace;
      color: ButtonText;
    }
    .pip {
      border-color: CanvasText;
    }
    .pip.pressed {
      background: CanvasText;
    }
  }
  @media print {
    :host {
      display: none !important;
    }
  }
`;
