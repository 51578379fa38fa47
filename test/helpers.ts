import { chai, fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { getLocale, setLocale } from '../src/localization.js';

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

/** The text a person sees in a widget's shadow root, with whitespace collapsed. */
export function visibleText(root: ShadowRoot): string {
  return root.querySelector<HTMLElement>('[part~="base"]')!.innerText.replace(/\s+/g, ' ').trim();
}

/** Switches the widgets' language and waits until every element on the page re-rendered. */
export async function useLocale(locale: string): Promise<void> {
  await setLocale(locale);
  await new Promise((resolve) => requestAnimationFrame(resolve));
}

/** Resolves at the next `cst-*` event of that name on `target`, or rejects after a time. */
export function nextEvent<T extends Event>(target: EventTarget, name: string, ms = 2000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${name} event within ${ms} ms`)), ms);
    target.addEventListener(
      name,
      (event) => {
        clearTimeout(timer);
        resolve(event as T);
      },
      { once: true },
    );
  });
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
 * Resolves once `read()` (the library's getLocale, by default) reports `locale`, then after one
 * more frame: loading Spanish the first time can take a moment, longer in some engines.
 */
export async function untilLocale(locale: string, read: () => string = getLocale): Promise<void> {
  for (let i = 0; i < 200 && read() !== locale; i++) await new Promise((r) => setTimeout(r, 10));
  await new Promise((resolve) => requestAnimationFrame(resolve));
}

/**
 * The heights of a widget's `part` boxes (cards, signs) on a wide screen, before and after opening
 * the first: a test checks that opening one leaves the others as they were.
 */
export async function heightsAroundOpening(el: HTMLElement & { updateComplete: Promise<unknown> }, part: string) {
  await viewport({ width: 1400, height: 900 });
  try {
    const heights = () => [...el.shadowRoot!.querySelectorAll(`[part~="${part}"]`)].map((n) => Math.round(n.getBoundingClientRect().height));
    const closed = heights();
    el.shadowRoot!.querySelector<HTMLElement>('[part~="toggle"]')!.click();
    await el.updateComplete;
    return { closed, open: heights() };
  } finally {
    await viewport({ width: 800, height: 600 });
  }
}

/** The first element in a widget's shadow root that matches `selector`. */
export const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;

/** Every element in a widget's shadow root that matches `selector`. */
export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];

/** Renders a widget and waits for its first render (in a turn of its own, see CstElement). */
export async function placeWidget(template: TemplateResult) {
  const el = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(template);
  await el.updateComplete;
  return el;
}
