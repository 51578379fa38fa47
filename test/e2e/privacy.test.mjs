// Privacy, as a host page receives it: loading and using every widget makes no request but the
// script itself, and leaves nothing behind (no cookie, web storage, IndexedDB, cache or service
// worker). The page has no CSP on purpose: a policy would block a stray request before it left,
// and this test must see it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { useBrowserAndServer } from './harness.mjs';
import { hostPage, openPage, tourEveryWidget } from './host-page.mjs';

const HOST = '/test/e2e/fixtures/host';
const BUNDLE = '/dist/cst-widgets.js';
/** The host page's own files, which it would load with or without the widgets. */
const HOST_FILES = ['/privacy.html', '/control.html', `${HOST}/probe.js`, `${HOST}/icon.svg`, `${HOST}/tracker.js`, '/demo/placeholder.css'];

const harness = useBrowserAndServer('.', {
  '/privacy.html': hostPage({ title: 'Privacy', styles: ['/demo/placeholder.css'], scripts: [`${HOST}/probe.js`, { src: BUNDLE, defer: true }] }),
  // What the checks must catch: a page that phones home and stores things.
  '/control.html': hostPage({ title: 'Control', scripts: [`${HOST}/probe.js`, `${HOST}/tracker.js`], body: '<p>Tracked</p>' }),
});

/** Every request that is not the host page's own file, and everything the page stored. */
async function traces(context, tab, requests) {
  const stored = await tab.evaluate(async () => ({
    cookie: document.cookie,
    localStorage: localStorage.length,
    sessionStorage: sessionStorage.length,
    indexedDB: (await indexedDB.databases()).map((db) => db.name),
    caches: await caches.keys(),
    serviceWorkers: (await navigator.serviceWorker.getRegistrations()).length,
  }));
  const state = await context.storageState({ indexedDB: true });
  return {
    requests: requests.map((url) => new URL(url).pathname).filter((path) => !HOST_FILES.includes(path)),
    ...stored,
    contextCookies: (await context.cookies()).map((c) => c.name),
    contextOrigins: state.origins.map((o) => o.origin),
  };
}

describe('privacy', () => {
  it('the checks see a request and stored data when a page makes them', async () => {
    const { context, page: tab, log, close } = await openPage(harness.browser, `${harness.origin}/control.html`);
    await tab.waitForFunction(() => window.__tracked);
    const found = await traces(context, tab, log.requests);
    assert.deepEqual(found.requests, ['/beacon']);
    assert.equal(found.cookie, 'visitor=1');
    assert.deepEqual([found.localStorage, found.sessionStorage, found.indexedDB, found.contextCookies], [1, 1, ['visits'], ['visitor']]);
    assert.deepEqual(found.contextOrigins, [harness.origin]);
    await close();
  });

  it('loading and using every widget, in English and Spanish, requests nothing but the script and stores nothing', async () => {
    const { context, page: tab, log, close } = await openPage(harness.browser, `${harness.origin}/privacy.html`);
    await tourEveryWidget(tab);

    // Two presses of the quick exit's Shift shortcut (a third would leave the page).
    await tab.locator('cst-red-flags [part~="heading"]').click();
    await tab.keyboard.press('Shift');
    await tab.keyboard.press('Shift');
    await tab.locator('cst-quick-exit [part~="status"]').filter({ hasText: 'Press Shift 1 more time to exit this page.' }).waitFor();

    // The page switches to Spanish, and back through the API.
    const english = await tab.locator('cst-red-flags [part~="heading"]').textContent();
    await tab.evaluate(() => (document.documentElement.lang = 'es-MX'));
    await tab.locator('cst-red-flags [part~="heading"]').filter({ hasText: /señales/i }).waitFor();
    await tab.evaluate(() => window.CstWidgets.setLocale('en'));
    await tab.locator('cst-red-flags [part~="heading"]').filter({ hasText: english }).waitFor();

    // Anything a timer would send later has had its chance.
    await tab.waitForTimeout(500);
    const found = await traces(context, tab, log.requests);
    assert.deepEqual(found, {
      requests: [BUNDLE],
      cookie: '',
      localStorage: 0,
      sessionStorage: 0,
      indexedDB: [],
      caches: [],
      serviceWorkers: 0,
      contextCookies: [],
      contextOrigins: [],
    });
    assert.deepEqual(log.pageErrors, []);
    assert.deepEqual(log.errors, []);
    await close();
  });
});
