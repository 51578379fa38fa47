import { msg, str } from '@lit/localize';
import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { level, reader, section, WithAudience, WithHeading } from '../../common/section.js';
import {
  ASK_QUESTIONS,
  FULL_LIST,
  categoryLabel,
  RED_FLAG_CATEGORIES,
  RED_FLAG_FRAMING,
  RED_FLAGS,
  redFlagHeading,
  riskFactorHeading,
  type RedFlag,
  type RedFlagCategory,
} from '../../content/red-flags.js';
import type { Audience } from '../../content/types.js';
import { CstElement, inTurns } from '../../internal/cst-element.js';
import { define } from '../../internal/define.js';
import { emit } from '../../internal/emit.js';
import { disclosureButton, panelHidden } from '../../internal/disclosure.js';
import { emergencyPath, emergencyPathStyles, pathForm, WithEmergencyPath } from '../../common/emergency-path.js';
import { heading } from '../../internal/heading.js';
import { sourceLine, sourceLineStyles } from '../../common/source-line.js';
import { knownNames, oneOf } from '../../internal/warn.js';
import { blocks, reset, tokens } from '../../styles/shared.js';
import { styles } from './red-flags.styles.js';

export const RED_FLAG_KINDS = ['indicator', 'vulnerability', 'all'] as const;
export type RedFlagKind = (typeof RED_FLAG_KINDS)[number];

export interface FilterChangeDetail {
  /** `indicator`, `vulnerability` or `all`. */
  kind: RedFlagKind;
  /** The categories chosen; empty when every category is shown. */
  categories: RedFlagCategory[];
  /** The search text as typed. */
  query: string;
}

const TAG = 'cst-red-flags';

/** The signs a red-flag explorer shows. */
interface Selection {
  /** For its audience, kind and allowed topics, before the reader's topic and search filters. */
  pool: RedFlag[];
  /** Those of the pool matching every word of the search. */
  matching: RedFlag[];
  /** Those matching in the chosen topics, in the order of the list (by topic). */
  shown: RedFlag[];
}

/**
 * Typing pauses this long before the count is announced and the event fires: once for a word
 * typed slowly, not once a letter.
 */
const SETTLE_MS = 1000;

/** Any other change is announced this soon: long enough after the status was emptied that the same words are said again. */
const CHANGE_MS = 100;

/** Lower case, without accents: "Teléfono" and "telefono" match. */
const fold = (text: string) => text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();

/**
 * An explorer of the warning signs (red flags) and risk factors of child sex trafficking, from
 * NCMEC's guides: filter by topic, search, and open each sign for its explanation and source.
 * Never a checklist: it counts nothing a reader ticks and gives no verdict. Risk factors are
 * framed as NCMEC frames them, as chances to prevent, never as signs that a child is a victim:
 * the heading, framing, status and empty state follow the kind of list shown.
 *
 * @tag cst-red-flags
 * @summary Warning signs and risk factors, filterable and searchable, with how to report.
 *
 * @csspart base - The labelled region around everything.
 * @csspart heading - The widget's heading.
 * @csspart framing - The statements shown before the list: for warning signs, not a checklist (and
 *   so on); for risk factors, NCMEC's framing of them.
 * @csspart controls - The filters, search and expand/collapse buttons (hidden when printed). Where the
 *   widget is narrow (under 36em: a phone, a sidebar), behind `controls-button`, so the first sign
 *   shows in the first screen.
 * @csspart controls-button - "Filter and search", shown only where the widget is narrow: opens the
 *   controls; says how many filters are on.
 * @csspart kind - The choice between warning signs and risk factors.
 * @csspart filter - Each topic toggle button.
 * @csspart search - The search field.
 * @csspart button - The clear, expand-all and collapse-all buttons.
 * @csspart status - The "N warning signs shown" line (also announced to screen readers).
 * @csspart group - The block of one topic.
 * @csspart group-heading - A topic's heading.
 * @csspart list - A list of signs.
 * @csspart item - One sign.
 * @csspart toggle - The button that opens a sign.
 * @csspart panel - A sign's explanation and source.
 * @csspart empty - What is shown when nothing matches.
 * @csspart report - What to do: "ask questions", then the emergency path.
 * @csspart emergency-path - The list of what to do: 911, a missing child, concerns of trafficking.
 * @csspart emergency - The "call 911" link.
 * @csspart cybertipline - The CyberTipline link.
 *
 * @cssprop [--cst-red-flags-accent=the theme's link and decoration colours] - Buttons, pressed filters and links: this widget's link and decoration colours at once (it overrides `--cst-color-link` and `--cst-color-decoration` here).
 * @cssprop [--cst-red-flags-background=transparent] - Background of the whole widget.
 * @cssprop [--cst-red-flags-surface=var(--cst-color-surface, #ffffff)] - Background of buttons, the search field and signs.
 * @cssprop [--cst-red-flags-on-accent=#ffffff] - Text on a pressed topic button.
 * @cssprop [--cst-red-flags-tint=var(--cst-color-tint, #eff6fb)] - Background of the framing and report boxes.
 * @cssprop [--cst-red-flags-columns-min=18em] - Narrowest a column of signs gets before the list reflows.
 *
 * @event {CustomEvent<{ kind: 'indicator' | 'vulnerability' | 'all'; categories: string[]; query: string }>} cst-filter-change -
 *   The reader changed the kind, the topics (`categories`, empty for all) or the search (`query`, as
 *   typed). Fired after typing pauses.
 */
export class CstRedFlags extends WithEmergencyPath(WithHeading(WithAudience(CstElement))) {
  static override styles = [tokens, reset, blocks, emergencyPathStyles, sourceLineStyles, styles];

  static override properties: PropertyDeclarations = {
    kind: { reflect: true },
    categories: {},
  };

  /** Who reads the page: `general` (default), `parents`, `professionals` or `educators`. Chooses the signs that fit and the heading. */
  declare audience: Audience;

  /** What to show first: `indicator` (warning signs, default), `vulnerability` (risk factors) or `all`. The reader can switch. */
  kind: RedFlagKind = 'indicator';

  /**
   * Limit to some topics: space-separated (`behavior money online absences health circumstances`)
   * or, as a property, an array of them (what `cst-filter-change` gives). Empty: all.
   */
  categories: string | readonly RedFlagCategory[] = '';

  /** Level of the widget's heading, 2 to 6 (default 2), so it fits the page's outline. Topic headings are one level below. */
  declare headingLevel: number | string;

  // What is shown: attribute values, or the defaults when they are invalid; then the reader's choices.
  // Each change by the reader asks for an update (`#settle`, `#toggle`, `#setAll`).
  #kind: RedFlagKind = 'indicator';
  #allowed: readonly RedFlagCategory[] = RED_FLAG_CATEGORIES;
  #chosen = new Set<RedFlagCategory>();
  #query = '';
  #expanded = new Set<string>();
  /** The reader opened "Filter and search" (a button only where the widget is narrow). */
  #controlsOpen = false;
  #status = '';
  /** What this update shows (see `#select`), worked out once in `willUpdate`. */
  #picked!: Selection;

  get #searchField(): HTMLInputElement {
    return this.renderRoot.querySelector('input[type="search"]') as HTMLInputElement;
  }

  #settleTimer?: ReturnType<typeof setTimeout>;

  /**
   * How many topics' signs are in the list. The first render holds the framing and the controls;
   * each turn after it (see `[inTurns]`) adds the next topic's signs, so that no task builds, and no
   * frame lays out, every sign at once on a slow phone (that made a 55-90 ms task at 4x CPU, issue
   * #42). What comes after the list stays hidden, its place kept, until every topic is in, so that
   * nothing a reader sees moves as they arrive. Every later update shows every topic.
   */
  #topicsIn = 0;
  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    this[inTurns](
      () => this.#topicsIn < this.#allowed.length,
      () => this.#topicsIn++,
      () => (this.#topicsIn = Infinity),
    );
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#settleTimer);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('kind')) this.#kind = oneOf(TAG, 'kind', this.kind, RED_FLAG_KINDS, 'indicator');
    if (changed.has('categories')) {
      this.#allowed = this.#parseCategories();
      // A topic no longer allowed has no button to un-press: it is no longer chosen.
      this.#chosen = new Set([...this.#chosen].filter((c) => this.#allowed.includes(c)));
    }
    // A topic the reader can no longer see (another kind or audience has no sign in it) has no
    // button to un-press: it is no longer chosen, so no filter is ever in force unseen.
    const pool = this.#pool;
    const topics = new Set(pool.map((f) => f.category));
    if ([...this.#chosen].some((c) => !topics.has(c))) this.#chosen = new Set([...this.#chosen].filter((c) => topics.has(c)));
    this.#picked = this.#select(pool);
  }

  /** The element that had focus before an update, and the panel it opened if it was a sign's button. */
  #focused: [(Element | null)?, (string | null)?] = [];

  protected override update(changed: PropertyValues<this>): void {
    const active = (this.renderRoot as ShadowRoot).activeElement;
    this.#focused = [active, active?.getAttribute('aria-controls')];
    super.update(changed);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // A change can remove the sign whose button had focus, put another sign in its place (the list
    // reuses its buttons by position), or disable the focused button (Close all, a topic left with
    // no sign): focus goes to the search field, never to nothing or to a sign the reader did not
    // choose.
    const [element, panel] = this.#focused;
    if (element && (!element.isConnected || element.getAttribute('aria-controls') !== panel || element.matches(':disabled'))) this.#searchField?.focus();
  }

  #parseCategories(): readonly RedFlagCategory[] {
    // Each topic once (twice would repeat its signs and their ids); none known, or none given: all.
    const known = knownNames(TAG, 'categories', this.categories, RED_FLAG_CATEGORIES);
    return known.length ? known : RED_FLAG_CATEGORIES;
  }

  /** The signs for the audience, kind and allowed topics: see `Selection`. */
  get #pool(): RedFlag[] {
    return RED_FLAGS.filter(
      (f) =>
        f.audiences.includes(this[reader]) &&
        (this.#kind === 'all' || f.kind === this.#kind) &&
        this.#allowed.includes(f.category),
    );
  }

  /** What the reader's choices show of the `pool`: see `Selection`. */
  #select(pool: RedFlag[]): Selection {
    const words = fold(this.#query).split(/\s+/).filter(Boolean);
    const matching = words.length
      ? pool.filter((flag) => {
          const haystack = fold(`${flag.title()} ${flag.text(this[reader])} ${flag.terms()}`);
          return words.every((w) => haystack.includes(w));
        })
      : pool;
    const shown = this.#allowed.flatMap((c) => (this.#chosen.size && !this.#chosen.has(c) ? [] : matching.filter((f) => f.category === c)));
    return { pool, matching, shown };
  }

  /**
   * Announces the count and tells the host, once the reader pauses. The status is emptied at once,
   * so that the count is said again even when it is the same as before.
   */
  #settle(delay: number): void {
    clearTimeout(this.#settleTimer);
    this.#status = '';
    this.requestUpdate();
    this.#settleTimer = setTimeout(() => {
      this.#status = this.#statusText();
      this.requestUpdate();
      emit<FilterChangeDetail>(this, 'cst-filter-change', { kind: this.#kind, categories: [...this.#chosen], query: this.#query });
    }, delay);
  }

  /** "3 warning signs shown", "1 risk factor shown", or both counts when both kinds are listed. */
  #statusText(): string {
    const { shown } = this.#picked;
    const count = (kind: RedFlag['kind']) => {
      const n = shown.filter((f) => f.kind === kind).length;
      if (kind === 'indicator') {
        return n === 1
          ? msg('1 warning sign', { id: 'red-flags.ui.count.indicator.one', desc: 'Part of the status after filtering.' })
          : msg(str`${n} warning signs`, { id: 'red-flags.ui.count.indicator.many', desc: 'Part of the status after filtering; ${0} is a number (0 or more than 1).' });
      }
      return n === 1
        ? msg('1 risk factor', { id: 'red-flags.ui.count.vulnerability.one', desc: 'Part of the status after filtering.' })
        : msg(str`${n} risk factors`, { id: 'red-flags.ui.count.vulnerability.many', desc: 'Part of the status after filtering; ${0} is a number (0 or more than 1).' });
    };
    return this.#kind === 'all'
      ? msg(str`${count('indicator')} and ${count('vulnerability')} shown`, {
          id: 'red-flags.ui.status.both',
          desc: 'Announced after filtering, e.g. "3 warning signs and 2 risk factors shown".',
        })
      : msg(str`${count(this.#kind)} shown`, { id: 'red-flags.ui.status', desc: 'Announced after filtering, e.g. "3 warning signs shown".' });
  }

  #onKind(event: Event): void {
    this.#kind = (event.target as HTMLInputElement).value as RedFlagKind;
    this.#settle(CHANGE_MS);
  }

  #toggleCategory(category: RedFlagCategory): void {
    const next = new Set(this.#chosen);
    if (!next.delete(category)) next.add(category);
    this.#chosen = next;
    this.#settle(CHANGE_MS);
  }

  #onSearch(event: Event): void {
    this.#query = (event.target as HTMLInputElement).value;
    this.#settle(SETTLE_MS);
  }

  #clearFilters(): void {
    this.#chosen = new Set();
    this.#query = '';
    this.#searchField.value = '';
    this.#searchField.focus();
    this.#settle(CHANGE_MS);
  }

  #toggle(id: string): void {
    if (!this.#expanded.delete(id)) this.#expanded.add(id);
    this.requestUpdate();
  }

  #setAll(open: boolean, shown: RedFlag[]): void {
    this.#expanded = open ? new Set(shown.map((f) => f.id)) : new Set();
    this.requestUpdate();
  }

  override render() {
    const { shown } = this.#picked;
    const kind = this.#kind;
    const title = kind === 'indicator' ? redFlagHeading[this[reader]]() : riskFactorHeading[kind]();
    const groups = this.#allowed
      .map((category) => ({ category, flags: shown.filter((f) => f.category === category) }))
      .filter((g) => g.flags.length);
    const arriving = this.#topicsIn !== Infinity;

    return this[section](
      title,
      html`<div part="framing" class="callout framing">
          ${RED_FLAG_FRAMING.filter((f) => kind === 'all' || f.kind === kind).map((f) => html`<p>${f.text()}</p>`)}
        </div>

        ${this.#renderControls()}

        <p part="status" class="status" role="status">${this.#status}</p>
        ${this.#chosen.size || this.#query.trim()
          ? html`<p class="print-only">${msg('Printed with filters on: only the signs that match the topics or search chosen are listed.', { id: 'red-flags.ui.printed-filtered', desc: 'Only on paper, when the reader had chosen topics or typed a search: the printed list is not every sign.' })}</p>`
          : nothing}

        <div class="groups ${arriving ? 'arriving' : ''}">
        ${shown.length
          ? groups.slice(0, this.#topicsIn).map(
              ({ category, flags }) => html`<div part="group" class="group">
                ${heading(this[level] + 1, 'group-heading', `topic-${category}`, categoryLabel[category]())}
                <ul part="list" class="list">
                  ${flags.map((flag) => this.#renderFlag(flag))}
                </ul>
              </div>`,
            )
          : html`<div part="empty" class="callout empty">
              <p>${this.#emptyText()}</p>
            </div>`}
        </div>

        <div part="report" class="callout report">
          ${kind === 'vulnerability' ? nothing : html`<p>${FULL_LIST.text()}</p>`}
          <p>${ASK_QUESTIONS.text()}</p>
          ${emergencyPath(this[pathForm])}
        </div>`,
    );
  }

  /** What the list says when nothing matches, in the words of the kind shown. */
  #emptyText(): string {
    if (this.#kind === 'indicator') {
      return msg('No warning signs match. Try other words or other topics, or clear the filters.', { id: 'red-flags.ui.empty', desc: 'Shown when no warning sign matches the search and topics.' });
    }
    if (this.#kind === 'vulnerability') {
      return msg('No risk factors match. Try other words or other topics, or clear the filters.', { id: 'red-flags.ui.empty.vulnerability', desc: 'Shown when no risk factor matches the search and topics.' });
    }
    return msg('No warning signs or risk factors match. Try other words or other topics, or clear the filters.', { id: 'red-flags.ui.empty.all', desc: 'Shown when nothing matches the search and topics.' });
  }

  /** The kind choice, topic filters, search and buttons. */
  #renderControls() {
    const { pool, matching, shown } = this.#picked;
    const kinds: [RedFlagKind, string][] = [
      ['indicator', msg('Warning signs', { id: 'red-flags.ui.kind.indicator', desc: 'Choice: show the warning signs (indicators).' })],
      ['vulnerability', msg('Risk factors', { id: 'red-flags.ui.kind.vulnerability', desc: 'Choice: show the risk factors (vulnerabilities).' })],
      ['all', msg('Both', { id: 'red-flags.ui.kind.all', desc: 'Choice: show warning signs and risk factors.' })],
    ];
    const active = this.#chosen.size + (this.#query.trim() ? 1 : 0);
    const filterLabel = msg('Filter and search', { id: 'red-flags.ui.controls', desc: 'Button on a phone that shows the choice of warning signs or risk factors, the topics and the search.' });
    return html`
    <div class="controls-box">
    ${disclosureButton(
      this.#controlsOpen,
      'controls',
      () => {
        this.#controlsOpen = !this.#controlsOpen;
        this.requestUpdate();
      },
      active
        ? msg(str`${filterLabel} (${active} on)`, { id: 'red-flags.ui.controls.active', desc: 'The same button while the reader has chosen topics or typed a search; ${0} is the button\'s name, ${1} how many filters are on.' })
        : filterLabel,
      { part: 'controls-button', className: 'button primary' },
    )}
    <div part="controls" id="controls" class="controls">
      <fieldset part="kind" class="kind">
        <legend>${msg('Show', { id: 'red-flags.ui.kind.legend', desc: 'Label of the choice between warning signs, risk factors or both.' })}</legend>
        ${kinds.map(
          ([value, label]) => html`<label class="choice">
            <input type="radio" name="kind" .value=${value} .checked=${this.#kind === value} @change=${this.#onKind} />
            ${label}
          </label>`,
        )}
      </fieldset>

      <fieldset class="topics">
        <legend>${msg('Topics', { id: 'red-flags.ui.topics.legend', desc: 'Label of the topic filter buttons.' })}</legend>
        <div class="filters">
          ${this.#allowed.filter((category) => pool.some((f) => f.category === category)).map((category) => {
            const count = matching.filter((f) => f.category === category).length;
            return html`<button
              type="button"
              part="filter"
              class="filter"
              aria-pressed=${this.#chosen.has(category)}
              ?disabled=${count === 0 && !this.#chosen.has(category)}
              @click=${() => this.#toggleCategory(category)}
            >
              ${this.#chosen.has(category) ? html`<span aria-hidden="true">✓ </span>` : nothing}<span>${categoryLabel[category]()}</span>
              <span class="count">(${count})</span>
            </button>`;
          })}
        </div>
      </fieldset>

      <div class="search">
        <label for="search">${msg('Search this list', { id: 'red-flags.ui.search.label', desc: 'Label of the search field (it searches the warning signs, the risk factors, or both).' })}</label>
        <input id="search" part="search" type="search" autocomplete="off" .value=${this.#query} @input=${this.#onSearch} />
      </div>

      <div class="actions">
        <button type="button" part="button" class="button" ?disabled=${!this.#chosen.size && !this.#query.trim()} @click=${this.#clearFilters}>
          ${msg('Clear filters', { id: 'red-flags.ui.clear', desc: 'Button that removes every topic filter and the search text.' })}
        </button>
        <button type="button" part="button" class="button" ?disabled=${!shown.length} @click=${() => this.#setAll(true, shown)}>
          ${msg('Open all', { id: 'red-flags.ui.expand-all', desc: 'Button that opens every sign shown.' })}
        </button>
        <button type="button" part="button" class="button" ?disabled=${!this.#expanded.size} @click=${() => this.#setAll(false, shown)}>
          ${msg('Close all', { id: 'red-flags.ui.collapse-all', desc: 'Button that closes every open sign.' })}
        </button>
      </div>
    </div>
    </div>`;
  }

  #renderFlag(flag: RedFlag) {
    const open = this.#expanded.has(flag.id);
    return html`<li part="item" class="item">
      ${disclosureButton(open, `panel-${flag.id}`, () => this.#toggle(flag.id), html`<span>${flag.title()}</span>`)}
      <div part="panel" class="panel" id="panel-${flag.id}" hidden=${panelHidden(open)} @beforematch=${() => this.#toggle(flag.id)}>
        <p>${flag.text(this[reader])}</p>
        ${sourceLine(flag.cited)}
      </div>
    </li>`;
  }
}

define(TAG, CstRedFlags);

declare global {
  interface HTMLElementTagNameMap {
    'cst-red-flags': CstRedFlags;
  }
  interface GlobalEventHandlersEventMap {
    'cst-filter-change': CustomEvent<FilterChangeDetail>;
  }
}
