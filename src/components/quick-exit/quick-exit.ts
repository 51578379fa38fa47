import { msg, str } from '@lit/localize';
import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { CstElement } from '../../internal/cst-element.js';
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
type Owners = { [OWNER]?: { noShortcut: boolean }[] };

/** Accepts only an absolute `https:` address, without a user name or password in it. */
function safeHref(value: unknown): string | undefined {
  try {
    const url = new URL(asText(value) ?? '');
    return url.protocol === 'https:' && !url.username && !url.password ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A way to leave the page at once, for a reader who may be watched by the person who harms them.
 * Activating it covers the page, blanks the tab title and replaces the page in history with a
 * neutral site, sending no Referer; once started, nothing on the page undoes it. Shift pressed
 * three times within 5 seconds does the same: only quick presses of Shift alone count (Shift
 * held, or used with another key, a click or the wheel, does not), and a countdown beside the
 * button, also said to screen readers, shows how many presses remain.
 *
 * With `position` `top` (default) or `bottom`, only the button stays in view, on an opaque bar at
 * most 48 px tall; the optional note sits in the page's flow and scrolls away.
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
 * @csspart countdown - The visible "Press Shift 2 more times" line, shown while the shortcut is used.
 * @csspart note - The optional safety note.
 * @csspart status - The screen-reader status line for the Shift shortcut.
 *
 * @cssprop [--cst-quick-exit-background=#b50909] - Button colour.
 * @cssprop [--cst-quick-exit-color=#ffffff] - Button text colour.
 * @cssprop [--cst-quick-exit-bar-background=var(--cst-color-surface, #ffffff)] - Background of the sticky bar.
 * @cssprop [--cst-quick-exit-z-index=2147483000] - Stacking order of the sticky bar.
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
    presses: { state: true },
  };

  /** Where to go: an absolute `https:` address (default https://www.weather.gov/), without a user name or password. Anything else warns and keeps the default. */
  href = DEFAULT_EXIT;

  /** `top` (sticky at the top, default), `bottom` (sticky at the bottom) or `inline` (where it is placed). */
  position: QuickExitPosition = 'top';

  /** Turns off the Shift shortcut. */
  noShortcut = false;

  /** Shows a short note: exiting does not erase browsing history. */
  showNote = false;

  /** @internal */ private destination = DEFAULT_EXIT;

  private get cover(): HTMLDialogElement {
    return this.renderRoot.querySelector('dialog') as HTMLDialogElement;
  }

  /** Shift presses counted in this sequence, when the first was, and when Shift went down alone. */
  private presses = 0;
  private firstPress = 0;
  private shiftDown?: number;
  private lapseTimer?: ReturnType<typeof setTimeout>;
  /** The page is being left: the cover stays whatever happens. */
  private leaving = false;
  private savedTitle?: string;

  override connectedCallback(): void {
    super.connectedCallback();
    (((globalThis as Owners)[OWNER] ??= [])).push(this);
    document.addEventListener('keydown', this.onKeyDown, true);
    document.addEventListener('keyup', this.onKeyUp, true);
    document.addEventListener('pointerdown', this.interrupt, true);
    document.addEventListener('wheel', this.interrupt, { capture: true, passive: true });
    window.addEventListener('pageshow', this.onPageShow);
    warnIfFramedIn();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    const owners = (globalThis as Owners)[OWNER] ?? [];
    if (owners.includes(this)) owners.splice(owners.indexOf(this), 1);
    document.removeEventListener('keydown', this.onKeyDown, true);
    document.removeEventListener('keyup', this.onKeyUp, true);
    document.removeEventListener('pointerdown', this.interrupt, true);
    document.removeEventListener('wheel', this.interrupt, true);
    window.removeEventListener('pageshow', this.onPageShow);
    this.interrupt();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('href')) {
      const safe = safeHref(this.href);
      // An absent href (null once removed) means the default, without a warning.
      if (!safe && this.href != null) warn(`<${TAG}> href="${shown(this.href)}" is not an https: address (without a user name or password); using ${DEFAULT_EXIT}.`);
      this.destination = safe ?? DEFAULT_EXIT;
    }
    if (changed.has('position')) this.position = oneOf(TAG, 'position', this.position, QUICK_EXIT_POSITIONS, 'top');
  }

  /** Only the first shortcut-enabled instance on the page answers Shift. */
  private get ownsShortcut(): boolean {
    return !this.noShortcut && ((globalThis as Owners)[OWNER] ?? []).find((o) => !o.noShortcut) === this;
  }

  /** Anything but a quick press of Shift alone (another key, a click, the wheel) starts the count again. */
  private interrupt = (): void => {
    this.shiftDown = undefined;
    clearTimeout(this.lapseTimer);
    this.presses = 0;
  };

  private onKeyDown = (event: KeyboardEvent): void => {
    if (!this.ownsShortcut) return;
    if (event.key !== 'Shift' || event.ctrlKey || event.altKey || event.metaKey) return this.interrupt();
    if (!event.repeat) this.shiftDown = Date.now();
  };

  private onKeyUp = (event: KeyboardEvent): void => {
    if (!this.ownsShortcut || event.key !== 'Shift' || this.shiftDown === undefined) return;
    const now = Date.now();
    // Held down (to select text, or resting on the key): not a press.
    if (now - this.shiftDown > TAP_MS) return this.interrupt();
    this.shiftDown = undefined;
    // The presses must all fit in WINDOW_MS; one later than that begins a new sequence.
    if (!this.presses || now - this.firstPress > WINDOW_MS) {
      this.presses = 0;
      this.firstPress = now;
    }
    this.presses++;
    clearTimeout(this.lapseTimer);
    if (this.presses >= PRESSES) {
      this.interrupt();
      this.exit('shortcut');
      return;
    }
    // When the time runs out, the countdown goes, so the next sequence is announced afresh.
    this.lapseTimer = setTimeout(this.interrupt, this.firstPress + WINDOW_MS - now);
  };

  /** Back from the back-forward cache: make the page usable again. */
  private onPageShow = (event: PageTransitionEvent): void => {
    if (event.persisted) this.stay();
  };

  private onClick(event: MouseEvent): void {
    // Modified clicks (new tab, new window) are the reader's choice: leave them to the browser.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    this.exit('link');
  }

  /** Escape, or a browser's own way to close a dialog, must not bring the page back while it is left. */
  private keepCover = (event: Event): void => {
    if (!this.leaving) return;
    event.preventDefault();
    if (!this.cover?.open) this.cover?.showModal();
  };

  /** Covers the page, blanks the title, and replaces the page with the destination. */
  exit(trigger: ExitDetail['trigger'] = 'link'): void {
    if (!emit<ExitDetail>(this, 'cst-exit', { href: this.destination, trigger }, { cancelable: true })) return;
    this.leaving = true;
    // Whatever happens while covering the page, the page is left.
    try {
      this.coverPage();
    } finally {
      this.go(this.destination);
    }
  }

  /** The `<meta name="referrer">` added while leaving. */
  private policy?: HTMLMetaElement;

  /** Covers the page (when the widget has rendered), blanks the title and sends no Referer. */
  private coverPage(): void {
    // No Referer: the destination must not learn which page the reader left.
    this.policy ??= Object.assign(document.createElement('meta'), { name: 'referrer', content: 'no-referrer' });
    document.head.append(this.policy);
    this.savedTitle ??= document.title;
    document.title = '\u200B';
    if (this.cover?.isConnected && !this.cover.open) this.cover.showModal();
  }

  /**
   * Replaces the page (the whole tab, even from a frame) with `href`. If the navigation is
   * cancelled (the page asked "Leave site?" and the reader chose to stay), the page comes back as
   * it was: a covered, untitled page must never trap them. (Browsers with the Navigation API say
   * so with `navigateerror`; elsewhere the cover stays.)
   */
  private go(href: string): void {
    (window as { navigation?: EventTarget }).navigation?.addEventListener('navigateerror', () => this.stay(), { once: true });
    try {
      (window.top ?? window).location.replace(href);
    } catch {
      window.location.replace(href);
    }
  }

  /** The reader stays after all: the page as it was, usable. */
  private stay(): void {
    this.leaving = false;
    if (this.cover?.open) this.cover.close();
    if (this.savedTitle !== undefined) document.title = this.savedTitle;
    this.savedTitle = undefined;
    this.policy?.remove();
    this.interrupt();
  }

  override render() {
    const label = msg('Exit this page', { id: 'quick-exit.label', desc: 'Button that leaves the page at once.' });
    const left = PRESSES - this.presses;
    const countdown = !this.presses
      ? ''
      : left === 1
        ? msg('Press Shift 1 more time to exit this page.', { id: 'quick-exit.status.one', desc: 'Shown beside the exit button and said to screen readers while the Shift shortcut is being used.' })
        : msg(str`Press Shift ${left} more times to exit this page.`, { id: 'quick-exit.status.many', desc: 'Shown beside the exit button and said to screen readers while the Shift shortcut is being used; ${0} is a number.' });
    // A labelled region: the docs put the widget first in <body>, outside the host's landmarks,
    // where content belonging to no landmark is an accessibility finding on every host page.
    // Its accessible name is its visible label, nothing before it.
    return html`<div part="base" class="base" role="region" aria-label=${this.landmarkName(label)} lang=${getLocale()}>
        <div part="bar" class="bar">
          <a part="link" class="link" href=${this.destination} rel="nofollow noreferrer" target="_top" @click=${this.onClick}>${label}</a>
          <p part="countdown" class="countdown" aria-hidden="true" ?hidden=${!countdown}>${countdown}</p>
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
        class="cover"
        closedby="none"
        aria-label=${msg('Leaving this page', { id: 'quick-exit.cover', desc: 'Name of the blank screen shown while the page is left.' })}
        @cancel=${this.keepCover}
        @close=${this.keepCover}
      ></dialog>`;
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
