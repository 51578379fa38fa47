// `npm run placeholder`: measures the hotline banner in Chromium and rewrites the heights that the
// placeholder CSS reserves for it (demo/placeholder.css, and the same block in docs/embedding.md), so a
// page does not shift when the banner renders. Run it after any change to the banner's words or
// layout; the built-bundle test (test/bundle/drop-in.test.ts) fails until the heights fit.
//
// For each variant and language, at every width the test checks (320 to 1280 px), it takes the
// tallest of every audience, with and without the close button, rendered and as the fallback
// markup the embed builder gives in that language; each range between two widths reserves the
// taller of its two ends.
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { fallbackMarkup } from '../demo/builder-model.js';
import { CHROME_ARGS, findChrome } from './chrome.mjs';
import { serve } from './serve.mjs';

const CSS = 'demo/placeholder.css';
const DOCS = 'docs/embedding.md';
// The widths the built-bundle test checks: every 16 px from 320 to 1280, and common devices.
const WIDTHS = [...new Set([375, 390, 414, 768, 1024, ...Array.from({ length: 61 }, (_, i) => 320 + i * 16)])].sort((a, b) => a - b);
const AUDIENCES = ['general', 'parents', 'professionals', 'educators'];
const banners = (variant, lang) =>
  AUDIENCES.flatMap((audience) =>
    [false, true].map(
      (dismissible) =>
        `<cst-hotline-banner data-variant="${variant}" audience="${audience}"${variant === 'compact' ? ' variant="compact"' : ''}${dismissible ? ' dismissible' : ''}>${fallbackMarkup(lang)}</cst-hotline-banner>`,
    ),
  ).join('');

const page = (lang) => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Banner heights</title>
<link rel="stylesheet" href="/demo/placeholder.css">
<style>html { scrollbar-width: none; } body { margin: 0; } cst-hotline-banner { min-height: 0 !important; }</style>
</head><body>${banners('full', lang)}${banners('compact', lang)}</body></html>`;

/** The tallest banner of each variant, in px, at every width: as fallback markup, then rendered. */
async function measure(browser, url, lang) {
  const context = await browser.newContext({ viewport: { width: 320, height: 900 } });
  const tab = await context.newPage();
  await tab.goto(`${url}${lang}.html`);
  const tallest = () =>
    tab.evaluate(() => {
      const out = {};
      for (const b of document.querySelectorAll('cst-hotline-banner')) {
        const v = b.dataset.variant;
        out[v] = Math.max(out[v] ?? 0, Math.ceil(b.getBoundingClientRect().height));
      }
      return out;
    });
  const heights = new Map(WIDTHS.map((w) => [w, { full: 0, compact: 0 }]));
  const take = async () => {
    for (const width of WIDTHS) {
      await tab.setViewportSize({ width, height: 900 });
      const now = await tallest();
      const best = heights.get(width);
      for (const v of ['full', 'compact']) best[v] = Math.max(best[v], now[v]);
    }
  };
  await take(); // the fallback markup, styled by the placeholder CSS
  await tab.addScriptTag({ url: '/dist/cst-widgets.js' });
  await tab.waitForFunction(() => [...document.querySelectorAll('cst-hotline-banner')].every((b) => b.hasAttribute('rendered')));
  await tab.waitForFunction((l) => window.CstWidgets.getLocale() === l, lang);
  await tab.waitForTimeout(100);
  await take(); // rendered
  await context.close();
  return heights;
}

const em = (px) => `${px / 16}em`;

/** The CSS rules: a base height per selector, then a media query wherever a height changes. */
function rules(measured) {
  const selectors = {
    'en:full': 'cst-hotline-banner',
    'en:compact': "cst-hotline-banner[variant='compact']",
    'es:full': 'cst-hotline-banner:lang(es)',
    'es:compact': "cst-hotline-banner[variant='compact']:lang(es)",
  };
  const base = [];
  const byWidth = new Map();
  for (const [key, selector] of Object.entries(selectors)) {
    const [lang, variant] = key.split(':');
    const at = WIDTHS.map((w) => measured[lang].get(w)[variant]);
    // A range between two measured widths reserves the taller of its two ends.
    const needed = at.map((h, i) => Math.max(h, at[i + 1] ?? h));
    needed.forEach((h, i) => {
      if (i === 0) base.push(`${selector} { ${selector === 'cst-hotline-banner' ? 'font-size: medium; ' : ''}min-height: ${em(h)}; }`);
      else if (h !== needed[i - 1]) {
        const width = WIDTHS[i];
        byWidth.set(width, [...(byWidth.get(width) ?? []), `  ${selector} { min-height: ${em(h)}; }`]);
      }
    });
  }
  const media = [...byWidth.keys()].sort((a, b) => a - b).map((w) => `@media (min-width: ${em(w)}) {\n${byWidth.get(w).join('\n')}\n}`);
  return [...base, ...media].join('\n');
}

const server = await serve({ root: '.', port: 0, pages: { '/__banner-heights-en.html': page('en'), '/__banner-heights-es.html': page('es') } });
const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });
try {
  const url = `http://127.0.0.1:${server.address().port}/__banner-heights-`;
  const measured = { en: await measure(browser, url, 'en'), es: await measure(browser, url, 'es') };
  const generated = rules(measured);
  const css = readFileSync(CSS, 'utf8');
  const start = css.indexOf('cst-hotline-banner { font-size: medium;');
  const end = css.indexOf('\n\n/* cst-widgets: the quick exit');
  if (start < 0 || end < 0) throw new Error(`${CSS}: could not find the banner's heights`);
  const old = css.slice(start, end);
  writeFileSync(CSS, css.replace(old, generated));
  const docs = readFileSync(DOCS, 'utf8');
  if (!docs.includes(old)) throw new Error(`${DOCS} does not hold ${CSS} as it was: copy it there by hand`);
  writeFileSync(DOCS, docs.replace(old, generated));
  console.log(`Wrote the banner's heights to ${CSS} and ${DOCS}.`);
} finally {
  await browser.close();
  server.close();
}
