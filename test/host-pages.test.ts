import { expect, fixture } from '@open-wc/testing';
import { checkedExample, exampleMarkup, WIDGETS } from '../src/examples.js';
import { HOSTS, hostBody } from '../src/hosts.js';
import '../src/index.js';
import { allRendered, engine, useLocale, viewport } from './helpers.js';

/**
 * Every widget of src/widgets.json in every host archetype of src/hosts.js (the pages `npm run
 * gallery` draws: a 640 px serif column, a 300 px sidebar, a dark page that sets only its own
 * colours, a school's brand by tokens on :root, a phone), in both languages (English only where a
 * page's point is its colours), measured as a reader
 * meets it:
 * - nothing is past the box the page gives it, and the page never scrolls sideways (WCAG 1.4.10);
 * - cards are never squeezed narrower than a readable measure, and prose runs at most about 75
 *   characters a line;
 * - every visible text has a contrast of at least 4.5:1 (3:1 for large text) with what is really
 *   behind it: computed colours, composited down to the page's own background (1.4.3);
 * - the widget's text is in the host's font (or the one its --cst-font-family names).
 * docs/theming.md's worked examples are host pages here too, read from that page as written.
 * WebKitGTK's window cannot be made as narrow as a phone (see viewport()): the phone is skipped there.
 */

// ---------------------------------------------------------------------------------------------
// Reading the page as drawn

/** Every element in `root` (its shadow root first), looking into shadow roots (the widgets inside a guide included). */
function elementsIn(root: Element | ShadowRoot): Element[] {
  const found: Element[] = [];
  if (root instanceof Element && root.shadowRoot) found.push(...elementsIn(root.shadowRoot));
  for (const el of root.querySelectorAll('*')) {
    found.push(el);
    if (el.shadowRoot) found.push(...elementsIn(el.shadowRoot));
  }
  return found;
}

/** The element a node is drawn inside: its slot's parent for a slotted node, its host at a shadow root's top. */
function flatParent(node: Node): Element | null {
  const slot = (node as Element).assignedSlot;
  if (slot) return slot;
  if (node.parentElement) return node.parentElement;
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

const canvas = document.createElement('canvas');
canvas.width = canvas.height = 1;
const paint = canvas.getContext('2d', { willReadFrequently: true })!;

/** A CSS colour as sRGB 0-255 and alpha 0-1, whatever syntax the engine computes it in. */
function rgba(color: string): [number, number, number, number] {
  paint.clearRect(0, 0, 1, 1);
  paint.fillStyle = '#000';
  paint.fillStyle = color;
  paint.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = paint.getImageData(0, 0, 1, 1).data;
  return [r, g, b, a / 255];
}

/** `top` drawn over `bottom` (opaque). */
const over = (top: number[], bottom: number[]) => [0, 1, 2].map((i) => top[i] * top[3] + bottom[i] * (1 - top[3]));

/** The opaque colour behind an element: its and its ancestors' backgrounds, down to the page's canvas. */
function backgroundBehind(el: Element): number[] {
  const layers: number[][] = [];
  for (let node: Element | null = el; node; node = flatParent(node)) {
    // A box with `display: contents` paints no background of its own, whatever it computes.
    if (getComputedStyle(node).display === 'contents') continue;
    const layer = rgba(getComputedStyle(node).backgroundColor);
    if (layer[3] > 0) layers.push(layer);
    if (layer[3] === 1) break;
  }
  // The page's canvas: the root's background, else the body's (CSS propagates it), else white.
  if (!layers.length || layers[layers.length - 1][3] < 1) {
    const root = rgba(getComputedStyle(document.documentElement).backgroundColor);
    const body = rgba(getComputedStyle(document.body).backgroundColor);
    layers.push(root[3] > 0 ? [...over(root, [255, 255, 255]), 1] : body[3] > 0 ? [...over(body, [255, 255, 255]), 1] : [255, 255, 255, 1]);
  }
  return layers.reduceRight((below, layer) => over(layer, below), [255, 255, 255]);
}

const luminance = (c: number[]) =>
  0.2126 * channel(c[0]) + 0.7152 * channel(c[1]) + 0.0722 * channel(c[2]);
const channel = (v: number) => ((v /= 255) <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
const ratio = (a: number[], b: number[]) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};

/** The text nodes a reader sees: not hidden, not clipped to a screen reader's 1 px. */
function visibleTexts(root: Element): { node: Text; el: Element }[] {
  const texts: { node: Text; el: Element }[] = [];
  for (const el of [root, ...elementsIn(root)]) {
    if (el.localName === 'style' || el.localName === 'script') continue;
    for (const node of el.childNodes) {
      if (node.nodeType !== Node.TEXT_NODE || !node.textContent!.trim()) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const box = range.getBoundingClientRect();
      if (box.width <= 1 || box.height <= 1) continue;
      if (getComputedStyle(el).visibility !== 'visible') continue;
      texts.push({ node: node as Text, el });
    }
  }
  // A slotted text is drawn only where its slot is: the element's own test above covers that.
  return texts.filter(({ el }) => el.checkVisibility?.({ opacityProperty: true, visibilityProperty: true }) ?? true);
}

// ---------------------------------------------------------------------------------------------
// The checks

/** Elements drawn past the host's box (or, for a widget over the page, past the window). */
function pastTheBox(widget: HTMLElement, box: DOMRect): string[] {
  const past: string[] = [];
  for (const el of elementsIn(widget)) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0 || r.width <= 1) continue;
    if (r.left < box.left - 1 || r.right > box.right + 1) {
      past.push(`<${el.localName}${el.getAttribute('part') ? ` part="${el.getAttribute('part')}"` : ''}> ${Math.round(r.left - box.left)}..${Math.round(r.right - box.left)} of ${Math.round(box.width)} px`);
    }
  }
  return past;
}

/** Texts below their contrast minimum, as readable lines. */
function lowContrast(widget: HTMLElement): string[] {
  const low: string[] = [];
  for (const { node, el } of visibleTexts(widget)) {
    if (el.closest(':disabled, [aria-disabled="true"]')) continue; // inactive controls are exempt
    const style = getComputedStyle(el);
    const size = parseFloat(style.fontSize);
    const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
    const text = rgba(style.color);
    const behind = backgroundBehind(el);
    const value = ratio(over(text, behind), behind);
    if (value < (large ? 3 : 4.5) - 0.01) {
      low.push(`"${node.textContent!.trim().slice(0, 40)}" ${value.toFixed(2)}:1 (${style.color} on rgb(${behind.map(Math.round).join(', ')}))`);
    }
  }
  return low;
}

/** Cards narrower than a readable measure (13 em, about 30 characters a line, or the whole box when it is narrower). */
function squeezedCards(widget: HTMLElement, box: DOMRect): string[] {
  return elementsIn(widget)
    .filter((el) => /(^|\s)card(\s|$)/.test(el.getAttribute('part') ?? ''))
    .filter((el) => {
      const width = el.getBoundingClientRect().width;
      const em = parseFloat(getComputedStyle(el).fontSize);
      return width > 0 && width < Math.min(13 * em, box.width) - 1;
    })
    .map((el) => `card "${el.textContent!.trim().slice(0, 30)}" ${Math.round(el.getBoundingClientRect().width)} px`);
}

/** Paragraphs and items whose lines run longer than about 75 characters. */
function longLines(widget: HTMLElement): string[] {
  const long: string[] = [];
  for (const { node, el } of visibleTexts(widget)) {
    const text = node.textContent!.replace(/\s+/g, ' ').trim();
    if (text.length < 160 || getComputedStyle(el).whiteSpace === 'nowrap') continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const lines = new Set([...range.getClientRects()].filter((r) => r.width > 1).map((r) => Math.round(r.top))).size;
    if (lines && text.length / lines > 80) long.push(`"${text.slice(0, 40)}" ${Math.round(text.length / lines)} characters a line`);
  }
  return long;
}

/** The font of the widget's text, and the one it should have: the token's where the page sets one, else the page's. */
function fonts(widget: HTMLElement) {
  const base = widget.shadowRoot!.querySelector('[part~="base"]') ?? widget.shadowRoot!.firstElementChild!;
  const token = getComputedStyle(document.documentElement).getPropertyValue('--cst-font-family').trim().replace(/'/g, '"');
  return { widget: getComputedStyle(base).fontFamily, page: token || getComputedStyle(document.body).fontFamily };
}

// ---------------------------------------------------------------------------------------------
// Every widget, in every host

/**
 * docs/theming.md's worked examples, as written there (each sets the tokens on :root), as more host
 * pages: a webmaster who copies one gets what this test measures.
 */
const THEMES = [...(await (await fetch('/docs/theming.md')).text()).matchAll(/```css\n\/\* example: (\w+) \*\/\n([\s\S]*?)```/g)].map(
  ([, name, css]) => ({ name, label: `docs/theming.md's ${name} example`, viewport: { width: 1280, height: 900 }, css, coloursOnly: true }),
);

describe('the host pages', () => {
  it("include docs/theming.md's three examples", () => {
    expect(THEMES.map((t) => t.name)).to.deep.equal(['agency', 'school', 'dark']);
  });
});

// Colours computed from the widgets' CSS are the same in every engine: a page whose point is colour
// is measured in Chromium; the layouts (widths, wrapping, fonts) in all three.
for (const host of [...HOSTS, ...THEMES].filter((h) => !h.coloursOnly || engine === 'chromium')) {
  describe(`every widget on ${host.label}`, function () {
    this.timeout(60_000);
    let sheet: HTMLStyleElement;
    let reached = 0;

    before(async () => {
      reached = await viewport(host.viewport);
      sheet = document.createElement('style');
      sheet.textContent = host.css;
      document.head.append(sheet);
    });
    after(async () => {
      sheet.remove();
      await useLocale('en');
      await viewport({ width: 800, height: 600 });
    });

    for (const { tag, floats } of WIDGETS) {
      // A page whose point is colour is measured in English only: the language changes no colour.
      for (const locale of host.coloursOnly ? ['en'] : ['en', 'es']) {
        it(`<${tag}> fits, reads and takes the page's font (${locale})`, async function () {
          if (reached !== host.viewport.width) this.skip();
          await useLocale(locale);
          const page = await fixture<HTMLElement>(hostBody(exampleMarkup(tag, checkedExample(tag))));
          await allRendered(page);
          const widget = page.querySelector<HTMLElement>(tag)!;
          const box = floats ? new DOMRect(0, 0, document.documentElement.clientWidth, innerHeight) : page.querySelector('.host-box')!.getBoundingClientRect();

          const { widget: font, page: pageFont } = fonts(widget);
          const sideways = document.documentElement.scrollWidth - document.documentElement.clientWidth;
          // Every finding at once, so a failure tells the whole story of this widget on this page.
          expect({
            'past the box the page gives it': pastTheBox(widget, box),
            'the page scrolls sideways by': sideways > 0 ? [`${sideways} px`] : [],
            'cards too narrow to read': squeezedCards(widget, box),
            'lines too long to read': longLines(widget),
            'texts below their contrast minimum': lowContrast(widget),
            "not in the page's font": font === pageFont ? [] : [`${font} (the page's, or its token's: ${pageFont})`],
          }).to.deep.equal({
            'past the box the page gives it': [],
            'the page scrolls sideways by': [],
            'cards too narrow to read': [],
            'lines too long to read': [],
            'texts below their contrast minimum': [],
            "not in the page's font": [],
          });
        });
      }
    }
  });
}
