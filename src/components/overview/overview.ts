import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { level, reader, section, WithAudience, WithHeading } from '../../common/section.js';
import { OVERVIEW, OVERVIEW_SECTIONS, overviewHeading, overviewSectionHeadings, type OverviewSection } from '../../content/overview.js';
import type { Audience } from '../../content/types.js';
import { CstElement } from '../../internal/cst-element.js';
import { define } from '../../internal/define.js';
import { heading } from '../../internal/heading.js';
import { sourceLine, sourceLineStyles } from '../../common/source-line.js';
import { knownNames } from '../../internal/warn.js';
import { blocks, reset, tokens } from '../../styles/shared.js';
import { styles } from './overview.styles.js';

const TAG = 'cst-overview';

/**
 * What child sex trafficking is and whom it touches, in the words of the reader's guide
 * (`audience`): what it is; who the victims are and who is at higher risk; who the traffickers are,
 * and buyers where there is no trafficker; how a child becomes a victim (NCMEC's Targeted, Tricked,
 * Traumatized, and online); and why NCMEC says "victim": there is no such thing as child
 * prostitution. `sections` shows only some parts, such as the definition alone.
 *
 * @tag cst-overview
 * @summary What child sex trafficking is, who the victims and traffickers are, how children are targeted.
 *
 * @csspart base - The labelled region around everything.
 * @csspart heading - The widget's heading ("About child sex trafficking").
 * @csspart section - One part: what it is, the victims, the traffickers, how children are targeted, the words NCMEC uses.
 * @csspart section-heading - A part's heading (NCMEC's question: "Who are the victims?").
 * @csspart term - One of NCMEC's words for how a child becomes a victim (Targeted, Tricked, Traumatized).
 * @csspart source - The NCMEC guides the overview comes from.
 *
 * @cssprop [--cst-overview-accent=the theme's link and decoration colours] - NCMEC's three words, and the border of the box about words: this widget's link and decoration colours at once (it overrides `--cst-color-link` and `--cst-color-decoration` here).
 * @cssprop [--cst-overview-tint=var(--cst-color-tint, #eff6fb)] - Background of the box about words.
 */
export class CstOverview extends WithHeading(WithAudience(CstElement)) {
  static override styles = [tokens, reset, blocks, sourceLineStyles, styles];

  static override properties: PropertyDeclarations = { sections: {} };

  /** Who reads the page: `general` (default), `parents`, `professionals` or `educators`. Chooses the guide whose words it uses. */
  declare audience: Audience;

  /**
   * The parts to show, in their own order, space-separated (as a property, also an array):
   * `definition victims traffickers targeting language`. Empty (default): all of them. Unknown
   * names are skipped with a warning.
   */
  sections: string | readonly OverviewSection[] = '';

  /** Level of the widget's heading, 2 to 6 (default 2); each part's heading is one level below. */
  declare headingLevel: number | string;

  /** The parts shown: `sections` once checked. */
  #sections: readonly OverviewSection[] = OVERVIEW_SECTIONS;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('sections')) {
      const chosen = knownNames(TAG, 'sections', this.sections, OVERVIEW_SECTIONS);
      this.#sections = chosen.length ? OVERVIEW_SECTIONS.filter((s) => chosen.includes(s)) : OVERVIEW_SECTIONS;
    }
  }

  #part(id: OverviewSection) {
    const statements = OVERVIEW.filter((s) => s.section === id && s.audiences.includes(this[reader]));
    const terms = statements.filter((s) => s.term);
    const plain = statements.filter((s) => !s.term);
    return html`<div part="section" class="section ${id}" data-section=${id}>
      ${heading(this[level] + 1, 'section-heading', `section-${id}`, overviewSectionHeadings[id]())}
      ${terms.length
        ? html`<ul class="terms" aria-labelledby="section-${id}">
            ${terms.map((s) => html`<li><strong part="term" class="term">${s.term!()}</strong> ${s.text()}</li>`)}
          </ul>`
        : nothing}
      ${plain.map((s) => html`<p>${s.text()}</p>`)}
    </div>`;
  }

  override render() {
    const cited = OVERVIEW.filter((s) => this.#sections.includes(s.section) && s.audiences.includes(this[reader])).flatMap((s) => s.cited);
    return this[section](overviewHeading(), html`${this.#sections.map((id) => this.#part(id))} <div part="source">${sourceLine(cited)}</div>`);
  }
}

define(TAG, CstOverview);

declare global {
  interface HTMLElementTagNameMap {
    'cst-overview': CstOverview;
  }
}
