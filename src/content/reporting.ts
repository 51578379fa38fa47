import { html } from 'lit';
import type { Citation } from './types.js';

/** A phone line: numbers are data, never translated strings. */
export interface PhoneLine {
  /** What is shown, exactly as NCMEC writes it. */
  readonly display: string;
  /** The `tel:` URL a phone dials. */
  readonly href: `tel:${string}`;
  readonly cited: readonly Citation[];
}

/** A web address a widget links to. Only `https:` addresses are allowed in content. */
export interface WebLink {
  readonly href: `https://${string}`;
  readonly cited: readonly Citation[];
}

/** NCMEC's 24-hour hotline, in its vanity and digit forms. */
export const HOTLINE: PhoneLine & { readonly vanity: string; readonly digits: string } = {
  vanity: '1-800-THE-LOST',
  digits: '1-800-843-5678',
  display: '1-800-THE-LOST (1-800-843-5678)',
  href: 'tel:+18008435678',
  cited: [
    { source: 'ncmec-cw-2024', evidence: ['24-Hour Hotline 1-800-THE-LOST® (1-800-843-5678)'] },
    { source: 'ncmec-web-2021', evidence: ['by calling 1-800-THE-LOST (1-800-843-5678)'] },
    { source: 'ncmec-parents-2024', evidence: ['call 1-800-843-5678'] },
  ],
};

/**
 * The US emergency number. Not in the guides' text, which say to call law enforcement
 * immediately; the seed rules allow 911 for that, for a child in immediate danger.
 */
export const EMERGENCY: PhoneLine = {
  display: '911',
  href: 'tel:911',
  cited: [{ source: 'ncmec-cw-2024', evidence: ['should immediately call law enforcement'] }],
};

/**
 * NCMEC's CyberTipline. The guides name it; its address was lost in their conversion to text
 * and is the one the seed rules give.
 */
export const CYBERTIPLINE: WebLink = {
  href: 'https://report.cybertip.org/',
  cited: [{ source: 'ncmec-web-2021', evidence: ["please make a report to NCMEC's CyberTipline or call 1-800-THE-LOST"] }],
};

/** An email contact NCMEC's guides give. */
export interface EmailContact {
  readonly address: string;
  readonly href: `mailto:${string}`;
  readonly cited: readonly Citation[];
}

/** NCMEC's support for families of victims (parents' guide). */
export const FAMILY_SUPPORT: EmailContact = {
  address: 'familysupport@ncmec.org',
  href: 'mailto:familysupport@ncmec.org',
  cited: [{ source: 'ncmec-parents-2024', evidence: ['email familysupport@ncmec.org for help or call 1-800-843-5678'] }],
};

/** NCMEC's Child Sex Trafficking Recovery Services Team, for professionals working with victims. */
export const RECOVERY_SERVICES: EmailContact = {
  address: 'RecoveryServices@ncmec.org',
  href: 'mailto:RecoveryServices@ncmec.org',
  cited: [{ source: 'ncmec-cw-2024', evidence: ['reduce trauma responses. RecoveryServices@ncmec.org'] }],
};

/** NCMEC's page on reporting children missing from care. */
export const MISSING_FROM_CARE: WebLink = {
  href: 'https://www.ncmec.org/CMFC',
  cited: [{ source: 'ncmec-cw-2024', evidence: ['please visit [NCMEC.org/CMFC](https://www.ncmec.org/CMFC)'] }],
};

/** NCMEC's internet-safety resources for families. */
export const NETSMARTZ: WebLink = {
  href: 'https://www.ncmec.org/NetSmartz',
  cited: [{ source: 'ncmec-parents-2024', evidence: ['[NCMEC.org/NetSmartz](https://www.ncmec.org/NetSmartz)'] }],
};

/** "Reconnecting with Your Child: Building Relationships After Suspected Exploitation". */
export const FAMILY_RESOURCES: WebLink = {
  href: 'https://www.ncmec.org/support',
  cited: [{ source: 'ncmec-parents-2024', evidence: ['is available at [NCMEC.org/support](https://www.ncmec.org/support)'] }],
};

/** NCMEC's web page on child sex trafficking (002), where its full list of red flags is. */
export const NCMEC_TRAFFICKING_PAGE: WebLink = {
  href: 'https://www.missingkids.org/theissues/trafficking',
  cited: [{ source: 'ncmec-web-2021', evidence: ['https://www.missingkids.org/theissues/trafficking'] }],
};

/**
 * The hotline's visible text, which may wrap only between its vanity and digit forms, never inside
 * a number. The vanity number is English words, so it keeps `lang="en"` on a Spanish page. (The
 * space between the spans is static text: a Lit comment marker next to it would make Chromium drop
 * the space from the link's accessible name.)
 */
export const hotlineDisplay = () =>
  html`<span class="nowrap" lang="en">${HOTLINE.vanity}</span> <span class="nowrap">(${HOTLINE.digits})</span>`;
