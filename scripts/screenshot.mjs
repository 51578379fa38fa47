// `npm run screenshot`: docs/screenshot.png, the README's picture: what its two snippets give on a
// plain page, from the release's files at /cst-widgets/, taken in Chromium (build first: `npm run
// build`). The README's first screen shows what a webmaster gets by following it.
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { allRendered } from '../src/hosts.js';
import { CHROME_ARGS, findChrome } from './chrome.mjs';
import { FOLDER, release } from './release.mjs';
import { serve } from './serve.mjs';

const { dir, files } = await release({ build: false });
// The README's snippets, as a webmaster pastes them: the head's lines, then the banner.
const [head, body] = [...readFileSync('README.md', 'utf8').matchAll(/```html\n([\s\S]*?)```/g)].map(([, code]) => code.replace(/^ {3}/gm, ''));
const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Family Services</title><link rel="icon" href="data:,">
<style>body { margin: 0; font: 18px/1.5 Georgia, serif; color: #222; } header, main { max-width: 960px; margin: 0 auto; padding: 16px 24px; } header { font-size: 22px; font-weight: bold; }</style>
${head}</head><body>
<header>Example County Family Services</header>
${body}
<main><h1>Keeping children safe</h1><p>Your page's own content goes on here, under the banner.</p></main>
</body></html>`;
const redirects = Object.fromEntries(files.map((name) => [`/${FOLDER}/${name}`, `/${dir}/${name}`]));
const server = await serve({ root: '.', port: 0, redirects, pages: { '/readme-page.html': page } });
const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });
try {
  const tab = await browser.newPage({ viewport: { width: 1000, height: 430 }, deviceScaleFactor: 1 });
  await tab.goto(`http://127.0.0.1:${server.address().port}/readme-page.html`);
  await tab.evaluate(allRendered);
  await tab.waitForTimeout(300);
  await tab.screenshot({ path: 'docs/screenshot.png' });
  console.log('Wrote docs/screenshot.png.');
} finally {
  await browser.close();
  server.close();
}
