// The WordPress plugin in a newer WordPress than Debian's 6.1: WordPress 6.5.5, from WordPress
// Playground's build on the npm registry (test/e2e/wordpress-harness.mjs, playgroundWordPress()),
// with its own block theme, Twenty Twenty-Four. That build leaves out the block editor's scripts and
// the admin's CSS (Playground fetches them from the internet, which these machines cannot reach), so
// the editor is tested in 6.1 only (wordpress.test.mjs); here, everything PHP does and everything a
// reader gets: the blocks registered from their block.json at apiVersion 3, every block and
// shortcode on the page, the settings page, one banner and one exit a page, and the keyboard's
// order in a newer block theme, in English and Spanish.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright-core';
import { findChrome, CHROME_ARGS } from '../../scripts/chrome.mjs';
import { buildWordPressPlugin } from '../../scripts/wordpress-plugin.mjs';
import { ensureWordPressPackages, playgroundWordPress, startWordPress } from './wordpress-harness.mjs';
import { authorPost, axeOnWidgets, blocksMarkup, catalogueOf, PHP_TROUBLE, shortcodesMarkup, visit } from './wordpress-site.mjs';

// A folder of its own: wordpress.test.mjs builds its plugin at the same time.
const PLUGIN = 'test-results/wordpress-6.5/cst-widgets';
const catalogue = () => catalogueOf(PLUGIN);

describe('the WordPress plugin in WordPress 6.5', { timeout: 300_000 }, () => {
  let browser, wp, wordpress;
  const posts = {};
  /** A post's page, where the files the build leaves out may 404. */
  const read = (url) => visit(browser, url, { missing: wordpress.missing });

  before(async () => {
    ensureWordPressPackages();
    wordpress = await playgroundWordPress();
    await buildWordPressPlugin(PLUGIN);
    browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });
    wp = await startWordPress({ pluginDir: PLUGIN, wordpress });
    posts.blocks = await authorPost(wp, 'Every block', blocksMarkup(catalogue()));
    posts.shortcodes = await authorPost(wp, 'Every shortcode', shortcodesMarkup(catalogue()));
    posts.guide = await authorPost(wp, 'The guide', blocksMarkup(catalogue(), 'cst-guide'));
    posts.plain = await authorPost(wp, 'No widget', '<p>A post without a widget.</p>');
  });
  after(async () => {
    await wp?.stop();
    await browser?.close();
  });

  it('runs WordPress 6.5.5, with Twenty Twenty-Four and the plugin active', async () => {
    assert.equal(wordpress.version, '6.5.5');
    assert.equal(await wp.php("require_once ABSPATH . 'wp-admin/includes/plugin.php'; echo get_bloginfo( 'version' ), ' ', get_stylesheet(), ' ', is_plugin_active( 'cst-widgets/cst-widgets.php' ) ? 'active' : 'inactive';"), '6.5.5 twentytwentyfour active');
  });

  it('registers every block from its block.json: apiVersion 3, rendered by its render.php, in its own category', async () => {
    const blocks = JSON.parse(
      await wp.php(`
        $blocks = array();
        foreach ( WP_Block_Type_Registry::get_instance()->get_all_registered() as $name => $type ) {
          if ( 0 !== strpos( $name, 'cst-widgets/' ) ) continue;
          $blocks[ $name ] = array( $type->api_version, $type->category, $type->title, is_callable( $type->render_callback ), ! empty( $type->example ), in_array( 'NCMEC', $type->keywords, true ), $type->editor_script_handles );
        }
        ksort( $blocks );
        echo wp_json_encode( $blocks );
      `),
    );
    const widgets = catalogue().widgets.sort((a, b) => a.slug.localeCompare(b.slug));
    assert.deepEqual(Object.keys(blocks), widgets.map((w) => `cst-widgets/${w.slug}`));
    for (const w of widgets) {
      const [apiVersion, category, title, rendered, example, ncmec, scripts] = blocks[`cst-widgets/${w.slug}`];
      assert.deepEqual([apiVersion, category, title, rendered, example, ncmec], [3, 'cst-widgets', w.title, true, true, true], w.slug);
      assert.equal(scripts.length, 1, `${w.slug}: one editor script`);
    }
    // WordPress 6.5 says when a block.json is not as it should be: it said nothing.
    assert.doesNotMatch(wp.cliLog(), PHP_TROUBLE);
  });

  it('renders every block and every shortcode, and the guide on a post of its own', async () => {
    const allButTheGuide = catalogue().widgets.map((w) => w.tag).filter((t) => t !== 'cst-guide').sort();
    for (const post of [posts.blocks, posts.shortcodes]) {
      const { page, errors, html, widgets } = await read(`${wp.origin}/?p=${post}`);
      assert.deepEqual([...new Set(widgets)].sort(), allButTheGuide);
      assert.deepEqual(await page.$$eval('script[src*="cst-widgets/assets/"]', (s) => s.map((x) => new URL(x.src).pathname.split('/').pop())), ['cst-widgets.js']);
      assert.deepEqual(errors, []);
      assert.doesNotMatch(html, PHP_TROUBLE);
      assert.deepEqual(await axeOnWidgets(page), []);
      await page.close();
    }
    const guide = await read(`${wp.origin}/?p=${posts.guide}`);
    assert.equal(guide.widgets[0], 'cst-guide');
    assert.ok(guide.widgets.includes('cst-red-flags'), guide.widgets.join(' '));
    assert.deepEqual(guide.errors, []);
    assert.deepEqual(await axeOnWidgets(guide.page), []);
    await guide.page.close();
  });

  it("saves the settings page's choices, then shows one banner and one exit a page, in the keyboard's order: exit, skip link, banner", async () => {
    const page = await browser.newPage();
    await wp.login(page, 'admin');
    await page.goto(`${wp.origin}/wp-admin/options-general.php?page=cst-widgets`);
    await page.check('#cst-banner');
    await page.check('#cst-exit');
    await page.fill('#cst-exit_href', `${wp.origin.replace('http:', 'https:')}/`);
    await page.click('#submit');
    assert.match(await page.textContent('#setting-error-exit_href'), /another site/);
    await page.fill('#cst-exit_href', 'https://www.google.com/');
    await page.click('#submit');
    await page.waitForSelector('#setting-error-settings_updated');
    assert.doesNotMatch(await page.content(), PHP_TROUBLE);
    await page.close();

    for (const post of [posts.plain, posts.blocks]) {
      const { page: reader, errors, html, widgets } = await read(`${wp.origin}/?p=${post}`);
      assert.deepEqual([widgets[0], widgets[1]], ['cst-quick-exit', 'cst-hotline-banner']);
      assert.equal(widgets.filter((w) => w === 'cst-hotline-banner').length, 1, 'one banner');
      assert.equal(widgets.filter((w) => w === 'cst-quick-exit').length, 1, 'one exit');
      assert.equal(await reader.$eval('cst-quick-exit', (e) => e.getAttribute('href')), 'https://www.google.com/');
      assert.deepEqual(errors, []);
      assert.doesNotMatch(html, PHP_TROUBLE);
      if (post === posts.plain) {
        // What a reader's Tab key reaches first (a focus inside a shadow root named by its host).
        // Twenty Twenty-Four's skip link is WordPress's own, put in by a script.
        const reached = [];
        for (let i = 0; i < 3; i++) {
          await reader.keyboard.press('Tab');
          reached.push(await reader.evaluate(() => (document.activeElement.localName.startsWith('cst-') ? document.activeElement.localName : document.activeElement.classList.contains('skip-link') ? 'skip link' : document.activeElement.localName)));
        }
        assert.deepEqual(reached, ['cst-quick-exit', 'skip link', 'cst-hotline-banner']);
        await reader.screenshot({ path: 'test-results/wordpress-6.5/site-wide.png' });
      }
      await reader.close();
    }
  });

  it('speaks Spanish on a Spanish site: the widgets, and the blocks as the editor lists them', async () => {
    await wp.php("update_option( 'WPLANG', 'es_ES' );");
    try {
      const titles = JSON.parse(await wp.php("echo wp_json_encode( array( WP_Block_Type_Registry::get_instance()->get_registered( 'cst-widgets/red-flags' )->title, WP_Block_Type_Registry::get_instance()->get_registered( 'cst-widgets/red-flags' )->description ) );"));
      assert.equal(titles[0], 'Explorador de señales de alerta');
      assert.doesNotMatch(titles[1], /warning signs/i);
      const { page, errors, html } = await read(`${wp.origin}/?p=${posts.plain}`);
      assert.match(html, /<html lang="es-ES"/);
      assert.equal(await page.$eval('cst-hotline-banner', (e) => e.shadowRoot.querySelector('[part~="title"]').textContent), 'Línea directa de 24 horas');
      assert.equal(await page.$eval('cst-quick-exit', (e) => e.shadowRoot.querySelector('[part~="link"]').textContent.trim()), 'Salir de esta página');
      assert.deepEqual(errors, []);
      assert.deepEqual(await axeOnWidgets(page), []);
      await page.close();
    } finally {
      await wp.php("update_option( 'WPLANG', '' );");
    }
  });

  it('printed no PHP notice, warning or error', () => {
    assert.doesNotMatch(wp.serverLog(), PHP_TROUBLE);
    assert.doesNotMatch(wp.cliLog(), PHP_TROUBLE);
  });

  it('removes its option when uninstalled', async () => {
    await wp.php("require_once ABSPATH . 'wp-admin/includes/plugin.php'; deactivate_plugins( 'cst-widgets/cst-widgets.php' ); uninstall_plugin( 'cst-widgets/cst-widgets.php' );");
    assert.equal(await wp.php("echo wp_json_encode( get_option( 'cst_widgets_site_wide', 'gone' ) );"), '"gone"');
  });
});
