import { css } from 'lit';

/** Shared by <cst-trafficking-types> and <cst-trafficking-type>. */
export const styles = css`
  :host {
    --_link: var(--cst-trafficking-types-accent, var(--_color-link)) !important;
    --_decoration: var(--cst-trafficking-types-accent, var(--_color-decoration)) !important;
    --_surface: var(--cst-trafficking-types-surface, var(--_color-surface)) !important;
    --_tint: var(--cst-trafficking-types-tint, var(--_color-tint)) !important;
  }
  /*
   * Laid out by the widget's own width, never the window's: one column in a sidebar or on a phone,
   * two (two rows of two) in a CMS column, four on a wide page; never three, which would leave one
   * card alone. Each card is as tall as what it shows: opening one never stretches its neighbours.
   * The container is the box round the cards, not the widget: a widget in a shrink-to-fit box (a
   * flex item) still takes its width from its heading and introduction.
   */
  .cards-box {
    container-type: inline-size;
  }
  .cards {
    display: grid;
    grid-template-columns: 1fr;
    gap: var(--_space-m);
    align-items: start;
  }
  @container (width >= 32em) {
    .cards {
      grid-template-columns: repeat(2, 1fr);
    }
  }
  /* In a row: four cards, or as many as a webmaster chose (empty columns collapse). */
  @container (width >= 60em) {
    .cards {
      grid-template-columns: repeat(auto-fit, minmax(12em, 1fr));
    }
  }
  .card {
    display: flex;
    flex-direction: column;
    gap: var(--_space-s);
    padding: var(--_space-m);
    border: 1px solid var(--_color-border);
    border-top: 4px solid var(--_decoration);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .icon {
    width: 2em;
    height: 2em;
    fill: var(--_decoration);
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
    color: var(--_link);
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
  .details[hidden]:not([hidden='until-found']) {
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
      content-visibility: visible;
    }
    .card {
      break-inside: avoid;
    }
  }
`;
