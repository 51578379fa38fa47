import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { BannerVariant } from '../components/hotline-banner/hotline-banner.js';
import type { Audience } from './types.js';

/**
 * The banner's examples: each is a Storybook story and an accessibility test in both languages,
 * so what designers review is what the tests check. Not part of the published bundle.
 */
export interface BannerExample {
  readonly name: string;
  readonly audience?: Audience;
  readonly variant?: BannerVariant;
  readonly dismissible?: boolean;
  /** An agency's own line in the `local` slot (a fictional 555 number). */
  readonly local?: boolean;
  /** The host's own words in the `message` slot. */
  readonly message?: string;
}

export const BANNER_EXAMPLES: readonly BannerExample[] = [
  { name: 'Default' },
  { name: 'Parents', audience: 'parents' },
  { name: 'Professionals', audience: 'professionals' },
  { name: 'Educators', audience: 'educators' },
  { name: 'Compact', variant: 'compact' },
  { name: 'Dismissible', dismissible: true },
  { name: 'Compact dismissible', variant: 'compact', dismissible: true },
  { name: 'With local line', audience: 'parents', local: true },
  { name: 'Custom message', message: 'Our county team can also help, day and night.' },
];

/** The markup a webmaster would write for an example, fallback included. */
export function bannerTemplate(example: BannerExample) {
  return html`<cst-hotline-banner
    audience=${ifDefined(example.audience)}
    variant=${ifDefined(example.variant)}
    ?dismissible=${example.dismissible}
  >
    <p>If a child is in immediate danger, <a href="tel:911">call 911</a>.</p>
    <p>NCMEC 24-Hour Hotline: <a href="tel:+18008435678">1-800-THE-LOST (1-800-843-5678)</a></p>
    ${example.message ? html`<span slot="message">${example.message}</span>` : nothing}
    ${example.local
      ? html`<p slot="local">Example County child abuse line: <a href="tel:+15555550100">555-0100</a></p>`
      : nothing}
  </cst-hotline-banner>`;
}
