import { html, nothing, type TemplateResult } from 'lit';

/** The chevron of a disclosure's button: points at the label, turns down when open (`blocks`' `.chevron`). */
export const chevron = html`<svg class="chevron" viewBox="0 0 16 16" aria-hidden="true"><path d="M5 3l5 5-5 5" /></svg>`;

/** How a disclosure's button differs from a sign's or a card's (`part` and `class` "toggle"). */
export interface DisclosureButtonOptions {
  /** What screen readers say for it: it must start with the label shown. */
  name?: string;
  /** Its `part` and `class` (one word). */
  part?: string;
  /** More classes, for the widget's own button styles. */
  className?: string;
}

/**
 * The button of a disclosure: `aria-expanded`, the id of the region it controls, and a chevron
 * that turns when open (styled by `blocks` in styles/shared.ts). Every show/hide button of the
 * widgets is this one: a sign's or a card's "toggle", the banner's "More ways to get help", the red
 * flags' "Filter and search".
 */
export function disclosureButton(
  open: boolean,
  controls: string,
  onToggle: () => void,
  label: TemplateResult | string,
  { name, part = 'toggle', className = '' }: DisclosureButtonOptions = {},
) {
  return html`<button
    type="button"
    part=${part}
    class=${className ? `${part} ${className}` : part}
    aria-label=${name ?? nothing}
    aria-expanded=${open ? 'true' : 'false'}
    aria-controls=${controls}
    @click=${onToggle}
  >
    ${chevron} ${label}
  </button>`;
}

/**
 * The `hidden` of a disclosure's panel: none when open. Closed, `until-found` where the browser
 * supports it, so the browser's find in page (and a link to a text fragment) finds the words of a
 * closed sign or card and fires `beforematch` (where the browser has `onbeforematch`), on which the
 * widget opens it; elsewhere plain `hidden`, as before. (A browser that knows `hidden` but not `until-found` would hide it as plain
 * `hidden`; the styles hide `[hidden]:not([hidden='until-found'])` themselves, since a panel's own
 * `display` would otherwise win over the browser's.)
 */
export const panelHidden = (open: boolean) => (open ? nothing : 'onbeforematch' in HTMLElement.prototype ? 'until-found' : '');
