import { html, type PropertyDeclarations, type PropertyValues } from 'lit';
import { level, WithHeading } from '../../common/section.js';
import { TRAFFICKING_TYPE_IDS, TRAFFICKING_TYPES, type TraffickingTypeId } from '../../content/trafficking-types.js';
import { sourceLineStyles } from '../../common/source-line.js';
import { CstElement, landmark } from '../../internal/cst-element.js';
import { define } from '../../internal/define.js';
import { oneOf } from '../../internal/warn.js';
import { getLocale } from '../../localization.js';
import { blocks, reset, tokens } from '../../styles/shared.js';
import { styles } from './trafficking-types.styles.js';
import { typeCard } from './type-card.js';

const TAG = 'cst-trafficking-type';

/**
 * One type of child sex trafficking as a single card, for a page about that type.
 *
 * @tag cst-trafficking-type
 * @summary A card for one type of child sex trafficking.
 *
 * @csspart base - The card's wrapper.
 * @csspart card - The card.
 * @csspart name - The card's heading.
 * @csspart definition - The one-sentence definition.
 * @csspart toggle - The "Learn more" button.
 * @csspart details - What "Learn more" opens.
 *
 * @cssprop [--cst-trafficking-types-accent=the theme's link and decoration colours] - Card top, icon and button: this widget's link and decoration colours at once (it overrides `--cst-color-link` and `--cst-color-decoration` here).
 * @cssprop [--cst-trafficking-types-surface=var(--cst-color-surface, #ffffff)] - Card background.
 */
export class CstTraffickingType extends WithHeading(CstElement) {
  static override styles = [tokens, reset, blocks, sourceLineStyles, styles];

  static override properties: PropertyDeclarations = {
    type: { reflect: true },
  };

  /** `pimp-controlled` (default), `familial`, `gang-controlled` or `buyer-perpetrated`. */
  type: TraffickingTypeId = 'pimp-controlled';

  /** Level of the card's heading, 2 to 6 (default 2). */
  declare headingLevel: number | string;

  /** Leaves out the card's heading (the type's name), for a page that gives it a heading of its own; the card keeps the name for screen readers (see `label`). */
  declare noHeading: boolean;

  /** The type shown: `type` once checked. */
  #type: TraffickingTypeId = 'pimp-controlled';
  /** The reader opened its details. */
  #open = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('type')) this.#type = oneOf(TAG, 'type', this.type, TRAFFICKING_TYPE_IDS, 'pimp-controlled');
  }

  override render() {
    const type = TRAFFICKING_TYPES.find((t) => t.id === this.#type)!;
    return html`<div part="base" class="base stack" lang=${getLocale()} dir="ltr">
      ${typeCard(type, {
        level: this.noHeading ? 0 : this[level],
        label: this[landmark](type.name()),
        open: this.#open,
        onToggle: () => {
          this.#open = !this.#open;
          this.requestUpdate();
        },
      })}
    </div>`;
  }
}

define(TAG, CstTraffickingType);

declare global {
  interface HTMLElementTagNameMap {
    'cst-trafficking-type': CstTraffickingType;
  }
}
