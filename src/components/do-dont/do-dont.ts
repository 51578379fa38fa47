import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { level, reader, section, shows, WithAudience, WithHeading, WithOmit } from '../../common/section.js';
import { DO, DONT, RESPONSE_FRAMING, RESPONSE_SUPPORT, responseHeading, responseHeadings, type ResponseItem } from '../../content/response.js';
import type { Audience } from '../../content/types.js';
import { CstElement } from '../../internal/cst-element.js';
import { define } from '../../internal/define.js';
import { emergencyPath, emergencyPathStyles, pathForm, WithEmergencyPath } from '../../common/emergency-path.js';
import { heading } from '../../internal/heading.js';
import { oneOf } from '../../internal/warn.js';
import { blocks, reset, tokens } from '../../styles/shared.js';
import { styles } from './do-dont.styles.js';

export const DO_DONT_VARIANTS = ['full', 'compact'] as const;
export type DoDontVariant = (typeof DO_DONT_VARIANTS)[number];

const TAG = 'cst-do-dont';

const tick = html`<svg class="mark" viewBox="0 0 24 24" aria-hidden="true"><path d="M4 12.5l5 5L20 6.5" /></svg>`;
const cross = html`<svg class="mark" viewBox="0 0 24 24" aria-hidden="true"><path d="M6 6l12 12M18 6L6 18" /></svg>`;

/** The pieces `omit` can leave out. */
const PIECES = ['framing', 'help'] as const;

/**
 * How to respond when a child might be a victim: NCMEC's DO (Be patient, Listen, Reassure) and
 * DON'T (Assume, Blame, Interrogate), each explained, with the guidance for the reader before them
 * and, after them, NCMEC's help for that reader and the emergency path (911, a missing child,
 * concerns of trafficking). "Do" and "Don't" are words, not colours; the icons are decoration.
 *
 * @tag cst-do-dont
 * @summary NCMEC's DO and DON'T for responding to a child, with guidance per audience.
 *
 * @csspart base - The labelled region around everything.
 * @csspart heading - The widget's heading.
 * @csspart framing - The guidance for the audience.
 * @csspart do - The DO column.
 * @csspart dont - The DON'T column.
 * @csspart column-heading - "Do" and "Don't".
 * @csspart item - One DO or DON'T.
 * @csspart report - NCMEC's help for the audience (parents, professionals), then the emergency path.
 * @csspart emergency-path - The list of what to do: 911, a missing child, concerns of trafficking.
 * @csspart emergency - The "call 911" link.
 * @csspart cybertipline - The CyberTipline link.
 *
 * @cssprop [--cst-do-dont-do-color=#00703c] - Top border and heading of DO (a 4.5:1 green on white).
 * @cssprop [--cst-do-dont-dont-color=#b50909] - Top border and heading of DON'T (a 4.5:1 red on white).
 * @cssprop [--cst-do-dont-surface=var(--cst-color-surface, #ffffff)] - Column background.
 * @cssprop [--cst-do-dont-tint=var(--cst-color-tint, #eff6fb)] - Guidance background.
 * @cssprop [--cst-do-dont-accent=the theme's link and decoration colours] - Guidance border and links: this widget's link and decoration colours at once (it overrides `--cst-color-link` and `--cst-color-decoration` here).
 */
export class CstDoDont extends WithOmit(WithEmergencyPath(WithHeading(WithAudience(CstElement))), PIECES) {
  static override styles = [tokens, reset, blocks, emergencyPathStyles, styles];

  static override properties: PropertyDeclarations = { variant: { reflect: true } };

  /** Who reads the page: `general` (default), `parents`, `professionals` or `educators`. Chooses the guidance. */
  declare audience: Audience;

  /** `full` (default), or `compact` for a sidebar: stacked, NCMEC's words without the explanations. */
  variant: DoDontVariant = 'full';

  /** Level of the widget's heading, 2 to 6 (default 2); "Do" and "Don't" are one level below. */
  declare headingLevel: number | string;

  /**
   * Pieces to leave out where the page says them elsewhere, space-separated: `framing` (the
   * guidance before DO and DON'T) and `help` (NCMEC's help for the reader, after them, which
   * `<cst-support>` gives too). Default: none.
   */
  declare omit: string | readonly (typeof PIECES)[number][];

  /** The variant shown: `variant` once checked. */
  #variant: DoDontVariant = 'full';

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('variant')) this.#variant = oneOf(TAG, 'variant', this.variant, DO_DONT_VARIANTS, 'full');
  }

  #column(kind: 'do' | 'dont', items: readonly ResponseItem[]) {
    return html`<div part=${kind} class="column ${kind}">
      ${heading(this[level] + 1, 'column-heading', `${kind}-heading`, [kind === 'do' ? tick : cross, kind === 'do' ? responseHeadings.do() : responseHeadings.dont()])}
      <ul class="list" aria-labelledby="${kind}-heading">
        ${items.map(
          (item) => html`<li part="item" class="item">
            <span class="label">${item.label()}</span>
            ${item.text ? html`<span class="explanation">${item.text()}</span>` : nothing}
          </li>`,
        )}
      </ul>
    </div>`;
  }

  override render() {
    const framing = this[shows]('framing') ? RESPONSE_FRAMING[this[reader]] : [];
    const help = this[shows]('help') ? RESPONSE_SUPPORT[this[reader]] : [];
    return this[section](
      responseHeading(),
      html`${framing.length ? html`<div part="framing" class="callout framing">${framing.map((f) => html`<p>${f.text()}</p>`)}</div>` : nothing}
        <div class="columns">${this.#column('do', DO)}${this.#column('dont', DONT)}</div>
        ${help.length || this[pathForm] !== 'none'
          ? html`<div part="report" class="callout report">${help.map((s) => html`<p>${s.text()}</p>`)} ${emergencyPath(this[pathForm])}</div>`
          : nothing}`,
      this.#variant,
    );
  }
}

define(TAG, CstDoDont);

declare global {
  interface HTMLElementTagNameMap {
    'cst-do-dont': CstDoDont;
  }
}
