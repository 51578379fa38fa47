import { configureLocalization } from '@lit/localize';
import { allLocales, sourceLocale, targetLocales } from './generated/locale-codes.js';
import { joinRegistry, leaveRegistry, type LibraryCopy } from './internal/registry.js';
import { VERSION } from './internal/version.js';
import { asText, shown, warn } from './internal/warn.js';

/** A language the widgets are written in: `en` (source) or `es`. */
export type Locale = (typeof allLocales)[number];

// A static map: a template-literal import() would 404 in the test runner and emit no chunk.
const loaders = {
  es: () => import('./generated/locales/es.js'),
} satisfies Record<(typeof targetLocales)[number], () => Promise<unknown>>;

const runtime = configureLocalization({
  sourceLocale,
  targetLocales,
  loadLocale: (locale) => loaders[locale as keyof typeof loaders](),
});

/**
 * Maps a BCP 47 tag to a supported locale by its primary language (`es-MX`, `es-419` → `es`),
 * or `undefined` when the library has no translation for it.
 */
export function matchLocale(tag: unknown): Locale | undefined {
  const primary = (asText(tag) ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return (allLocales as readonly string[]).includes(primary) ? (primary as Locale) : undefined;
}

/** The locale the page asks for through `<html lang>`; English when it names another language. */
export function pageLocale(): Locale {
  return matchLocale(document.documentElement.lang) ?? sourceLocale;
}

/** Watches `<html lang>` once this copy has started, and the document for a new `<html>`. */
let langWatcher: MutationObserver | undefined;
let watched: Element | null = null;
let copies: readonly LibraryCopy[] | undefined;

/** A rewritten document (document.open() then write()) has a new `<html>`: the watcher follows it. */
function watchRoot(): void {
  const root = document.documentElement;
  if (root && root !== watched) langWatcher?.observe((watched = root), { attributes: true, attributeFilter: ['lang'] });
}

function followPage(): void {
  watchRoot();
  void runtime.setLocale(pageLocale());
}

/**
 * Starts this copy of the library: it joins the page's list of copies and follows `<html lang>`.
 * This happens only once it is sure to work (its first element defined, or a call to `setLocale`
 * or `getLocale`), never as its code loads: a copy that then fails to start (a Trusted Types list
 * without Lit's policy, a host that refuses a definition) leaves nothing behind.
 */
export function startLocalization(): readonly LibraryCopy[] {
  if (copies) return copies;
  // The watcher first: where it cannot be made, the copy has joined nothing yet.
  const watcher = new MutationObserver(followPage);
  watcher.observe(document, { childList: true });
  langWatcher = watcher;
  copies = joinRegistry(ownCopy);
  followPage();
  return copies;
}

/** Undoes `startLocalization` for a copy that could not define any element after all. */
export function stopLocalization(): void {
  langWatcher?.disconnect();
  langWatcher = copies = undefined;
  watched = null;
  leaveRegistry(ownCopy);
}

const ownCopy: LibraryCopy = { version: VERSION, setLocale: (locale) => runtime.setLocale(locale), getLocale: () => runtime.getLocale() };

/**
 * Shows every widget in `code` (`en`, `es`, or a regional tag such as `es-MX`). An unsupported
 * code warns and shows English. The widgets keep following later changes of `<html lang>`.
 */
export async function setLocale(code: string): Promise<void> {
  const all = startLocalization();
  // A change of <html lang> made before this call, in the same task, is older than it: it must not win.
  langWatcher?.takeRecords();
  watchRoot();
  let locale = matchLocale(code);
  if (!locale) {
    warn(`no translation for "${shown(code)}"; showing English. Supported: ${allLocales.join(', ')}.`);
    locale = sourceLocale;
  }
  await Promise.all(all.map((c) => c.setLocale(locale)));
}

/** The locale the widgets are showing now (`en` or `es`). */
export function getLocale(): Locale {
  return startLocalization()[0].getLocale() as Locale;
}
