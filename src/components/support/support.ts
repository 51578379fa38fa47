import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { SUPPORT, supportEveryoneHeading, supportHeading } from '../../content/support.js';
import { AUDIENCES, type Audience } from '../../content/types.js';
import { CstElement } from '../../internal/cst-element.js';
import { define } from '../../internal/define.js';
import { emergencyPath } from '../../internal/emergency-path.js';
import { heading, headingLevel } from '../../internal/heading.js';
import { sourceLine, sourceLineStyles } from '../../internal/source-line.js';
import { oneOf } from '../../internal/warn.js';
import { getLocale } from '../../localization.js';
import { blocks, emergencyPathStyles, reset, tokens } from '../../styles/shared.js';
import { styles } from './support.styles.js';

const TAG = 'cst-support';

/**
 * How NCMEC can help, for the reader (`audience`), with only the contacts and links NCMEC's guides
 * give. Families: Family Advocacy & Support (familysupport@ncmec.org, the hotline), Team HOPE, and
 * "Reconnecting with Your Child" at NCMEC.org/support. Professionals: the Recovery Services Team
 * (RecoveryServices@ncmec.org), the Child Sex Trafficking Analytical Team for law enforcement, and
 * NCMEC's free online trainings. Educators and any reader: NCMEC's training. Everyone: the hotline
 * and the CyberTipline, in the emergency path. A service whose address the guides do not give
 * (Team HOPE, the trainings) has no link.
 *
 * @tag cst-support
 * @summary The help NCMEC offers families and professionals, with its contacts.
 *
 * @csspart base - The labelled region around everything.
 * @csspart heading - The widget's heading ("How NCMEC can help").
 * @csspart service - One service, as a card.
 * @csspart service-name - Its name (NCMEC's).
 * @csspart report - The hotline and the CyberTipline, for everyone: the emergency path under its heading.
 * @csspart everyone-heading - The heading of the emergency path ("For everyone: the hotline and the CyberTipline").
 * @csspart emergency-path - The list of what to do: 911, a missing child, concerns of trafficking.
 * @csspart emergency - The "call 911" link.
 * @csspart cybertipline - The CyberTipline link.
 * @csspart source - The NCMEC guides the services come from.
 *
 * @cssprop [--cst-support-accent=var(--cst-color-accent, #005ea2)] - Links, the cards' top border and the emergency path's border.
 * @cssprop [--cst-support-tint=var(--cst-color-tint, #eff6fb)] - Background of the emergency path.
 */
export class CstSupport extends CstElement {
  static override styles = [tokens, reset, blocks, emergencyPathStyles, sourceLineStyles, styles];

  static override properties: PropertyDeclarations = {
    audience: { reflect: true },
    headingLevel: { attribute: 'heading-level', reflect: true },
    noHeading: { type: Boolean, attribute: 'no-heading', reflect: true },
  };

  /** Who reads the page: `general` (default), `parents`, `professionals` or `educators`. Chooses the services. */
  audience: Audience = 'general';

  /** Level of the widget's heading, 2 to 6 (default 2); each service's name is one level below. */
  headingLevel: number | string = 2;

  /** Leaves out the widget's heading, for a page that gives the section a heading of its own; the landmark keeps its name (see `label`). */
  noHeading = false;

  /** @internal */ private audienceShown: Audience = 'general';
  /** @internal */ private level = 2;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('audience')) this.audienceShown = oneOf(TAG, 'audience', this.audience, AUDIENCES, 'general');
    if (changed.has('headingLevel')) this.level = headingLevel(TAG, this.headingLevel);
  }

  override render() {
    const services = SUPPORT.filter((s) => s.audiences.includes(this.audienceShown));
    return html`<section part="base" class="base stack" aria-label=${this.landmarkName(supportHeading())} lang=${getLocale()}>
      ${this.noHeading ? nothing : heading(this.level, 'heading', 'heading', supportHeading())}
      <div class="services">
        ${services.map(
          (s) => html`<div part="service" class="service">
            ${heading(this.level + 1, 'service-name', `service-${s.id}`, s.name())}
            <p>${s.text()}</p>
            ${s.titles ? html`<ul class="titles" lang="en">${s.titles.map((t) => html`<li>${t}</li>`)}</ul>` : nothing}
          </div>`,
        )}
      </div>
      <div part="report" class="callout report">
        ${heading(this.level + 1, 'everyone-heading', 'everyone', supportEveryoneHeading())} ${emergencyPath()}
      </div>
      <div part="source">${sourceLine(services.flatMap((s) => s.cited))}</div>
    </section>`;
  }
}

define(TAG, CstSupport);

declare global {
  interface HTMLElementTagNameMap {
    'cst-support': CstSupport;
  }
}
