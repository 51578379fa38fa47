import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { level, reader, WithAudience, WithHeading } from '../../common/section.js';
import { GUIDE_FIGURES, GUIDE_LEAVE_OUT, GUIDE_ORDER, GUIDE_PART_HEADINGS, GUIDE_SECTIONS, guideContents, guidePublisher, guideTitle, type GuideSection } from '../../content/guide.js';
import { MISSING_CHILD_STATISTICS } from '../../content/missing-child.js';
import type { Audience, Text } from '../../content/types.js';
import { CstElement, inTurns, landmark } from '../../internal/cst-element.js';
import { define } from '../../internal/define.js';
import { emergencyPath, emergencyPathStyles, pathForm, WithEmergencyPath } from '../../common/emergency-path.js';
import { heading } from '../../internal/heading.js';
import { knownNames } from '../../internal/warn.js';
import { getLocale } from '../../localization.js';
import { blocks, reset, tokens } from '../../styles/shared.js';
import '../do-dont/do-dont.js';
import '../keeping-safer/keeping-safer.js';
import '../missing-child/missing-child.js';
import '../overview/overview.js';
import '../red-flags/red-flags.js';
import '../stat/stat.js';
import '../support/support.js';
import '../trafficking-types/trafficking-types.js';
import { styles } from './guide.styles.js';

const TAG = 'cst-guide';

/** The pieces `part` leaves out in a guide for `audience` made of `parts` (and its emergency path at the top, when `top`). */
function guideLeavesOut(part: GuideSection, audience: Audience, parts: readonly GuideSection[], top: boolean): string[] {
  const shown = new Set<GuideSection | 'top'>([...parts, ...(top ? (['top'] as const) : [])]);
  return GUIDE_LEAVE_OUT.filter((r) => r.part === part && r.audiences.includes(audience) && r.saidIn.some((p) => shown.has(p))).map((r) => r.omit);
}

/** The figures that open "About" in a guide made of `parts`: the reader's, less those "If a child is missing" shows. */
function guideFigures(audience: Audience, parts: readonly GuideSection[]): readonly string[] {
  const inMissing = parts.includes('missing') ? MISSING_CHILD_STATISTICS[audience].map((s) => s.id) : [];
  return GUIDE_FIGURES[audience].filter((id) => !(inMissing as readonly string[]).includes(id));
}

/**
 * NCMEC's guide for a reader as one accessible, bilingual page in one tag: the emergency path at the
 * top, a contents list whose links move focus to each part, and the parts in the order of the
 * reader's guide, each made of the library's widgets (what it is and the figures; the types; keeping
 * children safer; the red flags; how to respond; a missing child; how NCMEC can help). The guide
 * adds no content of its own beyond its title, NCMEC's name in full, its contents and the widgets'
 * own headings, which the widgets inside leave out. Each fact, figure and contact appears once: a
 * part leaves out what another part of the guide says (through its widgets' `omit` and `no-intro`;
 * the rules are `GUIDE_LEAVE_OUT` in content/guide.ts). Every part is in the page and the accessibility
 * tree at load (its widgets arrive one part a turn; `updateComplete` waits for the last). Printed,
 * it is one handout without controls.
 *
 * @tag cst-guide
 * @summary A whole NCMEC guide for a reader, as one page: contents, the emergency path, every part.
 *
 * @csspart base - The labelled region around everything.
 * @csspart title - The guide's title.
 * @csspart publisher - "From the National Center for Missing & Exploited Children (NCMEC).": NCMEC named in full once.
 * @csspart report - The emergency path at the top.
 * @csspart emergency-path - The list of what to do: 911, a missing child, concerns of trafficking.
 * @csspart emergency - The "call 911" link.
 * @csspart cybertipline - The CyberTipline link.
 * @csspart contents - The contents list (not printed).
 * @csspart part - One part of the guide.
 * @csspart part-heading - A part's heading, which the contents list moves focus to.
 *
 * @cssprop [--cst-guide-accent=the theme's link and decoration colours] - The contents' links, and the border of the emergency path: this widget's link and decoration colours at once (it overrides `--cst-color-link` and `--cst-color-decoration` here).
 * @cssprop [--cst-guide-tint=var(--cst-color-tint, #eff6fb)] - Background of the emergency path.
 */
export class CstGuide extends WithEmergencyPath(WithHeading(WithAudience(CstElement))) {
  static override styles = [tokens, reset, blocks, emergencyPathStyles, styles];

  static override properties: PropertyDeclarations = { sections: {} };

  /** Who reads the guide: `general` (default), `parents`, `professionals` or `educators`. Chooses the parts, their order and their words. */
  declare audience: Audience;

  /**
   * The parts to show, space-separated (as a property, also an array): `about`, `types`, `safer`,
   * `red-flags`, `respond`, `missing`, `help`. They keep the order of the reader's guide, whatever
   * order they are given in. Empty (default): every part of the reader's guide. Unknown names are
   * skipped with a warning.
   */
  sections: string | readonly GuideSection[] = '';

  /** Level of the guide's title, 2 to 6 (default 2); each part's heading is one level below, and the widgets' headings below that. */
  declare headingLevel: number | string;

  /** Leaves out the guide's title, for a page that gives it a title of its own; the landmark keeps its name (see `label`), and the parts' headings keep their level. */
  declare noHeading: boolean;

  /** The parts `sections` names, once checked. */
  #chosen: readonly GuideSection[] = [];
  /** Every widget of the parts has rendered. */
  #partsReady = false;
  /** How many parts have their widgets in the page: one more a turn after the guide's first render, then all. */
  #partsIn = 0;

  /**
   * The guide's first render holds its title, the emergency path, the contents and each part's
   * heading; then each part's widgets come in a turn of their own (see `[inTurns]`), and each widget
   * renders in a turn of its own after that, so that no task of the guide's grows long on a slow
   * phone (creating every part's widgets at once took about 50 ms at 4x CPU, issue #42). The parts
   * stay invisible, their space kept, until all have rendered, so that nothing the reader sees moves
   * as they arrive; every heading is in the page and the accessibility tree from the first render.
   */
  protected override firstUpdated(): void {
    const count = this.#parts().length;
    this[inTurns](
      () => this.#partsIn < count,
      () => this.#partsIn++,
      async () => {
        this.#partsIn = Infinity;
        const widgets = [...this.renderRoot.querySelectorAll('*')].filter((el): el is CstElement => el instanceof CstElement);
        await Promise.all(widgets.map((w) => w.updateComplete));
        this.#partsReady = true;
      },
    );
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('sections')) this.#chosen = knownNames(TAG, 'sections', this.sections, GUIDE_SECTIONS);
  }

  /** The parts shown: the reader's guide, narrowed by `sections` when it names any of them. */
  #parts(): readonly GuideSection[] {
    const all = GUIDE_ORDER[this[reader]];
    const narrowed = all.filter((p) => this.#chosen.includes(p));
    return narrowed.length ? narrowed : all;
  }

  /**
   * A contents link's address: `#part-x`, this page's; under a `<base href>` that would send it to
   * another address (a middle click, "copy link"), the page's own address with the fragment.
   */
  #href(part: GuideSection): string {
    const here = document.URL.split('#')[0];
    return new URL('#', document.baseURI).href.split('#')[0] === here ? `#part-${part}` : `${here}#part-${part}`;
  }

  /** The contents' links move focus to the part's heading (a fragment link cannot reach into a shadow root). */
  #goTo(event: Event, part: GuideSection): void {
    const target = this.renderRoot.querySelector<HTMLElement>(`#part-${part}`);
    if (!target) return;
    event.preventDefault();
    target.tabIndex = -1; // focusable by script only, so the next Tab goes on from the part
    target.scrollIntoView({ block: 'start' });
    target.focus({ preventScroll: true });
  }

  #widgets(part: GuideSection, parts: readonly GuideSection[]): TemplateResult {
    const a = this[reader];
    // One level below the guide's title, never past 6: under an h6 title, the parts stay at h6.
    const below = Math.min(this[level] + 1, 6);
    // What this part leaves out because another part (or the path at the top) says it.
    const leaveOut = guideLeavesOut(part, a, parts, this[pathForm] === 'full');
    const omit = leaveOut.join(' ') || nothing;
    switch (part) {
      case 'about': {
        const figures = guideFigures(a, parts);
        return html`${figures.length ? html`<div class="figures">${figures.map((id) => html`<cst-stat stat=${id}></cst-stat>`)}</div>` : nothing}
          <cst-overview audience=${a} no-heading heading-level=${below}></cst-overview>`;
      }
      case 'types':
        return html`<cst-trafficking-types no-heading heading-level=${below} ?no-intro=${leaveOut.includes('intro')}></cst-trafficking-types>`;
      case 'safer':
        return html`<cst-keeping-safer audience=${a} no-heading heading-level=${below} emergency="none" omit=${omit}></cst-keeping-safer>`;
      case 'red-flags':
        return html`<cst-red-flags audience=${a} no-heading heading-level=${below} emergency="none"></cst-red-flags>`;
      case 'respond':
        return html`<cst-do-dont audience=${a} no-heading heading-level=${below} emergency="none" omit=${omit}></cst-do-dont>`;
      case 'missing':
        return html`<cst-missing-child audience=${a} no-heading heading-level=${below} omit=${omit}></cst-missing-child>`;
      case 'help':
        return html`<cst-support audience=${a} no-heading heading-level=${below} emergency="none"></cst-support>`;
    }
  }

  override render() {
    const a = this[reader];
    const parts = this.#parts();
    const title: Text = guideTitle[a];
    const name = this[landmark](title());
    return html`<section part="base" class="base stack ${this.#partsReady ? 'ready' : ''}" aria-label=${name} lang=${getLocale()} dir="ltr">
      ${this.noHeading ? nothing : heading(this[level], 'title', 'title', title())}
      <p part="publisher" class="publisher">${guidePublisher()}</p>
      ${this[pathForm] === 'none' ? nothing : html`<div part="report" class="report">${emergencyPath(this[pathForm])}</div>`}
      ${parts.length > 1
        ? html`<nav part="contents" class="contents" aria-label="${guideContents()}: ${name}">
            <p class="contents-heading" aria-hidden="true">${guideContents()}</p>
            <ol>
              ${parts.map((p) => html`<li><a href=${this.#href(p)} @click=${(e: Event) => this.#goTo(e, p)}>${GUIDE_PART_HEADINGS[p](a)}</a></li>`)}
            </ol>
          </nav>`
        : nothing}
      ${parts.map(
        (p, i) => html`<div part="part" class="part" data-part=${p}>
          ${heading(this[level] + 1, 'part-heading', `part-${p}`, GUIDE_PART_HEADINGS[p](a))} ${i < this.#partsIn ? this.#widgets(p, parts) : nothing}
        </div>`,
      )}
    </section>`;
  }
}

define(TAG, CstGuide);

declare global {
  interface HTMLElementTagNameMap {
    'cst-guide': CstGuide;
  }
}
