// `npm run placeholder`: measures the widgets in Chromium and rewrites the heights that the
// placeholder CSS (demo/placeholder.css, the release's cst-widgets.css) reserves for them, so a page
// does not shift when they render. Run it after any change to a widget's words or layout; the
// built-bundle test (test/bundle/drop-in.test.ts) and the end-to-end layout-shift test
// (test/e2e/layout-shift.test.mjs) fail until the heights fit.
//
// The banner: for each variant and language, at every width the test checks (320 to 1280 px), the
// tallest of every audience, with and without the close button, rendered and as the fallback
// markup the embed builder gives in that language; each range between two widths reserves the
// taller of its two ends. The rule stays after the banner renders, so it never shrinks.
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { fallbackMarkup } from '../demo/builder-model.js';
import { CHROME_ARGS, findChrome } from './chrome.mjs';
import { serve } from './serve.mjs';

const CSS = 'demo/placeholder.css';
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

// The content widgets (red flags, types, DO/DON'T) have no fallback markup: until the script runs
// they are empty boxes. Their part of the CSS reserves, only until they render (`:not([rendered])`),
// the height of their default display at each width: the *shortest* of the configurations a
// selector covers (audiences that write about the same), so that page content after a widget can
// only move down a little when it renders, never jump up. A new range starts where heights in the
// range differ by more than TOLERANCE. Filtered displays (`categories`, `types`) and `no-heading`
// reserve nothing: their height cannot be known in advance.
const TOLERANCE = 0.04;
const CAP = 1200;
const AUDIENCE_VALUES = ['general', 'parents', 'professionals', 'educators'];
/** A group per audience; the general one (no attribute) also covers `alike`, audiences whose words it shares. */
const byAudience = (alike = []) => [
  { attrs: '', configs: ['general', ...alike].map((a) => `audience="${a}"`) },
  ...AUDIENCE_VALUES.filter((a) => a !== 'general' && !alike.includes(a)).map((a) => ({ attrs: `[audience='${a}']`, configs: [`audience="${a}"`] })),
];
const CONTENT = [
  {
    tag: 'cst-red-flags',
    comment: "reserve the red flags' space while the script loads (not with categories or no-heading).",
    not: '[rendered], [categories], [no-heading]',
    groups: [
      { attrs: '', configs: AUDIENCE_VALUES.map((a) => `audience="${a}"`) },
      { attrs: "[kind='vulnerability']", configs: AUDIENCE_VALUES.map((a) => `audience="${a}" kind="vulnerability"`) },
      { attrs: "[kind='all']", configs: AUDIENCE_VALUES.map((a) => `audience="${a}" kind="all"`) },
    ],
  },
  {
    tag: 'cst-trafficking-types',
    comment: "reserve the four types' space while the script loads (not with types or no-heading).",
    not: '[rendered], [types], [no-heading]',
    groups: [
      { attrs: '', configs: [''] },
      { attrs: '[no-intro]', configs: ['no-intro'] },
    ],
  },
  {
    tag: 'cst-trafficking-type',
    comment: "reserve one type's space while the script loads.",
    not: '[rendered]',
    groups: [
      { attrs: '', configs: ['type="pimp-controlled"'] },
      ...['familial', 'gang-controlled', 'buyer-perpetrated'].map((t) => ({ attrs: `[type='${t}']`, configs: [`type="${t}"`] })),
    ],
  },
  {
    tag: 'cst-do-dont',
    comment: "reserve DO/DON'T's space while the script loads (not with no-heading).",
    not: '[rendered], [no-heading]',
    groups: ['', "[variant='compact']"].flatMap((variant) => {
      const v = variant ? ' variant="compact"' : '';
      return [
        { attrs: variant, configs: ['general', 'educators'].map((a) => `audience="${a}"${v}`) },
        { attrs: `${variant}[audience='parents']`, configs: [`audience="parents"${v}`] },
        { attrs: `${variant}[audience='professionals']`, configs: [`audience="professionals"${v}`] },
      ];
    }),
  },
  {
    tag: 'cst-stat',
    comment: "reserve the figure's space while the script loads.",
    not: '[rendered]',
    groups: [
      { attrs: ':not([stat])', configs: [''] },
      {
        attrs: '[stat]',
        configs: ['reports-2024', 'states-2024', 'missing-2024', 'missing-from-care-2024', 'reports-2021', 'runaways-2021', 'run-from-care-2021', 'foster-placement-2018', 'runaways-2017', 'runaways-2014'].map((id) => `stat="${id}"`),
      },
    ],
  },
  {
    tag: 'cst-overview',
    comment: "reserve the overview's space while the script loads (not with sections or no-heading).",
    not: '[rendered], [sections], [no-heading]',
    groups: byAudience(['educators']),
  },
  {
    tag: 'cst-keeping-safer',
    comment: "reserve the advice's space while the script loads (not with no-heading).",
    not: '[rendered], [no-heading]',
    groups: byAudience(),
  },
  {
    tag: 'cst-support',
    comment: "reserve NCMEC's services' space while the script loads (not with no-heading).",
    not: '[rendered], [no-heading]',
    groups: byAudience(),
  },
  {
    tag: 'cst-guide',
    comment: "reserve the guide's space while the script loads (not with sections or no-heading).",
    not: '[rendered], [sections], [no-heading]',
    groups: [{ attrs: '', configs: AUDIENCE_VALUES.map((a) => `audience="${a}"`) }],
  },
  {
    tag: 'cst-missing-child',
    comment: "reserve the missing child's steps while the script loads (not with no-heading).",
    not: '[rendered], [no-heading]',
    groups: byAudience(['educators']),
  },
];

const contentPage = (lang) => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Content heights</title>
<style>html { scrollbar-width: none; } body { margin: 0; }</style>
</head><body>${CONTENT.flatMap(({ tag, groups }) =>
  groups.flatMap((g, gi) => g.configs.map((c) => `<${tag} data-group="${tag}:${gi}" ${c}></${tag}>`)),
).join('')}<script src="/dist/cst-widgets.js"></script></body></html>`;

/** The shortest rendered height of each content group, in px, at every width. */
async function measureContent(browser, url, lang) {
  const context = await browser.newContext({ viewport: { width: 320, height: 900 } });
  const tab = await context.newPage();
  await tab.goto(`${url}${lang}.html`);
  await tab.waitForFunction(() => [...document.querySelectorAll('[data-group]')].every((e) => e.hasAttribute('rendered')));
  await tab.waitForFunction((l) => window.CstWidgets.getLocale() === l, lang);
  await tab.waitForTimeout(100);
  const heights = new Map();
  for (const width of WIDTHS) {
    await tab.setViewportSize({ width, height: 900 });
    const shortest = await tab.evaluate(() => {
      const out = {};
      for (const e of document.querySelectorAll('[data-group]')) {
        const h = Math.floor(e.getBoundingClientRect().height);
        out[e.dataset.group] = Math.min(out[e.dataset.group] ?? Infinity, h);
      }
      return out;
    });
    heights.set(width, shortest);
  }
  await context.close();
  return heights;
}

/**
 * Ranges of widths where the heights stay within TOLERANCE, each with the shortest height it holds.
 * A range runs from its first width up to the next range's first width, whose height it includes:
 * between two measured widths the height may already be the next one.
 */
function ranges(at) {
  const within = (from, to) => {
    const span = at.slice(from, to + 1);
    return Math.min(...span) >= Math.max(...span) * (1 - TOLERANCE);
  };
  const out = [];
  for (let from = 0, to; from < at.length; from = to) {
    to = from + 1;
    while (to < at.length - 1 && within(from, to + 1)) to++;
    const height = Math.min(...at.slice(from, to + 1));
    if (height !== out.at(-1)?.height) out.push({ index: from, height });
  }
  return out;
}

function contentRules(measured) {
  return CONTENT.map(({ tag, comment, not, groups }) => {
    const base = [`${tag}:not([rendered]) { display: block; font-size: medium; }`];
    const byWidth = new Map();
    for (const lang of ['en', 'es']) {
      groups.forEach((g, gi) => {
        const selector = `${tag}${g.attrs}:not(${not})${lang === 'es' ? ':lang(es)' : ''}`;
        const at = WIDTHS.map((w) => Math.min(CAP, measured[lang].get(w)[`${tag}:${gi}`]));
        for (const { index, height } of ranges(at)) {
          const rule = `${selector} { min-height: ${height === CAP ? `min(100vh, ${em(CAP)})` : em(height)}; }`;
          if (index === 0) base.push(rule);
          else byWidth.set(WIDTHS[index], [...(byWidth.get(WIDTHS[index]) ?? []), `  ${rule}`]);
        }
      });
    }
    const media = [...byWidth.keys()].sort((a, b) => a - b).map((w) => `@media (min-width: ${em(w)}) {\n${byWidth.get(w).join('\n')}\n}`);
    return [`/* cst-widgets: ${comment} */`, ...base, ...media].join('\n');
  }).join('\n\n');
}

const server = await serve({
  root: '.',
  port: 0,
  pages: {
    '/__banner-heights-en.html': page('en'),
    '/__banner-heights-es.html': page('es'),
    '/__content-heights-en.html': contentPage('en'),
    '/__content-heights-es.html': contentPage('es'),
  },
});
const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });
try {
  const origin = `http://127.0.0.1:${server.address().port}`;
  const banner = { en: await measure(browser, `${origin}/__banner-heights-`, 'en'), es: await measure(browser, `${origin}/__banner-heights-`, 'es') };
  const content = { en: await measureContent(browser, `${origin}/__content-heights-`, 'en'), es: await measureContent(browser, `${origin}/__content-heights-`, 'es') };
  let css = readFileSync(CSS, 'utf8');
  // The banner's heights: from its base rule to the quick exit's part.
  const start = css.indexOf('cst-hotline-banner { font-size: medium;');
  const end = css.indexOf('\n\n/* cst-widgets: the quick exit');
  if (start < 0 || end < 0) throw new Error(`${CSS}: could not find the banner's heights`);
  css = css.slice(0, start) + rules(banner) + css.slice(end);
  // The content widgets' parts: after the quick exit's part (which ends with its last media
  // query), replacing whatever was there, before the space between widgets.
  const quickExitEnd = css.indexOf('\n}\n', css.lastIndexOf('cst-quick-exit[show-note]')) + 3;
  const stack = css.indexOf('/* cst-widgets: space between');
  if (quickExitEnd < 3 || stack < quickExitEnd) throw new Error(`${CSS}: could not find the quick exit's part and the space between widgets`);
  css = `${css.slice(0, quickExitEnd)}\n${contentRules(content)}\n\n${css.slice(stack)}`;
  writeFileSync(CSS, css);
  console.log(`Wrote the banner's and the content widgets' heights to ${CSS}.`);
} finally {
  await browser.close();
  server.close();
}
