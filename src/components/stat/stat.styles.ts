import { css } from 'lit';

export const styles = css`
  :host {
    --_link: var(--cst-stat-accent, var(--_color-link)) !important;
    --_decoration: var(--cst-stat-accent, var(--_color-decoration)) !important;
    --_tint: var(--cst-stat-tint, var(--_color-tint)) !important;
    --_figure-size: var(--cst-stat-figure-size, 3em) !important;
  }
  .base {
    margin: 0;
    display: flex;
    flex-direction: column;
    gap: var(--_space-s);
    padding: var(--_space-m);
    border-left: 6px solid var(--_decoration);
    background: var(--_tint);
  }
  /* The number large, its year beside it; both are in the sentence that a screen reader reads. */
  .figure {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 var(--_space-s);
    color: var(--_link);
    font-weight: 700;
    line-height: 1.1;
  }
  .number {
    font-size: var(--_figure-size);
    font-variant-numeric: lining-nums tabular-nums;
  }
  .year {
    font-size: 1.25em;
  }
  .text {
    font-size: 1.125em;
  }
  .newer {
    color: var(--_color-muted);
    font-size: 0.875em;
  }
  @media (forced-colors: active) {
    .base {
      border: 1px solid CanvasText;
      border-left-width: 6px;
    }
    .figure {
      color: CanvasText;
    }
  }
  @media print {
    .base {
      break-inside: avoid;
    }
  }
`;
