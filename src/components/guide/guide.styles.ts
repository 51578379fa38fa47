import { css } from 'lit';

export const styles = css`
  :host {
    --_link: var(--cst-guide-accent, var(--_color-link)) !important;
    --_decoration: var(--cst-guide-accent, var(--_color-decoration)) !important;
    --_tint: var(--cst-guide-tint, var(--_color-tint)) !important;
  }
  .title {
    margin: 0;
    font-size: 1.75em;
    font-weight: 700;
    line-height: 1.2;
  }
  .publisher {
    margin: 0;
    color: var(--_color-muted);
  }
  .contents {
    padding: var(--_space-m);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
  }
  .contents-heading {
    margin: 0 0 var(--_space-s);
    font-size: 1em;
    font-weight: 700;
  }
  .contents ol {
    margin: 0;
    padding-inline-start: 1.5em;
    display: flex;
    flex-direction: column;
    gap: var(--_space-xs);
  }
  .contents a {
    color: var(--_link);
  }
  /*
   * Every part is laid out and in the accessibility tree from the start (no content-visibility:
   * its containment hid the parts below the window from screen readers' lists of headings and
   * landmarks, and clipped focus rings at each part's edge).
   */
  .part {
    display: flex;
    flex-direction: column;
    gap: var(--_space-m);
  }
  .base:not(.ready) .part {
    visibility: hidden;
  }
  .part-heading {
    margin: 0;
    padding-top: var(--_space-m);
    border-top: 2px solid var(--_color-border);
    font-size: 1.5em;
    font-weight: 700;
    line-height: 1.25;
    /* A heading the contents moved focus to stays clear of a sticky quick exit. */
    scroll-margin-top: 4em;
  }
  .part-heading:focus {
    outline: none;
  }
  .part-heading:focus-visible {
    outline: 3px solid var(--_color-focus);
    box-shadow: 0 0 0 5px var(--_color-focus-outer);
  }
  .figures {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 18em), 1fr));
    gap: var(--_space-m);
  }
  @media print {
    .contents {
      display: none;
    }
    .part {
      visibility: visible;
    }
    .part-heading {
      break-after: avoid;
    }
  }
`;
