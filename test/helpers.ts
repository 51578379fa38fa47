import { chai, fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { getLocale, setLocale } from '../src/localization.js';
import { allRendered as allRenderedIn } from '../src/hosts.js';

// A failed assertion about a DOM node would hang the run instead of failing it: the test runner
// copies the error's actual and expected values with structuredClone, which cannot copy a node
// (modernweb-dev/web#2967). Failed assertions describe nodes as text instead.
const describeNode = (value: unknown) =>
  value instanceof Node ? `<${value.nodeName.toLowerCase()}> "${(value.textContent ?? '').trim().slice(0, 60)}"` : value;
const assert = chai.Assertion.prototype.assert;
chai.Assertion.prototype.assert = function (this: unknown, ...args: Parameters<typeof assert>) {
  try {
    return assert.apply(this as Chai.AssertionStatic, args);
  } catch (error) {
    const failure = error as { actual?: unknown; expected?: unknown };
    failure.actual = describeNode(failure.actual);
    failure.expected = describeNode(failure.expected);
    throw error;
  }
};

/** Records console warnings until `restore()` (which also returns them). */
export function captureWarnings(): { readonly messages: string[]; restore(): string[] } {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
  };
  return {
    messages,
    restore() {
      console.warn = original;
      return messages;
    },
  };
}

/** Text as a person reads it: whitespace collapsed, trimmed ('' for none). */
export const clean = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();

/** The text a person sees in a widget's shadow root, with whitespace collapsed. */
export function visibleText(root: ShadowRoot): string {
  return clean(root.querySelector<HTMLElement>('[part~="base"]')!.innerText);
}

/** A widget: any `cst-*` element. */
export type Widget = HTMLElement & { updateComplete: Promise<boolean> };

/**
 * Every `cst-*` element in `root` (`root` itself included), looking into the shadow roots of
 * widgets, where a widget that holds others (the guide) keeps them.
 */
function widgetsIn(root: Document | Element | ShadowRoot): Widget[] {
  const found: Widget[] = [];
  const visit = (node: ParentNode) => {
    for (const el of node.querySelectorAll('*')) {
      if (!el.localName.startsWith('cst-')) continue;
      found.push(el as Widget);
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  if (root instanceof Element && root.localName.startsWith('cst-')) {
    found.push(root as Widget);
    if (root.shadowRoot) visit(root.shadowRoot);
  }
  visit(root);
  return found;
}

/**
 * Resolves once every widget's pending update is done (a broken one, as a hostile value may leave
 * it, counts as done: this waits, it does not check).
 */
async function updatesDone(widgets: Widget[]): Promise<void> {
  await Promise.all(
    widgets.map(async (w) => {
      try {
        await w.updateComplete;
      } catch {
        // a failed update is the test's to report, not the wait's
      }
    }),
  );
}

/**
 * Waits until every `cst-*` element in `root` (the widgets inside a guide too) has rendered and
 * its pending updates are done (a widget placed beside another of its kind renumbers that one's
 * landmark): src/hosts.js's `allRendered`, which the Node scripts and end-to-end tests use too.
 */
export async function allRendered(root: Document | Element | ShadowRoot, { timeout = 10_000 } = {}): Promise<void> {
  await allRenderedIn({ root, timeout });
}

/** Switches the widgets' language and waits until every widget on the page re-rendered in it. */
export async function useLocale(locale: string): Promise<void> {
  // Every widget has asked for its update by the time setLocale resolves (lit-localize's "ready").
  await setLocale(locale);
  await updatesDone(widgetsIn(document));
}

/** Turns emulated forced-colors mode (Windows High Contrast) on or off. */
export async function emulateForcedColors(on: boolean): Promise<void> {
  const { executeServerCommand } = await import('@web/test-runner-commands');
  await executeServerCommand('emulate-forced-colors', on);
}

/** Sets the browser's default font size (a reader's "font size" setting; 16 px is the usual one). Chromium only. */
export async function defaultFontSize(px: number): Promise<void> {
  const { executeServerCommand } = await import('@web/test-runner-commands');
  await executeServerCommand('cst-default-font-size', px);
}

/**
 * Sets the size of the page this test runs in, in every engine (see web-test-runner.config.js),
 * and resolves with the width reached: WebKitGTK's MiniBrowser window cannot be made narrower
 * than its toolbar (about 450 px), so tests of narrower screens check this and skip in WebKit.
 */
export async function viewport(size: { width: number; height: number }): Promise<number> {
  const { executeServerCommand } = await import('@web/test-runner-commands');
  await executeServerCommand('cst-viewport', size);
  return window.innerWidth;
}

/** The engine running this test, for the few checks that only one engine can make. */
export const engine: 'chromium' | 'firefox' | 'webkit' = navigator.userAgent.includes('Firefox')
  ? 'firefox'
  : navigator.userAgent.includes('Chrome')
    ? 'chromium'
    : 'webkit';

/**
 * Resolves once `read()` (the library's getLocale, by default) reports `locale` and every widget
 * on the page has re-rendered in it: loading Spanish the first time can take a moment, longer in
 * some engines.
 */
export async function untilLocale(locale: string, read: () => string = getLocale): Promise<void> {
  for (let i = 0; i < 200 && read() !== locale; i++) await new Promise((r) => setTimeout(r, 10));
  await updatesDone(widgetsIn(document));
}

/**
 * The heights of a widget's `part` boxes (cards, signs) on a wide screen, before and after opening
 * the first: a test checks that opening one leaves the others as they were.
 */
export async function heightsAroundOpening(el: HTMLElement & { updateComplete: Promise<unknown> }, part: string) {
  await viewport({ width: 1400, height: 900 });
  // A page long enough to scroll either way: a scroll bar that appears only once a card opens (where
  // the engine draws one, Firefox) would narrow every card, and change their heights for that reason.
  document.documentElement.style.overflowY = 'scroll';
  try {
    const heights = () => [...el.shadowRoot!.querySelectorAll(`[part~="${part}"]`)].map((n) => Math.round(n.getBoundingClientRect().height));
    const closed = heights();
    el.shadowRoot!.querySelector<HTMLElement>('[part~="toggle"]')!.click();
    await el.updateComplete;
    return { closed, open: heights() };
  } finally {
    document.documentElement.style.overflowY = '';
    await viewport({ width: 800, height: 600 });
  }
}

/** The first element in a widget's shadow root that matches `selector`. */
export const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;

/** Every element in a widget's shadow root that matches `selector`. */
export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];

/**
 * Renders a widget (or markup holding widgets) and waits for the first render of every widget in
 * it, those inside a guide included (each in a turn of its own, see CstElement).
 */
export async function placeWidget<T extends Element = Widget>(template: TemplateResult): Promise<T> {
  const el = await fixture<T>(template);
  await allRendered(el);
  return el;
}
