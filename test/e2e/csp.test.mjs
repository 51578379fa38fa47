// The drop-in script on a host page with a strict Content-Security-Policy and Trusted Types, sent
// as a response header; loaded twice and next to another version; and on a page whose Trusted
// Types list lacks Lit's policy name.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { useBrowserAndServer } from './harness.mjs';
import { assertFallback, hostPage, openPage, TOGETHER, tourEveryWidget, widgetSummary } from './host-page.mjs';

const BASE = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; require-trusted-types-for 'script'";
/** The policy the README documents. */
const STRICT = `${BASE}; trusted-types lit-html 'allow-duplicates'`;
/** A host that allows its own Trusted Types policy only. */
const WITHOUT_LIT_HTML = `${BASE}; trusted-types host-policy`;
/** Lit's policy name, but only once: a second copy of the script cannot start. */
const NO_DUPLICATES = `${BASE}; trusted-types lit-html`;

const PROBE = '/test/e2e/fixtures/host/probe.js';
const BUNDLE = '/dist/cst-widgets.js';
const PLACEHOLDER = '/demo/placeholder.css';

const policies = {
  '/csp/strict.html': STRICT,
  '/csp/control.html': STRICT,
  '/csp/twice.html': STRICT,
  '/csp/other-version.html': STRICT,
  '/csp/without-lit-html.html': WITHOUT_LIT_HTML,
  '/csp/second-copy-fails.html': NO_DUPLICATES,
  '/csp/without-lit-html-es.html': WITHOUT_LIT_HTML,
};

const harness = useBrowserAndServer(
  '.',
  {
    '/csp/strict.html': hostPage({ title: 'Strict CSP', styles: [PLACEHOLDER], scripts: [PROBE, { src: BUNDLE, defer: true }] }),
    // The probe must see a violation when there is one: an inline style is one under this policy.
    '/csp/control.html': hostPage({ title: 'Control', scripts: [PROBE], body: '<p style="color: red">Inline style</p>' }),
    '/csp/twice.html': hostPage({
      title: 'Loaded twice',
      styles: [PLACEHOLDER],
      scripts: [PROBE, { src: `${BUNDLE}?copy=1`, defer: true }, { src: `${BUNDLE}?copy=2`, defer: true }],
    }),
    '/csp/other-version.html': hostPage({
      title: 'Two versions',
      styles: [PLACEHOLDER],
      scripts: [PROBE, { src: BUNDLE, defer: true }, { src: '/other-version.js', defer: true }],
    }),
    '/csp/without-lit-html.html': hostPage({ title: 'No lit-html', styles: [PLACEHOLDER], scripts: [PROBE, { src: BUNDLE, defer: true }] }),
    '/csp/without-lit-html-es.html': hostPage({ title: 'Sin lit-html', lang: 'es', styles: [PLACEHOLDER], scripts: [PROBE, { src: BUNDLE, defer: true }] }),
    '/csp/second-copy-fails.html': hostPage({
      title: 'Una copia que no arranca',
      lang: 'es',
      styles: [PLACEHOLDER],
      scripts: [PROBE, { src: `${BUNDLE}?copy=1`, defer: true }, { src: `${BUNDLE}?copy=2`, defer: true }],
    }),
  },
  { headersFor: (path) => (policies[path] ? { 'content-security-policy': policies[path] } : {}) },
);

/** The built drop-in with its version changed, as if another release were on the page too. */
async function serveOtherVersion(context) {
  const source = readFileSync('dist/cst-widgets.js', 'utf8');
  const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
  const marker = JSON.stringify(version);
  assert.equal(source.split(marker).length, 2, `expected one ${marker} in dist/cst-widgets.js`);
  await context.route('**/other-version.js', (route) =>
    route.fulfill({ contentType: 'text/javascript', body: source.replace(marker, '"9.9.9-test"') }),
  );
}

const violations = (page) => page.evaluate(() => window.__violations);

describe('under a strict CSP with Trusted Types', () => {
  it('the page really sends the policy, and the probe reports a violation when there is one', async () => {
    const { page, log, close } = await openPage(harness.browser, `${harness.origin}/csp/control.html`);
    const response = await page.request.get(`${harness.origin}/csp/strict.html`);
    assert.equal(response.headers()['content-security-policy'], STRICT);
    await page.waitForFunction(() => window.__violations.length > 0);
    assert.match((await violations(page))[0], /^style-src/);
    assert.deepEqual(log.pageErrors, []);
    await close();
  });

  it('every widget renders and works, with no violation, no error and no warning', async () => {
    const { page, log, close } = await openPage(harness.browser, `${harness.origin}/csp/strict.html`);
    await tourEveryWidget(page);
    assert.deepEqual(await violations(page), []);
    assert.deepEqual(log.pageErrors, []);
    assert.deepEqual(log.errors, []);
    assert.deepEqual(log.warnings, []);
    await close();
  });

  it('loaded twice: no violation, no error, no warning, and every widget works', async () => {
    const { page, log, close } = await openPage(harness.browser, `${harness.origin}/csp/twice.html`);
    await tourEveryWidget(page, { search: false });
    assert.equal(log.requests.filter((url) => url.includes(BUNDLE)).length, 2, 'both copies loaded');
    assert.deepEqual(await violations(page), []);
    assert.deepEqual(log.pageErrors, []);
    assert.deepEqual(log.errors, []);
    assert.deepEqual(log.warnings, []);
    await close();
  });

  it('next to another version: one warning naming both versions, and every widget works', async () => {
    const { page, log, close } = await openPage(harness.browser, `${harness.origin}/csp/other-version.html`, {
      beforeGoto: serveOtherVersion,
    });
    await tourEveryWidget(page, { search: false });
    assert.deepEqual(await violations(page), []);
    assert.deepEqual(log.pageErrors, []);
    assert.deepEqual(log.errors, []);
    assert.equal(log.warnings.length, 1, log.warnings.join('\n'));
    assert.match(log.warnings[0], /^cst-widgets: version 9\.9\.9-test .* already has version 0\.\d+\.\d+/);
    await close();
  });
});

describe("when the host's Trusted Types list lacks lit-html", () => {
  it('one console error names the fix, nothing is thrown, and the fallback content stays readable', async () => {
    const { page, log, close } = await openPage(harness.browser, `${harness.origin}/csp/without-lit-html.html`);
    await page.waitForLoadState('load');
    assert.deepEqual(log.pageErrors, [], 'no uncaught exception');
    const ours = log.errors.filter((text) => text.includes('cst-widgets'));
    assert.deepEqual(ours, [
      "cst-widgets could not start: this page's Trusted Types policy does not allow the name 'lit-html'. " +
        "Add `trusted-types lit-html 'allow-duplicates'` to its Content-Security-Policy.",
    ]);
    // Anything else in the console is the browser's own report of the refused policy.
    for (const text of log.errors.filter((t) => !ours.includes(t))) assert.match(text, /Trusted ?Type/i, text);
    assert.ok((await violations(page)).some((v) => v.startsWith('trusted-types')), 'the browser reported the refused policy');

    // Nothing upgraded, and what the page shows is the fallback markup, links working.
    assert.deepEqual(Object.values(await widgetSummary(page)).filter((w) => w.heading), []);
    // Every widget's but the quick exit's is the hotline; the quick exit's, its link.
    for (const tag of TOGETHER.filter((t) => t !== 'cst-quick-exit')) await assertFallback(page.locator(tag), tag);
    const exit = page.locator('cst-quick-exit > a');
    assert.ok(await exit.isVisible());
    assert.equal(await exit.getAttribute('href'), 'https://www.weather.gov/');
    await close();
  });
});

describe('a copy that cannot start leaves nothing behind', () => {
  const documented = "cst-widgets could not start: this page's Trusted Types policy does not allow the name 'lit-html'. " +
    "Add `trusted-types lit-html 'allow-duplicates'` to its Content-Security-Policy.";

  it('on a Spanish page: the one documented error, nothing uncaught, nothing joined or watching', async () => {
    const { page, log, close } = await openPage(harness.browser, `${harness.origin}/csp/without-lit-html-es.html`);
    await page.waitForLoadState('load');
    // The page changes its language later: a copy that did not start must not react.
    await page.evaluate(() => (document.documentElement.lang = 'en'));
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 200)));
    assert.deepEqual(log.pageErrors, [], 'no uncaught exception');
    assert.deepEqual(log.errors.filter((text) => text.includes('cst-widgets')), [documented]);
    assert.equal(await page.evaluate(() => (globalThis[Symbol.for('cst-widgets.copies')] ?? []).length), 0, 'a copy joined the list');
    await assertFallback(page.locator('cst-hotline-banner'), 'cst-hotline-banner');
    await close();
  });

  it('next to a copy that started: that copy works, and CstWidgets.setLocale resolves', async () => {
    const { page, log, close } = await openPage(harness.browser, `${harness.origin}/csp/second-copy-fails.html`);
    await page.waitForLoadState('load');
    await page.locator('cst-hotline-banner [part~="title"]').filter({ hasText: 'Línea directa de 24 horas' }).waitFor();
    assert.deepEqual(log.pageErrors, [], 'no uncaught exception');
    assert.equal(log.errors.filter((text) => text.includes('cst-widgets')).length, 1, log.errors.join('\n'));
    assert.equal(await page.evaluate(() => globalThis[Symbol.for('cst-widgets.copies')].length), 1);
    const settled = await page.evaluate(() =>
      Promise.race([window.CstWidgets.setLocale('en').then(() => 'resolved'), new Promise((resolve) => setTimeout(() => resolve('pending'), 2000))]),
    );
    assert.equal(settled, 'resolved');
    await page.locator('cst-hotline-banner [part~="title"]').filter({ hasText: '24-Hour Hotline' }).waitFor();
    await close();
  });
});
