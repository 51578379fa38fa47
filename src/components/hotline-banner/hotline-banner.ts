import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { HOTLINE_MESSAGES, hotlineText } from '../../content/hotline.js';
import { HOTLINE, hotlineDisplay } from '../../content/reporting.js';
import type { Audience } from '../../content/types.js';
import { getLocale } from '../../localization.js';
import { reader, WithAudience } from '../../common/section.js';
import { CstElement, landmark } from '../../internal/cst-element.js';
import { define } from '../../internal/define.js';
import { disclosureButton } from '../../internal/disclosure.js';
import { emit } from '../../internal/emit.js';
import { emergencyPath, emergencyPathStyles } from '../../common/emergency-path.js';
import { oneOf } from '../../internal/warn.js';
import { reset, tokens } from '../../styles/shared.js';
import { styles } from './hotline-banner.styles.js';

export const BANNER_VARIANTS = ['full', 'compact'] as const;
export type BannerVariant = (typeof BANNER_VARIANTS)[number];

/** Which line a person chose to call, in `cst-hotline-call`. */
export type HotlineLine = 'hotline' | 'emergency' | 'local';

export interface HotlineCallDetail {
  /** `hotline` (1-800-THE-LOST), `emergency` (911) or `local` (a number in the `local` slot). */
  line: HotlineLine;
  /** The number dialled, as in the link's `tel:` URL. */
  number: string;
}

const TAG = 'cst-hotline-banner';

/**
 * NCMEC's 24-hour hotline for every page of a site, with the emergency path under it: "If a child
 * is in immediate danger, call 911", a missing child to law enforcement then NCMEC, and reports of
 * possible trafficking to the CyberTipline.
 *
 * @tag cst-hotline-banner
 * @summary A hotline banner: 1-800-THE-LOST (1-800-843-5678), then 911, a missing child, the CyberTipline.
 *
 * @slot - Fallback markup shown only until the script runs (or if it never does); hidden once
 *   the banner upgrades. Put the hotline link here, as in the embed snippet (docs/embedding.md).
 * @slot message - Replaces the audience message with your own words.
 * @slot local - Your agency's own local or state line, shown under NCMEC's.
 *
 * @csspart base - The labelled region around everything.
 * @csspart publisher - "National Center for Missing & Exploited Children".
 * @csspart title - "24-Hour Hotline".
 * @csspart hotline - The 1-800-THE-LOST link.
 * @csspart message - The audience message (or the `message` slot).
 * @csspart emergency-path - What to do, in this order: 911, a missing child, the CyberTipline. In the
 *   full banner, two lists: the 911 line under the hotline, the other two after the message.
 * @csspart more-button - "More ways to get help": where the full banner is narrow (under 32em, a
 *   phone), the message and the last two steps sit behind it, so the banner leaves the page room.
 * @csspart emergency - The "call 911" link.
 * @csspart cybertipline - The CyberTipline link.
 * @csspart local - The wrapper of the `local` slot.
 * @csspart dismiss-button - The close button (with `dismissible`).
 *
 * @cssprop [--cst-hotline-banner-background=var(--cst-color-strong, #162e51)] - Background.
 * @cssprop [--cst-hotline-banner-color=var(--cst-color-on-strong, #ffffff)] - Text and link colour.
 * @cssprop [--cst-hotline-banner-focus=var(--cst-color-focus, #ffbe2e)] - Focus ring colour.
 * @cssprop [--cst-hotline-banner-number-size=1.375em] - Size of the hotline number.
 * @cssprop [--cst-hotline-banner-padding=var(--cst-space-m, 1em)] - Inner padding.
 * @cssprop [--cst-hotline-banner-max-width=72em] - Width of the content, centred in the banner.
 * @cssprop [--cst-hotline-banner-local-background=var(--cst-color-surface, #ffffff)] - Background of the
 *   `local` panel. Light by default, so your page's own link colours stay readable in it.
 * @cssprop [--cst-hotline-banner-local-color=var(--cst-color-text, #1b1b1b)] - Text colour of the `local` panel.
 *
 * @event {CustomEvent<{ line: 'hotline' | 'emergency' | 'local'; number: string }>} cst-hotline-call - A phone
 *   link was activated: `line` says which (`local` is a number in the `local` slot), `number` is the
 *   number dialled. Informational: the library itself sends nothing anywhere.
 * @event {CustomEvent<null>} cst-dismiss - The close button was pressed. Cancelable: call `preventDefault()` to keep
 *   the banner shown.
 */
export class CstHotlineBanner extends WithAudience(CstElement) {
  static override styles = [tokens, reset, emergencyPathStyles, styles];

  static override properties: PropertyDeclarations = {
    variant: { reflect: true },
    dismissible: { type: Boolean, reflect: true },
    dismissed: { type: Boolean, reflect: true },
  };

  /** Who reads the page: `general` (default), `parents`, `professionals` or `educators`. Chooses the message under the hotline. */
  declare audience: Audience;

  /** `full` (default) or `compact` (smaller type, the hotline and what to do as one paragraph: two lines on a desktop, for a site header). */
  variant: BannerVariant = 'full';

  /** Shows a close button. The choice is kept in memory only: a new page shows the banner again. */
  dismissible = false;

  /** True once the reader closed the banner; remove the attribute to show it again. */
  dismissed = false;

  // What is shown: the attribute's value, or the default when the value is invalid.
  /** The variant shown: `variant` once checked. */
  #variant: BannerVariant = 'full';
  /** The slots the page put something in (`local`, `message`). */
  #filled = new Set<string>();
  /** The reader opened "More ways to get help" (shown only where the banner is narrow). */
  #more = false;

  constructor() {
    super();
    // On the host, a click on any link (ours in the shadow root, or the host's slotted ones) is seen.
    this.addEventListener('click', (event) => this.#onClick(event));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('variant')) this.#variant = oneOf(TAG, 'variant', this.variant, BANNER_VARIANTS, 'full');
  }

  #onSlotChange(event: Event): void {
    const slot = event.target as HTMLSlotElement;
    // Flattened, so that a slot a page passes on counts for what it holds; never our own fallback.
    const nodes = slot.assignedNodes().length ? slot.assignedNodes({ flatten: true }) : [];
    const filled = nodes.some((node) => node.nodeType === Node.ELEMENT_NODE || node.textContent?.trim());
    if (filled === this.#filled.has(slot.name)) return;
    if (filled) this.#filled.add(slot.name);
    else this.#filled.delete(slot.name);
    this.requestUpdate();
  }

  /**
   * The direction of a slot's box: the page's own words there keep the page's direction (`auto`:
   * Arabic or Hebrew reads right to left), while the banner's own words stay left to right.
   */
  #slotDir(name: string) {
    return this.#filled.has(name) ? 'auto' : nothing;
  }

  #onClick(event: MouseEvent): void {
    const link = event
      .composedPath()
      .find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
    if (!link || link.protocol !== 'tel:') return;
    const ours = link.getRootNode() === this.renderRoot;
    // A link of another banner (one placed in this one's slot) is that banner's to report.
    if (!ours && link.closest(TAG) !== this) return;
    const number = link.href.slice('tel:'.length);
    emit<HotlineCallDetail>(this, 'cst-hotline-call', { line: ours ? (link.dataset.line as HotlineLine) : 'local', number: decoded(number) });
  }

  #onDismiss(): void {
    if (!emit(this, 'cst-dismiss', null, { cancelable: true })) return;
    const hadFocus = this.matches(':focus-within');
    this.dismissed = true;
    if (hadFocus) focusAfter(this);
  }

  /**
   * The full banner under its hotline number: the 911 line, then the reader's message and the
   * rest of the emergency path. Where the banner is narrow (a phone), those last sit behind one
   * button, so the banner leaves the page room and 911 and the hotline stay in the first screen.
   */
  #renderFull() {
    return html`${emergencyPath('banner', 'first')}
      <div class="more-box">
        ${disclosureButton(
          this.#more,
          'more',
          () => {
            this.#more = !this.#more;
            this.requestUpdate();
          },
          hotlineText.more(),
          { part: 'more-button' },
        )}
        <div id="more" class="more">
          <p part="message" class="message" dir=${this.#slotDir('message')}>
            <slot name="message" @slotchange=${this.#onSlotChange}>${HOTLINE_MESSAGES[this[reader]].text()}</slot>
          </p>
          ${emergencyPath('banner', 'rest')}
        </div>
      </div>`;
  }

  override render() {
    const compact = this.#variant === 'compact';
    return html`
      <section
        part="base"
        class="base ${this.#variant}"
        aria-label=${this[landmark](`${hotlineText.publisher()} ${hotlineText.title()}`)}
        lang=${getLocale()} dir="ltr"
      >
        <div class="inner">
          <div class="body">
            <p class="lead">
              <span part="publisher" class="publisher ${compact ? 'visually-hidden' : ''}"
                >${hotlineText.publisher()}</span
              >
              <span part="title" class="title">${phoneIcon}${hotlineText.title()}</span>
              <a part="hotline" class="number" href=${HOTLINE.href} data-line="hotline"
                >${hotlineDisplay()}</a
              >
            </p>
            ${compact ? emergencyPath('compact') : this.#renderFull()}
            <div part="local" class="local ${this.#filled.has('local') ? 'has-content' : ''}" dir=${this.#slotDir('local')}>
              <slot name="local" @slotchange=${this.#onSlotChange}></slot>
            </div>
          </div>
          ${this.dismissible
            ? html`<button part="dismiss-button" class="dismiss" type="button" @click=${this.#onDismiss}>
                ${closeIcon}<span class="visually-hidden">${hotlineText.dismiss()}</span>
              </button>`
            : nothing}
        </div>
      </section>
    `;
  }
}

/** A `tel:` number as dialled; one the page wrote with a stray `%` stays as written. */
function decoded(number: string): string {
  try {
    return decodeURIComponent(number);
  } catch {
    return number;
  }
}

/**
 * Gives focus to what follows a closed banner, so that a keyboard or screen-reader user goes on
 * from where it was, never from the top of the page: the next element shown after it (after its
 * parent, if it was last), or else the page's main content. One that cannot take focus gets
 * `tabindex="-1"` until it loses focus again.
 */
function focusAfter(banner: HTMLElement): void {
  let target: Element | null = null;
  for (let node: Element | null = banner; node && node !== document.body && !target; node = node.parentElement) {
    for (let next = node.nextElementSibling; next && !target; next = next.nextElementSibling) {
      if (next instanceof HTMLElement && next.checkVisibility()) target = next;
    }
  }
  target ??= document.querySelector('main, [role="main"]');
  if (!(target instanceof HTMLElement)) return;
  if (target.tabIndex < 0 && !target.hasAttribute('tabindex')) {
    target.setAttribute('tabindex', '-1');
    target.addEventListener('blur', () => target.removeAttribute('tabindex'), { once: true });
  }
  target.focus();
}

// On one line: it sits inside the title, whose text is read (and tested) as written.
const phoneIcon = html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true"><path d="M6.6 10.8a15.1 15.1 0 0 0 6.6 6.6l2.2-2.2a1 1 0 0 1 1-.25 11.4 11.4 0 0 0 3.6.57 1 1 0 0 1 1 1V20a1 1 0 0 1-1 1A17 17 0 0 1 3 4a1 1 0 0 1 1-1h3.5a1 1 0 0 1 1 1c0 1.25.2 2.45.57 3.57a1 1 0 0 1-.25 1z" /></svg>`;

const closeIcon = html`<svg viewBox="0 0 24 24" aria-hidden="true">
  <path d="M19 6.4 17.6 5 12 10.6 6.4 5 5 6.4 10.6 12 5 17.6 6.4 19 12 13.4 17.6 19 19 17.6 13.4 12z" />
</svg>`;

define(TAG, CstHotlineBanner);

declare global {
  interface HTMLElementTagNameMap {
    'cst-hotline-banner': CstHotlineBanner;
  }
  interface GlobalEventHandlersEventMap {
    'cst-hotline-call': CustomEvent<HotlineCallDetail>;
    'cst-dismiss': CustomEvent<void>;
  }
}
