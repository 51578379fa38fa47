// The release a webmaster downloads (`npm run release`): unzipped at an empty site's root, it gives
// /cst-widgets/ (the README's path); its example.html works from file:// in Chromium, every file matches its integrity value, and the
// per-element files mix with each other and with cst-widgets.js on one page. Run `npm run build` first.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { after, before, describe, it } from 'node:test';
import { unzipSync } from 'fflate';
import { FOLDER, release } from '../../scripts/release.mjs';
import { serve } from '../../scripts/serve.mjs';
import { checkedExample, exampleMarkup, WIDGETS } from '../../src/examples.js';
import { useBrowserAndServer } from './harness.mjs';
import { openPage, everyWidgetRendered } from './host-page.mjs';

const harness = useBrowserAndServer();
const ELEMENT_FILES = WIDGETS.flatMap((w) => [`${w.tag}.js`, `${w.tag}.css`]);
/** The site the zip was unzipped in, its folder cst-widgets/, and the zip's files by name. */
let siteRoot;
let folder;
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const files = {};
/** The WordPress plugin's zip, by path; the npm package's path. */
let wordpress;
let tarball;

before(async () => {
  let zip, wordpressZip;
  ({ zip, wordpressZip, tarball } = await release({ build: false }));
  wordpress = unzipSync(readFileSync(wordpressZip));
  assert.match(zip, new RegExp(`cst-widgets-${version.replaceAll('.', '\\.')}\\.zip$`), "the version is in the zip's name");
  // Unzipped as a plain unzip does, at the root of an empty site.
  siteRoot = mkdtempSync(join(tmpdir(), 'cst-release-'));
  for (const [path, bytes] of Object.entries(unzipSync(readFileSync(zip)))) {
    const [top, name] = path.split('/');
    assert.equal(top, FOLDER, `${path} is in the zip's one folder, cst-widgets/`);
    files[name] = bytes;
    mkdirSync(join(siteRoot, top), { recursive: true });
    writeFileSync(join(siteRoot, path), bytes);
  }
  folder = join(siteRoot, FOLDER);
});
after(() => rmSync(siteRoot, { recursive: true, force: true }));

/** Opens a file of the unzipped folder from file:// and waits until its widgets have rendered. */
async function openFile(name) {
  const opened = await openPage(harness.browser, `file://${join(folder, name)}`, { contextOptions: { viewport: { width: 1280, height: 900 } } });
  await everyWidgetRendered(opened.page, 10000);
  return opened;
}

describe('the WordPress plugin zip', () => {
  it('holds the plugin in its folder cst-widgets/: the PHP, a block per widget, the release\'s files and their catalogue, at the version of the release', () => {
    const paths = Object.keys(wordpress);
    assert.ok(paths.every((p) => p.startsWith('cst-widgets/')), 'one folder');
    const version = JSON.parse(readFileSync('package.json', 'utf8')).version;
    assert.match(new TextDecoder().decode(wordpress['cst-widgets/cst-widgets.php']), new RegExp(`^ \\* Version: +${version.replaceAll('.', '\\.')}$`, 'm'));
    // WordPress's readme.txt, its Stable tag the release's version.
    const readme = new TextDecoder().decode(wordpress['cst-widgets/readme.txt']);
    assert.match(readme, /^=== CST widgets ===$/m);
    assert.match(readme, new RegExp(`^Stable tag: ${version.replaceAll('.', '\\.')}$`, 'm'));
    for (const field of ['Requires at least', 'Tested up to', 'Requires PHP', 'License']) assert.match(readme, new RegExp(`^${field}: \\S`, 'm'), field);
    for (const section of ['Description', 'Installation', 'Frequently Asked Questions', 'Changelog']) assert.match(readme, new RegExp(`^== ${section} ==$`, 'm'), section);
    // The translations: a .pot, and the Spanish .po and .mo.
    for (const file of ['cst-widgets.pot', 'cst-widgets-es.po', 'cst-widgets-es.mo']) assert.ok(paths.includes(`cst-widgets/languages/${file}`), file);
    for (const { tag } of WIDGETS) {
      assert.ok(paths.includes(`cst-widgets/blocks/${tag.slice(4)}/block.json`), tag);
      // Blocks as WordPress defines them: apiVersion 3, a render file, the plugin's category, an example, keywords.
      const block = JSON.parse(new TextDecoder().decode(wordpress[`cst-widgets/blocks/${tag.slice(4)}/block.json`]));
      assert.deepEqual([block.apiVersion, block.render, block.category, block.textdomain], [3, 'file:./render.php', 'cst-widgets', 'cst-widgets'], tag);
      assert.ok(block.example && block.keywords.includes('NCMEC') && paths.includes(`cst-widgets/blocks/${tag.slice(4)}/render.php`), tag);
      assert.deepEqual(wordpress[`cst-widgets/assets/${tag}.js`], files[`${tag}.js`], `${tag}.js is the release's`);
    }
    assert.deepEqual(wordpress['cst-widgets/assets/cst-widgets.js'], files['cst-widgets.js']);
    assert.ok(paths.includes('cst-widgets/uninstall.php') && paths.includes('cst-widgets/editor.js') && paths.includes('cst-widgets/assets/widgets.json'));
  });
});

describe('the npm package', () => {
  it('ships beside the zip as cst-widgets-<version>.tgz, from npm pack, holding the same scripts and CSS (the framework suite installs it)', () => {
    assert.equal(tarball, join('release', `cst-widgets-${version}.tgz`));
    const unpacked = mkdtempSync(join(tmpdir(), 'cst-package-'));
    try {
      execFileSync('tar', ['-xzf', tarball, '-C', unpacked]);
      const at = (path) => readFileSync(join(unpacked, 'package', path));
      assert.equal(JSON.parse(at('package.json')).version, version);
      for (const name of ['cst-widgets.js', 'cst-hotline-banner.js', 'cst-hotline-banner.css']) assert.deepEqual(at(`dist/${name}`), Buffer.from(files[name]), name);
      assert.ok(at('dist/esm/index.js').length && at('custom-elements.json').length, 'the ESM build and the manifest');
    } finally {
      rmSync(unpacked, { recursive: true, force: true });
    }
  });
});

describe('the release zip', () => {
  it('holds every file a webmaster needs, in one folder named for the version', () => {
    assert.deepEqual(Object.keys(files).sort(), ['LICENSE', 'PASTE.txt', 'cst-widgets.css', 'cst-widgets.js', 'example.html', 'integrity.json', ...ELEMENT_FILES].sort());
    assert.match(new TextDecoder().decode(files['PASTE.txt']), /<link rel="stylesheet" href="\/cst-widgets\/cst-hotline-banner.css">\n<script src="\/cst-widgets\/cst-hotline-banner.js" defer><\/script>/);
  });

  it("gives its version and each file's SRI value (sha384) in integrity.json, and the values match the files; each script names its version", () => {
    const { version: named, files: integrity } = JSON.parse(new TextDecoder().decode(files['integrity.json']));
    assert.equal(named, version);
    for (const name of ['cst-widgets.js', ...ELEMENT_FILES.filter((f) => f.endsWith('.js'))]) assert.ok(new TextDecoder().decode(files[name].slice(0, 200)).includes(`/*! cst-widgets ${version} `), `${name} names its version`);
    assert.deepEqual(Object.keys(integrity).sort(), ['cst-widgets.css', 'cst-widgets.js', ...ELEMENT_FILES].sort());
    for (const [name, value] of Object.entries(integrity)) assert.equal(value, `sha384-${createHash('sha384').update(files[name]).digest('base64')}`, name);
  });

  it('example.html works from file:// in the unzipped folder: every widget renders, nothing fails, nothing is fetched from elsewhere', async () => {
    const { page, log, close } = await openFile('example.html');
    const shown = await page.evaluate(() =>
      [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('cst-')).map((el) => [el.localName, el.hasAttribute('rendered'), el.shadowRoot.textContent.trim().length > 20]),
    );
    assert.deepEqual(shown.map(([tag]) => tag).sort(), WIDGETS.map((w) => w.tag).sort());
    for (const [tag, rendered, text] of shown) assert.ok(rendered && text, `${tag} rendered with its text`);
    assert.deepEqual([...log.pageErrors, ...log.errors], []);
    assert.deepEqual(log.requests.filter((url) => !url.startsWith('file://')), []);
    await close();
  });

  it("mixes the elements' own files with each other and with cst-widgets.js: no error, each element defined once, one language for all", async () => {
    const scripts = ['cst-hotline-banner.js', 'cst-quick-exit.js', 'cst-widgets.js', 'cst-red-flags.js'];
    writeFileSync(
      join(folder, 'mixed.html'),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Mixed</title>
${scripts.map((s) => `<script src="${s}"></script>`).join('\n')}
</head><body>${WIDGETS.map((w) => exampleMarkup(w.tag, checkedExample(w.tag))).join('\n')}</body></html>`,
    );
    const { page, log, close } = await openFile('mixed.html');
    assert.deepEqual([...log.pageErrors, ...log.errors, ...log.warnings], []);
    await page.evaluate(() => window.CstWidgets.setLocale('es'));
    await page.waitForFunction(() => document.querySelector('cst-hotline-banner').shadowRoot.textContent.includes('Línea directa de 24 horas'));
    // The banner came from its own file, the types from cst-widgets.js: both follow the one call.
    assert.match(await page.evaluate(() => document.querySelector('cst-trafficking-types').shadowRoot.textContent), /Tipos de trata/);
    await close();
  });

  it("following the README's first screen, a blank page at the site's root gets the banner from /cst-widgets/", async () => {
    // The README's two snippets, as a webmaster pastes them into a blank page, unchanged, on the
    // site where the zip was unzipped (served over http, as a site is).
    const readme = readFileSync('README.md', 'utf8');
    const [head, body] = [...readme.matchAll(/```html\n([\s\S]*?)```/g)].map(([, code]) => code.replace(/^ {3}/gm, ''));
    assert.match(head, /\/cst-widgets\/cst-hotline-banner\.css[\s\S]*\/cst-widgets\/cst-hotline-banner\.js/);
    assert.match(body, /<cst-hotline-banner>/);
    writeFileSync(join(siteRoot, 'readme.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>My page</title><link rel="icon" href="data:,">\n${head}</head><body>\n${body}</body></html>`);
    const site = await serve({ root: siteRoot, port: 0 });
    try {
      const origin = `http://127.0.0.1:${site.address().port}`;
      const { page, log, close } = await openPage(harness.browser, `${origin}/readme.html`, { contextOptions: { viewport: { width: 1280, height: 900 } } });
      const missing = [];
      const bytes = {};
      page.on('response', async (response) => {
        if (response.status() >= 400) missing.push(response.url());
        else if (response.url().startsWith(origin)) bytes[new URL(response.url()).pathname] = (await response.body()).length;
      });
      await page.reload();
      await everyWidgetRendered(page, 10000);
      assert.deepEqual(missing, [], 'every file the README names is where it says');
      assert.deepEqual(
        [...new Set(log.requests.filter((url) => url.startsWith(origin)).map((url) => new URL(url).pathname))].filter((p) => p !== '/readme.html').sort(),
        ['/cst-widgets/cst-hotline-banner.css', '/cst-widgets/cst-hotline-banner.js'],
      );
      // What the page pays for the banner: its own CSS (at most 1.2 KB gzip) and script.
      const css = files['cst-hotline-banner.css'];
      assert.equal(bytes['/cst-widgets/cst-hotline-banner.css'], css.length);
      assert.ok(gzipSync(css, { level: 9 }).length <= 1.2 * 1024, `the banner's CSS is ${gzipSync(css, { level: 9 }).length} bytes gzip`);
      assert.ok(gzipSync(files['cst-hotline-banner.js'], { level: 9 }).length < gzipSync(files['cst-widgets.js'], { level: 9 }).length / 3, "the banner's script is a third of every widget's");
      assert.doesNotMatch(new TextDecoder().decode(css), /cst-(red-flags|guide|stat|quick-exit)(:not|\[)/, "the banner's CSS holds no other widget's part");
      const banner = await page.evaluate(() => {
        const el = document.querySelector('cst-hotline-banner');
        const hotline = el.shadowRoot.querySelector('[part~="hotline"]');
        return { rendered: el.hasAttribute('rendered'), href: hotline.getAttribute('href'), text: hotline.textContent.trim(), minHeight: getComputedStyle(el).minHeight };
      });
      assert.deepEqual(banner, { rendered: true, href: 'tel:+18008435678', text: '1-800-THE-LOST (1-800-843-5678)', minHeight: banner.minHeight });
      assert.notEqual(banner.minHeight, '0px', "cst-hotline-banner.css reserves its space");
      assert.deepEqual([...log.pageErrors, ...log.errors], []);
      await close();
    } finally {
      site.close();
    }
  });

  it('a page with only the banner\'s own file loads that file alone, smaller than cst-widgets.js', async () => {
    writeFileSync(join(folder, 'banner.html'), `<!doctype html><html lang="es"><head><meta charset="utf-8"><title>Banner</title><script src="cst-hotline-banner.js" defer></script></head><body>${exampleMarkup('cst-hotline-banner', { name: 'Default' })}</body></html>`);
    const { page, log, close } = await openFile('banner.html');
    assert.equal(log.requests.filter((url) => url.endsWith('.js')).length, 1);
    assert.match(await page.evaluate(() => document.querySelector('cst-hotline-banner').shadowRoot.textContent), /Línea directa de 24 horas/);
    assert.ok(files['cst-hotline-banner.js'].length < files['cst-widgets.js'].length / 2);
    assert.deepEqual([...log.pageErrors, ...log.errors], []);
    await close();
  });
});
