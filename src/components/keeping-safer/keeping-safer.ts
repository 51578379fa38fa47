import { html, nothing } from 'lit';
import { level, reader, section, shows, WithAudience, WithHeading, WithOmit } from '../../common/section.js';
import { KEEPING_SAFER, keepingSaferGroupHeadings, keepingSaferHeading, type PreventionTip, type PreventionTipId } from '../../content/prevention.js';
import type { Audience } from '../../content/types.js';
import { CstElement } from '../../internal/cst-element.js';
import { define } from '../../internal/define.js';
import { emergencyPath, emergencyPathStyles, pathForm, WithEmergencyPath } from '../../common/emergency-path.js';
import { heading } from '../../internal/heading.js';
import { sourceLine, sourceLineStyles } from '../../common/source-line.js';
import { blocks, reset, tokens } from '../../styles/shared.js';
import { styles } from './keeping-safer.styles.js';

const TAG = 'cst-keeping-safer';
const WORK_GROUPS = ['prevention', 'intervention', 'response'] as const;

/**
 * How adults keep children safer, in the words of the reader's guide (`audience`). Parents and any
 * reader: talk to your child, address the myths, build resiliency (with NCMEC's CyberTipline and
 * NetSmartz). Professionals and educators: prevention (make youth aware, online safety), intervention
 * (know the warning signs, a non-judgmental dialogue; for professionals, opening the door to these
 * conversations and a child back from a run) and response (a response plan that engages specialized services; a plan for recruitment in schools
 * and group homes). The emergency path closes it.
 *
 * @tag cst-keeping-safer
 * @summary NCMEC's advice for keeping children safer: for parents, or prevention, intervention and response.
 *
 * @csspart base - The labelled region around everything.
 * @csspart heading - The widget's heading.
 * @csspart group-heading - For professionals and educators: "Prevention", "Intervention", "Response".
 * @csspart tip - One piece of advice.
 * @csspart tip-title - Its title, in bold.
 * @csspart report - The emergency path, after the advice.
 * @csspart emergency-path - The list of what to do: 911, a missing child, concerns of trafficking.
 * @csspart emergency - The "call 911" link.
 * @csspart cybertipline - The CyberTipline link.
 * @csspart source - The NCMEC guides the advice comes from.
 *
 * @cssprop [--cst-keeping-safer-accent=the theme's link and decoration colours] - Links, and the border of the emergency path: this widget's link and decoration colours at once (it overrides `--cst-color-link` and `--cst-color-decoration` here).
 * @cssprop [--cst-keeping-safer-tint=var(--cst-color-tint, #eff6fb)] - Background of the emergency path.
 */
export class CstKeepingSafer extends WithOmit(WithEmergencyPath(WithHeading(WithAudience(CstElement))), [...new Set(KEEPING_SAFER.map((t) => t.id))]) {
  static override styles = [tokens, reset, blocks, emergencyPathStyles, sourceLineStyles, styles];

  /** Who reads the page: `general` (default), `parents`, `professionals` or `educators`. Chooses the advice and its words. */
  declare audience: Audience;

  /** Level of the widget's heading, 2 to 6 (default 2); "Prevention", "Intervention" and "Response" are one level below. */
  declare headingLevel: number | string;

  /**
   * Pieces of advice to leave out where the page says them elsewhere, by name, space-separated:
   * `dialogue` ("Build a non-judgmental dialogue", which `<cst-do-dont>`'s "Listen" says) and
   * `after-a-run` ("When a child comes back from a run", whose steps `<cst-missing-child>` gives),
   * or any other piece's name (`talk`, `myths`, `resiliency`, `risk-factors`, `make-aware`,
   * `online-safety`, `warning-signs`, `open-the-door`, `response-plan`, `recruitment-plan`). Default: none.
   */
  declare omit: string | readonly PreventionTipId[];

  #tips(tips: readonly PreventionTip[], labelledBy?: string) {
    return html`<ul class="tips" aria-labelledby=${labelledBy ?? nothing}>
      ${tips.map((tip) => html`<li part="tip"><strong part="tip-title" class="tip-title">${tip.title()}</strong> ${tip.text()}</li>`)}
    </ul>`;
  }

  override render() {
    const tips = KEEPING_SAFER.filter((t) => t.audiences.includes(this[reader]) && this[shows](t.id));
    const name = keepingSaferHeading[this[reader]]();
    const family = tips.filter((t) => t.group === 'family');
    return this[section](
      name,
      html`${family.length ? this.#tips(family, this.noHeading ? undefined : 'heading') : nothing}
      ${WORK_GROUPS.map((group) => {
        const inGroup = tips.filter((t) => t.group === group);
        return inGroup.length
          ? html`<div class="group">
              ${heading(this[level] + 1, 'group-heading', `group-${group}`, keepingSaferGroupHeadings[group]())} ${this.#tips(inGroup, `group-${group}`)}
            </div>`
          : nothing;
      })}
      ${this[pathForm] === 'none' ? nothing : html`<div part="report" class="report">${emergencyPath(this[pathForm])}</div>`}
      <div part="source">${sourceLine(tips.flatMap((t) => t.cited))}</div>`,
    );
  }
}

define(TAG, CstKeepingSafer);

declare global {
  interface HTMLElementTagNameMap {
    'cst-keeping-safer': CstKeepingSafer;
  }
}
