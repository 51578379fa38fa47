import { msg } from '@lit/localize';
import { css, html } from 'lit';
import { SOURCES } from '../content/sources.js';
import type { Citation } from '../content/types.js';

/**
 * "Source: <guide> (<edition or year>)" for a record, every guide named once. The guides' titles are English
 * (NCMEC publishes them so), hence their own `lang` on a Spanish page.
 */
export function sourceLine(cited: readonly Citation[]) {
  const titles = [...new Set(cited.map((c) => c.source))].map((id) => `${SOURCES[id].title} (${SOURCES[id].edition ?? SOURCES[id].year})`);
  const label =
    titles.length === 1
      ? msg('Source:', { id: 'ui.source', desc: 'Before the title of the NCMEC guide a statement comes from.' })
      : msg('Sources:', { id: 'ui.sources', desc: 'Before the titles of the NCMEC guides a statement comes from.' });
  return html`<p class="source">${label} <span lang="en">${titles.join('; ')}</span></p>`;
}

/** The style of the source line: muted and small, in every widget that shows one. */
export const sourceLineStyles = css`
  .source {
    color: var(--_color-muted);
    font-size: 0.875em;
  }
`;
