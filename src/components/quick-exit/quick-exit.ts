import { msg, str } from '@lit/localize';
import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { CstElement, landmark } from '../../internal/cst-element.js';
import { define } from '../../internal/define.js';
import { emit } from '../../internal/emit.js';
import { asText, oneOf, shown, warn } from '../../internal/warn.js';
import { getLocale } from '../../localization.js';
import { reset, tokens } from '../../styles/shared.js';
import { styles } from './quick-exit.styles.js';

export const QUICK_EXIT_POSITIONS = ['top', 'bottom', 'inline'] as const;
export type QuickExitPosition = (typeof QUICK_EXIT_POSITIONS)[number];

/** A neutral, non-personalized site to land on. */
export const DEFAULT_EXIT = 'https://www.weather.gov/';
/** Shift presses needed, the time all of them must fit in, and the longest a press may hold Shift down. */
const PRESSES = 3;
const WINDOW_MS = 5000;
const TAP_MS = 600;

export interface ExitDetail {
  /** Where the page is about to go. */
  href: string;
  /** `link` (clicked or activated by keyboard) or `shortcut` (Shift three times). */
  trigger: 'link' | 'shortcut';
}

const TAG = 'cst-quick-exit';

let framingChecked = false;

/**
 * Says once, in the console, when the page is in a frame whose sandbox does not let it navigate
 * the top-level page: there, "Exit this page" can leave only the frame, and the page stays in view.
 * (This is known only for a frame of the same origin; docs/widgets.md says how to frame the widget.)
 */
function warnIfFramedIn(): void {
  if (framingChecked) return;
  framingChecked = true;
  let sandbox: DOMTokenList | undefined;
  try {
    if (window.top === window) return;
    // The frame element belongs to the parent page, whose HTMLIFrameElement is not this page's.
    const frame = window.frameElement as HTMLIFrameElement | null;
    if (frame?.localName !== 'iframe' || !frame.hasAttribute('sandbox')) return;
    sandbox = frame.sandbox;
  } catch {
    return; // a frame of another origin: nothing can be known from here
  }
  if (!sandbox.contains('allow-top-navigation') && !sandbox.contains('allow-top-navigation-by-user-activation')) {
    warn(`<${TAG}> is in a sandboxed frame without allow-top-navigation: it can leave only the frame, and the page stays in view. Add allow-top-navigation-by-user-activation to the frame's sandbox.`);
  }
}
const OWNER = Symbol.for('cst-widgets.quick-exit-owner');
/** The quick exits in the page, in the order they were connected (from any copy of the library). */
type Owners = { [OWNER]?: { noShortcut: boolean; position?: unknown }[] };

/** Accepts only an absolute `https:` address, without a user name or password in it. */
function safeHref(value: unknown): string | undefined {
  try {
    const url = new URL(asText(value) ?? '');
    return url.protocol === 'https:' && !url.username && !url.password ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** How long the cover waits for the next page before it offers the reader a way on. */
const STUCK_MS = 3000;

/** The side of the page a sticky bar keeps: an unknown position counts as `top`, as its CSS does. */
const sideOf = (position: unknown): 'top' | 'bottom' | undefined => (position === 'inline' ? undefined : position === 'bottom' ? 'bottom' : 'top');

/**
 * A way to leave the page at once, for a reader who may be watched by the person who harms them.
 * Activating it (a click, Enter or Space) covers the page, blanks the tab title and replaces the
 * page in history with a neutral site, sending no Referer. Shift pressed three times within 5
 * seconds does the same: only quick presses of Shift alone count (Shift held, or used with another
 * key, a click or the wheel, does not), and marks in the bar, said to screen readers too, show how
 * many presses remain.
 *
 * Once started, only the reader brings the page back. If the next page does not come (the
 * browser's Stop button or the Escape key stopped it, the page asked "Leave site?", the network is
 * slow or the address answers with nothing to show), the cover stays and, after a moment, says
 * the page has not been left yet, with "Leave now" (focused) and "Back to the page".
 *
 * With `position` `top` (default) or `bottom`, only the button stays in view, on an opaque bar, and
 * the page's scroll padding on that side follows the bar's height, so the bar never hides the
 * control that has focus; the optional note sits in the page's flow and scrolls away.
 *
 * @tag cst-quick-exit
 * @summary "Exit this page": leave at once, by button or by pressing Shift three times.
 *
 * @slot - Fallback markup for when the script does not run: put a plain link to the same site
 *   (see docs/embedding.md); it is hidden once the widget is ready.
 *
 * @csspart base - The labelled region around the bar and the note.
 * @csspart bar - The bar that holds the button (sticky with `position` `top` or `bottom`).
 * @csspart link - The "Exit this page" link.
 * @csspart countdown - Beside the button while the Shift shortcut is used: a mark per press, and "Press Shift 2 more times…" where the bar is wide enough.
 * @csspart note - The optional safety note.
 * @csspart status - The screen-reader status line for the Shift shortcut.
 * @csspart cover - The blank screen over the page while it is left, and the choices it offers if the next page does not come.
 *
 * @cssprop [--cst-quick-exit-background=#b50909] - Button colour.
 * @cssprop [--cst-quick-exit-color=#ffffff] - Button text colour.
 * @cssprop [--cst-quick-exit-bar-background=var(--cst-color-surface, #ffffff)] - Background of the sticky bar.
 * @cssprop [--cst-quick-exit-z-index=2147483000] - Stacking order of the sticky bar.
 * @cssprop [--cst-quick-exit-top=0] - How far below the top of the window the sticky bar stops: the height of a bar the page fixes there (WordPress's admin bar), so that neither covers the other.
 *
 * @event {CustomEvent<{ href: string; trigger: 'link' | 'shortcut' }>} cst-exit - About to leave for
 *   `href`, by the link or the Shift shortcut. Cancelable: `preventDefault()` keeps the reader on the page.
 */
export class CstQuickExit extends CstElement {
  static override styles = [tokens, reset, styles];

  /** It renders as soon as it is defined, never after other widgets. @internal */
  static override rendersAtOnce = true;

  static override properties: PropertyDeclarations = {
    href: {},
    position: { reflect: true },
    noShortcut: { type: Boolean, attribute: 'no-shortcut', reflect: true },
    showNote: { type: Boolean, attribute: 'show-note', reflect: true },
  };

  /** Where to go: an absolute `https:` address (default https://www.weather.gov/), without a user name or password. Anything else warns and keeps the default. */
  href = DEFAULT_EXIT;

  /** `top` (sticky at the top, default), `bottom` (sticky at the bottom) or `inline` (where it is placed). */
  position: QuickExitPosition = 'top';

  /** Turns off the Shift shortcut. */
  noShortcut = false;

  /** Shows a short note: exiting does not erase browsing history. */
  showNote = false;

  // Everything below is private in the language's own sense (#names): frameworks such as React 19,
  // Preact and Vue set any property that `name in element` finds, so a name they could reach
  // could change where the page leaves for, or stop it leaving. Only `href` does that.

  /** Where the page leaves for: `href` once checked. */
  #destination = DEFAULT_EXIT;

  /** Shift presses counted in this sequence, when the first was, and when Shift went down alone. */
  #presses = 0;
  #firstPress = 0;
  #shiftDown?: number;
  #lapseTimer?: ReturnType<typeof setTimeout>;

  /**
   * Once the exit has started: `waiting` for the next page, then `stuck` when it has not come and
   * the cover offers the reader a choice. Only the reader's choice (or the browser bringing the page
   * back from its back-forward cache) ends it.
   */
  #exiting: false | 'waiting' | 'stuck' = false;
  #stuckTimer?: ReturnType<typeof setTimeout>;
  #savedTitle?: string;
  /** The `<meta name="referrer">` added while leaving. */
  #policy?: HTMLMetaElement;

  /** The page's own scroll padding on the bar's side, while this exit keeps room there for its bar. */
  #room?: { side: 'top' | 'bottom'; value: string; priority: string; observer: ResizeObserver };

  override connectedCallback(): void {
    super.connectedCallback();
    ((globalThis as Owners)[OWNER] ??= []).push(this);
    document.addEventListener('keydown', this.#onKeyDown, true);
    document.addEventListener('keyup', this.#onKeyUp, true);
    document.addEventListener('pointerdown', this.#interrupt, true);
    document.addEventListener('wheel', this.#interrupt, { capture: true, passive: true });
    window.addEventListener('pageshow', this.#onPageShow);
    warnIfFramedIn();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    const owners = (globalThis as Owners)[OWNER] ?? [];
    if (owners.includes(this)) owners.splice(owners.indexOf(this), 1);
    document.removeEventListener('keydown', this.#onKeyDown, true);
    document.removeEventListener('keyup', this.#onKeyUp, true);
    document.removeEventListener('pointerdown', this.#interrupt, true);
    document.removeEventListener('wheel', this.#interrupt, true);
    window.removeEventListener('pageshow', this.#onPageShow);
    this.#interrupt();
    this.#releaseRoom();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('href')) {
      const safe = safeHref(this.href);
      // An absent href (null once removed) means the default, without a warning.
      if (!safe && this.href != null) warn(`<${TAG}> href="${shown(this.href)}" is not an https: address (without a user name or password); using ${DEFAULT_EXIT}.`);
      this.#destination = safe ?? DEFAULT_EXIT;
    }
    // An unknown position behaves as `top` (the CSS and `sideOf` read it so): a warning says so,
    // and the page's own value stays as it gave it.
    if (changed.has('position')) oneOf(TAG, 'position', this.position, QUICK_EXIT_POSITIONS, 'top');
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.#keepRoom();
  }

  /** Covers the page, blanks the title, and replaces the page with the destination (`href`). */
  exit(trigger: ExitDetail['trigger'] = 'link'): void {
    this.#exit(trigger);
  }

  #exit(trigger: ExitDetail['trigger']): void {
    // Already leaving (the shortcut again, say): try again, as "Leave now" does.
    if (this.#exiting) return this.#go();
    let leave = true;
    try {
      leave = emit<ExitDetail>(this, 'cst-exit', { href: this.#destination, trigger }, { cancelable: true });
    } catch {
      // A page that broke events must not stop the reader leaving.
    }
    if (!leave) return;
    this.#exiting = 'waiting';
    // Whatever happens while covering the page, the page is left.
    try {
      this.#coverPage();
    } finally {
      this.#go();
    }
  }

  get #cover(): HTMLDialogElement | null | undefined {
    return this.shadowRoot?.querySelector('dialog');
  }

  /** Covers the page (when the widget has rendered), blanks the title and sends no Referer. */
  #coverPage(): void {
    // No Referer: the destination must not learn which page the reader left.
    this.#policy ??= Object.assign(document.createElement('meta'), { name: 'referrer', content: 'no-referrer' });
    document.head.append(this.#policy);
    this.#savedTitle ??= document.title;
    document.title = '\u200B';
    const cover = this.#cover;
    if (cover?.isConnected && !cover.open) cover.showModal();
  }

  /**
   * Replaces the page (the whole tab, even from a frame) with the destination. If no page has
   * replaced this one after STUCK_MS, or the navigation fails or is stopped (Escape and the Stop
   * button, "Stay" at a "Leave site?" prompt: browsers with the Navigation API say so with
   * `navigateerror`), the cover offers the reader the choice.
   */
  #go(): void {
    clearTimeout(this.#stuckTimer);
    this.#stuckTimer = setTimeout(this.#notLeft, STUCK_MS);
    (window as { navigation?: EventTarget }).navigation?.addEventListener('navigateerror', this.#notLeft);
    try {
      (window.top ?? window).location.replace(this.#destination);
    } catch {
      window.location.replace(this.#destination);
    }
  }

  /** The page is still here: the cover says so and offers "Leave now" (focused) and "Back to the page". */
  #notLeft = (): void => {
    if (!this.#exiting) return;
    clearTimeout(this.#stuckTimer);
    if (this.#exiting === 'stuck') return;
    this.#exiting = 'stuck';
    this.requestUpdate();
    void this.updateComplete.then(() => this.shadowRoot?.querySelector<HTMLElement>('.leave')?.focus());
  };

  /** The reader's choice to stay: the page as it was, usable. */
  #stay(): void {
    this.#exiting = false;
    clearTimeout(this.#stuckTimer);
    (window as { navigation?: EventTarget }).navigation?.removeEventListener('navigateerror', this.#notLeft);
    const cover = this.#cover;
    if (cover?.open) cover.close();
    if (this.#savedTitle !== undefined) document.title = this.#savedTitle;
    this.#savedTitle = undefined;
    this.#policy?.remove();
    this.#interrupt();
    this.requestUpdate();
  }

  /** Escape, or a browser's own way to close a dialog, never brings the page back while it is left. */
  #keepCover = (event: Event): void => {
    if (!this.#exiting) return;
    event.preventDefault();
    const cover = this.#cover;
    if (cover && !cover.open) cover.showModal();
  };

  /** Back from the back-forward cache (the reader went back to the page): make it usable again. */
  #onPageShow = (event: PageTransitionEvent): void => {
    if (event.persisted && this.#exiting) this.#stay();
  };

  #onClick(event: MouseEvent): void {
    // Modified clicks (new tab, new window) are the reader's choice: leave them to the browser.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    this.#exit('link');
  }

  /** Space leaves too, as on the button the control looks like (Enter is the link's own click). */
  #onLinkKeyDown(event: KeyboardEvent): void {
    if (event.key !== ' ' || event.ctrlKey || event.altKey || event.metaKey) return;
    event.preventDefault(); // not a page scroll
    if (!event.repeat) this.#exit('link');
  }

  /** Only the first shortcut-enabled instance on the page answers Shift. */
  get #ownsShortcut(): boolean {
    return !this.noShortcut && ((globalThis as Owners)[OWNER] ?? []).find((o) => !o.noShortcut) === this;
  }

  #setPresses(presses: number): void {
    if (presses === this.#presses) return;
    this.#presses = presses;
    this.requestUpdate();
  }

  /** Anything but a quick press of Shift alone (another key, a click, the wheel) starts the count again. */
  #interrupt = (): void => {
    this.#shiftDown = undefined;
    clearTimeout(this.#lapseTimer);
    this.#setPresses(0);
  };

  #onKeyDown = (event: KeyboardEvent): void => {
    if (!this.#ownsShortcut) return;
    if (event.key !== 'Shift' || event.ctrlKey || event.altKey || event.metaKey) return this.#interrupt();
    if (!event.repeat) this.#shiftDown = Date.now();
  };

  #onKeyUp = (event: KeyboardEvent): void => {
    if (!this.#ownsShortcut || event.key !== 'Shift' || this.#shiftDown === undefined) return;
    const now = Date.now();
    // Held down (to select text, or resting on the key): not a press.
    if (now - this.#shiftDown > TAP_MS) return this.#interrupt();
    this.#shiftDown = undefined;
    // The presses must all fit in WINDOW_MS; one later than that begins a new sequence.
    if (!this.#presses || now - this.#firstPress > WINDOW_MS) {
      this.#presses = 0;
      this.#firstPress = now;
    }
    clearTimeout(this.#lapseTimer);
    if (this.#presses + 1 >= PRESSES) {
      // Leaving first: nothing that only redraws the countdown may stand in its way.
      this.#exit('shortcut');
      this.#interrupt();
      return;
    }
    this.#setPresses(this.#presses + 1);
    // When the time runs out, the countdown goes, so the next sequence is announced afresh.
    this.#lapseTimer = setTimeout(this.#interrupt, this.#firstPress + WINDOW_MS - now);
  };

  /**
   * With a sticky bar, the page's scroll padding on the bar's side is the page's own plus the bar's
   * height, kept as the bar grows (larger text, a narrow screen), so that the browser never scrolls
   * a focused control under it (WCAG 2.4.11). Only the first exit on each side does so.
   */
  #keepRoom(): void {
    const side = sideOf(this.position);
    if (side && this.#room?.side === side) return;
    this.#releaseRoom();
    const bar = this.shadowRoot?.querySelector<HTMLElement>('[part~="bar"]');
    const first = ((globalThis as Owners)[OWNER] ?? []).find((o) => sideOf(o.position) === side);
    if (!side || !bar || first !== this) return;
    const root = document.documentElement.style;
    const property = `scroll-padding-${side}`;
    const room = {
      side,
      value: root.getPropertyValue(property),
      priority: root.getPropertyPriority(property),
      observer: new ResizeObserver(() => {
        // The page's own padding (its style sheets' or its inline one), then the bar's height on top.
        root.setProperty(property, room.value, room.priority);
        const own = getComputedStyle(document.documentElement).getPropertyValue(property);
        root.setProperty(property, `calc(${own && own !== 'auto' ? own : '0px'} + ${bar.getBoundingClientRect().height}px)`, room.priority);
      }),
    };
    room.observer.observe(bar);
    this.#room = room;
  }

  #releaseRoom(): void {
    const room = this.#room;
    if (!room) return;
    room.observer.disconnect();
    document.documentElement.style.setProperty(`scroll-padding-${room.side}`, room.value, room.priority);
    this.#room = undefined;
  }

  override render() {
    const label = msg('Exit this page', { id: 'quick-exit.label', desc: 'Button that leaves the page at once.' });
    const left = PRESSES - this.#presses;
    const countdown = !this.#presses
      ? ''
      : left === 1
        ? msg('Press Shift 1 more time to exit this page.', { id: 'quick-exit.status.one', desc: 'Shown beside the exit button and said to screen readers while the Shift shortcut is being used.' })
        : msg(str`Press Shift ${left} more times to exit this page.`, { id: 'quick-exit.status.many', desc: 'Shown beside the exit button and said to screen readers while the Shift shortcut is being used; ${0} is a number.' });
    // A labelled region: the docs put the widget first in <body>, outside the host's landmarks,
    // where content belonging to no landmark is an accessibility finding on every host page.
    // Its accessible name is its visible label, nothing before it.
    return html`<div part="base" class="base" role="region" aria-label=${this[landmark](label)} lang=${getLocale()} dir="ltr">
        <div part="bar" class="bar">
          <a part="link" class="link" href=${this.#destination} rel="nofollow noreferrer" target="_top" @click=${this.#onClick} @keydown=${this.#onLinkKeyDown}>${label}</a>
          <p part="countdown" class="countdown" aria-hidden="true" ?hidden=${!countdown}>
            <span class="pips">${Array.from({ length: PRESSES }, (_, i) => html`<span class=${i < this.#presses ? 'pip pressed' : 'pip'}></span>`)}</span>
            <span class="countdown-text">${countdown}</span>
          </p>
        </div>
        ${this.showNote
          ? html`<p part="note" class="note">
              ${msg('Leaving this page does not erase it from your browsing history.', {
                id: 'quick-exit.note',
                desc: 'Optional note next to the exit button. Never promise safety.',
              })}
            </p>`
          : nothing}
        <p part="status" class="visually-hidden" role="status">${countdown}</p>
      </div>
      <dialog
        part="cover"
        class="cover"
        closedby="none"
        lang=${getLocale()} dir="ltr"
        aria-label=${msg('Leaving this page', { id: 'quick-exit.cover', desc: 'Name of the blank screen shown while the page is left.' })}
        @cancel=${this.#keepCover}
        @close=${this.#keepCover}
      >
        ${this.#exiting === 'stuck'
          ? html`<div class="choices">
              <p id="not-left">${msg('You have not left this page yet.', { id: 'quick-exit.not-left', desc: 'Shown on the blank cover when the next page has not come after a few seconds (the browser stopped it, or the network is slow).' })}</p>
              <button class="leave" type="button" aria-describedby="not-left" @click=${this.#go}>
                ${msg('Leave now', { id: 'quick-exit.leave-now', desc: 'Button on the cover: tries leaving the page again.' })}
              </button>
              <button class="back" type="button" @click=${this.#stay}>
                ${msg('Back to the page', { id: 'quick-exit.back', desc: 'Button on the cover: the reader chooses to stay, and the page they were reading shows again.' })}
              </button>
            </div>`
          : nothing}
      </dialog>`;
  }
}

define(TAG, CstQuickExit);

declare global {
  interface HTMLElementTagNameMap {
    'cst-quick-exit': CstQuickExit;
  }
  interface GlobalEventHandlersEventMap {
    'cst-exit': CustomEvent<ExitDetail>;
  }
}
