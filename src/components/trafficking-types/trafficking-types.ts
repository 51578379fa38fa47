import { html, type PropertyDeclarations, type PropertyValues } from 'lit';
import { level, section, WithHeading } from '../../common/section.js';
import {
  DEFINITION,
  TRAFFICKING_TYPE_IDS,
  TRAFFICKING_TYPES,
  typesHeading,
  WHO_TRAFFICKERS_ARE,
  type TraffickingTypeId,
} from '../../content/trafficking-types.js';
import { sourceLineStyles } from '../../common/source-line.js';
import { CstElement } from '../../internal/cst-element.js';
import { define } from '../../internal/define.js';
import { knownNames } from '../../internal/warn.js';
import { blocks, reset, tokens } from '../../styles/shared.js';
import { styles } from './trafficking-types.styles.js';
import { typeCard } from './type-card.js';

const TAG = 'cst-trafficking-types';

/**
 * The four types of child sex trafficking NCMEC describes (pimp-controlled, familial,
 * gang-controlled, buyer-perpetrated) as cards, each with a "learn more" disclosure, after an
 * introduction with NCMEC's definition.
 *
 * @tag cst-trafficking-types
 * @summary Cards for the four types of child sex trafficking.
 *
 * @csspart base - The labelled region around everything.
 * @csspart heading - The widget's heading.
 * @csspart intro - NCMEC's definition and who traffickers are.
 * @csspart cards - The grid of cards.
 * @csspart card - One card.
 * @csspart name - A card's heading.
 * @csspart definition - A card's one-sentence definition.
 * @csspart toggle - A card's "Learn more" button.
 * @csspart details - What "Learn more" opens.
 *
 * @cssprop [--cst-trafficking-types-accent=the theme's link and decoration colours] - Card tops, icons and buttons: this widget's link and decoration colours at once (it overrides `--cst-color-link` and `--cst-color-decoration` here).
 * @cssprop [--cst-trafficking-types-surface=var(--cst-color-surface, #ffffff)] - Card background.
 * @cssprop [--cst-trafficking-types-tint=var(--cst-color-tint, #eff6fb)] - Introduction background.
 */
export class CstTraffickingTypes extends WithHeading(CstElement) {
  static override styles = [tokens, reset, blocks, sourceLineStyles, styles];

  static override properties: PropertyDeclarations = {
    types: {},
    noIntro: { type: Boolean, attribute: 'no-intro', reflect: true },
  };

  /** Which types to show, in the order given: space-separated (`familial buyer-perpetrated`) or, as a property, an array. Empty: all four. */
  types: string | readonly TraffickingTypeId[] = '';

  /** Hides the introduction (NCMEC's definition of child sex trafficking). */
  noIntro = false;

  /** Level of the widget's heading, 2 to 6 (default 2); card headings are one level below. */
  declare headingLevel: number | string;

  /** The types shown: `types` once checked. */
  #types: readonly TraffickingTypeId[] = TRAFFICKING_TYPE_IDS;
  /** The cards the reader opened. */
  #open = new Set<TraffickingTypeId>();

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('types')) {
      const parsed = knownNames(TAG, 'types', this.types, TRAFFICKING_TYPE_IDS);
      this.#types = parsed.length ? parsed : TRAFFICKING_TYPE_IDS;
    }
  }

  #toggle(id: TraffickingTypeId): void {
    if (!this.#open.delete(id)) this.#open.add(id);
    this.requestUpdate();
  }

  override render() {
    const types = this.#types.map((id) => TRAFFICKING_TYPES.find((t) => t.id === id)!);
    return this[section](
      typesHeading(),
      html`${this.noIntro
        ? ''
        : html`<div part="intro" class="callout intro">
            <p>${DEFINITION.text()}</p>
            <p>${WHO_TRAFFICKERS_ARE.text()}</p>
          </div>`}
        <div class="cards-box">
          <div part="cards" class="cards">
            ${types.map((type) => typeCard(type, { level: this[level] + 1, open: this.#open.has(type.id), onToggle: () => this.#toggle(type.id) }))}
          </div>
        </div>`,
    );
  }
}

define(TAG, CstTraffickingTypes);

declare global {
  interface HTMLElementTagNameMap {
    'cst-trafficking-types': CstTraffickingTypes;
  }
}
