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

/** Scrolls the page through once, as a reader does, then back to the top. */
export function readThrough(): Promise<void>;

/** The markup of a host page's body around `widget` (HTML). */
export function hostBody(widget: string): string;
