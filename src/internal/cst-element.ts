import { updateWhenLocaleChanges } from '@lit/localize';
import { LitElement, type PropertyDeclaration, type PropertyDeclarations, type PropertyValues } from 'lit';
import { VERSION } from './version.js';
import { asText } from './warn.js';

/** Who waits for a turn, in order: a widget (served only while it is in the page), or anyone. */
const waiting: { for?: Element; go: () => void }[] = [];
let turnComing = false;

/**
 * The turns of widgets taken out of the page before theirs came, by widget: out of the queue, so a
 * widget the page never puts back is freed with everything it holds (a single-page app that leaves
 * a route before its widgets render must not keep them); weakly held, so only the widget keeps its
 * own turn. Put back in the page, it waits in the queue again (`resumeTurns`).
 */
const parked = new WeakMap<Element, (() => void)[]>();

/** Takes a widget's waiting turns out of the queue while it is out of the page. */
function parkTurns(element: Element): void {
  const mine = waiting.filter((w) => w.for === element);
  if (!mine.length) return;
  for (const w of mine) waiting.splice(waiting.indexOf(w), 1);
  parked.set(element, [...(parked.get(element) ?? []), ...mine.map((w) => w.go)]);
}

/** Puts a widget's parked turns back in the queue, now that it is in the page again. */
function resumeTurns(element: Element): void {
  const gos = parked.get(element);
  if (!gos) return;
  parked.delete(element);
  for (const go of gos) waiting.push({ for: element, go });
}

/**
 * Waits for the next turn to render: a task of its own after the browser has painted what the
 * turn before it rendered. Turns are shared by every widget on the page and come one per frame, so
 * that widgets rendering together while the page loads never pile into one long frame on a slow
 * phone. A page that is not painting (a hidden tab) gets its turns from timers instead.
 *
 * A turn asked `for` an element goes to it only while it is in the page: a widget taken out
 * before its turn waits, taking none, and gets one when it is put back (see `wakeTurns`), so that
 * widgets a page added and removed never delay the ones it shows.
 */
export function nextTurn(element?: Element): Promise<void> {
  return new Promise((go) => {
    // Asked for by a widget already out of the page (added and removed in one task): parked at once.
    if (element && !element.isConnected) return void parked.set(element, [...(parked.get(element) ?? []), go]);
    waiting.push({ for: element, go });
    wakeTurns();
  });
}

/** Asks for the next turn, if someone in the page waits for one and none is coming. */
function wakeTurns(): void {
  if (turnComing || !waiting.some((w) => !w.for || w.for.isConnected)) return;
  turnComing = true;
  let given = false;
  const give = () => {
    if (given) return;
    given = true;
    turnComing = false;
    const next = waiting.findIndex((w) => !w.for || w.for.isConnected);
    if (next >= 0) waiting.splice(next, 1)[0].go();
    wakeTurns();
  };
  if (document.hidden) return void setTimeout(give);
  requestAnimationFrame(() => setTimeout(give));
  setTimeout(give, 250); // in case frames stop coming (a frame that is hidden or throttled)
}

/**
 * The widgets in the page, by tag, in the order they were connected: a page's landmarks must have
 * names of their own across the whole page, widgets inside another widget's shadow root (the
 * guide's) included, which no one document or shadow root shows whole.
 */
const inPage = new Map<string, Set<CstElement>>();

/**
 * The name of a widget's landmark (see `CstElement`'s method of this key). Keyed by a symbol, as the
 * widgets' other internals are private: a framework that sets any property it finds cannot reach it.
 */
export const landmark: unique symbol = Symbol('landmark');

/** Puts a widget's content in over several turns after its first render (see `CstElement`'s method of this key). */
export const inTurns: unique symbol = Symbol('inTurns');

/** The chain of hosts from `node` up to its document: where it sits in the page, shadow roots seen through. */
function hosts(node: Node): Node[] {
  const chain = [node];
  for (let root = node.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) chain.unshift(root.host);
  return chain;
}

/** Orders two nodes as a reader meets them in the page, reading through shadow roots. */
function inReadingOrder(a: Node, b: Node): number {
  const [chainA, chainB] = [hosts(a), hosts(b)];
  let level = 0;
  while (level < chainA.length - 1 && level < chainB.length - 1 && chainA[level] === chainB[level]) level++;
  const [x, y] = [chainA[level], chainB[level]];
  if (x === y) return chainA.length - chainB.length;
  return x.compareDocumentPosition(y) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

/** A widget's own `label`, when it is a string with words in it (a framework may set anything). */
const labelOf = (el: CstElement): string => (typeof el.label === 'string' ? el.label.trim() : '');

/**
 * The base of every widget.
 *
 * - It re-renders when the locale changes. The controller is attached in the constructor, so an
 *   element already in the page when the script loads follows the locale too.
 * - Its first render waits for a turn of its own (`nextTurn`), so that loading the script and
 *   rendering several widgets do not add up to one long task or frame on a slow phone (the
 *   placeholder CSS and fallback markup hold the space meanwhile, and the fallback markup stays in
 *   view through a slot until the first render replaces it). The first render sets the `rendered`
 *   attribute, which ends the placeholder CSS (`:not([rendered])`) in the same task, so the page
 *   never paints the fallback without it. `updateComplete` still resolves only once that first
 *   render is done. Turns go only to widgets in the page; the quick exit takes none and renders in
 *   the task that defines it (`rendersAtOnce`). A widget renders all of itself in its turn: the
 *   largest, the red-flag explorer with every sign, takes about 40 ms of script at 4x CPU throttling
 *   (`npm run bench`).
 *
 * Widgets declare reactive properties with `static properties` rather than decorators: the same
 * behaviour with less code in the drop-in script. What a widget works out from its attributes in
 * `willUpdate` (the valid value it shows, the heading level) is a plain field, not reactive state:
 * it changes only within an update, which renders it.
 *
 * What every widget shares is documented here once, and the manifest (custom-elements.json) copies
 * it to each element:
 *
 * @attribute rendered - Set by the widget itself when it has rendered (never set it yourself).
 *   Until then, `cst-widgets.css` holds the widget's space (`:not([rendered])`); your own CSS may use
 *   it too, as in `cst-red-flags:not([rendered]) { … }`.
 *
 * @cssprop [--cst-font-family=inherit] - Theme token: the typeface of every widget; unset (or `inherit`), the font of the element the widget is in, your page's.
 * @cssprop [--cst-font-size=medium] - Theme token: the base text size (the reader's browser default). Sizes inside are in `em`, so this scales a widget.
 * @cssprop {<color>} [--cst-color-text=#1b1b1b] - Theme token: body text.
 * @cssprop {<color>} [--cst-color-surface=#ffffff] - Theme token: what each widget paints behind its text (readable on any page), and its cards, signs, buttons, search field, the banner's `local` panel and the quick exit's bar.
 * @cssprop {<color>} [--cst-color-accent=#005ea2] - Theme token: sets `--cst-color-link` and `--cst-color-decoration` together (themes of earlier versions set it).
 * @cssprop {<color>} [--cst-color-link=var(--cst-color-accent, #005ea2)] - Theme token: links, buttons, pressed topics and figures: text, at 4.5:1 with the surface and the tint.
 * @cssprop {<color>} [--cst-color-decoration=var(--cst-color-accent, #005ea2)] - Theme token: the borders of boxes and cards, and icons; never text, so a light brand colour may decorate.
 * @cssprop {<color>} [--cst-color-tint=#eff6fb] - Theme token: the background of the boxes with guidance and what to do.
 * @cssprop {<color>} [--cst-color-muted=#4b4f52] - Theme token: sources, the "N warning signs shown" line, disabled buttons.
 * @cssprop {<color>} [--cst-color-border=#71767a] - Theme token: borders of signs, cards and columns.
 * @cssprop {<color>} [--cst-color-strong=#162e51] - Theme token: the hotline banner's background.
 * @cssprop {<color>} [--cst-color-on-strong=#ffffff] - Theme token: the hotline banner's text and links.
 * @cssprop {<color>} [--cst-color-focus=#ffbe2e] - Theme token: the inner ring of the focus outline.
 * @cssprop {<color>} [--cst-color-focus-outer=#1b1b1b] - Theme token: the outer ring of the focus outline (two tones, so it shows on light and dark).
 * @cssprop {<length>} [--cst-radius=4px] - Theme token: rounded corners.
 * @cssprop {<length>} [--cst-space-xs=0.25em] - Theme token: the smallest space.
 * @cssprop {<length>} [--cst-space-s=0.5em] - Theme token: a small space.
 * @cssprop {<length>} [--cst-space-m=1em] - Theme token: the usual space, and the banner's padding.
 * @cssprop {<length>} [--cst-space-l=1.5em] - Theme token: a large space.
 */
export class CstElement extends LitElement {
  /** The library version that defined this element. @internal */
  static readonly version = VERSION;

  /**
   * Renders in the task that upgrades it, without waiting for a turn behind other widgets: for
   * the quick exit, which must work as soon as it can. @internal
   */
  static rendersAtOnce = false;

  static override properties: PropertyDeclarations = { label: {} };

  /**
   * A reflected property shows its value as the attribute only when the value has a text: a
   * framework may assign an object, a symbol or a Proxy, which `setAttribute` would throw on (and
   * the widget render nothing). Such a value leaves the attribute out; the widget warns and shows
   * its default.
   */
  static override createProperty(name: PropertyKey, options?: PropertyDeclaration): void {
    const reflectsText = options?.reflect && !options.type && !options.converter;
    super.createProperty(name, reflectsText ? { ...options, converter: { toAttribute: (value: unknown) => asText(value) ?? null } } : options);
  }

  /**
   * Names the widget's landmark (region) for screen-reader users who move between landmarks. By
   * default the name is the widget's heading, or for a widget without one its own name ("Exit this
   * page", "NCMEC figure, 2024"), numbered "(2)", "(3)"... for the second and later widgets of one
   * kind without a label on the page (those inside a guide included), so that each landmark has a
   * name of its own.
   */
  label?: string;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  /** Settles once the content a widget puts in over several turns is in (see `[inTurns]`). */
  #arrived: Promise<unknown> = Promise.resolve();

  /**
   * Resolves once the widget has rendered and, for one that puts its content in over several turns
   * (`[inTurns]`), once all of it is in: what a page or a test waits for to read the whole widget.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    const result = await super.getUpdateComplete();
    await this.#arrived;
    return result;
  }

  /**
   * Puts a large widget's content in over several turns after its first render (called from
   * `firstUpdated`): while `more()` holds, it waits for a turn of its own (see `nextTurn`), calls
   * `add()` and renders again, so that no task builds, and no frame lays out, all of it at once on a
   * slow phone (issue #42). Then `done()` and a last render; `updateComplete` waits for that.
   * @internal
   */
  [inTurns](more: () => boolean, add: () => void, done: () => unknown): void {
    const render = () => {
      this.requestUpdate();
      return super.getUpdateComplete();
    };
    this.#arrived = (async () => {
      while (more()) {
        await nextTurn(this);
        add();
        await render();
      }
      await done();
      await render();
    })();
  }

  /**
   * The name of the widget's landmark: `label`, or else `name` (what its heading says), numbered
   * from the second unlabelled widget of the same kind in the page (inside other widgets too).
   * @internal
   */
  [landmark](name: string): string {
    const own = labelOf(this);
    if (own) return own;
    const unlabelled = this.#peers().filter((el) => !labelOf(el));
    const index = unlabelled.indexOf(this);
    return index > 0 ? `${name} (${index + 1})` : name;
  }

  /** The widgets of the same kind in the page (in its document, or inside another widget), in reading order. */
  #peers(): CstElement[] {
    const same = [...(inPage.get(this.localName) ?? [])].filter((el) => el.isConnected && el.ownerDocument === this.ownerDocument);
    return same.sort(inReadingOrder);
  }

  /** A widget came, went, or changed its label: the names of the others of its kind are worked out again. */
  #renumber(): void {
    for (const peer of this.#peers()) if (peer !== this && peer.hasUpdated) peer.requestUpdate();
  }

  protected override updated(changed: PropertyValues): void {
    // (A subclass that overrides updated() calls super.updated().)
    if (changed.has('label') && this.hasUpdated) this.#renumber();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back in the page (moved, or removed and put back): its own landmark number may have changed.
    if (this.hasUpdated) this.requestUpdate();
    // A first render it waited for while out of the page can come now.
    resumeTurns(this);
    wakeTurns();
    if (!inPage.has(this.localName)) inPage.set(this.localName, new Set());
    inPage.get(this.localName)!.add(this);
    this.#renumber();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    parkTurns(this);
    inPage.get(this.localName)?.delete(this);
    this.#renumber();
  }

  /**
   * Moved to another document (into a same-origin frame, and back), a widget loses its style
   * sheets: a constructed sheet belongs to the window that made it, and the browser drops it from a
   * shadow root in another document. It takes them again, made by its new document's window.
   */
  adoptedCallback(): void {
    const view = this.ownerDocument.defaultView;
    if (!this.shadowRoot || !view) return;
    this.shadowRoot.adoptedStyleSheets = (this.constructor as typeof LitElement).elementStyles.map((style) => {
      const sheet = style instanceof CSSStyleSheet ? style : style.styleSheet!;
      if (view.CSSStyleSheet === CSSStyleSheet) return sheet;
      const copy = new view.CSSStyleSheet();
      copy.replaceSync([...sheet.cssRules].map((rule) => rule.cssText).join('\n'));
      return copy;
    });
  }

  /** Shows the element's own content (the page's fallback markup) until the first render. */
  #fallbackSlot?: HTMLSlotElement;

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    if (!this.hasUpdated && !this.#fallbackSlot) root.append((this.#fallbackSlot = document.createElement('slot')));
    return root;
  }

  protected override async scheduleUpdate(): Promise<void> {
    if (!this.hasUpdated) {
      if (!(this.constructor as typeof CstElement).rendersAtOnce) await nextTurn(this);
      this.#fallbackSlot?.remove();
      // In the task of the first render: the placeholder CSS styles the fallback until now.
      this.setAttribute('rendered', '');
    }
    super.scheduleUpdate();
  }
}
