import { css } from 'lit';

export const styles = css`
  :host {
    --_link: var(--cst-support-accent, var(--_color-link)) !important;
    --_decoration: var(--cst-support-accent, var(--_color-decoration)) !important;
    --_tint: var(--cst-support-tint, var(--_color-tint)) !important;
  }
  .services {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 18em), 1fr));
    gap: var(--_space-m);
  }
  .service {
    display: flex;
    flex-direction: column;
    gap: var(--_space-s);
    padding: var(--_space-m);
    border: 1px solid var(--_color-border);
    border-top: 4px solid var(--_decoration);
    border-radius: var(--_radius);
  }
  .service-name {
    margin: 0;
    font-size: 1.125em;
    font-weight: 700;
    line-height: 1.25;
  }
  .service a {
    color: var(--_link);
    font-weight: 700;
  }
  .titles {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .everyone-heading {
    margin: 0;
    font-size: 1.125em;
    font-weight: 700;
    line-height: 1.25;
  }
  @media (forced-colors: active) {
    .service {
      border-color: CanvasText;
    }
  }
  @media print {
    .service {
      break-inside: avoid;
    }
    a[href^='https:']::after {
      content: ' (' attr(href) ')';
      font-weight: 400;
    }
  }
`;
