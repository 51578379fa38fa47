import { css } from 'lit';

export const styles = css`
  :host {
    --_do: var(--cst-do-dont-do-color, #00703c) !important;
    --_dont: var(--cst-do-dont-dont-color, #b50909) !important;
    --_surface: var(--cst-do-dont-surface, var(--_color-surface)) !important;
    --_tint: var(--cst-do-dont-tint, var(--_color-tint)) !important;
    --_link: var(--cst-do-dont-accent, var(--_color-link)) !important;
    --_decoration: var(--cst-do-dont-accent, var(--_color-decoration)) !important;
  }
  /* Side by side when there is room, stacked when narrow. */
  .columns {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 16em), 1fr));
    gap: var(--_space-m);
  }
  .compact .columns {
    grid-template-columns: 1fr;
    gap: var(--_space-s);
  }
  .column {
    padding: var(--_space-m);
    border: 1px solid var(--_color-border);
    border-top: 6px solid var(--_tone);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .do {
    --_tone: var(--_do);
  }
  .dont {
    --_tone: var(--_dont);
  }
  .column-heading {
    display: flex;
    align-items: center;
    gap: var(--_space-s);
    margin: 0 0 var(--_space-s);
    font-size: 1.375em;
    font-weight: 700;
    line-height: 1.25;
    color: var(--_tone);
  }
  .mark {
    flex: none;
    width: 1.25em;
    height: 1.25em;
    fill: none;
    stroke: currentColor;
    stroke-width: 3;
  }
  .list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: var(--_space-s);
  }
  .label {
    display: block;
    font-weight: 700;
  }
  .compact .explanation {
    display: none;
  }
  .compact .column {
    padding: var(--_space-s) var(--_space-m);
  }
  .compact .list {
    gap: var(--_space-xs);
  }
  @media (forced-colors: active) {
    .column {
      border-color: CanvasText;
    }
    .column-heading {
      color: CanvasText;
    }
  }
  @media print {
    .column {
      break-inside: avoid;
    }
  }
`;
