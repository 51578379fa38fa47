import { css } from 'lit';

/**
 * Theme tokens, resolved once per widget into private `--_*` properties. Hosts theme with the
 * public `--cst-*` names; component hooks (`--cst-<component>-*`) fall back to these.
 * Sizes are `em`/`px`, never `rem`: a host's `html { font-size: 62.5% }` must not shrink a widget.
 * Every private token on `:host` is `!important` (here and in each widget's styles): a page's rule on
 * the element outranks `:host`, but not an `!important` one of the shadow tree, so a page whose CSS
 * happens to set `--_font-size` cannot reach it (issue #40).
 */
export const tokens = css`
  :host {
    /* On one line: a minifier keeps a custom property's value as written. */
    --_font-size: var(--cst-font-size, medium) !important;
    --_color-text: var(--cst-color-text, #1b1b1b) !important;
    --_color-surface: var(--cst-color-surface, #ffffff) !important;
    /* Two roles, each falling back to the one accent of older themes: links and controls (text: 4.5:1), and decoration (borders, icons; never text). */
    --_color-link: var(--cst-color-link, var(--cst-color-accent, #005ea2)) !important;
    --_color-decoration: var(--cst-color-decoration, var(--cst-color-accent, #005ea2)) !important;
    --_color-strong: var(--cst-color-strong, #162e51) !important;
    --_color-on-strong: var(--cst-color-on-strong, #ffffff) !important;
    --_color-focus: var(--cst-color-focus, #ffbe2e) !important;
    --_color-focus-outer: var(--cst-color-focus-outer, #1b1b1b) !important;
    --_color-border: var(--cst-color-border, #71767a) !important;
    --_color-muted: var(--cst-color-muted, #4b4f52) !important;
    --_color-tint: var(--cst-color-tint, #eff6fb) !important;
    --_radius: var(--cst-radius, 4px) !important;
    --_space-xs: var(--cst-space-xs, 0.25em) !important;
    --_space-s: var(--cst-space-s, 0.5em) !important;
    --_space-m: var(--cst-space-m, 1em) !important;
    --_space-l: var(--cst-space-l, 1.5em) !important;
  }
`;

/**
 * Shields a widget from the host page: inherited properties (font, colour, line-height,
 * letter-spacing, text-transform...) are reset on the widget's root element, where host rules
 * cannot reach, and every box is sized predictably.
 */
export const reset = css`
  :host {
    display: block;
    box-sizing: border-box;
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  [part~='base'] {
    all: initial;
    /* "all" resets visibility too: a widget in a box the host hides (a closed off-canvas menu) must hide with it. */
    visibility: inherit;
    display: block;
    /* The page's own font (inherited through the element), unless the token names another. */
    font-family: var(--cst-font-family, inherit);
    font-size: var(--_font-size);
    line-height: 1.5;
    /* Its own surface behind its own text: readable on any page, light or dark, with no token set. */
    background: var(--_color-surface);
    color: var(--_color-text);
    overflow-wrap: break-word;
  }
  /* Prose at a readable measure (about 70 characters a line), however wide the page gives it. */
  p,
  li {
    max-inline-size: 60ch;
  }
  p,
  ul,
  li {
    margin: 0;
    padding: 0;
  }
  a {
    color: inherit;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  a:hover {
    text-decoration-thickness: 0.15em;
  }
  /* A two-tone ring (light inside, dark outside) stays visible on light and dark backgrounds. */
  :focus-visible {
    outline: 3px solid var(--_color-focus);
    outline-offset: 0;
    box-shadow: 0 0 0 5px var(--_color-focus-outer);
  }
  .nowrap {
    white-space: nowrap;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    padding: 0 !important;
    margin: -1px !important;
    overflow: hidden !important;
    clip: rect(0, 0, 0, 0) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
  @media (forced-colors: active) {
    a {
      color: LinkText;
    }
    :focus-visible {
      outline-color: Highlight;
      box-shadow: none;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
    }
  }
`;

/** Pieces several widgets share: the column of blocks, the heading, the tinted callout, the chevron. (Styles that go with a shared template sit beside it, in src/common/.) */
export const blocks = css`
  .stack {
    display: flex;
    flex-direction: column;
    gap: var(--_space-m);
  }
  /* The heading scale: a widget's title 1.75em, its sections 1.375em, cards and topics 1.125em, text 1em. */
  .heading {
    margin: 0;
    font-size: 1.75em;
    font-weight: 700;
    line-height: 1.25;
  }
  .callout {
    display: flex;
    flex-direction: column;
    gap: var(--_space-s);
    padding: var(--_space-m);
    border-left: 4px solid var(--_decoration, var(--_color-decoration));
    background: var(--_tint, var(--_color-tint));
  }
  .callout a {
    color: var(--_link, var(--_color-link));
    font-weight: 700;
  }
  .chevron {
    flex: none;
    width: 1em;
    height: 1em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    transition: transform 0.15s ease;
  }
  [aria-expanded='true'] > .chevron {
    transform: rotate(90deg);
  }
  @media (forced-colors: active) {
    .callout {
      border: 1px solid CanvasText;
      border-left-width: 4px;
    }
  }
`;
