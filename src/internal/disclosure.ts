import { html, nothing, type TemplateResult } from 'lit';

/** The chevron of a disclosure's button: points at the label, turns down when open (`blocks`' `.chevron`). */
export const chevron = html`<svg class="chevron" viewBox="0 0 16 16" aria-hidden="true"><path d="M5 3l5 5-5 5" /></svg>`;

/**
 * The button of a disclosure: `aria-expanded`, the id of the region it controls, and a chevron
 * that turns when open (styled by `blocks` in styles/shared.ts). `name`, when given, is what
 * screen readers say for it: it must start with the label shown.
 */
export function disclosureButton(open: boolean, controls: string, onToggle: () => void, label: TemplateResult | string, name?: string) {
  return html`<button
    type="button"
    part="toggle"
    class="toggle"
    aria-label=${name ?? nothing}
    aria-expanded=${open}
    aria-controls=${controls}
    @click=${onToggle}
  >
    ${chevron} ${label}
  </button>`;
}

/** Whether the browser finds text in closed panels and opens them: `hidden="until-found"` and `beforematch`. */
const FINDS_CLOSED = typeof HTMLElement !== 'undefined' && 'onbeforematch' in HTMLElement.prototype;

/**
 * The `hidden` of a disclosure's panel: none when open. Closed, `until-found` where the browser
 * supports it, so the browser's find in page (and a link to a text fragment) finds the words of a
 * closed sign or card and fires `beforematch`, on which the widget opens it; elsewhere plain
 * `hidden`, as before. (A browser that knows `hidden` but not `until-found` would hide it as plain
 * `hidden`; the styles hide `[hidden]:not([hidden='until-found'])` themselves, since a panel's own
 * `display` would otherwise win over the browser's.)
 */
export const panelHidden = (open: boolean) => (open ? nothing : FINDS_CLOSED ? 'until-found' : '');
