import { msg, str } from '@lit/localize';
import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { CstElement } from '../../internal/cst-element.js';
import { define } from '../../internal/define.js';
import { oneOf, shown, warn } from '../../internal/warn.js';
import { getLocale } from '../../localization.js';
import { reset, tokens } from '../../styles/shared.js';
import { styles } from './quick-exit.styles.js';

export const QUICK_EXIT_POSITIONS = ['top', 'bottom', 'inline'] as const;
export type QuickExitPosition = (typeof QUICK_EXIT_POSITIONS)[number];

/** A neutral, non-personalized site to land on. */
export const DEFAULT_EXIT = 'https://www.weather.gov/';
/** Shift presses needed, and the longest pause between two of them. */
const PRESSES = 3;
const WINDOW_MS = 5000;

export interface ExitDetail {
  /** Where the page is about to go. */
  href: string;
  /** `link` (clicked or activated by keyboard) or `shortcut` (Shift three times). */
  trigger: 'link' | 'shortcut';
}

const TAG = 'cst-quick-exit';
const OWNER = Symbol.for('cst-widgets.quick-exit-owner');
type Owners = typeof globalThis & { [OWNER]?: CstQuickExit[] };

/** Accepts only an absolute `https:` address. */
function safeHref(value: string | null | undefined): string | undefined {
  try {
    const url = new URL(value ?? '');
    return url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A way to leave the page at once, for a reader who may be watched by the person who harms them.
 * Activating it covers the page, blanks the tab title and replaces the page in history with a
 * neutral site, sending no Referer. Shift pressed three times does the same. It does not erase
 * browsing history.
 *
 * @tag cst-quick-exit
 * @summary "Exit this page": leave at once, by button or by pressing Shift three times.
 *
 * @slot - Fallback markup for when the script does not run: put a plain link to the same site
 *   (see the README); it is hidden once the widget is ready.
 *
 * @csspart base - The wrapper of the link and note.
 * @csspart link - The "Exit this page" link.
 * @csspart note - The optional safety note.
 * @csspart status - The screen-reader status line for the Shift shortcut.
 *
 * @cssprop [--cst-quick-exit-background=#b50909] - Button colour.
 * @cssprop [--cst-quick-exit-color=#ffffff] - Button text colour.
 * @cssprop [--cst-quick-exit-z-index=2147483000] - Stacking order of the sticky button.
 *
 * @event cst-exit - About to leave. Cancelable: `preventDefault()` keeps the reader on the page.
 *   `detail`: `{ href, trigger }`.
 */
export class CstQuickExit extends CstElement {
  static override styles = [tokens, reset, styles];

  static override properties: PropertyDeclarations = {
    href: {},
    position: { reflect: true },
    noShortcut: { type: Boolean, attribute: 'no-shortcut', reflect: true },
    showNote: { type: Boolean, attribute: 'show-note', reflect: true },
    status: { state: true },
  };

  /** Where to go: an absolute `https:` address (default https://www.weather.gov/). Anything else warns and keeps the default. */
  href = DEFAULT_EXIT;

  /** `top` (sticky at the top, default), `bottom` (sticky at the bottom) or `inline` (where it is placed). */
  position: QuickExitPosition = 'top';

  /** Turns off the Shift shortcut. */
  noShortcut = false;

  /** Shows a short note: exiting does not erase browsing history. */
  showNote = false;

  /** @internal */ private destination = DEFAULT_EXIT;
  /** @internal */ private status = '';

  private get cover(): HTMLDialogElement {
    return this.renderRoot.querySelector('dialog') as HTMLDialogElement;
  }

  private presses = 0;
  private lastPress = 0;
  private shiftHeld = false;
  private shiftAlone = false;
  private savedTitle?: string;

  override connectedCallback(): void {
    super.connectedCallback();
    (((globalThis as Owners)[OWNER] ??= [])).push(this);
    document.addEventListener('keydown', this.onKeyDown, true);
    document.addEventListener('keyup', this.onKeyUp, true);
    window.addEventListener('pageshow', this.onPageShow);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    const owners = (globalThis as Owners)[OWNER] ?? [];
    owners.splice(owners.indexOf(this), 1);
    document.removeEventListener('keydown', this.onKeyDown, true);
    document.removeEventListener('keyup', this.onKeyUp, true);
    window.removeEventListener('pageshow', this.onPageShow);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('href')) {
      const safe = safeHref(this.href);
      // An absent href (null once removed) means the default, without a warning.
      if (!safe && this.href != null) warn(`<${TAG}> href="${shown(this.href)}" is not an https: address; using ${DEFAULT_EXIT}.`);
      this.destination = safe ?? DEFAULT_EXIT;
    }
    if (changed.has('position')) this.position = oneOf(TAG, 'position', this.position, QUICK_EXIT_POSITIONS, 'top');
  }

  /** Only the first shortcut-enabled instance on the page answers Shift. */
  private get ownsShortcut(): boolean {
    return !this.noShortcut && ((globalThis as Owners)[OWNER] ?? []).find((o) => !o.noShortcut) === this;
  }

  private resetCount(): void {
    this.presses = 0;
    if (this.status) this.status = '';
  }

  private onKeyDown = (event: KeyboardEvent): void => {
    if (!this.ownsShortcut) return;
    if (event.key === 'Shift') {
      if (!event.repeat) {
        this.shiftHeld = true;
        this.shiftAlone = true;
      }
      return;
    }
    // Any other key, or Shift used as a modifier (Shift+A), starts the count again.
    this.shiftAlone = false;
    this.resetCount();
  };

  private onKeyUp = (event: KeyboardEvent): void => {
    if (!this.ownsShortcut || event.key !== 'Shift' || !this.shiftHeld) return;
    this.shiftHeld = false;
    if (!this.shiftAlone) return;
    const now = Date.now();
    this.presses = now - this.lastPress <= WINDOW_MS ? this.presses + 1 : 1;
    this.lastPress = now;
    const left = PRESSES - this.presses;
    if (left <= 0) {
      this.resetCount();
      this.exit('shortcut');
      return;
    }
    this.status =
      left === 1
        ? msg('Press Shift 1 more time to exit this page.', { id: 'quick-exit.status.one', desc: 'Said to screen readers while the Shift shortcut is being used.' })
        : msg(str`Press Shift ${left} more times to exit this page.`, { id: 'quick-exit.status.many', desc: 'Said to screen readers while the Shift shortcut is being used; ${0} is a number.' });
  };

  /** Back from the back-forward cache: make the page usable again. */
  private onPageShow = (event: PageTransitionEvent): void => {
    if (!event.persisted) return;
    if (this.cover?.open) this.cover.close();
    if (this.savedTitle !== undefined) document.title = this.savedTitle;
    this.savedTitle = undefined;
    this.shiftHeld = false;
    this.resetCount();
  };

  private onClick(event: MouseEvent): void {
    // Modified clicks (new tab, new window) are the reader's choice: leave them to the browser.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    this.exit('link');
  }

  /** Covers the page, blanks the title, and replaces the page with the destination. */
  exit(trigger: ExitDetail['trigger'] = 'link'): void {
    const proceed = this.dispatchEvent(
      new CustomEvent<ExitDetail>('cst-exit', {
        bubbles: true,
        composed: true,
        cancelable: true,
        detail: { href: this.destination, trigger },
      }),
    );
    if (!proceed) return;
    if (!this.cover.open) this.cover.showModal();
    this.savedTitle ??= document.title;
    document.title = '\u200B';
    // No Referer: the destination must not learn which page the reader left.
    const policy = document.createElement('meta');
    policy.name = 'referrer';
    policy.content = 'no-referrer';
    document.head.append(policy);
    try {
      (window.top ?? window).location.replace(this.destination);
    } catch {
      window.location.replace(this.destination);
    }
  }

  override render() {
    const label = msg('Exit this page', { id: 'quick-exit.label', desc: 'Button that leaves the page at once.' });
    // A labelled region: the README puts the widget first in <body>, outside the host's landmarks,
    // where content belonging to no landmark is an accessibility finding on every host page.
    return html`<div part="base" class="base" role="region" aria-label=${label} lang=${getLocale()}>
        <a
          part="link"
          class="link"
          href=${this.destination}
          rel="nofollow noreferrer"
          target="_top"
          @click=${this.onClick}
          ><span class="visually-hidden"
            >${msg('Emergency', { id: 'quick-exit.prefix', desc: 'Read by screen readers before "Exit this page".' })}
          </span>${label}</a
        >
        ${this.showNote
          ? html`<span part="note" class="note">
              ${msg('Leaving this page does not erase it from your browsing history.', {
                id: 'quick-exit.note',
                desc: 'Optional note next to the exit button. Never promise safety.',
              })}
            </span>`
          : nothing}
        <span part="status" class="visually-hidden" role="status">${this.status}</span>
      </div>
      <dialog class="cover" aria-label=${msg('Leaving this page', { id: 'quick-exit.cover', desc: 'Name of the blank screen shown while the page is left.' })}></dialog>`;
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
