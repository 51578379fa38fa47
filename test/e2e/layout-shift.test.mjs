// The release's CSS, the script arriving 500 ms late: a page with every widget, each in its checked
// example (the bench's page), and cst-widgets.css (demo/placeholder.css) does not shift; nor does a
// paragraph after each widget on a page that links only that widget's own two files
// (cst-red-flags.css and cst-red-flags.js), as the README and the builder give them.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkedExample, exampleMarkup, WIDGETS } from '../../src/examples.js';
import { MEASURING_FONT } from '../../src/hosts.js';
import { layoutShiftOf, watchLayoutShift } from '../../scripts/layout-shift.mjs';
import { useBrowserAndServer } from './harness.mjs';

const page = (css) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Every widget</title>
${css ? '<link rel="stylesheet" href="/demo/placeholder.css">' : ''}
<style>body { font-family: ${MEASURING_FONT}; }</style>
</head>
<body><h1>A host page</h1>
${WIDGETS.map((w) => exampleMarkup(w.tag, checkedExample(w.tag))).join('\n')}
<script src="/dist/cst-widgets.js"></script>
</body></html>`;

/**
 * One widget, a paragraph after it, as on an article page, with that widget's own CSS file and
 * script: a content widget in its default display, the banner and the quick exit with the fallback
 * markup of their checked example.
 */
const onePage = (tag, lang) => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${tag}</title>
<link rel="stylesheet" href="/dist/${tag}.css">
<style>body { font-family: ${MEASURING_FONT}; }</style>
</head>
<body><h1>A host page</h1>
${CONTENT.includes(tag) ? `<${tag}></${tag}>` : exampleMarkup(tag, checkedExample(tag))}
<p>${'Page content after the widget. '.repeat(20)}</p>
<script src="/dist/${tag}.js"></script>
</body></html>`;
// The widgets whose height the placeholder CSS reserves from measures (src/widgets.json `placeholder`).
const CONTENT = WIDGETS.filter((w) => w.placeholder).map((w) => w.tag);
const EVERY = WIDGETS.map((w) => w.tag);

const harness = useBrowserAndServer('.', {
  '/every-widget.html': page(true),
  '/every-widget-no-css.html': page(false),
  ...Object.fromEntries(
    EVERY.flatMap((tag) =>
      ['en', 'es'].flatMap((lang) => [
        [`/${tag}-${lang}.html`, onePage(tag, lang)],
      ]),
    ),
  ),
});

/** The page's cumulative layout shift while the script arrives 500 ms late and every widget renders. */
async function cls(path, viewport) {
  const tab = await harness.browser.newPage({ viewport });
  await watchLayoutShift(tab);
  await tab.goto(`${harness.origin}${path}`);
  await tab.waitForFunction(() => [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('cst-')).every((e) => e.hasAttribute('rendered')));
  await tab.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const total = await layoutShiftOf(tab);
  await tab.close();
  return total;
}

describe('layout shift with cst-widgets.css', () => {
  for (const viewport of [{ width: 375, height: 812 }, { width: 1280, height: 800 }]) {
    it(`every widget, the script 500 ms late: CLS at most 0.01 at ${viewport.width}x${viewport.height}`, async () => {
      const withCss = await cls('/every-widget.html', viewport);
      assert.ok(withCss <= 0.01, `CLS ${withCss.toFixed(3)}`);
      // The same page without the CSS shifts more: the measurement sees what the CSS prevents.
      const without = await cls('/every-widget-no-css.html', viewport);
      assert.ok(without > withCss, `without the CSS: CLS ${without.toFixed(3)}, with it ${withCss.toFixed(3)}`);
    });
  }
});

describe("layout shift with a widget's own CSS file: page content after the widget", () => {
  for (const viewport of [{ width: 375, height: 812 }, { width: 1280, height: 800 }]) {
    for (const tag of EVERY) {
      it(`${tag}.css and ${tag}.js, then a paragraph: CLS at most 0.01 at ${viewport.width}x${viewport.height}, in English and Spanish`, async () => {
        // (The page of every widget above shows, once per width, that the measure sees a shift
        // when there is one.)
        for (const lang of ['en', 'es']) {
          const withCss = await cls(`/${tag}-${lang}.html`, viewport);
          assert.ok(withCss <= 0.01, `${lang}: CLS ${withCss.toFixed(3)}`);
        }
      });
    }
  }
});
