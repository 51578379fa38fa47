import { css } from 'lit';

export const styles = css`
  :host {
    --_link: var(--cst-red-flags-accent, var(--_color-link)) !important;
    --_decoration: var(--cst-red-flags-accent, var(--_color-decoration)) !important;
    --_surface: var(--cst-red-flags-surface, var(--_color-surface)) !important;
    --_tint: var(--cst-red-flags-tint, var(--_color-tint)) !important;
    --_columns-min: var(--cst-red-flags-columns-min, 18em) !important;
  }
  .base {
    background: var(--cst-red-flags-background, var(--_color-surface));
  }
  .group-heading {
    margin: 0 0 var(--_space-s);
    font-size: 1.375em;
    font-weight: 700;
    line-height: 1.25;
  }
  /*
   * Where the widget is narrow (a phone, a sidebar), the controls sit behind one button, so the
   * first sign shows under the heading in the first screen; measured on the widget's own width.
   */
  .controls-box {
    container-type: inline-size;
  }
  .controls-button {
    display: none;
  }
  @container (width < 36em) {
    .controls-button {
      display: inline-flex;
      align-items: center;
      gap: var(--_space-s);
    }
    .controls-button[aria-expanded='false'] + .controls {
      display: none;
    }
    .controls-button[aria-expanded='true'] + .controls {
      margin-block-start: var(--_space-m);
    }
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: var(--_space-m);
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  legend,
  label[for] {
    display: block;
    padding: 0;
    margin-bottom: var(--_space-xs);
    font-weight: 700;
  }
  .kind {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
  }
  .kind legend {
    width: 100%;
  }
  /* Each choice a box like the topic buttons: the whole box is the target; the radio shows the state. */
  .choice {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-s);
    min-height: 44px;
    padding: var(--_space-xs) var(--_space-s);
    border: 2px solid var(--_link);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_link);
    cursor: pointer;
  }
  .choice:has(:checked) {
    background: var(--_tint);
    color: var(--_color-text);
    font-weight: 700;
  }
  .choice:hover {
    text-decoration: underline;
  }
  .choice input {
    width: 1.25em;
    height: 1.25em;
    margin: 0;
    accent-color: var(--_link);
  }
  /* The ring goes round the whole choice, not the small radio (where :has() is known). */
  @supports selector(:has(*)) {
    .choice:has(:focus-visible) {
      outline: 3px solid var(--_color-focus);
      box-shadow: 0 0 0 5px var(--_color-focus-outer);
    }
    .choice input:focus-visible {
      outline: none;
      box-shadow: none;
    }
  }
  .topics {
    flex: 1 1 100%;
  }
  .filters,
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
  }
  .filter,
  .button {
    min-height: 44px;
    padding: var(--_space-xs) var(--_space-m);
    border: 2px solid var(--_link);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_link);
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  /* The one primary button: filled, where the others are outlined. */
  .button.primary {
    background: var(--_link);
    color: var(--cst-red-flags-on-accent, #ffffff);
    font-weight: 700;
  }
  .filter[aria-pressed='true'] {
    background: var(--_link);
    color: var(--cst-red-flags-on-accent, #ffffff);
  }
  .filter:disabled,
  .button:disabled {
    border-color: var(--_color-border);
    color: var(--_color-muted);
    cursor: default;
  }
  .search {
    flex: 1 1 16em;
  }
  input[type='search'] {
    width: 100%;
    min-height: 44px;
    padding: var(--_space-xs) var(--_space-s);
    border: 2px solid var(--_color-text);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_color-text);
    font: inherit;
  }
  /* On paper only: a printed list with filters on says so (the controls are not printed). */
  .print-only {
    display: none;
  }
  .status {
    margin: 0;
    min-height: 1.5em;
    color: var(--_color-muted);
  }
  .groups {
    display: flex;
    flex-direction: column;
    gap: var(--_space-m);
  }
  /* While the topics arrive, one a turn, what comes after the list keeps its place unseen. */
  .groups.arriving ~ * {
    visibility: hidden;
  }
  .list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--_columns-min)), 1fr));
    gap: var(--_space-s) var(--_space-m);
    align-items: start;
  }
  .item {
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .toggle {
    display: flex;
    align-items: flex-start;
    gap: var(--_space-s);
    width: 100%;
    min-height: 44px;
    padding: var(--_space-s) var(--_space-m);
    border: 0;
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_color-text);
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  .toggle:hover {
    background: var(--_tint);
  }
  .toggle .chevron {
    margin-top: 0.25em;
  }
  .panel {
    padding: 0 var(--_space-m) var(--_space-m) calc(var(--_space-m) + 1em + var(--_space-s));
    display: flex;
    flex-direction: column;
    gap: var(--_space-s);
  }
  .panel[hidden]:not([hidden='until-found']) {
    display: none;
  }
  /* Closed but found by the browser's find in page: its words are there, unseen, and take no room. */
  .panel[hidden='until-found'] {
    padding: 0;
  }
  @media (forced-colors: active) {
    .choice:has(:focus-visible) {
      outline-color: Highlight;
      box-shadow: none;
    }
    .button.primary,
    .filter[aria-pressed='true'] {
      background: Highlight;
      color: HighlightText;
      forced-color-adjust: none;
    }
  }
  @media print {
    .print-only {
      display: block;
      font-weight: 700;
    }
    .controls-button,
    .controls,
    .status,
    .chevron {
      display: none;
    }
    .panel[hidden] {
      display: flex;
      content-visibility: visible;
      padding: 0 var(--_space-m) var(--_space-m) calc(var(--_space-m) + 1em + var(--_space-s));
    }
    .item {
      break-inside: avoid;
    }
    /* A topic's heading stays with its first signs. */
    .group-heading {
      break-after: avoid;
    }
  }
`;
