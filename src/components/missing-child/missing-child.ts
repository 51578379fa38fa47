import { html, nothing } from 'lit';
import { level, reader, section, shows, WithAudience, WithHeading, WithOmit } from '../../common/section.js';
import {
  MISSING_CHILD_CONCERN,
  MISSING_CHILD_STATISTICS,
  MISSING_CHILD_STEPS,
  missingChildHeading,
  RETURN_STEPS,
  returnHeading,
  type MissingChildStep,
} from '../../content/missing-child.js';
import type { Audience } from '../../content/types.js';
import { CstElement } from '../../internal/cst-element.js';
import { define } from '../../internal/define.js';
import { heading } from '../../internal/heading.js';
import { sourceLine, sourceLineStyles } from '../../common/source-line.js';
import { blocks, reset, tokens } from '../../styles/shared.js';
import { styles } from './missing-child.styles.js';

const TAG = 'cst-missing-child';

/** "Engage specialized services" in the words for any reader, without contacts. */
const SERVICES_FOR_ANYONE = RETURN_STEPS.find((s) => s.id === 'services')!;

/** The pieces `omit` can leave out. */
const PIECES = ['contacts', 'concern'] as const;

/**
 * What to do when a child goes missing, and when they come back, as numbered steps in the order of
 * NCMEC's guides: 911 for a child in immediate danger, law enforcement, then NCMEC's 24-hour hotline
 * (and, for professionals, what to report about a child missing from care); then relief and concern,
 * non-judgmental questions, red flags, specialized services. A line with its year says why it
 * matters; the CyberTipline closes it, for concerns of trafficking. Each step's action comes first,
 * in bold. The steps use the words of the reader's guide (`audience`).
 *
 * @tag cst-missing-child
 * @summary What to do when a child is missing, and when they come back, as numbered steps.
 *
 * @csspart base - The labelled region around everything.
 * @csspart heading - The widget's heading ("If a child is missing").
 * @csspart steps - Each numbered list of steps.
 * @csspart step - One step.
 * @csspart action - What to do, in bold.
 * @csspart detail - Why or how, after the action.
 * @csspart why - Why it matters: NCMEC's figures, each with its year.
 * @csspart return-heading - "When the child comes back".
 * @csspart concern - The CyberTipline and the hotline, for concerns of trafficking.
 * @csspart emergency - The "call 911" link.
 * @csspart cybertipline - The CyberTipline link.
 * @csspart source - The NCMEC guides the steps come from.
 *
 * @cssprop [--cst-missing-child-accent=the theme's link and decoration colours] - Links, and the border of the boxes: this widget's link and decoration colours at once (it overrides `--cst-color-link` and `--cst-color-decoration` here).
 * @cssprop [--cst-missing-child-tint=var(--cst-color-tint, #eff6fb)] - Background of the boxes (why it matters, concerns).
 * @cssprop [--cst-missing-child-marker=var(--cst-color-text, #1b1b1b)] - The step numbers.
 */
export class CstMissingChild extends WithOmit(WithHeading(WithAudience(CstElement)), PIECES) {
  static override styles = [tokens, reset, blocks, sourceLineStyles, styles];

  /** Who reads the page: `general` (default), `parents`, `professionals` or `educators`. Chooses the steps and their words. */
  declare audience: Audience;

  /** Level of the widget's heading, 2 to 6 (default 2); "When the child comes back" is one level below. */
  declare headingLevel: number | string;

  /**
   * Pieces to leave out where the page says them elsewhere, space-separated: `contacts` (NCMEC's
   * family support or Recovery Services contacts in "Engage specialized services", which
   * `<cst-support>` gives; the step stays, in words for any reader) and `concern` (the closing
   * CyberTipline line, which the emergency path of the banner or another widget gives). Default: none.
   */
  declare omit: string | readonly (typeof PIECES)[number][];

  #steps(steps: readonly MissingChildStep[], labelledBy?: string) {
    // eslint-disable-next-line lit-a11y/no-redundant-role -- without its markers (list-style: none), Safari's VoiceOver no longer says it is a list
    return html`<ol part="steps" class="steps" role="list" aria-labelledby=${labelledBy ?? nothing}>
      ${steps.map(
        (step) => html`<li part="step" class="step ${step.id === 'danger' ? 'danger' : ''}">
          <strong part="action" class="action">${step.action()}</strong>
          ${step.detail ? html`<span part="detail" class="detail">${step.detail()}</span>` : nothing}
        </li>`,
      )}
    </ol>`;
  }

  override render() {
    const audience = this[reader];
    const missing = MISSING_CHILD_STEPS.filter((s) => s.audiences.includes(audience));
    // Without its contacts, "Engage specialized services" takes the words it has for any reader.
    const back = RETURN_STEPS.filter((s) => s.audiences.includes(audience)).map((s) => (s.id.startsWith('services') && !this[shows]('contacts') ? SERVICES_FOR_ANYONE : s));
    const figures = MISSING_CHILD_STATISTICS[audience];
    const concern = this[shows]('concern');
    const cited = [...missing, ...figures, ...back, ...(concern ? [MISSING_CHILD_CONCERN] : [])].flatMap((r) => r.cited);
    return this[section](
      missingChildHeading(),
      html`${this.#steps(missing, this.noHeading ? undefined : 'heading')}
      ${back.length
        ? html`${heading(this[level] + 1, 'return-heading', 'return-heading', returnHeading())} ${this.#steps(back, 'return-heading')}`
        : nothing}
      <div part="why" class="callout why">${figures.map((f) => html`<p>${f.text()}</p>`)}</div>
      ${concern ? html`<div part="concern" class="callout concern"><p>${MISSING_CHILD_CONCERN.text()}</p></div>` : nothing}
      <div part="source">${sourceLine(cited)}</div>`,
    );
  }
}

define(TAG, CstMissingChild);

declare global {
  interface HTMLElementTagNameMap {
    'cst-missing-child': CstMissingChild;
  }
}
