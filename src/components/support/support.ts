import { html, nothing } from 'lit';
import { level, reader, section, WithAudience, WithHeading } from '../../common/section.js';
import { SUPPORT, supportEveryoneHeading, supportHeading } from '../../content/support.js';
import type { Audience } from '../../content/types.js';
import { CstElement } from '../../internal/cst-element.js';
import { define } from '../../internal/define.js';
import { emergencyPath, emergencyPathStyles, pathForm, WithEmergencyPath } from '../../common/emergency-path.js';
import { heading } from '../../internal/heading.js';
import { sourceLine, sourceLineStyles } from '../../common/source-line.js';
import { blocks, reset, tokens } from '../../styles/shared.js';
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
 * @cssprop [--cst-support-accent=the theme's link and decoration colours] - Links, the cards' top border and the emergency path's border: this widget's link and decoration colours at once (it overrides `--cst-color-link` and `--cst-color-decoration` here).
 * @cssprop [--cst-support-tint=var(--cst-color-tint, #eff6fb)] - Background of the emergency path.
 */
export class CstSupport extends WithEmergencyPath(WithHeading(WithAudience(CstElement))) {
  static override styles = [tokens, reset, blocks, emergencyPathStyles, sourceLineStyles, styles];

  /** Who reads the page: `general` (default), `parents`, `professionals` or `educators`. Chooses the services. */
  declare audience: Audience;

  /** Level of the widget's heading, 2 to 6 (default 2); each service's name is one level below. */
  declare headingLevel: number | string;

  override render() {
    const services = SUPPORT.filter((s) => s.audiences.includes(this[reader]));
    return this[section](
      supportHeading(),
      html`<div class="services">
        ${services.map(
          (s) => html`<div part="service" class="service">
            ${heading(this[level] + 1, 'service-name', `service-${s.id}`, s.name())}
            <p>${s.text()}</p>
            ${s.titles ? html`<ul class="titles" lang="en">${s.titles.map((t) => html`<li>${t}</li>`)}</ul>` : nothing}
          </div>`,
        )}
      </div>
      ${this[pathForm] === 'none'
        ? nothing
        : html`<div part="report" class="callout report">
            ${this[pathForm] === 'full' ? heading(this[level] + 1, 'everyone-heading', 'everyone', supportEveryoneHeading()) : nothing}
            ${emergencyPath(this[pathForm])}
          </div>`}
      <div part="source">${sourceLine(services.flatMap((s) => s.cited))}</div>`,
    );
  }
}

define(TAG, CstSupport);

declare global {
  interface HTMLElementTagNameMap {
    'cst-support': CstSupport;
  }
}
