// `npm run gallery`: every widget of src/widgets.json drawn in every host archetype of src/hosts.js
// (a serif CMS column, a sidebar, a dark page, a school's brand, a phone), in English and Spanish,
// from the built drop-in file, in Chromium. Writes gallery/<host>-<lang>-<widget>.png and
// gallery/index.html, one page to look at them all. `npm run gallery -- dark sidebar` draws only
// those hosts; `-- --widget cst-overview` only that widget.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { checkedExample, exampleMarkup, WIDGETS } from '../src/examples.js';
import { allRendered, HOSTS, hostBody } from '../src/hosts.js';
import { CHROME_ARGS, findChrome } from './chrome.mjs';
import { serve } from './serve.mjs';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { widget: { type: 'string', multiple: true } } });
const hosts = positionals.length ? HOSTS.filter((h) => positionals.includes(h.name)) : HOSTS;
const widgets = values.widget?.length ? WIDGETS.filter((w) => values.widget.includes(w.tag)) : WIDGETS;
const LANGS = ['en', 'es'];
const OUT = 'gallery';

const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** A host page holding one widget, as a site would: its own CSS, then the drop-in script. */
const page = (host, lang, tag) => `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${host.name}: ${tag}</title>
<style>${host.css}</style>
<script src="/dist/cst-widgets.js"></script>
</head>
<body>${hostBody(exampleMarkup(tag, checkedExample(tag)))}</body>
</html>`;

const pages = {};
for (const host of hosts) for (const lang of LANGS) for (const { tag } of widgets) pages[`/gallery/${host.name}/${lang}/${tag}.html`] = page(host, lang, tag);

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
const server = await serve({ root: '.', port: 0, pages });
const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });
const shots = [];
try {
  for (const host of hosts) {
    const context = await browser.newContext({ viewport: host.viewport, deviceScaleFactor: 1 });
    const tab = await context.newPage();
    for (const lang of LANGS) {
      for (const { tag } of widgets) {
        await tab.goto(`http://127.0.0.1:${server.address().port}/gallery/${host.name}/${lang}/${tag}.html`);
        await tab.evaluate(allRendered);
        const file = `${host.name}-${lang}-${tag}.png`;
        await tab.screenshot({ path: `${OUT}/${file}`, fullPage: true });
        shots.push({ host, lang, tag, file });
      }
    }
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}

const sections = widgets.map(
  ({ tag, name }) => `<section id="${tag}"><h2>${escape(name)} <code>&lt;${tag}&gt;</code></h2><div class="row">${shots
    .filter((s) => s.tag === tag)
    .map((s) => `<figure><figcaption>${escape(s.host.label)} (${s.lang})</figcaption><a href="${s.file}"><img src="${s.file}" alt="${escape(name)} on ${escape(s.host.label)}, ${s.lang}" loading="lazy"></a></figure>`)
    .join('')}</div></section>`,
);
writeFileSync(
  `${OUT}/index.html`,
  `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>cst-widgets on host pages</title>
<style>
body { font: 16px/1.5 system-ui, sans-serif; margin: 24px; }
.row { display: flex; gap: 16px; overflow-x: auto; align-items: flex-start; }
figure { margin: 0; flex: none; width: 320px; }
figcaption { font-size: 14px; }
img { width: 100%; border: 1px solid #888; }
</style></head>
<body><h1>cst-widgets on host pages</h1>
<p>Every widget in each host archetype of src/hosts.js, in English and Spanish. Click a picture for its full size.</p>
<nav><ul>${widgets.map((w) => `<li><a href="#${w.tag}">${escape(w.name)}</a></li>`).join('')}</ul></nav>
${sections.join('\n')}
</body></html>
`,
);
console.log(`Wrote ${shots.length} pictures and ${OUT}/index.html.`);
