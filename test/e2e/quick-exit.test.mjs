// <cst-quick-exit> in the built bundle, as a reader uses it: the page is covered at once, the
// destination gets no Referer, and Back does not return to the page that was left.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { useBrowserAndServer } from './harness.mjs';

const page = (body) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<title>Support for families</title><script src="/dist/cst-widgets.js" defer></script></head>
<body><cst-quick-exit><a href="https://www.weather.gov/" rel="nofollow noreferrer" target="_top">Exit this page</a></cst-quick-exit>
<main id="content" style="height: 2000px"><h1>Private page</h1>${body}</main></body></html>`;

const harness = useBrowserAndServer('.', {
  '/before.html': '<!doctype html><title>Before</title><p>A page visited earlier</p>',
  '/qe.html': page('<p>Reading about help.</p>'),
});

/** Opens the page after another one, with the exit destination answered locally and its requests recorded. */
async function open({ hold = false } = {}) {
  const context = await harness.browser.newContext();
  const tab = await context.newPage();
  const arrivals = [];
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await context.route('https://www.weather.gov/**', async (route) => {
    arrivals.push(route.request().headers());
    if (hold) await held;
    await route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Weather</title><p>Forecast</p>' });
  });
  await tab.goto(`${harness.origin}/before.html`);
  await tab.goto(`${harness.origin}/qe.html`);
  await tab.waitForFunction(() => document.querySelector('cst-quick-exit')?.shadowRoot?.querySelector('[part~="link"]'));
  return { tab, arrivals, release, close: () => context.close() };
}

describe('<cst-quick-exit> in the built bundle', () => {
  it('a click leaves for the neutral site with no Referer, and Back does not return', async () => {
    const { tab, arrivals, close } = await open();
    await tab.locator('cst-quick-exit [part~="link"]').click();
    await tab.waitForURL('https://www.weather.gov/');
    assert.equal(arrivals.length, 1);
    assert.equal(arrivals[0].referer, undefined, `Referer sent: ${arrivals[0].referer}`);
    await tab.goBack();
    assert.equal(new URL(tab.url()).pathname, '/before.html');
    await close();
  });

  it('Shift three times leaves too', async () => {
    const { tab, close } = await open();
    await tab.locator('#content').click();
    for (let i = 0; i < 3; i++) await tab.keyboard.press('Shift');
    await tab.waitForURL('https://www.weather.gov/');
    await close();
  });

  it('with JavaScript off, the fallback link still leaves for the neutral site', async () => {
    const context = await harness.browser.newContext({ javaScriptEnabled: false });
    const tab = await context.newPage();
    await tab.goto(`${harness.origin}/qe.html`);
    const link = tab.locator('cst-quick-exit a');
    assert.ok(await link.isVisible());
    assert.equal(await link.getAttribute('href'), 'https://www.weather.gov/');
    assert.equal(await link.textContent(), 'Exit this page');
    await context.close();
  });

  it('covers the page and blanks the tab title before the next page arrives', async () => {
    const { tab, release, close } = await open({ hold: true });
    const leaving = tab.waitForURL('https://www.weather.gov/');
    // Clicked and read in one script, synchronously: while the next page is held back, the
    // browser lets no other script into this one.
    const during = await tab.evaluate(() => {
      const root = document.querySelector('cst-quick-exit').shadowRoot;
      root.querySelector('[part~="link"]').click();
      const atCentre = document.elementFromPoint(innerWidth / 2, innerHeight / 2);
      return {
        open: root.querySelector('dialog').open,
        title: document.title,
        pageVisible: document.getElementById('content').contains(atCentre),
      };
    });
    assert.deepEqual(during, { open: true, title: '\u200B', pageVisible: false });
    release();
    await leaving;
    await close();
  });
});
