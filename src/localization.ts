import { configureLocalization } from '@lit/localize';
import { allLocales, sourceLocale, targetLocales } from './generated/locale-codes.js';
import { joinRegistry, type LibraryCopy } from './internal/registry.js';
import { VERSION } from './internal/version.js';
import { warn } from './internal/warn.js';

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
export function matchLocale(tag: string | null | undefined): Locale | undefined {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return (allLocales as readonly string[]).includes(primary) ? (primary as Locale) : undefined;
}

/** The locale the page asks for through `<html lang>`; English when it names another language. */
export function pageLocale(): Locale {
  return matchLocale(document.documentElement.lang) ?? sourceLocale;
}

const copy: LibraryCopy = {
  version: VERSION,
  setLocale: (locale) => runtime.setLocale(locale),
  getLocale: () => runtime.getLocale(),
};
const copies = joinRegistry(copy);

/**
 * Shows every widget in `code` (`en`, `es`, or a regional tag such as `es-MX`). An unsupported
 * code warns and shows English. The widgets keep following later changes of `<html lang>`.
 */
export async function setLocale(code: string): Promise<void> {
  let locale = matchLocale(code);
  if (!locale) {
    warn(`no translation for "${code}"; showing English. Supported: ${allLocales.join(', ')}.`);
    locale = sourceLocale;
  }
  await Promise.all(copies.map((c) => c.setLocale(locale)));
}

/** The locale the widgets are showing now (`en` or `es`). */
export function getLocale(): Locale {
  return copies[0].getLocale() as Locale;
}

function followPage(): void {
  void runtime.setLocale(pageLocale());
}

followPage();
new MutationObserver(followPage).observe(document.documentElement, {
  attributes: true,
  attributeFilter: ['lang'],
});
