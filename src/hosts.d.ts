/** Types of hosts.js: the host pages the widgets are drawn and tested in. */
export interface Host {
  /** A short name: `column`, `sidebar`, `narrow`, `dark`, `brand`, `phone`. */
  readonly name: string;
  /** What it stands for, as a reader of the gallery sees it. */
  readonly label: string;
  /** The window's size. */
  readonly viewport: { readonly width: number; readonly height: number };
  /** Its point is colour, which the language does not change: tested in English only. */
  readonly coloursOnly?: boolean;
  /** The page's own stylesheet: the page, and the widget's box (`.host-box`). */
  readonly css: string;
}

/** The host archetypes. */
export const HOSTS: readonly Host[];

/** The font the placeholder CSS's heights are measured in, and the layout-shift tests' pages are set in. */
export const MEASURING_FONT: string;

/**
 * Resolves when every `cst-*` element in `root` (default: the document; the widgets inside a
 * guide's parts too) has rendered and its updates are done, with `performance.now()` at that time.
 * Rejects after `timeout` ms (default 15000), naming the widgets still waiting.
 */
export function allRendered(options?: { root?: Document | Element | ShadowRoot; timeout?: number }): Promise<number>;

/** The markup of a host page's body around `widget` (HTML). */
export function hostBody(widget: string): string;
