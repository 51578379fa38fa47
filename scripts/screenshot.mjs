// `npm run screenshot`: docs/screenshot.png, the README's picture of the widgets, taken in Chromium
// from the demo page (build first: `npm run build`).
import { chromium } from 'playwright-core';
import { allRendered } from '../src/hosts.js';
import { CHROME_ARGS, findChrome } from './chrome.mjs';
import { serve } from './serve.mjs';

const server = await serve({ root: '.', port: 0 });
const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 1100, height: 760 }, deviceScaleFactor: 1 });
  await page.goto(`http://127.0.0.1:${server.address().port}/demo/`);
  await page.evaluate(allRendered);
  await page.waitForTimeout(300);
  await page.screenshot({ path: 'docs/screenshot.png' });
  console.log('Wrote docs/screenshot.png.');
} finally {
  await browser.close();
  server.close();
}
