import { msg, str } from '@lit/localize';
import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { newerThan, REPORTS_2024, STATISTICS, type Figure, type Statistic, type StatId } from '../../content/statistics.js';
import { CstElement, landmark } from '../../internal/cst-element.js';
import { define } from '../../internal/define.js';
import { formatNumber, formatPercent } from '../../internal/numbers.js';
import { sourceLine, sourceLineStyles } from '../../common/source-line.js';
import { oneOf } from '../../internal/warn.js';
import { getLocale } from '../../localization.js';
import { reset, tokens } from '../../styles/shared.js';
import { styles } from './stat.styles.js';

const TAG = 'cst-stat';

/** The ids `stat` accepts, newest first. */
export const STAT_IDS = STATISTICS.map((s) => s.id);

/** A figure as the callout shows it large: "27,800+", "1 in 7", "18%", "50", in the reader's language. */
function figureText(figure: Figure): string {
  if ('moreThan' in figure) return `${formatNumber(figure.moreThan)}+`;
  if ('oneIn' in figure) return msg(str`1 in ${figure.oneIn}`, { id: 'stat.figure.one-in', desc: 'A figure shown large: "1 in 7". The placeholder is the 7.' });
  if ('percent' in figure) return formatPercent(figure.percent);
  return formatNumber(figure.count);
}

/**
 * One of NCMEC's figures as a callout: the number large, the sentence that gives it meaning with its
 * year, and the guide it comes from. `stat` chooses the figure; the default is the newest headline,
 * more than 27,800 reports of child sex trafficking to NCMEC in 2024. An older figure says when NCMEC
 * has a newer one of the same measure, and gives it; figures that measure different things are
 * never shown as if one followed the other. The large number is for the eye: a screen reader reads
 * the sentence, where "27,800+" is "more than 27,800".
 *
 * @tag cst-stat
 * @summary One of NCMEC's figures, with its year and its source.
 *
 * @csspart base - The figure: the callout around everything.
 * @csspart figure - The number and its year, shown large (hidden from screen readers, which read the sentence).
 * @csspart text - The sentence that gives the figure its meaning, with its year.
 * @csspart newer - For an older figure: NCMEC's newer figure of the same measure.
 * @csspart source - The NCMEC guide the figure comes from.
 *
 * @cssprop [--cst-stat-accent=the theme's link and decoration colours] - The number and the border: this widget's link and decoration colours at once (it overrides `--cst-color-link` and `--cst-color-decoration` here).
 * @cssprop [--cst-stat-tint=var(--cst-color-tint, #eff6fb)] - The background.
 * @cssprop [--cst-stat-figure-size=3em] - The size of the number.
 */
export class CstStat extends CstElement {
  static override styles = [tokens, reset, sourceLineStyles, styles];

  static override properties: PropertyDeclarations = {
    stat: { reflect: true },
  };

  /**
   * Which figure: `reports-2024` (default), `states-2024`, `missing-2024`, `missing-from-care-2024`,
   * or an older one: `reports-2021`, `runaways-2021`, `run-from-care-2021`, `foster-placement-2018`,
   * `runaways-2017`, `runaways-2014`. An unknown id warns and shows the default.
   * @default 'reports-2024'
   */
  stat: StatId = REPORTS_2024.id;

  /** The figure shown: `stat` once checked. */
  #stat: Statistic = REPORTS_2024;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('stat')) {
      const id = oneOf(TAG, 'stat', this.stat, STAT_IDS, REPORTS_2024.id);
      this.#stat = STATISTICS.find((s) => s.id === id)!;
    }
  }

  override render() {
    const stat = this.#stat;
    const newer = newerThan(stat);
    const name = msg(str`NCMEC figure, ${stat.year}`, { id: 'stat.name', desc: 'What screen readers call the callout (a figure). The placeholder is its year.' });
    return html`<figure part="base" class="base" aria-label=${this[landmark](name)} lang=${getLocale()} dir="ltr">
      <p part="figure" class="figure" aria-hidden="true"><span class="number">${figureText(stat.figure)}</span> <span class="year">${stat.year}</span></p>
      <p part="text" class="text">${stat.text()}</p>
      ${newer
        ? html`<p part="newer" class="newer">
            ${msg(str`NCMEC has a newer figure, from ${newer.year}:`, { id: 'stat.newer', desc: 'Before the newer figure of the same measure. The placeholder is its year.' })} ${newer.text()}
          </p>`
        : nothing}
      <div part="source">${sourceLine(newer ? [...stat.cited, ...newer.cited] : stat.cited)}</div>
    </figure>`;
  }
}

define(TAG, CstStat);

declare global {
  interface HTMLElementTagNameMap {
    'cst-stat': CstStat;
  }
}
