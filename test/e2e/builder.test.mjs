// The embed builder (demo/builder.html) against the built bundle: the snippet it writes, pasted
// into a blank page served with the CSP it shows, renders what its preview showed; the CDN
// integrity value is the file's sha384; the page is axe-clean and keyboard-usable in English
// and Spanish. Run `npm run build` first.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { STATIC_ES } from '../../demo/builder-i18n.js';
import { widgetOptions, WIDGETS } from '../../demo/builder-model.js';
import { element, WIDGETS as ALL_WIDGETS } from '../../src/embed.js';

/** The widgets one page can hold together: all but one that holds the others (the guide), whose landmarks would repeat theirs. */
const TOGETHER = WIDGETS.filter((w) => !ALL_WIDGETS.find((x) => x.tag === `cst-${w}`).composite);
import { useBrowserAndServer } from './harness.mjs';
import { openPage, everyWidgetRendered } from './host-page.mjs';

const harness = useBrowserAndServer();
const DIST = readFileSync('dist/cst-widgets.js');
const sha384 = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
const SHA384 = sha384(DIST);
const BANNER_FILE = readFileSync('dist/cst-hotline-banner.js');
const VERSION = JSON.parse(readFileSync('package.json', 'utf8')).version;
const JSDELIVR = `https://cdn.jsdelivr.net/npm/cst-widgets@${VERSION}/dist/cst-widgets.js`;
const ALL_CSS = readFileSync('dist/cst-widgets.css');
const JSDELIVR_CSS = JSDELIVR.replace(/\.js$/, '.css');

/** Records the page's CSP violations in `window.violations`. */
const recordViolations = (page) =>
  page.addInitScript(() => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });

/** Uncaught errors and console errors of a page opened with openPage. */
const errorsOf = (log) => [...log.pageErrors, ...log.errors];

/** Opens the builder in a fresh context and waits until its output is written. */
async function openBuilder({ path = 'demo/builder.html', lang, headers, clipboard = false } = {}) {
  const opened = await openPage(harness.browser, `${harness.origin}/${path}${lang === 'es' ? '?lang=es' : ''}`, {
    contextOptions: { viewport: { width: 1280, height: 900 } },
    beforeGoto: async (context, page) => {
      if (clipboard) await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: harness.origin });
      await recordViolations(page);
      if (headers) {
        await page.route(`${harness.origin}/${path}`, async (route) => {
          const response = await route.fetch();
          await route.fulfill({ response, headers: { ...response.headers(), ...headers } });
        });
      }
    },
  });
  await settled(opened.page);
  return opened;
}

/** Waits until the builder has written the snippet for the current options. */
async function settled(page) {
  await page.waitForSelector('body[data-ready]:not([data-busy])', { timeout: 10000 });
}

/** What the widgets of a document show: element, attributes, text, language and colours. */
function widgetState() {
  const widgets = [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('cst-'));
  return widgets.map((e) => {
    const root = e.shadowRoot;
    const parts = [...root.querySelectorAll('[part]')].map((p) => {
      const cs = getComputedStyle(p);
      return `${p.getAttribute('part')}: ${cs.color} / ${cs.backgroundColor} / ${cs.borderTopColor}`;
    });
    return {
      tag: e.localName,
      attributes: Object.fromEntries([...e.attributes].map((a) => [a.name, a.value])),
      text: root.textContent.replace(/\s+/g, ' ').trim(),
      lang: root.querySelector('[lang]')?.getAttribute('lang') ?? null,
      parts: [...new Set(parts)],
    };
  });
}

/** The space between widgets placed one after another (the quick exit aside), in px. */
function widgetGaps() {
  const widgets = [...document.body.children].filter((e) => e.localName.startsWith('cst-') && e.localName !== 'cst-quick-exit');
  return widgets.slice(1).map((e, i) => Math.round(e.getBoundingClientRect().top - widgets[i].getBoundingClientRect().bottom));
}

/** Waits until every widget in a frame has rendered all it renders, and two frames have been painted. */
async function widgetsPainted(frame) {
  await everyWidgetRendered(frame, 10000);
  await frame.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

async function previewState(page) {
  const frame = page.frame({ url: /builder-preview\.html/ });
  await widgetsPainted(frame);
  return frame.evaluate(widgetState);
}

async function output(page) {
  return page.evaluate(() => ({
    snippet: document.getElementById('snippet').value,
    css: document.getElementById('css-file-text').value,
    csp: document.getElementById('csp').textContent,
  }));
}

/**
 * Serves the snippet in a blank page with the CSP the builder showed (and nothing else allowed),
 * with `files` (path or URL → [content-type, body]) answered locally, and returns what it renders.
 */
async function paste({ snippet, csp, lang, files = {} }) {
  const url = `${harness.origin}/pasted/page.html`;
  const html = `<!doctype html>\n<html lang="${lang}">\n<head><meta charset="utf-8"><title>A blank page</title></head>\n<body>\n${snippet}</body>\n</html>\n`;
  const policy = `default-src 'none'; ${csp.replace(/\n/g, ' ')}`;
  return openPage(harness.browser, url, {
    contextOptions: { viewport: { width: 1280, height: 900 } },
    beforeGoto: async (context, page) => {
      await recordViolations(page);
      await context.route(url, (route) => route.fulfill({ contentType: 'text/html', body: html, headers: { 'content-security-policy': policy } }));
      await context.route('https://**/*', (route) => route.abort());
      for (const [address, [contentType, body]] of Object.entries(files)) {
        const full = address.startsWith('https:') ? address : `${harness.origin}${address}`;
        await context.route(full, (route) => route.fulfill({ contentType, body, headers: { 'access-control-allow-origin': '*' } }));
      }
    },
  });
}

/**
 * Sets the option's field away from its default, as a person would: a box ticked, the first other
 * choice of a menu, a heading level of 3, the first name of a list unticked, another address.
 * Returns the value as the builder's model holds it, or undefined for a field left alone.
 */
async function changeOption(page, name, option) {
  const field = page.locator(`[name="${name}"]`);
  switch (option.kind) {
    case 'boolean':
      await field.check();
      return true;
    case 'enum':
    case 'level': {
      const value = option.values.find((v) => v !== option.default && (option.kind === 'enum' || v === '3'));
      await field.selectOption(value);
      return value;
    }
    case 'list':
      await page.uncheck(`input[name="${name}"][value="${option.values[0]}"]`);
      return option.values.slice(1);
    case 'https':
      await field.fill('https://www.google.com/');
      return 'https://www.google.com/';
    default:
      return undefined;
  }
}

const rgb = (hex) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

describe('embed builder', () => {
  it('pasted into a blank page under its CSP, the CDN snippet renders what the preview showed (Spanish, every widget, every option changed, colours)', async () => {
    const { page, log, close } = await openBuilder();
    // Every widget the builder offers, each option set away from its default, as a webmaster would.
    const chosen = {};
    for (const widget of WIDGETS) {
      await page.check(`input[name="widget"][value="${widget}"]`);
      chosen[widget] = {};
      for (const option of widgetOptions(widget)) {
        const name = `${widget}:${option.name}`;
        const value = await changeOption(page, name, option);
        if (value !== undefined) chosen[widget][option.name] = value;
      }
    }
    await page.check('input[name="lang"][value="es"]');
    await page.fill('#colour-link', '#1a4480');
    await page.fill('#colour-strong', '#0b3d2e');
    await page.fill('#colour-exit-background', '#8b0a50');
    await page.check('input[name="source"][value="jsdelivr"]');
    await settled(page);

    const preview = await previewState(page);
    const { snippet, csp } = await output(page);
    const tags = WIDGETS.map((w) => `cst-${w}`);
    assert.deepEqual(
      preview.filter((w) => tags.includes(w.tag)).map((w) => w.tag),
      tags,
    );
    assert.ok(snippet.includes(`<script src="${JSDELIVR}" integrity="${SHA384}" crossorigin="anonymous" defer></script>`), snippet);
    // Its comment says where the file comes from: the CDN, not the release zip.
    assert.match(snippet, /<!-- In <head>: the script, cst-widgets\.js from the CDN, once this version is published on npm: every widget[^\n]*-->/);
    // The release's CSS file beside it (by default), checked by its integrity value; the colours inline, allowed by their hash.
    assert.ok(snippet.includes(`<link rel="stylesheet" href="${JSDELIVR_CSS}" integrity="${sha384(ALL_CSS)}" crossorigin="anonymous">`), snippet);
    assert.match(csp, /^script-src https:\/\/cdn\.jsdelivr\.net;\nstyle-src https:\/\/cdn\.jsdelivr\.net 'sha256-[A-Za-z0-9+/]+=*';$/);
    assert.doesNotMatch(snippet, /:not\(\[rendered\]/, 'the placeholder CSS is in the file, not the snippet');

    const pasted = await paste({ snippet, csp, lang: 'es', files: { [JSDELIVR]: ['text/javascript', DIST], [JSDELIVR_CSS]: ['text/css', ALL_CSS] } });
    await widgetsPainted(pasted.page.mainFrame());
    const rendered = await pasted.page.evaluate(widgetState);
    assert.deepEqual(rendered, preview);
    // Stacked as in the preview: the snippet's CSS puts the same space between the widgets.
    const gaps = await page.frame({ url: /builder-preview\.html/ }).evaluate(widgetGaps);
    assert.deepEqual(await pasted.page.evaluate(widgetGaps), gaps);
    assert.deepEqual(gaps, gaps.map(() => 32), 'the default --cst-stack-space, 2em');
    // The state compared above is the chosen one, not a default both would share: every widget
    // carries exactly the attributes its changed options make (src/embed.js), in Spanish.
    for (const widget of WIDGETS) {
      const shown = rendered.find((w) => w.tag === `cst-${widget}`);
      const attributes = Object.fromEntries(Object.entries(shown.attributes).filter(([name]) => name !== 'rendered'));
      assert.deepEqual(attributes, Object.fromEntries(element(`cst-${widget}`, chosen[widget]).attrs), widget);
      assert.equal(shown.lang, 'es', widget);
    }
    const banner = rendered.find((w) => w.tag === 'cst-hotline-banner');
    assert.ok(banner.parts.some((p) => p.startsWith(`base: rgb(255, 255, 255) / ${rgb('#0b3d2e')}`)), banner.parts.join('\n'));
    const exit = rendered.find((w) => w.tag === 'cst-quick-exit');
    assert.ok(exit.parts.some((p) => p.startsWith(`link: rgb(255, 255, 255) / ${rgb('#8b0a50')}`)));
    const flags = rendered.find((w) => w.tag === 'cst-red-flags');
    assert.ok(flags.parts.some((p) => p.startsWith('filter:') && p.endsWith(rgb('#1a4480'))), 'accent on the topic buttons');

    assert.deepEqual(await pasted.page.evaluate(() => window.violations), []);
    // The placeholder CSS applied: the release's file passed the CSP.
    const minHeight = await pasted.page.evaluate(() => getComputedStyle(document.querySelector('cst-hotline-banner')).minHeight);
    assert.notEqual(minHeight, '0px');
    assert.deepEqual([...errorsOf(log), ...errorsOf(pasted.log)], []);
    await pasted.close();
    await close();
  });

  it("links a lone widget's own CSS file beside its script, or gives its rules inline with their hash; both reserve its space under the CSP", async () => {
    const { page, log, close } = await openBuilder();
    await page.fill('#self-path', '/dist/');
    await settled(page);
    let { snippet, csp } = await output(page);
    assert.match(snippet, /<link rel="stylesheet" href="\/dist\/cst-hotline-banner\.css">\n[\s\S]*<script src="\/dist\/cst-hotline-banner\.js" defer><\/script>/);
    assert.doesNotMatch(snippet, /<style>/);
    assert.equal(csp, "script-src 'self';\nstyle-src 'self';");
    const reserved = async (pastedSnippet, pastedCsp) => {
      const pasted = await paste({ snippet: pastedSnippet, csp: pastedCsp, lang: 'en' });
      // The banner keeps the height its CSS reserves once it renders: the rules applied.
      const height = await pasted.page.evaluate(() => getComputedStyle(document.querySelector('cst-hotline-banner')).minHeight);
      const violations = await pasted.page.evaluate(() => window.violations);
      const requests = pasted.log.requests.filter((url) => url.endsWith('.css')).map((url) => new URL(url).pathname);
      await pasted.close();
      return { height, violations, requests };
    };
    const linked = await reserved(snippet, csp);
    assert.notEqual(linked.height, '0px');
    assert.deepEqual(linked.violations, []);
    assert.deepEqual(linked.requests, ['/dist/cst-hotline-banner.css']);

    await page.check('input[name="cssAs"][value="inline"]');
    await settled(page);
    ({ snippet, csp } = await output(page));
    assert.match(snippet, /<style>\n[\s\S]*cst-hotline-banner:not\(\[rendered\]\)[\s\S]*<\/style>/);
    assert.doesNotMatch(snippet, /cst-quick-exit:not/, "only the chosen widget's parts");
    assert.match(csp, /^script-src 'self';\nstyle-src 'sha256-[A-Za-z0-9+/]+=*';$/);
    const inline = await reserved(snippet, csp);
    assert.equal(inline.height, linked.height);
    assert.deepEqual(inline.violations, []);
    assert.deepEqual(inline.requests, []);
    assert.deepEqual(errorsOf(log), []);
    await close();
  });

  it('the self-hosted snippet with its CSS in a file renders what the preview showed (English)', async () => {
    const { page, log, close } = await openBuilder();
    await page.check('input[name="widget"][value="red-flags"]');
    await page.selectOption('#red-flags-kind', 'vulnerability');
    await page.fill('#self-path', '/dist/');
    await page.check('input[name="cssAs"][value="file"]');
    await page.fill('#css-path', '/pasted/embed.css');
    await page.fill('#colour-link', '#5c1a8e');
    await settled(page);

    const preview = await previewState(page);
    const { snippet, css, csp } = await output(page);
    assert.match(snippet, /<link rel="stylesheet" href="\/pasted\/embed.css">/);
    assert.match(snippet, /<script src="\/dist\/cst-widgets.js" defer><\/script>/);
    assert.doesNotMatch(snippet, /<style>|integrity=/);
    assert.match(css, /cst-hotline-banner:not\(\[rendered\]\)/);
    assert.doesNotMatch(css, /cst-quick-exit/, 'only the parts for the chosen widgets');
    assert.match(css, /cst-hotline-banner,\ncst-red-flags \{\n {2}--cst-color-link: #5c1a8e;\n\}/);
    assert.equal(csp, "script-src 'self';\nstyle-src 'self';");

    const pasted = await paste({ snippet, csp, lang: 'en', files: { '/pasted/embed.css': ['text/css', css] } });
    await widgetsPainted(pasted.page.mainFrame());
    const rendered = await pasted.page.evaluate(widgetState);
    assert.deepEqual(rendered, preview);
    assert.match(rendered[0].text, /24-Hour Hotline/);
    assert.equal(rendered[1].attributes.kind, 'vulnerability');
    assert.ok(rendered[1].parts.some((p) => p.startsWith('button:') && p.endsWith(rgb('#5c1a8e'))));
    assert.deepEqual(await pasted.page.evaluate(() => window.violations), []);
    assert.deepEqual([...errorsOf(log), ...errorsOf(pasted.log)], []);
    await pasted.close();
    await close();
  });

  it('loads the widget\'s own file for one widget and cst-widgets.js for several, from the folder given, each file in <head>', async () => {
    const { page, close } = await openBuilder();
    await page.fill('#self-path', '/js/cst');
    await settled(page);
    let { snippet } = await output(page);
    assert.match(snippet, /<!-- In <head>: the script, cst-hotline-banner.js from the release zip's cst-widgets\/ folder on your site: this widget alone[^\n]*-->\n<script src="\/js\/cst\/cst-hotline-banner.js" defer><\/script>/);
    assert.match(snippet, /<!-- In <body>, where the widgets should appear/);
    await page.check('input[name="widget"][value="quick-exit"]');
    await settled(page);
    ({ snippet } = await output(page));
    assert.match(snippet, /<script src="\/js\/cst\/cst-widgets.js" defer><\/script>/);
    await close();
  });

  it("the integrity value is the sha384 of the file the snippet loads, and a changed file is refused", async () => {
    const { page, close } = await openBuilder();
    await page.check('input[name="source"][value="unpkg"]');
    await settled(page);
    const { snippet, csp } = await output(page);
    // The banner alone: its own file.
    const unpkg = `https://unpkg.com/cst-widgets@${VERSION}/dist/cst-hotline-banner.js`;
    assert.ok(snippet.includes(`<script src="${unpkg}" integrity="${sha384(BANNER_FILE)}" crossorigin="anonymous" defer></script>`), snippet);

    const changed = Buffer.concat([BANNER_FILE, Buffer.from('\n/* changed */\n')]);
    const pasted = await paste({ snippet, csp, lang: 'en', files: { [unpkg]: ['text/javascript', changed] } });
    await pasted.page.waitForLoadState('load');
    await pasted.page.waitForTimeout(300);
    assert.equal(await pasted.page.evaluate(() => Boolean(customElements.get('cst-hotline-banner'))), false);
    assert.ok(errorsOf(pasted.log).some((e) => /integrity/i.test(e)), errorsOf(pasted.log).join('\n'));
    // The fallback markup is what a reader sees then: "call 911" first, then the hotline, as tel: links.
    const links = await pasted.page.locator('cst-hotline-banner a').evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.textContent]));
    assert.deepEqual(links, [
      ['tel:911', 'call 911'],
      ['tel:+18008435678', '1-800-THE-LOST (1-800-843-5678)'],
    ]);
    assert.ok(await pasted.page.locator('cst-hotline-banner a').first().isVisible());
    await pasted.close();
    await close();
  });

  it('flags an invalid colour, keeps it out of the snippet, warns when a pair fails WCAG AA, and only advises on a faint decoration', async () => {
    const { page, close } = await openBuilder();
    await page.check('input[name="widget"][value="red-flags"]');
    await page.fill('#colour-link', 'blue');
    await settled(page);
    assert.equal(await page.getAttribute('#colour-link', 'aria-invalid'), 'true');
    assert.equal(await page.isVisible('#colour-link-error'), true);
    assert.equal(await page.isVisible('#snippet-error'), true);
    assert.doesNotMatch((await output(page)).snippet, /--cst-color-link/);

    // #5f84b4 on white is 3.85:1 (computed here, not by the page): above 3, below 4.5.
    await page.fill('#colour-link', '#5f84b4');
    await settled(page);
    assert.equal(await page.getAttribute('#colour-link', 'aria-invalid'), 'false');
    assert.match((await output(page)).snippet, /--cst-color-link: #5f84b4;/);
    const warning = await page.textContent('#contrast li[data-pair="link-surface"]');
    assert.equal(warning, `Links on the surface: ${ratio('#5f84b4', '#ffffff').toFixed(2)}:1, below the 4.5:1 that WCAG AA requires.`);

    await page.fill('#colour-link', '#1a4480');
    await settled(page);
    assert.equal(await page.locator('#contrast li').count(), 0);
    assert.match(await page.textContent('#contrast'), /^Every colour pair meets WCAG AA contrast/);

    // A school's gold as decoration (2.65:1 on white): borders and icons carry no words, so the
    // builder advises and does not fail; the links keep their own colour.
    await page.fill('#colour-decoration', '#c99700');
    await settled(page);
    assert.equal(await page.locator('#contrast li').count(), 0);
    assert.equal(await page.getAttribute('#contrast', 'class').then((c) => (c ?? '').includes('fails')), false);
    assert.match(await page.textContent('#contrast'), /^Every colour pair meets WCAG AA contrast/);
    assert.equal(
      await page.textContent('#contrast p[data-pair="decoration-surface"]'),
      `Decoration on the surface (borders and icons: no minimum, but below 3:1 they show faintly): ${ratio('#c99700', '#ffffff').toFixed(2)}:1. Fine for a brand colour; the words stay in the link colour.`,
    );
    assert.match((await output(page)).snippet, /--cst-color-decoration: #c99700;/);
    await close();
  });

  it("starts a widget's options from one of its examples, in either language", async () => {
    const { page, log, close } = await openBuilder({ lang: 'es' });
    await page.check('input[name="widget"][value="red-flags"]');
    await settled(page);
    assert.equal(await page.textContent('label[for="preset-red-flags"]'), 'Empezar a partir de un ejemplo');
    const menu = page.locator('#preset-red-flags');
    await menu.selectOption({ label: 'Profesionales, todas las señales' });
    await settled(page);
    // The banner is among the widgets chosen at first, so the explorer leaves the emergency path to it.
    assert.match((await output(page)).snippet, /<cst-red-flags audience="professionals" kind="all" emergency="none">/);
    assert.equal(await page.inputValue('#red-flags-kind'), 'all');
    // A field changed by hand: the menu no longer names an example.
    await page.selectOption('#red-flags-kind', 'indicator');
    await settled(page);
    assert.equal(await menu.inputValue(), '');
    assert.match((await output(page)).snippet, /<cst-red-flags audience="professionals" emergency="none">/);
    assert.deepEqual(errorsOf(log), []);
    await close();
  });

  it('a colour picker beside each field sets it, and shows the colour in force', async () => {
    const { page, close } = await openBuilder();
    await page.check('input[name="widget"][value="red-flags"]');
    await settled(page);
    assert.equal(await page.inputValue('#colour-link-picker'), '#005ea2', 'the default, with the field empty');
    assert.equal(await page.getAttribute('#colour-link-picker', 'aria-label'), 'Links, buttons, chosen topics, figures (text): colour picker');
    await page.fill('#colour-link-picker', '#1a4480');
    await settled(page);
    assert.equal(await page.inputValue('#colour-link'), '#1a4480');
    assert.match((await output(page)).snippet, /--cst-color-link: #1a4480;/);
    await page.fill('#colour-link', '#fff');
    await settled(page);
    assert.equal(await page.inputValue('#colour-link-picker'), '#ffffff');
    await close();
  });

  it('copies the snippet with the Clipboard API, and selects it when copying is refused', async () => {
    const { page, close } = await openBuilder({ clipboard: true });
    await page.click('#copy');
    await page.waitForFunction(() => document.getElementById('copy-status').textContent !== '');
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), (await output(page)).snippet);
    assert.equal(await page.textContent('#copy-status'), 'Snippet copied. Paste it into your page.');

    await page.evaluate(() => {
      navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
    });
    await page.click('#copy');
    await page.waitForFunction(() => /selected/.test(document.getElementById('copy-status').textContent));
    const selection = await page.evaluate(() => {
      const t = document.getElementById('snippet');
      return { focused: document.activeElement === t, start: t.selectionStart, end: t.selectionEnd, length: t.value.length };
    });
    assert.deepEqual(selection, { focused: true, start: 0, end: selection.length, length: selection.length });
    assert.ok(selection.length > 100);
    await close();
  });

  it('in the preview, "Exit this page" does not leave the builder', async () => {
    const { page, close } = await openBuilder();
    await page.route('https://www.weather.gov/**', (route) => route.fulfill({ contentType: 'text/html', body: 'Weather' }));
    await page.check('input[name="widget"][value="quick-exit"]');
    await settled(page);
    const frame = page.frame({ url: /builder-preview\.html/ });
    await frame.locator('cst-quick-exit [part~="link"]').click();
    await page.waitForTimeout(500);
    assert.match(page.url(), /\/demo\/builder\.html$/);
    assert.match(frame.url(), /\/demo\/builder-preview\.html$/);
    await close();
  });

  it('runs under a strict CSP with Trusted Types: no inline script or style, no violation', async () => {
    const { page, log, close } = await openBuilder({
      headers: {
        'content-security-policy':
          "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; require-trusted-types-for 'script'; trusted-types 'none'",
      },
    });
    await page.check('input[name="widget"][value="do-dont"]');
    await page.fill('#colour-link', '#1a4480');
    await page.click('#ui-lang');
    await settled(page);
    assert.match((await output(page)).snippet, /--cst-color-link: #1a4480;/);
    assert.deepEqual(await page.evaluate(() => window.violations), []);
    assert.deepEqual(errorsOf(log), []);
    await close();
  });

  for (const lang of ['en', 'es']) {
    it(`axe finds nothing on the builder in ${lang === 'en' ? 'English' : 'Spanish'}, every option and an error shown`, async () => {
      const { page, close } = await openBuilder({ lang });
      for (const widget of TOGETHER) await page.check(`input[name="widget"][value="${widget}"]`);
      await page.fill('#colour-link', 'nope');
      await page.fill('#colour-surface', '#dddddd');
      await page.check('input[name="source"][value="jsdelivr"]');
      await page.check('input[name="cssAs"][value="file"]');
      await settled(page);
      assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
      await page.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' });
      const preview = page.frame({ url: /builder-preview\.html/ });
      await preview.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' });
      const violations = await page.evaluate(async () => {
        const result = await window.axe.run(document);
        return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      });
      assert.deepEqual(violations, []);
      await close();
    });
  }

  it('reaches every control by Tab, each with a visible focus ring', async () => {
    const { page, close } = await openBuilder();
    for (const widget of TOGETHER) await page.check(`input[name="widget"][value="${widget}"]`);
    await page.check('input[name="cssAs"][value="file"]');
    await settled(page);
    // One stop per radio group (the checked radio): arrow keys move within a group.
    const expected = await page.evaluate(() =>
      [...document.querySelectorAll('a[href], button, input, select, textarea')]
        .filter((e) => e.checkVisibility() && !(e.type === 'radio' && !e.checked))
        .map((e) => e.id || (e.localName === 'a' ? `a ${e.getAttribute('href')}` : `${e.name}=${e.value}`)),
    );
    await page.evaluate(() => document.activeElement?.blur());
    const reached = new Map();
    for (let i = 0; i < 500; i++) {
      await page.keyboard.press('Tab');
      const stop = await page.evaluate(() => {
        const e = document.activeElement;
        if (!e || e === document.body || e.localName === 'iframe') return null;
        const cs = getComputedStyle(e);
        const key = e.id || (e.localName === 'a' ? `a ${e.getAttribute('href')}` : `${e.name}=${e.value}`);
        return { key, ring: cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2 };
      });
      if (stop && reached.has(stop.key)) break;
      if (stop) reached.set(stop.key, stop.ring);
    }
    assert.deepEqual(expected.filter((key) => !reached.has(key)), []);
    assert.deepEqual([...reached].filter(([, ring]) => !ring).map(([key]) => key), []);
    assert.ok(expected.length > 40, `${expected.length} controls`);
    await close();
  });

  it('switches its own words to Spanish and back, and the widgets keep their own language', async () => {
    const html = readFileSync('demo/builder.html', 'utf8');
    const keys = [...html.matchAll(/data-i18n(?:-title|-aria-label)?="([^"]+)"/g)].map(([, key]) => key);
    assert.deepEqual(keys.filter((key) => !STATIC_ES[key]), []);

    const { page, close } = await openBuilder();
    const english = await page.evaluate(() => document.body.innerText);
    await page.click('#ui-lang');
    await settled(page);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'es');
    assert.equal(await page.textContent('h1'), 'Generador de código para insertar');
    assert.equal(await page.textContent('label[for="hotline-banner-audience"]'), 'Dirigido a');
    assert.equal(await page.textContent('#hotline-banner-audience option[value="general"]'), 'Público general');
    assert.match((await output(page)).snippet, /^<!-- cst-widgets .*, creado con el generador/);
    // The widgets follow the "language of your page" choice, not the builder's.
    assert.match((await previewState(page))[0].text, /24-Hour Hotline/);
    await page.click('#ui-lang');
    await settled(page);
    assert.equal(await page.evaluate(() => document.body.innerText), english);
    await close();
  });

  const storybook = 'storybook-static/demo/builder.html';
  it('is published with the static Storybook, next to the bundle it loads', { skip: !existsSync(storybook) && 'run npm run build-storybook' }, async () => {
    const { page, log, close } = await openBuilder({ path: storybook });
    await page.check('input[name="source"][value="jsdelivr"]');
    await settled(page);
    assert.equal((await previewState(page))[0].tag, 'cst-hotline-banner');
    assert.ok((await output(page)).snippet.includes(`integrity="${sha384(BANNER_FILE)}"`), 'storybook-static/dist is the current build');
    assert.deepEqual(errorsOf(log), []);
    await close();
  });
});

/** WCAG contrast ratio, computed independently of the builder's code. */
function ratio(a, b) {
  const lum = (hex) => {
    const [r, g, b2] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * b2;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return Math.floor(((hi + 0.05) / (lo + 0.05)) * 100) / 100;
}
