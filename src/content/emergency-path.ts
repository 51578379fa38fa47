import { msg } from '@lit/localize';
import { html, type TemplateResult } from 'lit';
import { CYBERTIPLINE, EMERGENCY, HOTLINE, hotlineDisplay } from './reporting.js';
import type { Cited } from './types.js';

/**
 * The emergency path: what every widget that tells a reader to act shows, always in this order.
 * A child in immediate danger: 911. A child missing: law enforcement first, then NCMEC (the
 * CyberTipline is for reports of possible trafficking, not for missing children). Concerns of
 * possible trafficking: the CyberTipline or 1-800-THE-LOST. `common/emergency-path.ts` renders it.
 */
export interface EmergencyStep extends Cited {
  readonly id: 'danger' | 'missing' | 'concern';
  /** The sentence with its links, where the widget does not show the hotline itself. */
  readonly text: () => TemplateResult;
  /** The sentence in the hotline banner, whose own headline is NCMEC's hotline number. */
  readonly short: () => TemplateResult | string;
  /** Shorter still, where the compact banner needs it; otherwise `short`. */
  readonly compact?: () => TemplateResult;
}

// The links inside the sentences: numbers and addresses are data; `data-line` names the line for
// the banner's `cst-hotline-call` event. The vanity number stays English on a Spanish page.
const hotline = html`<a href=${HOTLINE.href} data-line="hotline">${hotlineDisplay()}</a>`;
const vanity = html`<a href=${HOTLINE.href} data-line="hotline"><span class="nowrap" lang="en">${HOTLINE.vanity}</span></a>`;

const danger = () =>
  msg(html`If a child is in immediate danger, <a part="emergency" href=${EMERGENCY.href} data-line="emergency">call 911</a>.`, {
    id: 'emergency.danger',
    desc: 'First step of what to do, before every other; "call 911" is the link that dials 911.',
  });

export const EMERGENCY_PATH: readonly EmergencyStep[] = [
  {
    id: 'danger',
    text: danger,
    short: danger,
    cited: [
      ...EMERGENCY.cited,
      { source: 'ncmec-cw-2014', evidence: ['the legal guardian must immediately call law enforcement and make a report'] },
    ],
  },
  {
    id: 'missing',
    text: () =>
      msg(html`If a child is missing, immediately call law enforcement, then NCMEC at ${hotline}.`, {
        id: 'emergency.missing',
        desc: 'Second step: a missing child is reported to law enforcement first, then to NCMEC. The placeholder is the hotline link.',
      }),
    short: () =>
      msg('If a child is missing, immediately call law enforcement, then NCMEC.', {
        id: 'emergency.missing.short',
        desc: 'Second step, in the hotline banner, right under NCMEC\'s hotline number: law enforcement first, then NCMEC.',
      }),
    cited: [
      { source: 'ncmec-cw-2024', evidence: ["anytime a child is missing, the child's legal guardian should immediately call law enforcement and then the National Center for Missing & Exploited Children at 1-800-THE-LOST"] },
      { source: 'ncmec-cw-2014', evidence: ['Next, call the National Center for Missing & Exploited Children at 1-800-THE-LOST® (1-800-843-5678).'] },
      { source: 'ncmec-web-2021', evidence: ['After making a missing child report to law enforcement we encourage law enforcement, parents, and legal guardians to report ALL missing children'] },
    ],
  },
  {
    id: 'concern',
    text: () =>
      msg(html`If you are concerned about possible child sex trafficking, make a report to <a part="cybertipline" href=${CYBERTIPLINE.href}>NCMEC's CyberTipline</a> or call ${vanity}.`, {
        id: 'emergency.concern',
        desc: 'Third step: reports of possible trafficking go to the CyberTipline (keep its name) or the hotline. The last placeholder is the link "1-800-THE-LOST".',
      }),
    short: () =>
      msg(html`<a part="cybertipline" href=${CYBERTIPLINE.href}>Report possible child sex trafficking to NCMEC's CyberTipline</a>`, {
        id: 'emergency.concern.short',
        desc: 'Third step, in the hotline banner: a link to the CyberTipline, NCMEC\'s reporting form (keep its name).',
      }),
    compact: () =>
      msg(html`<a part="cybertipline" href=${CYBERTIPLINE.href}>Report to NCMEC's CyberTipline</a>`, {
        id: 'emergency.concern.compact',
        desc: 'Third step, in the one-line compact banner: a shorter link to the CyberTipline (keep its name).',
      }),
    cited: [{ source: 'ncmec-web-2021', evidence: ["if you are concerned about potential child sex trafficking activity or see situations including the indicators listed below please make a report to NCMEC's CyberTipline or call 1-800-THE-LOST"] }],
  },
];
