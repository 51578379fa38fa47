import { html, nothing, type TemplateResult } from 'lit';

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
    <svg class="chevron" viewBox="0 0 16 16" aria-hidden="true"><path d="M5 3l5 5-5 5" /></svg>
    ${label}
  </button>`;
}
