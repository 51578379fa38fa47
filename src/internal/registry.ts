import { VERSION } from './version.js';
import { warn } from './warn.js';

/** What each copy of the library on a page offers the others. */
export interface LibraryCopy {
  readonly version: string;
  setLocale(locale: string): Promise<void>;
  getLocale(): string;
}

const KEY = Symbol.for('cst-widgets.copies');
type Host = { [KEY]?: LibraryCopy[] };

/**
 * Every copy of the library on a page (the script pasted twice, or an old and a new version)
 * joins one list kept on `globalThis`. Elements belong to whichever copy defined them first,
 * so public calls such as `setLocale` go to every copy, and `getLocale` asks the first.
 * A copy of a different version is reported once, naming both versions.
 */
export function joinRegistry(copy: LibraryCopy): readonly LibraryCopy[] {
  const host = globalThis as Host;
  const copies = (host[KEY] ??= []);
  const other = copies.find((c) => c.version !== copy.version);
  if (other) reportOtherVersion(other.version);
  copies.push(copy);
  return copies;
}

/** Takes a copy that could not start off the list again. */
export function leaveRegistry(copy: LibraryCopy): void {
  const copies = (globalThis as Host)[KEY] ?? [];
  if (copies.includes(copy)) copies.splice(copies.indexOf(copy), 1);
}

let reported = false;

/** Says once, naming both versions, that this copy met another version of the library on the page. */
export function reportOtherVersion(version: string): void {
  if (reported || version === VERSION) return;
  reported = true;
  warn(
    `version ${VERSION} was loaded on a page that already has version ${version}. ` +
      `Elements already defined by ${version} stay in use; load one version only.`,
  );
}
