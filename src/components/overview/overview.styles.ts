import { css } from 'lit';

export const styles = css`
  :host {
    --_link: var(--cst-overview-accent, var(--_color-link)) !important;
    --_decoration: var(--cst-overview-accent, var(--_color-decoration)) !important;
    --_tint: var(--cst-overview-tint, var(--_color-tint)) !important;
  }
  .section {
    display: flex;
    flex-direction: column;
    gap: var(--_space-s);
    max-width: 48em;
  }
  .section-heading {
    margin: 0;
    font-size: 1.375em;
    font-weight: 700;
    line-height: 1.25;
  }
  /* NCMEC's three words: each a bold term, then what it means. */
  .terms {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: var(--_space-s);
  }
  .term {
    display: block;
    font-weight: 700;
    color: var(--_link);
  }
  .language {
    padding: var(--_space-m);
    border-left: 4px solid var(--_decoration);
    background: var(--_tint);
  }
  @media (forced-colors: active) {
    .term {
      color: CanvasText;
    }
    .language {
      border: 1px solid CanvasText;
      border-left-width: 4px;
    }
  }
  @media print {
    .section {
      break-inside: avoid;
    }
  }
`;
