/**
 * `window.CstWidgets`, from every release file (the drop-in `cst-widgets.js` and each element's own
 * file, such as `cst-hotline-banner.js`): `setLocale(code)`, `getLocale()` and `version`. Whichever
 * files a page mixes, the first one to run sets it and the others keep it, so a page's
 * `CstWidgets` is one object; its `setLocale` reaches the widgets of every file (see
 * `internal/registry.ts`). The package for bundlers has no global: import `setLocale` from it.
 *
 * A page that already has a `CstWidgets` of its own, or forbids setting one, keeps it: the widgets
 * still start and follow `<html lang>`, and one console warning says what is missing.
 */
import { getLocale, setLocale, type Locale } from './localization.js';
import { VERSION } from './internal/version.js';
import { warn } from './internal/warn.js';

/** What `window.CstWidgets` offers a page. */
export interface CstWidgetsApi {
  readonly version: string;
  setLocale(code: string): Promise<void>;
  getLocale(): Locale;
}

/** Set on `globalThis` once a file has warned, so that a page mixing files reads it once. */
const WARNED = Symbol.for('cst-widgets.global-warned');
type Host = { CstWidgets?: unknown; [WARNED]?: boolean };

/** A `CstWidgets` that some file of this library set (this version or another). */
const isOurs = (value: unknown): boolean =>
  typeof value === 'object' && value !== null && typeof (value as CstWidgetsApi).setLocale === 'function' && typeof (value as CstWidgetsApi).version === 'string';

function publish(): void {
  const host = globalThis as Host;
  const api: CstWidgetsApi = Object.freeze({ version: VERSION, setLocale, getLocale });
  try {
    if (isOurs(host.CstWidgets)) return;
    host.CstWidgets = api;
    if (host.CstWidgets === api) return;
  } catch {
    // A setter or getter of the page's own that throws: the same as a value the page keeps.
  }
  try {
    if (host[WARNED]) return;
    host[WARNED] = true;
  } catch {
    // A frozen global: warn from each file rather than not at all.
  }
  warn("this page has its own window.CstWidgets, so CstWidgets.setLocale() is not available; the widgets work and follow <html lang>.");
}

publish();
