// The drop-in script as host pages really load it: defer, async, end of body, injected late,
// from file://, and not at all (JavaScript off); the ESM build as a module; elements made before
// and after the definition, moved and re-added. Every widget is on every page. Run against dist/
// in Chromium.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { useBrowserAndServer } from './harness.mjs';
import { assertFallback, EVERY_WIDGET, TAGS, TOGETHER, everyWidgetRendered, widgetSummary } from './host-page.mjs';

/**
 * Every widget of the page (all of src/widgets.json that one page holds together) rendered in
 * `lang`, each with a heading or its main text; returns those texts by tag.
 */
async function rendersEvery(page, lang) {
  await everyWidgetRendered(page);
  const summary = await widgetSummary(page);
  assert.deepEqual(Object.keys(summary).sort(), [...TOGETHER].sort());
  for (const [tag, { heading, lang: shown }] of Object.entries(summary)) {
    assert.ok(heading, `${tag} shows no heading or text`);
    assert.equal(shown, lang, `${tag} is not in ${lang}`);
  }
  return Object.fromEntries(Object.entries(summary).map(([tag, { heading }]) => [tag, heading]));
}

/** Every text changed from one language to the other. */
const allChanged = (before, after) => assert.deepEqual(Object.keys(before).filter((tag) => before[tag] === after[tag]), []);

/** A host page of every widget with the placeholder CSS, loading the drop-in `script` (a tag, or markup at the end of <body>). */
const fixture = ({ lang = 'en', head = '', end = '', root = '' }) =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Loading</title><link rel="stylesheet" href="${root}/demo/placeholder.css">${head}</head><body>${EVERY_WIDGET}${end}</body></html>`;
const DEFER = { head: '<script src="/dist/cst-widgets.js" defer></script>' };

// The ESM build imports lit and @lit/localize by name, as a bundler would resolve them: here an
// import map points those names at node_modules.
const IMPORT_MAP = JSON.stringify({
  imports: {
    lit: '/node_modules/lit/index.js',
    'lit/': '/node_modules/lit/',
    'lit-html': '/node_modules/lit-html/lit-html.js',
    'lit-html/': '/node_modules/lit-html/',
    'lit-element/': '/node_modules/lit-element/',
    '@lit/reactive-element': '/node_modules/@lit/reactive-element/reactive-element.js',
    '@lit/reactive-element/': '/node_modules/@lit/reactive-element/',
    '@lit/localize': '/node_modules/@lit/localize/lit-localize.js',
  },
});
const page = (head, body = EVERY_WIDGET) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Loading</title>${head}</head><body>${body}</body></html>`;

const harness = useBrowserAndServer('.', {
  '/defer.html': fixture(DEFER),
  '/async.html': fixture({ head: '<script src="/dist/cst-widgets.js" async></script>' }),
  // Loaded well after the page is ready, as a tag manager or a CMS widget would.
  '/injected-late.html': fixture({
    head: `<script>addEventListener('load', () => setTimeout(() => document.head.append(Object.assign(document.createElement('script'), { src: '/dist/cst-widgets.js' })), 100));</script>`,
  }),
  '/end-of-body.html': fixture({ lang: 'es-MX', end: '<script src="/dist/cst-widgets.js"></script>' }),
  '/esm.html': page(`<script type="importmap">${IMPORT_MAP}</script><script type="module" src="/dist/esm/index.js"></script>`),
  '/esm-one.html': page(
    `<script type="importmap">${IMPORT_MAP}</script>
<script type="module" src="/dist/esm/components/hotline-banner/hotline-banner.js"></script>`,
  ),
  '/before-after.html': page(
    `<script src="/dist/cst-widgets.js" defer></script>`,
    `<div id="slot"></div>
<script>
  // Before the library runs: one element in the page and one not yet, each with properties set
  // while the tag is still unknown.
  const connected = document.createElement('cst-red-flags');
  connected.id = 'early-connected';
  connected.audience = 'parents';
  connected.headingLevel = 4;
  document.body.append(connected);
  const detached = document.createElement('cst-trafficking-types');
  detached.id = 'early-detached';
  detached.types = 'familial';
  addEventListener('load', () => document.getElementById('slot').append(detached));
  // After: made with createElement and with markup, once the tags are defined.
  customElements.whenDefined('cst-do-dont').then(() => {
    const late = document.createElement('cst-do-dont');
    late.id = 'late';
    late.setAttribute('audience', 'professionals');
    document.body.append(late);
    document.body.insertAdjacentHTML('beforeend', '<cst-trafficking-type id="late-markup" type="gang-controlled" heading-level="3"></cst-trafficking-type>');
  });
</script>`,
  ),
  // A page that breaks something the script needs as it starts (here, by a host script's mistake).
  '/broken-start.html': page(`<script>window.MutationObserver = undefined;</script><script src="/dist/cst-widgets.js" defer></script>`),
  // A host script that wraps customElements.define and refuses one element, or every one.
  '/refuses-one.html': page(
    `<script>const define = customElements.define.bind(customElements);
customElements.define = (tag, ctor, options) => { if (tag === 'cst-red-flags') throw new Error('not here'); define(tag, ctor, options); };</script>
<script src="/dist/cst-widgets.js" defer></script>`,
  ),
  '/refuses-all.html': page(
    `<script>customElements.define = () => { throw new Error('no custom elements here'); };</script><script src="/dist/cst-widgets.js" defer></script>`,
  ),
  '/move.html': page(`<script src="/dist/cst-widgets.js" defer></script>`, `<div id="a">${EVERY_WIDGET}</div><div id="b"></div>`),
});

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
  for (const [path, how] of [
    ['defer.html', 'with defer'],
    ['async.html', 'with async'],
    ['injected-late.html', 'after DOMContentLoaded'],
  ]) {
    it(`works with the script loaded ${how} and requests nothing else`, async () => {
      const { page, errors, requests, close } = await open(path);
      const state = await bannerState(page);
      assert.deepEqual(state, {
        title: '24-Hour Hotline',
        href: 'tel:+18008435678',
        text: '1-800-THE-LOST (1-800-843-5678)',
        fallbackHidden: true,
      });
      await rendersEvery(page, 'en');
      assert.deepEqual(errors, []);
      const own = new Set([path, 'demo/placeholder.css', 'dist/cst-widgets.js']);
      for (const url of requests) assert.ok(own.has(new URL(url).pathname.slice(1)), `unexpected request: ${url}`);
      await close();
    });
  }

  it('works at the end of <body> and follows a Spanish page (es-MX)', async () => {
    const { page, errors, close } = await open('end-of-body.html');
    assert.equal((await bannerState(page)).title, 'Línea directa de 24 horas');
    await rendersEvery(page, 'es');
    assert.deepEqual(errors, []);
    await close();
  });

  // A page saved on a computer, its files beside the repository's.
  const saved = mkdtempSync(join(tmpdir(), 'cst-file-'));
  after(() => rmSync(saved, { recursive: true, force: true }));
  it('works from file://', async () => {
    const root = pathToFileURL(resolve('.')).href;
    writeFileSync(join(saved, 'defer.html'), fixture({ root, head: `<script src="${root}/dist/cst-widgets.js" defer></script>` }));
    const { page, errors, close } = await open(pathToFileURL(join(saved, 'defer.html')).href);
    assert.equal((await bannerState(page)).href, 'tel:+18008435678');
    assert.deepEqual(errors, []);
    await close();
  });

  it('with JavaScript off, the fallback markup shows "call 911", then the hotline, as working tel: links, in boxes of its own size', async () => {
    const { page, close } = await open('defer.html', { javaScriptEnabled: false });
    // In every widget but the quick exit, whose fallback is its link.
    const widgets = page.locator(TOGETHER.filter((tag) => tag !== 'cst-quick-exit').join(', '));
    assert.equal(await widgets.count(), TOGETHER.length - 1);
    for (const widget of await widgets.all()) await assertFallback(widget, await widget.evaluate((el) => el.localName));
    const exit = page.locator('cst-quick-exit a');
    assert.ok(await exit.isVisible());
    assert.equal(await exit.getAttribute('href'), 'https://www.weather.gov/');
    // No box taller than its fallback (issue #43, item 3): the placeholder CSS reserves the widgets'
    // heights only where scripts run; before, a banner's two lines sat in a 16em navy block.
    const reserved = await page.evaluate(() =>
      [...document.querySelectorAll('*')]
        .filter((el) => el.localName.startsWith('cst-') && el.localName !== 'cst-quick-exit')
        .map((el) => {
          const height = el.getBoundingClientRect().height;
          el.style.setProperty('min-height', '0px', 'important');
          const own = el.getBoundingClientRect().height;
          el.style.removeProperty('min-height');
          return [el.localName, Math.round(height - own)];
        })
        .filter(([, extra]) => extra > 0),
    );
    assert.deepEqual(reserved, []);
    await close();
  });
});

describe('when the script cannot start', () => {
  it('prints one error saying why instead of throwing, and the fallback markup stays', async () => {
    const context = await harness.browser.newContext();
    const tab = await context.newPage();
    const uncaught = [];
    const errors = [];
    tab.on('pageerror', (error) => uncaught.push(error.message));
    tab.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await tab.goto(`${harness.origin}/broken-start.html`);
    // The elements are defined one per task after the script runs: the failure comes with the first.
    await tab.evaluate(() => new Promise((resolve) => setTimeout(resolve, 200)));
    assert.deepEqual(uncaught, []);
    assert.equal(errors.length, 1, errors.join('\n'));
    assert.match(errors[0], /^cst-widgets could not start <cst-quick-exit>: .*MutationObserver/);
    await assertFallback(tab.locator('cst-hotline-banner'));
    await context.close();
  });
});

describe('when the page refuses a definition', () => {
  it('one element refused: one console error naming it, nothing uncaught, its fallback stays, the others work', async () => {
    const { page, errors, close } = await open('refuses-one.html');
    await page.locator('cst-do-dont [part~="heading"]').waitFor();
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 200)));
    assert.deepEqual(errors.filter((e) => e.includes('cst-widgets')).length, 1, errors.join('\n'));
    assert.match(errors.find((e) => e.includes('cst-widgets')), /^cst-widgets could not start <cst-red-flags>: not here/);
    await assertFallback(page.locator('cst-red-flags'));
    assert.ok(await page.locator('cst-hotline-banner [part~="hotline"]').isVisible());
    await close();
  });

  it('every element refused: the copy joins nothing and watches nothing; one error, every fallback stays', async () => {
    const { page, errors, close } = await open('refuses-all.html');
    await page.waitForLoadState('load');
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
    await page.evaluate(() => (document.documentElement.lang = 'es'));
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100)));
    assert.deepEqual(errors.filter((e) => e.includes('cst-widgets')).length, 1, errors.join('\n'));
    assert.equal(await page.evaluate(() => (globalThis[Symbol.for('cst-widgets.copies')] ?? []).length), 0);
    await assertFallback(page.locator('cst-hotline-banner'));
    await close();
  });
});

describe('loading the ESM build (dist/esm) as a module', () => {
  it('defines every widget, and loads Spanish as a lazy chunk only when the page asks for it', async () => {
    const { page, errors, requests, close } = await open('esm.html');
    const english = await rendersEvery(page, 'en');
    const chunk = (url) => url.endsWith('/dist/esm/generated/locales/es.js');
    assert.equal(requests.filter(chunk).length, 0, 'Spanish loaded before it was needed');
    await page.evaluate(() => (document.documentElement.lang = 'es'));
    await page.locator('cst-hotline-banner [part~="title"]').filter({ hasText: 'Línea directa de 24 horas' }).waitFor();
    allChanged(english, await rendersEvery(page, 'es'));
    assert.equal(requests.filter(chunk).length, 1);
    for (const url of requests) assert.equal(new URL(url).origin, harness.origin, `request elsewhere: ${url}`);
    assert.deepEqual(errors, []);
    await close();
  });

  it('one component entry defines that widget only', async () => {
    const { page, errors, close } = await open('esm-one.html');
    assert.equal((await bannerState(page)).href, 'tel:+18008435678');
    const defined = await page.evaluate((tags) => tags.filter((tag) => customElements.get(tag)), TAGS);
    assert.deepEqual(defined, ['cst-hotline-banner']);
    assert.deepEqual(errors, []);
    await close();
  });
});

describe('elements made before and after the definition, moved and re-added', () => {
  it('an element made before the script keeps the properties set on it; one made after renders too', async () => {
    const { page, errors, close } = await open('before-after.html');
    await page.waitForFunction(() => document.querySelector('#late-markup')?.shadowRoot);
    await everyWidgetRendered(page);
    const seen = await page.evaluate(() => {
      const root = (id) => document.getElementById(id).shadowRoot;
      const text = (id, part) => root(id).querySelector(`[part~="${part}"]`).textContent.trim();
      return {
        earlyConnected: [text('early-connected', 'heading'), root('early-connected').querySelector('[part~="heading"]').localName],
        earlyDetached: [...root('early-detached').querySelectorAll('[part~="name"]')].map((n) => n.textContent.trim()),
        late: root('late').querySelector('[part~="report"] a[href^="mailto:"]')?.getAttribute('href'),
        lateMarkup: [text('late-markup', 'name'), root('late-markup').querySelector('[part~="name"]').localName],
      };
    });
    assert.deepEqual(seen, {
      earlyConnected: ['Know the red flags', 'h4'],
      earlyDetached: ['Familial trafficking'],
      late: 'mailto:RecoveryServices@ncmec.org',
      lateMarkup: ['Gang-controlled trafficking', 'h3'],
    });
    assert.deepEqual(errors, []);
    await close();
  });

  it('every widget moved to another place, and the quick exit removed and re-added, still works once', async () => {
    const { page, errors, close } = await open('move.html');
    await everyWidgetRendered(page);
    const before = await widgetSummary(page);
    await page.evaluate(() => {
      window.__exits = 0;
      document.addEventListener('cst-exit', (event) => {
        event.preventDefault();
        window.__exits++;
      });
      document.getElementById('b').append(...document.getElementById('a').children);
      const exit = document.querySelector('cst-quick-exit');
      exit.remove();
      document.body.prepend(exit);
    });
    await everyWidgetRendered(page);
    assert.deepEqual(await widgetSummary(page), before);
    assert.equal(await page.locator('#a > *').count(), 0);

    const filter = page.locator('cst-red-flags [part~="filter"]').first();
    await filter.click();
    assert.equal(await filter.getAttribute('aria-pressed'), 'true');
    const toggle = page.locator('cst-trafficking-types [part~="toggle"]').first();
    await toggle.click();
    assert.equal(await toggle.getAttribute('aria-expanded'), 'true');

    // The Shift shortcut answers once after the move, and not at all once the element is gone.
    const shiftThrice = async () => {
      for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
    };
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await shiftThrice();
    assert.equal(await page.evaluate(() => window.__exits), 1);
    await page.evaluate(() => document.querySelector('cst-quick-exit').remove());
    await shiftThrice();
    assert.equal(await page.evaluate(() => window.__exits), 1);
    assert.deepEqual(errors, []);
    await close();
  });
});
