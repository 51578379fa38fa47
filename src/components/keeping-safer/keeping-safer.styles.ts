import { css } from 'lit';

export const styles = css`
  :host {
    --_link: var(--cst-keeping-safer-accent, var(--_color-link)) !important;
    --_decoration: var(--cst-keeping-safer-accent, var(--_color-decoration)) !important;
    --_tint: var(--cst-keeping-safer-tint, var(--_color-tint)) !important;
  }
  .group {
    display: flex;
    flex-direction: column;
    gap: var(--_space-s);
  }
  .group-heading {
    margin: 0;
    font-size: 1.375em;
    font-weight: 700;
    line-height: 1.25;
  }
  /* Each piece of advice: its title in bold, then what it means. */
  .tips {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: var(--_space-m);
    max-width: 48em;
  }
  .tip-title {
    display: block;
    font-weight: 700;
  }
  .tips a {
    color: var(--_link);
    font-weight: 700;
  }
  @media print {
    .tips li {
      break-inside: avoid;
    }
    a[href^='https:']::after {
      content: ' (' attr(href) ')';
      font-weight: 400;
    }
  }
`;
