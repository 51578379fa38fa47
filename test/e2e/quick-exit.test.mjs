// <cst-quick-exit> in the built bundle, as a reader uses it: the page is covered at once, the
// destination gets no Referer, Back does not return to the page that was left, and nothing but
// the reader's own choice shows the page again.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { createServer as createHttpsServer } from 'node:https';
import { after, before, describe, it } from 'node:test';
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
  // The exit leaving for ?href=, in the page language ?lang=, optionally asking "Leave site?" (&prompt).
  '/exit.html': page(`<p>Reading about help.</p><p><a href="#content">A link in the page</a></p>
<script>
  const query = new URLSearchParams(location.search);
  document.querySelector('cst-quick-exit').setAttribute('href', query.get('href'));
  document.documentElement.lang = query.get('lang') ?? 'en';
  // A page script that stops loading (window.stop()) a moment after the exit starts.
  if (query.has('stop')) addEventListener('cst-exit', () => setTimeout(() => window.stop(), 300));
  if (query.has('prompt')) addEventListener('beforeunload', (event) => { event.preventDefault(); event.returnValue = ''; });
</script>`),
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

// ---------------------------------------------------------------------------------------------
// Failing safe, with real input. Keys go to Chromium as native key events through the DevTools
// protocol (Escape stops a page that is loading, as a reader's Escape does; a key event dispatched
// from script never stops a load), the Stop button is `Page.stopLoading`, and the exit address is
// a local https server that answers slowly, with nothing (204), or with a download.

const exitServer = { origin: undefined, requests: [] };
const certificate = new URL('./fixtures/https/', import.meta.url); // self-signed, for these tests only
let https;
before(async () => {
  https = createHttpsServer({ key: readFileSync(new URL('key.pem', certificate)), cert: readFileSync(new URL('cert.pem', certificate)) }, (req, res) => {
    const path = new URL(req.url, 'https://127.0.0.1').pathname;
    exitServer.requests.push(req.url);
    const page = () => res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>Weather</title><p>Forecast</p>');
    // The first request for an address under /slow waits (the reader stops it meanwhile); a later one answers at once.
    if (path === '/slow') return exitServer.requests.filter((url) => url === req.url).length > 1 ? page() : setTimeout(page, 20_000).unref();
    if (path === '/204') return res.writeHead(204).end();
    if (path === '/download') return res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-disposition': 'attachment; filename="forecast.bin"' }).end('data');
    return page();
  });
  await new Promise((listening) => https.listen(0, '127.0.0.1', listening));
  exitServer.origin = `https://127.0.0.1:${https.address().port}`;
});
after(() => {
  https?.closeAllConnections();
  https?.close();
});

const KEYS = { Escape: 27, Enter: 13, ' ': 32, Tab: 9, Shift: 16 };
/** A native key press (down, then up), as the browser gets it from the keyboard. */
async function press(cdp, key) {
  const code = { ' ': 'Space', Shift: 'ShiftLeft' }[key] ?? key;
  const base = { key, code, windowsVirtualKeyCode: KEYS[key], nativeVirtualKeyCode: KEYS[key] };
  const text = key === 'Enter' ? '\r' : key === ' ' ? ' ' : undefined;
  await cdp.send('Input.dispatchKeyEvent', { ...base, type: text ? 'keyDown' : 'rawKeyDown', text, modifiers: key === 'Shift' ? 8 : 0 });
  await cdp.send('Input.dispatchKeyEvent', { ...base, type: 'keyUp', modifiers: 0 });
}

/** The page and its exit, seen from inside, read once no navigation is pending. */
const STATE = `(() => {
  const root = document.querySelector('cst-quick-exit').shadowRoot;
  const cover = root.querySelector('dialog');
  let focused = document.activeElement;
  while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement;
  return {
    path: location.pathname,
    title: document.title,
    cover: cover.open,
    says: cover.innerText.replace(/\\s+/g, ' ').trim(),
    focused: (focused?.textContent ?? '').trim(),
    scrollY: Math.round(scrollY),
  };
})()`;

let opened = 0;
/** A tab on the page with the exit, leaving for `exitPath` of the https server (made unique), driven through the protocol. */
async function openExit(path, { lang = 'en', extra = '' } = {}) {
  const exitPath = `${path}?tab=${++opened}`;
  const context = await harness.browser.newContext({ ignoreHTTPSErrors: true, acceptDownloads: false });
  const tab = await context.newPage();
  const cdp = await context.newCDPSession(tab);
  await tab.goto(`${harness.origin}/before.html`);
  await tab.goto(`${harness.origin}/exit.html?lang=${lang}&href=${encodeURIComponent(exitServer.origin + exitPath)}${extra}`);
  await tab.waitForFunction(() => document.querySelector('cst-quick-exit')?.shadowRoot?.querySelector('[part~="link"]'));
  const state = async () => {
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression: STATE, returnByValue: true });
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value;
  };
  return { tab, cdp, state, close: () => context.close() };
}

/** Starts the exit as a reader would: a click, Enter or Space on the focused button, or Shift three times. */
async function startExit({ tab, cdp }, how) {
  if (how === 'click') {
    const box = await tab.locator('cst-quick-exit [part~="link"]').boundingBox();
    const at = { x: box.x + box.width / 2, y: box.y + box.height / 2, button: 'left', clickCount: 1 };
    await cdp.send('Input.dispatchMouseEvent', { type: 'mousePressed', ...at });
    await cdp.send('Input.dispatchMouseEvent', { type: 'mouseReleased', ...at });
  } else if (how === 'Shift x3') {
    for (let i = 0; i < 3; i++) await press(cdp, 'Shift');
  } else {
    await press(cdp, 'Tab'); // the exit is the page's first control
    await press(cdp, how === 'Space' ? ' ' : how);
  }
}

const wait = (ms) => new Promise((done) => setTimeout(done, ms));

describe('<cst-quick-exit> fails safe: nothing but the reader brings the page back', () => {
  for (const [how, stop] of [
    ['click', 'Escape'],
    ['Enter', 'Escape'],
    ['Space', 'Escape'],
    ['Shift x3', 'Escape'],
    ['click', 'the Stop button'],
    ['Shift x3', 'window.stop()'],
  ]) {
    it(`${how}, then ${stop} while the next page loads: the cover stays and offers "Leave now", focused`, async () => {
      const exit = await openExit('/slow', { extra: stop === 'window.stop()' ? '&stop' : '' });
      try {
        await startExit(exit, how);
        await wait(300);
        if (stop === 'Escape') await press(exit.cdp, 'Escape');
        else if (stop === 'the Stop button') await exit.cdp.send('Page.stopLoading');
        await wait(500);
        const state = await exit.state();
        assert.deepEqual(
          { ...state, scrollY: undefined },
          { path: '/exit.html', title: '\u200B', cover: true, says: 'You have not left this page yet. Leave now Back to the page', focused: 'Leave now', scrollY: undefined },
        );
        assert.equal(state.scrollY, 0, 'Space scrolled the page instead of leaving');
        // Escape again, and Tab: neither chooses; the cover stays.
        await press(exit.cdp, 'Escape');
        await press(exit.cdp, 'Tab');
        await wait(200);
        assert.deepEqual(await exit.state().then((s) => [s.cover, s.title, s.focused]), [true, '\u200B', 'Back to the page']);
        // "Leave now" leaves for the same address.
        const box = await exit.tab.locator('cst-quick-exit dialog .leave').boundingBox();
        const at = { x: box.x + box.width / 2, y: box.y + box.height / 2, button: 'left', clickCount: 1 };
        await exit.cdp.send('Input.dispatchMouseEvent', { type: 'mousePressed', ...at });
        await exit.cdp.send('Input.dispatchMouseEvent', { type: 'mouseReleased', ...at });
        await exit.tab.waitForURL(`${exitServer.origin}/slow?tab=*`);
      } finally {
        await exit.close();
      }
    });
  }

  for (const [path, what] of [
    ['/204', 'answers with nothing to show (204)'],
    ['/download', 'answers with a download'],
  ]) {
    it(`an exit address that ${what}: after a few seconds the cover offers the choice`, async () => {
      const exit = await openExit(path);
      try {
        await startExit(exit, 'click');
        await wait(1000);
        assert.deepEqual(await exit.state().then((s) => [s.cover, s.says]), [true, ''], 'the cover is blank at first');
        await exit.tab.waitForFunction(() => document.querySelector('cst-quick-exit').shadowRoot.querySelector('dialog .leave'), null, { timeout: 5000 });
        assert.equal((await exit.state()).focused, 'Leave now');
      } finally {
        await exit.close();
      }
    });
  }

  it('"Stay" at a "Leave site?" prompt keeps the cover; "Back to the page" brings the page back as it was, usable', async () => {
    const exit = await openExit('/slow', { extra: '&prompt' });
    try {
      await exit.tab.locator('#content').click(); // the page has been used: the browser may now ask
      let asked = 0;
      exit.tab.on('dialog', (dialog) => {
        asked++;
        void dialog.dismiss(); // "Stay on page"
      });
      await startExit(exit, 'click');
      await exit.tab.waitForFunction(() => document.querySelector('cst-quick-exit').shadowRoot.querySelector('dialog .leave'));
      assert.equal(asked, 1);
      assert.deepEqual(await exit.state().then((s) => [s.cover, s.title, s.focused]), [true, '\u200B', 'Leave now']);
      await press(exit.cdp, 'Tab');
      await press(exit.cdp, 'Enter'); // "Back to the page"
      await wait(200);
      const state = await exit.state();
      assert.deepEqual([state.cover, state.title, state.path, state.focused], [false, 'Support for families', '/exit.html', 'Exit this page']);
      assert.equal(await exit.tab.locator('meta[name="referrer"]').count(), 0);
    } finally {
      await exit.close();
    }
  });

  for (const lang of ['en', 'es']) {
    it(`the cover after Escape, in ${lang} (a screenshot in test-results/)`, async () => {
      const exit = await openExit('/slow', { lang });
      try {
        await exit.tab.setViewportSize({ width: 375, height: 667 });
        await startExit(exit, 'click');
        await wait(300);
        await press(exit.cdp, 'Escape');
        await wait(500);
        const { says } = await exit.state();
        assert.equal(says, lang === 'en' ? 'You have not left this page yet. Leave now Back to the page' : 'Aún no ha salido de esta página. Salir ahora Volver a la página');
        mkdirSync('test-results', { recursive: true });
        await exit.tab.screenshot({ path: `test-results/quick-exit-cover-${lang}.png` });
      } finally {
        await exit.close();
      }
    });
  }
});
