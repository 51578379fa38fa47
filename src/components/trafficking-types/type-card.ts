import { msg, str } from '@lit/localize';
import { html, nothing, svg } from 'lit';
import type { TraffickingType, TraffickingTypeId } from '../../content/trafficking-types.js';
import { disclosureButton, panelHidden } from '../../internal/disclosure.js';
import { heading } from '../../internal/heading.js';
import { sourceLine } from '../../common/source-line.js';

/** Decorative, drawn inline: nothing is fetched. */
const ICONS: Record<TraffickingTypeId, ReturnType<typeof svg>> = {
  'pimp-controlled': svg`<circle cx="9" cy="8" r="3.5"/><path d="M2.5 20c0-3.6 2.9-6.5 6.5-6.5s6.5 2.9 6.5 6.5z"/><path d="M17 6l4 4m0-4l-4 4" stroke-width="1.8" fill="none" stroke="currentColor"/>`,
  familial: svg`<circle cx="7" cy="7" r="3"/><circle cx="17" cy="7" r="3"/><circle cx="12" cy="13" r="2.5"/><path d="M1.5 20c0-3 2.5-5.5 5.5-5.5 1.3 0 2.5.5 3.4 1.2A5 5 0 0 0 7.5 20zM22.5 20c0-3-2.5-5.5-5.5-5.5-1.3 0-2.5.5-3.4 1.2A5 5 0 0 1 16.5 20zM8.5 21c0-2 1.6-3.5 3.5-3.5s3.5 1.5 3.5 3.5z"/>`,
  'gang-controlled': svg`<circle cx="6" cy="9" r="2.5"/><circle cx="12" cy="7" r="2.8"/><circle cx="18" cy="9" r="2.5"/><path d="M1 19c0-2.8 2.2-5 5-5 1 0 1.9.3 2.7.8A6 6 0 0 0 6.5 19zM23 19c0-2.8-2.2-5-5-5-1 0-1.9.3-2.7.8a6 6 0 0 1 2.2 4.2zM7.5 20c0-2.5 2-4.5 4.5-4.5s4.5 2 4.5 4.5z"/>`,
  'buyer-perpetrated': svg`<rect x="3" y="6" width="18" height="12" rx="2"/><circle cx="12" cy="12" r="3" fill="var(--_surface, #fff)"/>`,
};

export interface TypeCardOptions {
  /** The heading level of the card's name; 0 leaves the heading out. */
  readonly level: number;
  /** The card's name for screen readers (default: the type's name). */
  readonly label?: string;
  readonly open: boolean;
  readonly onToggle: () => void;
}

/** One type of trafficking: its name, NCMEC's definition, and a "learn more" disclosure. */
export function typeCard(type: TraffickingType, { level, label, open, onToggle }: TypeCardOptions) {
  const name = type.name();
  return html`<article part="card" class="card" aria-label=${label ?? name}>
    <svg class="icon" viewBox="0 0 24 24" aria-hidden="true">${ICONS[type.id]}</svg>
    ${level ? heading(level, 'name', `name-${type.id}`, name) : nothing}
    <p part="definition" class="definition">${type.definition()}</p>
    ${disclosureButton(
      open,
      `more-${type.id}`,
      onToggle,
      msg('Learn more', { id: 'type.learn-more', desc: 'Button that opens more detail about one type of trafficking.' }),
      // Its name starts with what it shows, and says which type it opens.
      msg(str`Learn more: ${name}`, { id: 'type.learn-more.name', desc: 'What screen readers say for the "Learn more" button of one type; ${0} is the name of the type.' }),
    )}
    <div part="details" class="details" id="more-${type.id}" hidden=${panelHidden(open)} @beforematch=${onToggle}>
      <ul>
        ${type.details.map((detail) => html`<li>${detail()}</li>`)}
      </ul>
      ${sourceLine(type.cited)}
    </div>
  </article>`;
}
