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
  // A page that asks "Leave site?" (a form with unsaved changes, say).
  '/prompt.html': page(`<p>A form.</p><script>addEventListener('beforeunload', (event) => { event.preventDefault(); event.returnValue = ''; });</script>`),
  // The widget in a frame, sandboxed without and with the right to navigate the page.
  '/sandboxed.html': '<!doctype html><title>Framed</title><iframe sandbox="allow-scripts allow-same-origin" src="/qe.html"></iframe>',
  '/sandboxed-ok.html': '<!doctype html><title>Framed</title><iframe sandbox="allow-scripts allow-same-origin allow-top-navigation-by-user-activation" src="/qe.html"></iframe>',
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

  it('when the page asks "Leave site?" and the reader stays, the page comes back as it was, usable', async () => {
    const { tab, close } = await open();
    await tab.goto(`${harness.origin}/prompt.html`);
    await tab.waitForFunction(() => document.querySelector('cst-quick-exit')?.shadowRoot?.querySelector('[part~="link"]'));
    await tab.locator('#content').click(); // the page has been used: the browser may now ask
    let asked = 0;
    tab.on('dialog', (dialog) => {
      asked++;
      void dialog.dismiss(); // "Stay on page"
    });
    await tab.locator('cst-quick-exit [part~="link"]').click();
    await tab.waitForFunction(() => !document.querySelector('cst-quick-exit').shadowRoot.querySelector('dialog').open);
    assert.equal(asked, 1);
    assert.equal(await tab.title(), 'Support for families');
    assert.equal(new URL(tab.url()).pathname, '/prompt.html');
    // Usable again: Escape, keys and the exit itself work as before.
    assert.equal(await tab.locator('meta[name="referrer"]').count(), 0);
    await close();
  });

  it('when the reader chooses to leave after all, the page is left', async () => {
    const { tab, close } = await open();
    await tab.goto(`${harness.origin}/prompt.html`);
    await tab.waitForFunction(() => document.querySelector('cst-quick-exit')?.shadowRoot?.querySelector('[part~="link"]'));
    await tab.locator('#content').click();
    tab.on('dialog', (dialog) => void dialog.accept()); // "Leave"
    await tab.locator('cst-quick-exit [part~="link"]').click();
    await tab.waitForURL('https://www.weather.gov/');
    await close();
  });

  it('in a frame sandboxed without top navigation, it says so once in the console', async () => {
    const { tab, close } = await open();
    const warnings = [];
    tab.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
    await tab.goto(`${harness.origin}/sandboxed.html`);
    await tab.frameLocator('iframe').locator('cst-quick-exit [part~="link"]').waitFor();
    const ours = warnings.filter((w) => w.includes('cst-quick-exit'));
    assert.equal(ours.length, 1, warnings.join('\n'));
    assert.match(ours[0], /sandboxed frame without allow-top-navigation/);
    await close();
  });

  it('in a frame allowed to navigate the page, it says nothing, and leaving leaves the whole page', async () => {
    const { tab, close } = await open();
    const warnings = [];
    tab.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
    await tab.goto(`${harness.origin}/sandboxed-ok.html`);
    const link = tab.frameLocator('iframe').locator('cst-quick-exit [part~="link"]');
    await link.waitFor();
    assert.deepEqual(warnings.filter((w) => w.includes('cst-quick-exit')), []);
    await link.click();
    await tab.waitForURL('https://www.weather.gov/');
    await close();
  });
});
