import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { FAMILY_SUPPORT, HOTLINE, RECOVERY_SERVICES } from '../../content/reporting.js';
import { DO, DONT, RESPONSE_FRAMING, responseHeading, responseHeadings, type ResponseItem } from '../../content/response.js';
import { AUDIENCES, type Audience } from '../../content/types.js';
import { CstElement } from '../../internal/cst-element.js';
import { define } from '../../internal/define.js';
import { hotlineDisplay } from '../../internal/phone.js';
import { heading, headingLevel } from '../../internal/heading.js';
import { oneOf } from '../../internal/warn.js';
import { getLocale } from '../../localization.js';
import { blocks, reset, tokens } from '../../styles/shared.js';
import { styles } from './do-dont.styles.js';

export const DO_DONT_VARIANTS = ['full', 'compact'] as const;
export type DoDontVariant = (typeof DO_DONT_VARIANTS)[number];

const TAG = 'cst-do-dont';

const tick = html`<svg class="mark" viewBox="0 0 24 24" aria-hidden="true"><path d="M4 12.5l5 5L20 6.5" /></svg>`;
const cross = html`<svg class="mark" viewBox="0 0 24 24" aria-hidden="true"><path d="M6 6l12 12M18 6L6 18" /></svg>`;

/**
 * How to respond when a child might be a victim: NCMEC's DO (Be patient, Listen, Reassure) and
 * DON'T (Assume, Blame, Interrogate), each explained, with the guidance for the reader around them.
 * "Do" and "Don't" are words, not colours; the icons are decoration.
 *
 * @tag cst-do-dont
 * @summary NCMEC's DO and DON'T for responding to a child, with guidance per audience.
 *
 * @csspart base - The labelled region around everything.
 * @csspart heading - The widget's heading.
 * @csspart framing - The guidance for the audience, with contacts.
 * @csspart do - The DO column.
 * @csspart dont - The DON'T column.
 * @csspart column-heading - "Do" and "Don't".
 * @csspart item - One DO or DON'T.
 *
 * @cssprop [--cst-do-dont-do-color=#00703c] - Top border and heading of DO (a 4.5:1 green on white).
 * @cssprop [--cst-do-dont-dont-color=#b50909] - Top border and heading of DON'T (a 4.5:1 red on white).
 * @cssprop [--cst-do-dont-surface=var(--cst-color-surface, #ffffff)] - Column background.
 * @cssprop [--cst-do-dont-tint=var(--cst-color-tint, #eff6fb)] - Guidance background.
 * @cssprop [--cst-do-dont-accent=var(--cst-color-accent, #005ea2)] - Guidance border and links.
 */
export class CstDoDont extends CstElement {
  static override styles = [tokens, reset, blocks, styles];

  static override properties: PropertyDeclarations = {
    audience: { reflect: true },
    variant: { reflect: true },
    headingLevel: { attribute: 'heading-level', reflect: true },
  };

  /** Who reads the page: `general` (default), `parents`, `professionals` or `educators`. Chooses the guidance. */
  audience: Audience = 'general';

  /** `full` (default), or `compact` for a sidebar: stacked, NCMEC's words without the explanations. */
  variant: DoDontVariant = 'full';

  /** Level of the widget's heading, 2 to 6 (default 2); "Do" and "Don't" are one level below. */
  headingLevel: number | string = 2;

  /** @internal */ private audienceShown: Audience = 'general';
  /** @internal */ private variantShown: DoDontVariant = 'full';
  /** @internal */ private level = 2;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('audience')) this.audienceShown = oneOf(TAG, 'audience', this.audience, AUDIENCES, 'general');
    if (changed.has('variant')) this.variantShown = oneOf(TAG, 'variant', this.variant, DO_DONT_VARIANTS, 'full');
    if (changed.has('headingLevel')) this.level = headingLevel(TAG, this.headingLevel);
  }

  private column(kind: 'do' | 'dont', items: readonly ResponseItem[]) {
    return html`<div part=${kind} class="column ${kind}">
      ${heading(this.level + 1, 'column-heading', `${kind}-heading`, [kind === 'do' ? tick : cross, kind === 'do' ? responseHeadings.do() : responseHeadings.dont()])}
      <ul class="list" aria-labelledby="${kind}-heading">
        ${items.map(
          (item) => html`<li part="item" class="item">
            <span class="label">${item.label()}</span>
            <span class="explanation">${item.text()}</span>
          </li>`,
        )}
      </ul>
    </div>`;
  }

  /** Contacts the guides give for this reader: family support for parents, recovery services for professionals. */
  private contacts() {
    if (this.audienceShown === 'parents') {
      return html`<p>
        <a href=${FAMILY_SUPPORT.href}>${FAMILY_SUPPORT.address}</a> ·
        <a href=${HOTLINE.href}>${hotlineDisplay()}</a>
      </p>`;
    }
    if (this.audienceShown === 'professionals') {
      return html`<p><a href=${RECOVERY_SERVICES.href}>${RECOVERY_SERVICES.address}</a></p>`;
    }
    return '';
  }

  /** The DO and DON'T columns come in a turn after the heading and guidance (see CstElement). @internal */
  protected override get busy(): boolean {
    return !this.turns;
  }

  override render() {
    return html`<section part="base" class="base stack ${this.variantShown}" aria-labelledby="heading" lang=${getLocale()}>
      ${heading(this.level, 'heading', 'heading', responseHeading())}
      <div part="framing" class="callout framing">
        ${RESPONSE_FRAMING[this.audienceShown].map((f) => html`<p>${f.text()}</p>`)} ${this.contacts()}
      </div>
      <div class="columns" aria-busy=${this.busy}>
        ${this.busy ? nothing : [this.column('do', DO), this.column('dont', DONT)]}
      </div>
    </section>`;
  }
}

define(TAG, CstDoDont);

declare global {
  interface HTMLElementTagNameMap {
    'cst-do-dont': CstDoDont;
  }
}
