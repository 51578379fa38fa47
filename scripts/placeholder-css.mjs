// `npm run placeholder`: measures the widgets in Chromium and writes the heights that the
// placeholder CSS (demo/placeholder.css, the release's cst-widgets.css) reserves for them, so a page
// does not shift when they render, to demo/placeholder-heights.css: a generated file, never edited
// by hand, that the build joins with the hand-written demo/placeholder-base.css. Run it after any
// change to a widget's words or layout; the built-bundle test (test/bundle/drop-in.test.ts) and the
// end-to-end layout-shift test (test/e2e/layout-shift.test.mjs) fail until the heights fit.
//
// What it measures comes from src/widgets.json (each content widget's `placeholder`) and the
// values from custom-elements.json, so a new widget or a new value is measured without a change here.
//
// The banner: for each variant and language, at every width the test checks (320 to 1280 px), the
// tallest of every combination of the other attributes the embed builder offers, rendered and as
// the fallback markup the embed builder gives in that language; each range between two widths
// reserves the taller of its two ends. The rule stays after the banner renders, so it never shrinks.
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { hotlineFallbackMarkup } from '../src/embed.js';
import { WIDGETS } from '../src/examples.js';
import { MEASURING_FONT } from '../src/hosts.js';
import { PLACEHOLDER_BASE, PLACEHOLDER_HEIGHTS, placeholderCss } from './build.mjs';
import { CHROME_ARGS, findChrome } from './chrome.mjs';
import { serve } from './serve.mjs';

// The widths the built-bundle test checks: every 16 px from 320 to 1280, and common devices.
const WIDTHS = [...new Set([375, 390, 414, 768, 1024, ...Array.from({ length: 61 }, (_, i) => 320 + i * 16)])].sort((a, b) => a - b);
const LANGS = ['en', 'es'];
const langSelector = (lang) => (lang === 'en' ? '' : `:lang(${lang})`);

const declarations = JSON.parse(readFileSync('custom-elements.json', 'utf8')).modules.flatMap((m) => m.declarations ?? []);

/**
 * The values an attribute takes, as the manifest writes its type, the default first: `undefined`
 * (absent) and `''` (present) for a boolean, else each quoted value of the union.
 */
function valuesOf(tag, name) {
  const attribute = declarations.find((d) => d.tagName === tag)?.attributes?.find((a) => a.name === name);
  const type = attribute?.type?.text ?? '';
  if (type === 'boolean') return [undefined, ''];
  const values = type.split(' | ').map((v) => v.trim());
  if (!values.every((v) => /^'[^']*'$/.test(v))) throw new Error(`${tag} ${name}: the manifest gives no values to measure (${type || 'no type'})`);
  const fallback = attribute.default?.replace(/^'(.*)'$/, '$1');
  const unquoted = values.map((v) => v.slice(1, -1));
  if (!unquoted.includes(fallback)) throw new Error(`${tag} ${name}: its default (${attribute.default}) is not one of its values`);
  return [fallback, ...unquoted.filter((v) => v !== fallback)];
}

/**
 * Every combination of the attributes' values, each as the attributes it sets: a default value is
 * left out, as a rule for it has no attribute selector and also covers the attribute absent or
 * invalid (the widget then takes its default).
 */
const combinations = (tag, names) =>
  names.reduce(
    (all, name) => all.flatMap((set) => valuesOf(tag, name).map((value, i) => (i === 0 ? set : [...set, [name, value]]))),
    [[]],
  );
const markupOf = (set) => set.map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${value}"`)).join('');
const selectorOf = (set) => set.map(([name, value]) => (value === '' ? `[${name}]` : `[${name}='${value}']`)).join('');

const em = (px) => `${px / 16}em`;
/** A base rule per selector, then a media query wherever a height changes, in the order given. */
/**
 * The rules of one part: its base rules, then those for each wider width. Only where scripts run
 * (`scripting: enabled`): with JavaScript off a widget never renders, so its fallback markup sits in
 * a box of its own size, not in the space the widget would take. (A browser that does not know the
 * media feature reserves nothing, and the page moves once as the widget draws.)
 */
function cascade(base, byWidth) {
  const media = [...byWidth.keys()].sort((a, b) => a - b).map((w) => `@media (min-width: ${em(w)}) {\n${byWidth.get(w).join('\n')}\n}`);
  const indent = (rules) => rules.split('\n').map((line) => `  ${line}`).join('\n');
  return `@media (scripting: enabled) {\n${indent([...base, ...media].join('\n'))}\n}`;
}
const at = (byWidth, width, rule) => byWidth.set(width, [...(byWidth.get(width) ?? []), `  ${rule}`]);

// ---------------------------------------------------------------------------------------------
// The banner

const BANNER = 'cst-hotline-banner';
// Its variants differ too much to share a height; the other attributes a webmaster sets share the tallest.
const VARIANT = 'variant';
const bannerOthers = WIDGETS.find((w) => w.tag === BANNER).options.filter((name) => name !== VARIANT);
const VARIANTS = valuesOf(BANNER, VARIANT);

const banners = (lang) =>
  VARIANTS.flatMap((variant, i) =>
    combinations(BANNER, bannerOthers).map(
      (set) => `<${BANNER} data-variant="${variant}"${markupOf(i === 0 ? set : [[VARIANT, variant], ...set])}>${hotlineFallbackMarkup(lang)}</${BANNER}>`,
    ),
  ).join('');

const page = (lang) => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Banner heights</title>
<link rel="stylesheet" href="/${PLACEHOLDER_BASE}">
<style>html { scrollbar-width: none; } body { margin: 0; font-family: ${MEASURING_FONT}; } ${BANNER} { min-height: 0 !important; }</style>
</head><body>${banners(lang)}</body></html>`;

/** The tallest banner of each variant, in px, at every width: as fallback markup, then rendered. */
async function measure(browser, url, lang) {
  const context = await browser.newContext({ viewport: { width: 320, height: 900 } });
  const tab = await context.newPage();
  await tab.goto(`${url}${lang}.html`);
  const tallest = () =>
    tab.evaluate((tag) => {
      const out = {};
      for (const b of document.querySelectorAll(tag)) {
        const v = b.dataset.variant;
        // A pixel more than Chromium draws: Firefox and WebKit may draw the same words a fraction
        // taller, and the banner keeps this height once it renders (a pixel of its own colour).
        out[v] = Math.max(out[v] ?? 0, Math.ceil(b.getBoundingClientRect().height) + 1);
      }
      return out;
    }, BANNER);
  const heights = new Map(WIDTHS.map((w) => [w, Object.fromEntries(VARIANTS.map((v) => [v, 0]))]));
  const take = async () => {
    for (const width of WIDTHS) {
      await tab.setViewportSize({ width, height: 900 });
      const now = await tallest();
      const best = heights.get(width);
      for (const v of VARIANTS) best[v] = Math.max(best[v], now[v]);
    }
  };
  await take(); // the fallback markup, styled by the placeholder CSS
  await tab.addScriptTag({ url: '/dist/cst-widgets.js' });
  await tab.waitForFunction((tag) => [...document.querySelectorAll(tag)].every((b) => b.hasAttribute('rendered')), BANNER);
  await tab.waitForFunction((l) => window.CstWidgets.getLocale() === l, lang);
  await tab.waitForTimeout(100);
  await take(); // rendered
  await context.close();
  return heights;
}

function bannerRules(measured) {
  const base = [];
  const byWidth = new Map();
  for (const lang of LANGS) {
    VARIANTS.forEach((variant, v) => {
      const selector = `${BANNER}${v === 0 ? '' : selectorOf([[VARIANT, variant]])}${langSelector(lang)}`;
      const heights = WIDTHS.map((w) => measured[lang].get(w)[variant]);
      // A range between two measured widths reserves the taller of its two ends.
      const needed = heights.map((h, i) => Math.max(h, heights[i + 1] ?? h));
      needed.forEach((h, i) => {
        if (i === 0) base.push(`${selector} { ${selector === BANNER ? 'font-size: medium; ' : ''}min-height: ${em(h)}; }`);
        else if (h !== needed[i - 1]) at(byWidth, WIDTHS[i], `${selector} { min-height: ${em(h)}; }`);
      });
    });
  }
  return [
    `/* cst-widgets: the hotline banner's heights: the tallest banner at each width, in English and, on pages in Spanish, in Spanish; kept once it renders, so it never shrinks. */`,
    cascade(base, byWidth),
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------
// The content widgets

// The content widgets (every one with a `placeholder` in widgets.json) have no fallback markup:
// until the script runs they are empty boxes. Their part of the CSS reserves, only until they
// render (`:not([rendered])`), the height of their display at each width, for each combination of
// the values of their `vary` attributes. Combinations whose heights are within TOLERANCE of each
// other, at every width and in both languages, share a rule with the *shortest* of them, so that
// page content after a widget can only move down a little when it renders, never jump up. A new
// range of widths starts where heights in the range differ by more than TOLERANCE. With a `none`
// attribute (filtered displays, no heading) nothing is reserved: the height cannot be known in advance.
const TOLERANCE = 0.04;
const CAP = 1200;
const within = (heights) => Math.min(...heights) >= Math.max(...heights) * (1 - TOLERANCE);

const CONTENT = WIDGETS.filter((w) => w.placeholder).map(({ tag, name, placeholder: { vary, none } }) => ({
  tag,
  name,
  none,
  combinations: combinations(tag, vary)
    .map((set, i) => ({ set, key: `${tag}:${i}` }))
    // Fewer attributes first: a combination may then take the rule of one it adds an attribute to.
    .sort((a, b) => a.set.length - b.set.length),
}));

// Measured in a page with the browser's own 8 px body margin, as a bare page (and the layout-shift
// tests' pages) places a widget: a widget as wide as the whole window wraps fewer lines.
const contentPage = (lang) => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Content heights</title>
<style>html { scrollbar-width: none; } body { font-family: ${MEASURING_FONT}; }</style>
</head><body>${CONTENT.flatMap(({ tag, combinations: all }) => all.map(({ set, key }) => `<${tag} data-key="${key}"${markupOf(set)}></${tag}>`)).join('')}
<script src="/dist/cst-widgets.js"></script></body></html>`;

/** Each content widget's height in each combination, in px, at every width. */
async function measureContent(browser, url, lang) {
  const context = await browser.newContext({ viewport: { width: 320, height: 900 } });
  const tab = await context.newPage();
  await tab.goto(`${url}${lang}.html`);
  await tab.waitForFunction(() => [...document.querySelectorAll('[data-key]')].every((e) => e.hasAttribute('rendered')));
  await tab.waitForFunction((l) => window.CstWidgets.getLocale() === l, lang);
  await tab.waitForTimeout(100);
  const heights = new Map();
  for (const width of WIDTHS) {
    await tab.setViewportSize({ width, height: 900 });
    heights.set(
      width,
      await tab.evaluate(() => Object.fromEntries([...document.querySelectorAll('[data-key]')].map((e) => [e.dataset.key, Math.floor(e.getBoundingClientRect().height)]))),
    );
  }
  await context.close();
  return heights;
}

/**
 * Ranges of widths where the heights stay within TOLERANCE, each with the shortest height it holds.
 * A range runs from its first width up to the next range's first width, whose height it includes:
 * between two measured widths the height may already be the next one.
 */
function ranges(heights) {
  const out = [];
  for (let from = 0, to; from < heights.length; from = to) {
    to = from + 1;
    while (to < heights.length - 1 && within(heights.slice(from, to + 2))) to++;
    const height = Math.min(...heights.slice(from, to + 1));
    if (height !== out.at(-1)?.height) out.push({ index: from, height });
  }
  return out;
}

/**
 * The rules of one widget: groups of combinations, each with the selectors that reach them. A
 * combination joins the rule that would apply to it anyway (the one with the most of its
 * attributes, when only one rule has that many) if it is within TOLERANCE of it; else it takes a
 * selector of its own, more specific than any rule it would meet, in a rule it is within
 * TOLERANCE of, or a new one. Both languages have the same groups: the English rules apply on a
 * Spanish page too, and only a Spanish rule with the same selector (plus `:lang`) surely beats them.
 */
function groups(widget, measured) {
  const heightsOf = (key) => LANGS.flatMap((lang) => WIDTHS.map((w) => Math.min(CAP, measured[lang].get(w)[key])));
  const fits = (group, key) => {
    const all = [...group.keys, key].map(heightsOf);
    return all[0].every((_, i) => within(all.map((heights) => heights[i])));
  };
  const out = [];
  for (const { set, key } of widget.combinations) {
    // A selector reaches the combination when it asks for nothing the combination does not set.
    const reaches = (selector) => selector.every(([name, value]) => set.some(([n, v]) => n === name && v === value));
    // The number of attributes in the group's most specific selector that reaches it (-1: none does).
    const reach = (group) => Math.max(-1, ...group.sets.filter(reaches).map((s) => s.length));
    const most = Math.max(-1, ...out.map(reach));
    const applies = out.filter((group) => most >= 0 && reach(group) === most);
    if (applies.length === 1 && fits(applies[0], key)) applies[0].keys.push(key);
    else {
      let group = out.find((g) => fits(g, key));
      if (!group) out.push((group = { sets: [], keys: [] }));
      group.sets.push(set);
      group.keys.push(key);
    }
  }
  return out;
}

function contentRules(measured) {
  return CONTENT.map((widget) => {
    const { tag, name, none } = widget;
    const not = `:not(${['[rendered]', ...none.map((n) => `[${n}]`)].join(', ')})`;
    const base = [`${tag}:not([rendered]) { display: block; font-size: medium; }`];
    const byWidth = new Map();
    const shared = groups(widget, measured);
    for (const lang of LANGS) {
      for (const { sets, keys } of shared) {
        const selectors = sets.map((set) => `${tag}${selectorOf(set)}${not}${langSelector(lang)}`).join(', ');
        const heights = WIDTHS.map((w) => Math.min(CAP, ...keys.map((key) => measured[lang].get(w)[key])));
        for (const { index, height } of ranges(heights)) {
          const rule = `${selectors} { min-height: ${height === CAP ? `min(100vh, ${em(CAP)})` : em(height)}; }`;
          if (index === 0) base.push(rule);
          else at(byWidth, WIDTHS[index], rule);
        }
      }
    }
    const without = none.length ? ` (not with ${none.join(' or ')})` : '';
    return [`/* cst-widgets: reserve the space of "${name}" while the script loads${without}. */`, cascade(base, byWidth)].join('\n');
  }).join('\n\n');
}

// ---------------------------------------------------------------------------------------------

const server = await serve({
  root: '.',
  port: 0,
  pages: Object.fromEntries(
    LANGS.flatMap((lang) => [
      [`/__banner-heights-${lang}.html`, page(lang)],
      [`/__content-heights-${lang}.html`, contentPage(lang)],
    ]),
  ),
});
const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });
try {
  const origin = `http://127.0.0.1:${server.address().port}`;
  const banner = {};
  const content = {};
  for (const lang of LANGS) banner[lang] = await measure(browser, `${origin}/__banner-heights-`, lang);
  for (const lang of LANGS) content[lang] = await measureContent(browser, `${origin}/__content-heights-`, lang);
  writeFileSync(
    PLACEHOLDER_HEIGHTS,
    `/* Generated by \`npm run placeholder\` (scripts/placeholder-css.mjs), which measures the widgets in
   Chromium: do not edit. The build joins it with ${PLACEHOLDER_BASE} into demo/placeholder.css. */

${bannerRules(banner)}

${contentRules(content)}
`,
  );
  // The demo and the tests link the joined file: it should not wait for the next build.
  writeFileSync('demo/placeholder.css', placeholderCss());
  console.log(`Wrote the banner's and the content widgets' heights to ${PLACEHOLDER_HEIGHTS}, and demo/placeholder.css.`);
} finally {
  await browser.close();
  server.close();
}
