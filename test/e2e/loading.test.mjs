// The drop-in script as host pages really load it: defer, async, end of body, injected late,
// from file://, and not at all (JavaScript off). Run against dist/ in Chromium.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { useBrowserAndServer } from './harness.mjs';

const FIXTURES = 'test/e2e/fixtures';
const harness = useBrowserAndServer();

/** Opens a page, collecting its errors and every request it makes. */
async function open(path, options = {}) {
  const url = path.startsWith('file:') ? path : `${harness.origin}/${path}`;
  const context = await harness.browser.newContext(options);
  const page = await context.newPage();
  const errors = [];
  const requests = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(url);
  return { page, errors, requests, close: () => context.close() };
}

/** What the upgraded banner shows: its title and the hotline link. */
async function bannerState(page) {
  await page.waitForFunction(() => document.querySelector('cst-hotline-banner')?.shadowRoot?.querySelector('[part~="hotline"]'));
  return page.evaluate(() => {
    const root = document.querySelector('cst-hotline-banner').shadowRoot;
    const link = root.querySelector('[part~="hotline"]');
    return {
      title: root.querySelector('[part~="title"]').textContent,
      href: link.getAttribute('href'),
      text: link.textContent,
      fallbackHidden: document.querySelector('cst-hotline-banner > p').offsetHeight === 0,
    };
  });
}

describe('loading dist/cst-widgets.js', () => {
  for (const [fixture, how] of [
    ['defer.html', 'with defer'],
    ['async.html', 'with async'],
    ['injected-late.html', 'after DOMContentLoaded'],
  ]) {
    it(`works with the script loaded ${how} and requests nothing else`, async () => {
      const { page, errors, requests, close } = await open(`${FIXTURES}/${fixture}`);
      const state = await bannerState(page);
      assert.deepEqual(state, {
        title: '24-Hour Hotline',
        href: 'tel:+18008435678',
        text: '1-800-THE-LOST (1-800-843-5678)',
        fallbackHidden: true,
      });
      assert.deepEqual(errors, []);
      const own = new Set([`${FIXTURES}/${fixture}`, `${FIXTURES}/inject-late.js`, 'demo/placeholder.css', 'dist/cst-widgets.js']);
      for (const url of requests) assert.ok(own.has(new URL(url).pathname.slice(1)), `unexpected request: ${url}`);
      await close();
    });
  }

  it('works at the end of <body> and follows a Spanish page (es-MX)', async () => {
    const { page, errors, close } = await open(`${FIXTURES}/end-of-body.html`);
    assert.equal((await bannerState(page)).title, 'Línea directa de 24 horas');
    assert.deepEqual(errors, []);
    await close();
  });

  it('works from file://', async () => {
    const url = pathToFileURL(`${FIXTURES}/defer.html`).href;
    const { page, errors, close } = await open(url);
    assert.equal((await bannerState(page)).href, 'tel:+18008435678');
    assert.deepEqual(errors, []);
    await close();
  });

  it('with JavaScript off, the fallback markup shows the hotline as a working tel: link', async () => {
    const { page, close } = await open(`${FIXTURES}/defer.html`, { javaScriptEnabled: false });
    const link = page.locator('cst-hotline-banner a');
    assert.equal(await link.getAttribute('href'), 'tel:+18008435678');
    assert.equal(await link.textContent(), '1-800-THE-LOST (1-800-843-5678)');
    assert.ok(await link.isVisible());
    await close();
  });
});
