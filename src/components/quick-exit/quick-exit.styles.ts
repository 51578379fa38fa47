import { css } from 'lit';

export const styles = css`
  :host {
    --_bg: var(--cst-quick-exit-background, #b50909);
    --_fg: var(--cst-quick-exit-color, #ffffff);
    z-index: var(--cst-quick-exit-z-index, 2147483000);
  }
  :host([position='top']),
  :host(:not([position])) {
    position: sticky;
    top: 0;
  }
  :host([position='bottom']) {
    position: sticky;
    bottom: 0;
  }
  .base {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: flex-end;
    gap: var(--_space-xs) var(--_space-m);
    padding: var(--_space-xs) var(--_space-s);
  }
  :host([position='inline']) .base {
    justify-content: flex-start;
    padding: 0;
  }
  .link {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
    min-width: 44px;
    padding: var(--_space-xs) var(--_space-m);
    border: 2px solid var(--_fg);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_fg);
    font-weight: 700;
    text-decoration: none;
    box-shadow: 0 2px 0 #6a0000;
  }
  .link:hover {
    text-decoration: underline;
  }
  .note {
    font-size: 0.875em;
    background: var(--_color-surface);
    padding: 0 var(--_space-xs);
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
    .note {
      border: 1px solid CanvasText;
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
