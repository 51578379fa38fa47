// docs/theming.md's worked examples, applied to a page with every widget in Chromium: the colours
// the browser renders for each pair in an example's table are the table's, and each ratio is
// recomputed here and meets WCAG AA. The CSS and the tables are read from the guide itself.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { useBrowserAndServer } from './harness.mjs';
import { EVERY_WIDGET, everyWidgetRendered } from './host-page.mjs';

const guide = readFileSync('docs/theming.md', 'utf8');

/** Each example: its name, its CSS block and the rows of its contrast table. */
const examples = guide
  .split(/^### /m)
  .slice(1)
  .map((section) => {
    const css = section.match(/```css\n(\/\* example: (\w+) \*\/\n[\s\S]*?)```/);
    const rows = [...section.matchAll(/^\| (.+?) \| `(#[0-9a-f]{6})` \| `(#[0-9a-f]{6})` \| ([\d.]+):1 \|$/gm)];
    return css && { name: css[2], css: css[1], rows: rows.map(([, pair, fg, bg, ratio]) => ({ pair, fg, bg, ratio })) };
  })
  .filter(Boolean);

/** Every widget one page holds together, as its checked example, themed by an example of docs/theming.md. */
const page = (css) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<title>Theming example</title><style>${css}</style><script src="/dist/cst-widgets.js" defer></script></head><body>
<main><h1>Help</h1>${EVERY_WIDGET}</main>
</body></html>`;

const harness = useBrowserAndServer('.', Object.fromEntries(examples.map((e) => [`/theming/${e.name}.html`, page(e.css)])));

/** Where each pair of a table is found in the rendered widgets: host, element, and the minimum. */
const SAMPLERS = {
  'Banner text on the banner': ['cst-hotline-banner', '[part~="base"]', 'color', 4.5],
  'Focus ring on the banner': ['cst-hotline-banner', '[part~="base"]', '--_color-focus', 3],
  'Link on the surface': ['cst-red-flags', '[part~="button"]:not(:disabled)', 'color', 4.5],
  'Link on the tint': ['cst-missing-child', '[part~="concern"] a', 'color', 4.5],
  'Chosen topic': ['cst-red-flags', '[part~="filter"][aria-pressed="true"]', 'color', 4.5],
  'Text on the surface': ['cst-red-flags', '[part~="toggle"]', 'color', 4.5],
  'Text on the tint': ['cst-red-flags', '[part~="framing"]', 'color', 4.5],
  'Secondary text on the surface': ['cst-red-flags', '[part~="status"]', 'color', 4.5],
  '"Do" on the surface': ['cst-do-dont', '[part~="do"] [part~="column-heading"]', 'color', 4.5],
  '"Don\'t" on the surface': ['cst-do-dont', '[part~="dont"] [part~="column-heading"]', 'color', 4.5],
};

/** The text colour and the colour actually behind it (the first opaque background up the tree). */
function sample([host, selector, property]) {
  const el = document.querySelector(host).shadowRoot.querySelector(selector);
  if (!el) return null;
  const fg = property === 'color' ? getComputedStyle(el).color : getComputedStyle(el).getPropertyValue(property).trim();
  let node = el;
  let bg = 'rgb(255, 255, 255)'; // the canvas, when nothing up the tree paints
  while (node) {
    const colour = getComputedStyle(node).backgroundColor;
    if (!/rgba\(.*, 0\)$|transparent/.test(colour)) {
      bg = colour;
      break;
    }
    node = node.parentElement ?? node.getRootNode().host ?? null;
  }
  return { fg, bg };
}

function toHex(colour) {
  if (colour.startsWith('#')) return colour.toLowerCase();
  return `#${colour.match(/\d+/g).slice(0, 3).map((n) => Number(n).toString(16).padStart(2, '0')).join('')}`;
}

function ratio(a, b) {
  const lum = (hex) => {
    const [r, g, b2] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * b2;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

describe('docs/theming.md worked examples', () => {
  it('has the agency, school and dark-host examples, each with a contrast table', () => {
    assert.deepEqual(examples.map((e) => e.name), ['agency', 'school', 'dark']);
    for (const e of examples) assert.ok(e.rows.length >= 6, `${e.name}: ${e.rows.length} rows`);
  });

  for (const example of examples) {
    it(`${example.name}: the rendered colours are the table's, and every pair meets WCAG AA`, async () => {
      const tab = await harness.browser.newPage();
      const errors = [];
      tab.on('pageerror', (error) => errors.push(error.message));
      await tab.goto(`${harness.origin}/theming/${example.name}.html`);
      await everyWidgetRendered(tab);
      await tab.locator('cst-red-flags [part~="filter"]').first().click();
      await tab.waitForSelector('cst-red-flags [part~="filter"][aria-pressed="true"]');
      for (const row of example.rows) {
        const sampler = SAMPLERS[row.pair];
        assert.ok(sampler, `no way to sample "${row.pair}"`);
        const rendered = await tab.evaluate(sample, sampler);
        assert.ok(rendered, `${row.pair}: ${sampler[1]} not found`);
        const [fg, bg] = [toHex(rendered.fg), toHex(rendered.bg)];
        assert.deepEqual({ pair: row.pair, fg, bg }, { pair: row.pair, fg: row.fg, bg: row.bg });
        const measured = ratio(fg, bg);
        assert.equal((Math.floor(measured * 100) / 100).toFixed(2), row.ratio, `${row.pair}: the table's ratio`);
        assert.ok(measured >= sampler[3], `${row.pair}: ${measured.toFixed(2)}:1 is below ${sampler[3]}:1`);
      }
      assert.deepEqual(errors, []);
      await tab.close();
    });
  }
});
