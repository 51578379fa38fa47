import { msg, str } from '@lit/localize';
import { html, nothing, svg } from 'lit';
import type { TraffickingType, TraffickingTypeId } from '../../content/trafficking-types.js';
import { disclosureButton, panelHidden } from '../../internal/disclosure.js';
import { heading } from '../../internal/heading.js';
import { sourceLine } from '../../common/source-line.js';

/**
 * Decorative, drawn inline: nothing is fetched. One colour each, with holes cut by the even-odd rule
 * (never a second colour), so forced colours draw them whole. Four shapes a reader tells apart: a
 * heart with a keyhole (a relationship built and used as leverage), a house with an adult and a
 * child (family), a group of three (a gang), a banknote (a buyer).
 */
const ICONS: Record<TraffickingTypeId, ReturnType<typeof svg>> = {
  'pimp-controlled': svg`<path fill-rule="evenodd" d="M12 20.5 4.2 12.7a4.6 4.6 0 0 1 6.5-6.5L12 7.5l1.3-1.3a4.6 4.6 0 0 1 6.5 6.5ZM12 9.6a1.6 1.6 0 0 0-.7 3.04V15.6h1.4v-2.96A1.6 1.6 0 0 0 12 9.6Z"/>`,
  familial: svg`<path fill-rule="evenodd" d="M12 2.5 1.5 11.5h3V21.5h15V11.5h3ZM9.5 11a1.8 1.8 0 1 0 0 3.6 1.8 1.8 0 0 0 0-3.6ZM6.5 19.5a3 3 0 0 1 6 0ZM15 13.5a1.4 1.4 0 1 0 0 2.8 1.4 1.4 0 0 0 0-2.8ZM12.8 19.5a2.2 2.2 0 0 1 4.4 0Z"/>`,
  'gang-controlled': svg`<circle cx="6" cy="9" r="2.5"/><circle cx="12" cy="7" r="2.8"/><circle cx="18" cy="9" r="2.5"/><path d="M1 19c0-2.8 2.2-5 5-5 1 0 1.9.3 2.7.8A6 6 0 0 0 6.5 19zM23 19c0-2.8-2.2-5-5-5-1 0-1.9.3-2.7.8a6 6 0 0 1 2.2 4.2zM7.5 20c0-2.5 2-4.5 4.5-4.5s4.5 2 4.5 4.5z"/>`,
  'buyer-perpetrated': svg`<path fill-rule="evenodd" d="M2 5.5h20v13H2ZM12 9a3 3 0 1 0 0 6 3 3 0 0 0 0-6ZM4 7.5v2a2 2 0 0 0 2-2ZM20 16.5v-2a2 2 0 0 0-2 2Z"/>`,
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
      { name: msg(str`Learn more: ${name}`, { id: 'type.learn-more.name', desc: 'What screen readers say for the "Learn more" button of one type; ${0} is the name of the type.' }) },
    )}
    <div part="details" class="details" id="more-${type.id}" hidden=${panelHidden(open)} @beforematch=${onToggle}>
      <ul>
        ${type.details.map((detail) => html`<li>${detail()}</li>`)}
      </ul>
      ${sourceLine(type.cited)}
    </div>
  </article>`;
}
