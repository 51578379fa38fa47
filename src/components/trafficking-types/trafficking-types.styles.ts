import { css } from 'lit';

/** Shared by <cst-trafficking-types> and <cst-trafficking-type>. */
export const styles = css`
  :host {
    --_accent: var(--cst-trafficking-types-accent, var(--_color-accent));
    --_surface: var(--cst-trafficking-types-surface, var(--_color-surface));
    --_tint: var(--cst-trafficking-types-tint, var(--_color-tint));
  }
  /*
   * One column on a phone, two on a tablet, four on a wide screen. Each card is as tall as what it
   * shows: opening one never stretches its neighbours.
   */
  .cards {
    display: grid;
    grid-template-columns: 1fr;
    gap: var(--_space-m);
    align-items: start;
  }
  @media (min-width: 40em) {
    .cards {
      grid-template-columns: repeat(2, 1fr);
    }
  }
  @media (min-width: 72em) {
    .cards.many {
      grid-template-columns: repeat(4, 1fr);
    }
  }
  .card {
    display: flex;
    flex-direction: column;
    gap: var(--_space-s);
    padding: var(--_space-m);
    border: 1px solid var(--_color-border);
    border-top: 4px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .icon {
    width: 2em;
    height: 2em;
    fill: var(--_accent);
  }
  .name {
    margin: 0;
    font-size: 1.125em;
    font-weight: 700;
    line-height: 1.3;
  }
  .definition {
    flex: 1 1 auto;
  }
  .toggle {
    align-self: flex-start;
    display: inline-flex;
    align-items: center;
    gap: var(--_space-xs);
    min-height: 44px;
    padding: var(--_space-xs) var(--_space-s);
    margin-left: calc(-1 * var(--_space-s));
    border: 0;
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_accent);
    font: inherit;
    font-weight: 700;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  .details {
    display: flex;
    flex-direction: column;
    gap: var(--_space-s);
  }
  .details[hidden] {
    display: none;
  }
  .details ul {
    margin: 0;
    padding-left: 1.25em;
    display: flex;
    flex-direction: column;
    gap: var(--_space-xs);
  }
  @media (forced-colors: active) {
    .card {
      border-top-width: 4px;
      border-color: CanvasText;
    }
    .icon {
      fill: CanvasText;
    }
    .toggle {
      color: LinkText;
    }
  }
  @media print {
    .toggle {
      display: none;
    }
    .details[hidden] {
      display: flex;
    }
    .card {
      break-inside: avoid;
    }
  }
`;
