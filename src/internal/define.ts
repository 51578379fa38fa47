import { startLocalization, stopLocalization } from '../localization.js';
import { reportOtherVersion } from './registry.js';
import { shown } from './warn.js';

/** This copy has defined an element; it has failed to define one (said once). */
let defined = false;
let failed = false;

/** Definitions still waiting for their task, once `defineInTasks()` has been called. */
let waiting: (() => void)[] | undefined;

/**
 * Registers a custom element unless the tag is already taken, and starts the library's
 * localization with the first element it defines (see `startLocalization`).
 *
 * A CMS may load the script twice, or two sites' snippets may bring two versions: the first
 * definition wins and later copies step aside silently (the version clash itself is reported
 * once, by the registry in ./registry.ts). A page that refuses a definition (a host script that
 * wraps `customElements.define` and throws) gets one console error; the widget keeps its fallback.
 */
export function define(tag: string, ctor: CustomElementConstructor): void {
  const run = () => {
    try {
      const taken = customElements.get(tag) as (CustomElementConstructor & { version?: unknown }) | undefined;
      if (taken) {
        if (typeof taken.version === 'string') reportOtherVersion(taken.version);
        return;
      }
      // Lit reads a template's first part as `parts[0]`, so on a page that gives every array an
      // element 0 (Object.prototype[0] set) its first template without parts loops for good and the
      // tab hangs. Better the fallback markup than a frozen page.
      if (Object.prototype.hasOwnProperty.call(Object.prototype, 0) || Object.prototype.hasOwnProperty.call(Array.prototype, 0)) {
        throw new Error('this page set Object.prototype[0], which hangs Lit');
      }
      startLocalization();
      customElements.define(tag, ctor);
      defined = true;
    } catch (error) {
      // A copy that defined nothing leaves nothing behind: no place among the copies, no watcher.
      if (!defined) stopLocalization();
      if (!failed) console.error(`cst-widgets could not start <${tag}>: ${error instanceof Error ? error.message : shown(error)}. Widgets show their fallback markup.`);
      failed = true;
    }
  };
  if (!waiting) return run();
  waiting.push(run);
  if (waiting.length === 1) setTimeout(next);
}

function next(): void {
  try {
    waiting!.shift()!();
  } finally {
    // One element that cannot be defined leaves the others to come.
    if (waiting!.length) setTimeout(next);
  }
}

/**
 * From now on, each `define()` waits for a task of its own, in call order. Defining an element
 * upgrades every copy already in the page (constructor, shadow root, style sheets), so the drop-in
 * script, which defines six elements at once, would otherwise make one long task on a slow phone.
 * Until its element is defined, a widget shows its fallback markup.
 */
export function defineInTasks(): void {
  waiting ??= [];
}
