// The WordPress plugin in a real WordPress (wordpress-6.1.test.mjs: Debian 12's package;
// wordpress-newest.test.mjs: Debian testing's, 7.1), with PHP and MariaDB, installed on the machine if it lacks
// them (test/e2e/wordpress-harness.mjs). The plugin is the one `npm run release` zips
// (scripts/wordpress-plugin.mjs). An author (who may not post scripts) makes a post with every block
// and one with every shortcode, and one in the editor, by its inserter and its Publish button; an
// administrator turns the banner and the quick exit on for every page from the settings page.
// Chromium then checks what a reader gets.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright-core';
import { findChrome, CHROME_ARGS } from '../../scripts/chrome.mjs';
import { buildWordPressPlugin } from '../../scripts/wordpress-plugin.mjs';
import { ensureWordPressPackages, startWordPress } from './wordpress-harness.mjs';
import { everyWidgetRendered } from './host-page.mjs';

/** The plugin's catalogue of widgets (what its blocks and shortcodes are made from). */
const catalogueOf = (plugin) => JSON.parse(readFileSync(join(plugin, 'assets/widgets.json'), 'utf8'));
const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
/** What PHP prints when something is wrong, whatever WP_DEBUG shows it as. */
const PHP_TROUBLE = /PHP (Warning|Notice|Deprecated|Fatal error|Parse error)|<b>(Warning|Notice|Deprecated|Fatal error)<\/b>/;

/** A post written by the author, through wp_insert_post as the author (WordPress's HTML filter applies). */
async function authorPost(wp, title, content) {
  const id = await wp.php(`
    $author = get_user_by( 'login', 'author' );
    wp_set_current_user( $author->ID );
    echo wp_insert_post( wp_slash( array( 'post_title' => ${JSON.stringify(title)}, 'post_content' => ${phpString(content)}, 'post_status' => 'publish' ) ), true );
  `);
  assert.match(id, /^\d+$/, `the author's post "${title}" was saved`);
  return Number(id);
}

/** A PHP string literal. */
const phpString = (text) => `'${text.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;

/**
 * Every block, with a non-default attribute where it has one to choose. The guide holds the other
 * widgets, and is meant for a page of its own (its docs say so: two red-flag lists on one page would
 * be two landmarks of one name), so it gets its own post: `only` picks it.
 */
function blocksMarkup(catalogue, only) {
  return catalogue
    .widgets.filter((w) => (only ? w.tag === only : w.tag !== 'cst-guide'))
    .map((w) => {
      const enumAttribute = w.attributes.find((a) => a.type === 'enum' && a.name !== 'heading-level');
      const attrs = enumAttribute ? { [enumAttribute.name]: enumAttribute.options.at(-1) } : {};
      if (w.tag === 'cst-quick-exit') attrs.position = 'inline';
      return `<!-- wp:cst-widgets/${w.slug} ${JSON.stringify(attrs)} /-->`;
    })
    .join('\n\n');
}

/** Every shortcode, each with one attribute as a classic-editor author would write it (the guide's on its own post, as above). */
function shortcodesMarkup(catalogue, only) {
  return catalogue
    .widgets.filter((w) => (only ? w.tag === only : w.tag !== 'cst-guide'))
    .map((w) => {
      const name = w.tag.replace(/-/g, '_');
      if (w.tag === 'cst-quick-exit') return `[${name} position="inline"]`;
      const audience = w.attributes.find((a) => a.name === 'audience');
      return audience ? `[${name} audience="parents"]` : `[${name}]`;
    })
    .join('\n\n');
}

/** A post's page in Chromium: the widgets it shows, once each has rendered, and what went wrong (`missing`: paths whose 404 is expected). */
async function visit(browser, url, { missing = new Set() } = {}) {
  const page = await browser.newPage();
  const errors = [];
  // The site's missing favicon is WordPress's business (Chromium asks for it on a page's first load).
  /** A file a trimmed WordPress build leaves out (`missing`) is the build's business. */
  const leftOut = (url) => missing.has(new URL(url, 'http://x').pathname);
  page.on('console', (m) => m.type() === 'error' && !m.location().url.endsWith('/favicon.ico') && !leftOut(m.location().url) && errors.push(`${m.text()} (${m.location().url})`));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('response', (r) => r.status() >= 400 && !(r.status() === 404 && leftOut(r.url())) && errors.push(`${r.status()} ${r.url()}`));
  const response = await page.goto(url);
  const html = await response.text();
  // Every widget has rendered, the guide's own widgets (in its shadow root) too, before anything is checked.
  // (A page without widgets has none to wait for.)
  if (await page.evaluate(() => [...document.querySelectorAll('*')].some((e) => e.localName.startsWith('cst-')))) await everyWidgetRendered(page);
  const widgets = await page.$$eval('*', (els) => els.filter((e) => e.localName.startsWith('cst-') && e.shadowRoot?.querySelector('[part~="base"]')).map((e) => e.localName));
  return { page, errors, html, widgets };
}

/** The plugin's files a page loads: its scripts, and the CSS in <head>, by name. */
const filesOf = (page) =>
  page.evaluate(() => {
    const names = (selector, attribute) => [...document.querySelectorAll(selector)].map((e) => new URL(e[attribute]).pathname.split('/').pop());
    return { scripts: names('script[src*="cst-widgets/assets/"]', 'src'), css: names('head link[href*="cst-widgets/assets/"]', 'href') };
  });

/** The settings form sent from a logged-in page without the settings page's nonce, as a forged request: its HTTP status. */
const forgedSettings = (page) =>
  page.evaluate(async () => {
    const body = new URLSearchParams({ option_page: 'cst_widgets', action: 'update', 'cst_widgets_site_wide[banner]': '1' });
    return (await fetch('/wp-admin/options.php', { method: 'POST', body })).status;
  });

/** axe on the widgets only (the theme is WordPress's): violations as "rule: target". */
async function axeOnWidgets(page) {
  await page.addScriptTag({ content: AXE });
  return page.evaluate(async () => {
    const include = [...new Set([...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('cst-')).map((e) => e.localName))].map((t) => [t]);
    const result = await window.axe.run({ include }, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

/** The editor's button that opens and closes its block inserter (WordPress 6.1's label, then the newer ones'). */
const INSERTER = 'button[aria-label="Toggle block inserter"], button[aria-label="Block Inserter"]';

/**
 * The WordPress tests, in one WordPress (wordpress-6.1.test.mjs: Debian 12's; wordpress-newest.test.mjs:
 * Debian testing's, 7.1, with the editor in an iframe).
 * @param {{ wordpress?: { root: string, theme: string, version: string }, results: string }} options
 *   wordpress: where it is (newerWordPress()), or Debian 12's if not given; results: the folder for
 *   the plugin and the screenshots
 */
export function wordpressSuite({ wordpress, results }) {
  const PLUGIN = `${results}/cst-widgets`;
  const catalogue = () => catalogueOf(PLUGIN);
  /**
   * Where the editor shows the post: in a newer WordPress, a frame of its own (from 6.3, when every
   * block is apiVersion 3; always from 7.1), once it is there; in 6.1, the page.
   */
  const canvas = async (page) => (wordpress ? (await page.waitForSelector('iframe[name="editor-canvas"]')).contentFrame() : page.mainFrame());
  /**
   * A new post in the block editor, once it is ready for an author (its blocks registered, the post's
   * title field shown, its welcome guide closed). Resolves to where the editor shows the post.
   */
  const newPost = async (page, origin) => {
    await page.goto(`${origin}/wp-admin/post-new.php`);
    await page.waitForFunction(() => window.wp?.blocks?.getBlockType('cst-widgets/red-flags'), undefined, { timeout: 30000 });
    const post = await canvas(page);
    await post.waitForSelector('.editor-post-title__input');
    await page.keyboard.press('Escape'); // the editor's welcome guide
    return post;
  };

  describe(`the WordPress plugin in ${wordpress ? `WordPress ${wordpress.version}` : "Debian 12's WordPress (6.1)"}`, { timeout: 300_000 }, () => {
    let browser;
    before(async () => {
      ensureWordPressPackages();
      await buildWordPressPlugin(PLUGIN);
      browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });
    });
    after(() => browser?.close());

    it('passes php -l, every file', () => {
      const files = readdirSync(PLUGIN, { recursive: true }).filter((f) => f.endsWith('.php'));
      assert.ok(files.length >= 5);
      for (const file of files) assert.match(execFileSync('php', ['-l', join(PLUGIN, file)], { encoding: 'utf8' }), /No syntax errors/, file);
    });

    describe('on an English site', () => {
      let wp;
      const posts = {};
      before(async () => {
        wp = await startWordPress({ pluginDir: PLUGIN, wordpress, themes: { 'cst-classic-test': 'test/e2e/fixtures/classic-theme' } });
        posts.blocks = await authorPost(wp, 'Every block', blocksMarkup(catalogue()));
        posts.shortcodes = await authorPost(wp, 'Every shortcode', shortcodesMarkup(catalogue()));
        posts.guideBlock = await authorPost(wp, 'The guide, as a block', blocksMarkup(catalogue(), 'cst-guide'));
        posts.guideShortcode = await authorPost(wp, 'The guide, as a shortcode', shortcodesMarkup(catalogue(), 'cst-guide'));
        posts.html = await authorPost(wp, 'Tags in HTML', '<p>Before.</p><cst-do-dont audience="parents" onclick="alert(1)"></cst-do-dont><script>alert(1)</script>');
        posts.plain = await authorPost(wp, 'No widget', '<p>A post without a widget.</p>');
        posts.bare = await authorPost(wp, 'Bare options', '[cst_keeping_safer no-heading]\n\n[cst_quick_exit position="inline" href="HTTPS://www.example.org/"]');
        posts.ownSite = await authorPost(wp, 'An exit to this site', `[cst_quick_exit position="inline" href="${wp.origin.replace('http:', 'https:')}/"]`);
      });
      after(() => wp?.stop());

      it('registers every block from its block.json: apiVersion 3, rendered by its render.php, in its own category, with a preview and keywords', async () => {
        const blocks = JSON.parse(
          await wp.php(`
            $blocks = array();
            foreach ( WP_Block_Type_Registry::get_instance()->get_all_registered() as $name => $type ) {
              if ( 0 !== strpos( $name, 'cst-widgets/' ) ) continue;
              $blocks[ $name ] = array( $type->api_version, $type->category, $type->title, is_callable( $type->render_callback ), ! empty( $type->example ), in_array( 'NCMEC', $type->keywords, true ), count( $type->editor_script_handles ) );
            }
            ksort( $blocks );
            echo wp_json_encode( $blocks );
          `),
        );
        const widgets = catalogue().widgets.sort((a, b) => a.slug.localeCompare(b.slug));
        assert.deepEqual(Object.keys(blocks), widgets.map((w) => `cst-widgets/${w.slug}`));
        for (const w of widgets) assert.deepEqual(blocks[`cst-widgets/${w.slug}`], [3, 'cst-widgets', w.title, true, true, true, 1], w.slug);
        // WordPress says when a block.json is not as it should be (a notice): it said nothing.
        assert.doesNotMatch(wp.cliLog(), PHP_TROUBLE);
      });

      it("keeps the widgets' tags and attributes in an author's HTML, and nothing else WordPress filters", async () => {
        const saved = await wp.php(`echo get_post_field( 'post_content', ${posts.html} );`);
        assert.match(saved, /<cst-do-dont audience="parents"><\/cst-do-dont>/);
        assert.doesNotMatch(saved, /onclick|<script/);
      });

      /** Every widget but the guide, which has posts of its own. */
      const allButTheGuide = () => catalogue().widgets.map((w) => w.tag).filter((t) => t !== 'cst-guide').sort();

      it('renders every block, each in its own element, with the all-in script and CSS for the page', async () => {
        const { page, errors, html, widgets } = await visit(browser, `${wp.origin}/?p=${posts.blocks}`);
        assert.deepEqual([...new Set(widgets)].sort(), allButTheGuide());
        assert.deepEqual(errors, []);
        assert.doesNotMatch(html, PHP_TROUBLE);
        // The all-in file, smaller than twelve files of their own; the placeholder CSS in <head>.
        assert.deepEqual(await filesOf(page), { scripts: ['cst-widgets.js'], css: ['cst-widgets.css'] });
        assert.deepEqual(await axeOnWidgets(page), []);
        await page.close();
      });

      it('renders every shortcode', async () => {
        const { page, errors, html, widgets } = await visit(browser, `${wp.origin}/?p=${posts.shortcodes}`);
        assert.deepEqual([...new Set(widgets)].sort(), allButTheGuide());
        assert.deepEqual(errors, []);
        assert.doesNotMatch(html, PHP_TROUBLE);
        assert.equal(await page.$eval('cst-red-flags', (e) => e.getAttribute('audience')), 'parents');
        assert.deepEqual(await axeOnWidgets(page), []);
        await page.close();
      });

      it('takes a bare option in a shortcode as on, an exit address in any case of https:, and never this site for the exit', async () => {
        const bare = await visit(browser, `${wp.origin}/?p=${posts.bare}`);
        assert.equal(await bare.page.$eval('cst-keeping-safer', (e) => e.hasAttribute('no-heading')), true, '[cst_keeping_safer no-heading]');
        assert.equal(await bare.page.$eval('cst-quick-exit', (e) => e.getAttribute('href')), 'https://www.example.org/');
        assert.equal(await bare.page.$eval('cst-quick-exit a', (e) => e.getAttribute('href')), 'https://www.example.org/', 'the fallback link too');
        assert.deepEqual(bare.errors, []);
        await bare.page.close();
        // The site's own address (as https:, which passes as an address) is not somewhere to exit to.
        const own = await visit(browser, `${wp.origin}/?p=${posts.ownSite}`);
        assert.equal(await own.page.$eval('cst-quick-exit', (e) => e.getAttribute('href')), null, 'the default address instead');
        assert.equal(await own.page.$eval('cst-quick-exit a', (e) => e.getAttribute('href')), catalogue().widgets.find((w) => w.tag === 'cst-quick-exit').attributes.find((a) => a.name === 'href').default);
        await own.page.close();
      });

      it('renders the guide, as a block and as a shortcode, each on a post of its own, with its own file', async () => {
        for (const post of [posts.guideBlock, posts.guideShortcode]) {
          const { page, errors, html, widgets } = await visit(browser, `${wp.origin}/?p=${post}`);
          // The guide, then the widgets it holds (Playwright's selectors see into its shadow root).
          assert.equal(widgets[0], 'cst-guide');
          assert.ok(widgets.includes('cst-red-flags') && widgets.includes('cst-missing-child'), widgets.join(' '));
          assert.deepEqual(await filesOf(page), { scripts: ['cst-guide.js'], css: ['cst-guide.css'] });
          assert.deepEqual(errors, []);
          assert.doesNotMatch(html, PHP_TROUBLE);
          assert.deepEqual(await axeOnWidgets(page), []);
          await page.close();
        }
      });

      it("loads only the widget's own script and CSS for a page with one widget, and nothing on a page without", async () => {
        const one = await visit(browser, `${wp.origin}/?p=${posts.html}`);
        assert.deepEqual(one.widgets, ['cst-do-dont']);
        assert.deepEqual(await filesOf(one.page), { scripts: ['cst-do-dont.js'], css: ['cst-do-dont.css'] });
        await one.page.close();
        const none = await visit(browser, `${wp.origin}/?p=${posts.plain}`);
        assert.deepEqual(none.widgets, []);
        assert.equal(await none.page.$$eval('[src*="cst-widgets/"], [href*="cst-widgets/assets"]', (s) => s.length), 0);
        await none.page.close();
      });

      it('lets an author find a block in the inserter, set it up in plain words, preview it inert, and publish it with the editor\'s own buttons', async () => {
        const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
        const errors = [];
        page.on('pageerror', (e) => errors.push(e.message));
        // The editor asks WordPress.org and Gravatar for pictures: not this test's business, and offline.
        await page.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => route.abort());
        await wp.login(page, 'author');
        // (A newer WordPress shows the post in a frame of its own: the widgets' script must reach it.)
        const post = await newPost(page, wp.origin);
        const names = await page.evaluate(() => window.wp.blocks.getBlockTypes().filter((b) => b.name.startsWith('cst-widgets/')).map((b) => b.name));
        assert.deepEqual(names.sort(), catalogue().widgets.map((w) => `cst-widgets/${w.slug}`).sort());
        // The blocks have a group of their own in the inserter, a keyword an author types and a preview.
        const stat = await page.evaluate(() => window.wp.blocks.getBlockType('cst-widgets/stat'));
        assert.equal(stat.category, 'cst-widgets');
        assert.equal(stat.title, 'A figure from NCMEC');
        assert.ok(stat.keywords.includes('NCMEC') && stat.example);

        /** Opens the inserter, searches it as an author types, and clicks the block of that title. */
        const insert = async (words, title, check) => {
          await page.locator(INSERTER).click();
          // Typed as an author types, key by key, once the inserter has its search field.
          const search = page.locator('.block-editor-inserter__search input').first();
          await search.click();
          await search.pressSequentially(words);
          await page.locator('.block-editor-block-types-list__item').first().waitFor();
          await check?.();
          await page.locator('.block-editor-block-types-list__item', { hasText: title }).click();
          if (await page.locator('.block-editor-inserter__search').count()) await page.locator(INSERTER).click();
        };
        // Searched for "NCMEC", the inserter lists every block by its title.
        await insert('NCMEC', 'Red-flag explorer', async () => {
          // (The list follows the search a moment after the typing: what it shows once it settles.)
          const titles = catalogue().widgets.map((w) => w.title).sort();
          const found = async () => (await page.locator('.block-editor-block-types-list__item-title').allTextContents()).sort();
          for (let tries = 0; tries < 150 && JSON.stringify(await found()) !== JSON.stringify(titles); tries++) await page.waitForTimeout(100);
          assert.deepEqual(await found(), titles, `every block, by its title (the search field holds "${await page.locator('.block-editor-inserter__search input').first().inputValue()}")`);
          await page.screenshot({ path: `${results}/inserter.png` });
        });
        // The block is in, and selected: its sidebar, in an author's words (the embed builder's), set by
        // the author's own clicks.
        const settings = page.locator('button[aria-label="Settings"]').first();
        if ((await settings.getAttribute('aria-pressed')) !== 'true') await settings.click();
        const audience = page.getByLabel('Written for');
        assert.deepEqual(await audience.locator('option').allTextContents(), ['Everyone', 'Parents and guardians', 'Child welfare professionals', 'Educators']);
        await audience.selectOption({ label: 'Parents and guardians' });
        await page.getByRole('checkbox', { name: 'Money and possessions' }).click();
        assert.ok(!(await page.getByRole('checkbox', { name: 'Phone and online' }).isChecked()));
        assert.match(await page.locator('.block-editor-block-inspector').textContent(), /With every topic or none ticked, every topic is shown\./);
        // No attribute's API description, no raw value.
        assert.doesNotMatch(await page.locator('.block-editor-block-inspector').textContent(), /space-separated|An unknown|landmark|pimp-controlled|runaways-2014/);
        // The preview: the server's markup for those choices, upgraded by the script the editor loads.
        await post.waitForSelector('.cst-widgets-preview cst-red-flags[rendered][audience="parents"][categories="money"]', { timeout: 15000 });
        await page.screenshot({ path: `${results}/editor.png` });

        // A quick exit's preview cannot leave the editor: not by a click on its button, not by Shift
        // pressed three times (in the title field, as an author types).
        await insert('exit', '"Exit this page" button');
        const exit = post.locator('.cst-widgets-preview cst-quick-exit[rendered]');
        await exit.waitFor({ state: 'attached', timeout: 15000 });
        const editor = page.url();
        // Its button's middle, in the window (the canvas may be a frame).
        const frame = wordpress ? await (await post.frameElement()).boundingBox() : { x: 0, y: 0 };
        const button = await exit.evaluate((el) => {
          const box = el.shadowRoot.querySelector('[part~="link"]').getBoundingClientRect();
          return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
        });
        await page.mouse.click(frame.x + button.x, frame.y + button.y);
        const title = post.locator('.editor-post-title__input, [aria-label="Add title"]').first();
        await title.click();
        for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
        await page.keyboard.type('Published from the editor');
        await page.waitForTimeout(1500);
        assert.equal(new URL(page.url()).origin, wp.origin, 'the editor stayed on this site');
        assert.ok(page.url() === editor || /post\.php\?post=\d+&action=edit/.test(page.url()), `the editor stayed where it was (${page.url()})`);
        assert.match(await title.textContent(), /Published from the editor/);
        assert.equal(await exit.evaluate((el) => el.hasAttribute('no-shortcut')), true);

        // Published by the editor's own buttons (Publish, then Publish in its checks panel).
        await page.locator('.editor-post-publish-panel__toggle').click();
        await page.locator('.editor-post-publish-panel__header-publish-button button').click();
        await page.locator('.post-publish-panel__postpublish').waitFor({ timeout: 30000 });
        const saved = JSON.parse(await wp.php(`$p = get_posts( array( 'title' => 'Published from the editor', 'post_status' => 'any' ) )[0]; echo wp_json_encode( array( $p->ID, $p->post_status, $p->post_content ) );`));
        assert.equal(saved[1], 'publish');
        assert.match(saved[2], /<!-- wp:cst-widgets\/red-flags \{"audience":"parents","categories":\["money"\]\} \/-->/);
        assert.match(saved[2], /<!-- wp:cst-widgets\/quick-exit (\{[^}]*\} )?\/-->/);
        assert.deepEqual(errors, []);
        await page.close();
        // What a reader of that post gets.
        const published = await visit(browser, `${wp.origin}/?p=${saved[0]}`);
        assert.deepEqual(published.widgets.sort(), ['cst-quick-exit', 'cst-red-flags']);
        assert.equal(await published.page.$eval('cst-red-flags', (e) => e.getAttribute('categories')), 'money');
        assert.deepEqual(published.errors, []);
        await published.page.close();
      });

      it('lets only an administrator change the site-wide settings', async () => {
        const page = await browser.newPage();
        await wp.login(page, 'author');
        await page.goto(`${wp.origin}/wp-admin/options-general.php?page=cst-widgets`);
        assert.match(await page.textContent('body'), /not allowed/i);
        // A forged form without the page's nonce is refused too.
        assert.notEqual(await forgedSettings(page), 200);
        assert.equal(await wp.php("echo wp_json_encode( get_option( 'cst_widgets_site_wide', 'unset' ) );"), '"unset"');
        await page.close();
      });

      it('puts the banner and the quick exit on every page once an administrator turns them on, with a valid exit address only', async () => {
        const page = await browser.newPage();
        await wp.login(page, 'admin');
        // Even an administrator's form is refused without the page's nonce (a forged request).
        assert.equal(await forgedSettings(page), 403);
        assert.equal(await wp.php("echo wp_json_encode( get_option( 'cst_widgets_site_wide', 'unset' ) );"), '"unset"');
        await page.goto(`${wp.origin}/wp-admin/options-general.php?page=cst-widgets`);
        await page.check('#cst-banner');
        await page.selectOption('#cst-banner_audience', 'parents');
        await page.check('#cst-exit');
        await page.fill('#cst-exit_href', 'javascript:alert(1)');
        await page.click('#submit');
        assert.match(await page.textContent('.notice, .error, #setting-error-exit_href'), /https:/);
        // The site's own address is refused too: leaving for it would leave the reader where they were.
        await page.fill('#cst-exit_href', `${wp.origin.replace('http:', 'https:')}/about/`);
        await page.click('#submit');
        assert.match(await page.textContent('#setting-error-exit_href'), /another site/);
        await page.fill('#cst-exit_href', 'HTTPS://www.google.com/');
        await page.check('#cst-exit_note');
        await page.click('#submit');
        await page.waitForSelector('#setting-error-settings_updated');
        await page.screenshot({ path: `${results}/settings.png`, fullPage: true });
        assert.doesNotMatch(await page.content(), PHP_TROUBLE);
        // The Plugins screen links the plugin's row to its settings.
        await page.goto(`${wp.origin}/wp-admin/plugins.php`);
        assert.equal(await page.getAttribute('tr[data-plugin="cst-widgets/cst-widgets.php"] a:text-is("Settings")', 'href'), `${wp.origin}/wp-admin/options-general.php?page=cst-widgets`);
        await page.close();
        const saved = JSON.parse(await wp.php("echo wp_json_encode( get_option( 'cst_widgets_site_wide' ) );"));
        assert.equal(saved.exit_href, 'https://www.google.com/');
        assert.equal(saved.banner_audience, 'parents');

        for (const url of [`${wp.origin}/`, `${wp.origin}/?p=${posts.plain}`, `${wp.origin}/?p=${posts.blocks}`]) {
          const { page: visited, errors, html, widgets } = await visit(browser, url);
          assert.equal(widgets[0], 'cst-quick-exit', `${url}: the quick exit comes first`);
          assert.equal(widgets[1], 'cst-hotline-banner', url);
          assert.equal(await visited.$eval('body cst-quick-exit', (e) => e.getAttribute('href')), 'https://www.google.com/');
          assert.equal(await visited.$eval('body cst-hotline-banner', (e) => e.getAttribute('audience')), 'parents');
          assert.deepEqual(errors, [], url);
          assert.doesNotMatch(html, PHP_TROUBLE, url);
          assert.deepEqual(await axeOnWidgets(visited), [], url);
          if (url.endsWith(`p=${posts.plain}`)) {
            // The two widgets' own files, smaller than the all-in ones.
            assert.deepEqual(await filesOf(visited), { scripts: ['cst-hotline-banner.js', 'cst-quick-exit.js'], css: ['cst-hotline-banner.css', 'cst-quick-exit.css'] });
          }
          if (url.endsWith(`p=${posts.blocks}`)) {
            // The post holds a banner block and a quick exit block too: one of each on the page, the site's.
            assert.deepEqual(
              [widgets.filter((w) => w === 'cst-hotline-banner').length, widgets.filter((w) => w === 'cst-quick-exit').length],
              [1, 1],
              `${url}: one banner and one quick exit`,
            );
            assert.match(html, /<!-- cst-widgets: cst-hotline-banner is on every page of this site/);
            // The emergency path only where a banner shows it (the site's, and this post's own banner
            // block): every other widget that shows it left it out, and the post has several.
            const paths = await visited.evaluate(() =>
              [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('cst-') && e.shadowRoot?.querySelector('[part~="emergency-path"]')).map((e) => e.localName),
            );
            assert.deepEqual([...new Set(paths)], ['cst-hotline-banner'], url);
            const leftOut = await visited.$$eval('[emergency="none"]', (els) => els.length);
            assert.ok(leftOut >= 4, `${url}: ${leftOut} widgets left it out`);
            for (const [i, y] of [0, 3000].entries()) await visited.screenshot({ path: `${results}/blocks-${i + 1}.png`, fullPage: true, clip: { x: 0, y, width: 1280, height: 3000 } });
          }
          await visited.close();
        }
      });

      it('says in the editor why a banner or quick exit block shows nothing on a site that shows one on every page', async () => {
        const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
        await page.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => route.abort());
        await wp.login(page, 'author');
        const post = await newPost(page, wp.origin);
        await page.evaluate(() => {
          for (const name of ['cst-widgets/hotline-banner', 'cst-widgets/quick-exit', 'cst-widgets/do-dont']) window.wp.data.dispatch('core/block-editor').insertBlocks(window.wp.blocks.createBlock(name, {}));
        });
        const notices = post.locator('.cst-widgets-site-wide');
        await notices.first().waitFor();
        assert.deepEqual(
          (await notices.locator('.components-notice__content').allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim()),
          [
            'This site shows the hotline banner at the top of every page (Settings → CST widgets), so this block shows nothing on the page: one banner a page.',
            'This site shows the quick exit at the top of every page (Settings → CST widgets), so this block shows nothing on the page: one exit a page.',
          ],
        );
        // Any other block still previews its widget.
        await post.waitForSelector('.cst-widgets-preview cst-do-dont[rendered]', { timeout: 15000 });
        await page.screenshot({ path: `${results}/editor-site-wide.png` });
        await page.close();
      });

      it("lets the keyboard reach the quick exit, then WordPress's skip link, then the banner (a block theme: the banner tops its header)", async () => {
        const { page, errors } = await visit(browser, `${wp.origin}/?p=${posts.plain}`);
        // What a reader's Tab key reaches, first to fourth (a focus inside a shadow root named by its host).
        const reached = [];
        for (let i = 0; i < 4; i++) {
          await page.keyboard.press('Tab');
          reached.push(
            await page.evaluate(() => {
              const el = document.activeElement;
              return el.localName.startsWith('cst-') ? el.localName : el.classList.contains('skip-link') ? 'skip link' : el.localName;
            }),
          );
        }
        assert.deepEqual(reached.slice(0, 3), ['cst-quick-exit', 'skip link', 'cst-hotline-banner']);
        assert.equal(await page.evaluate(() => Boolean(document.querySelector('.wp-site-blocks cst-hotline-banner'))), true, 'inside the page blocks, at the top of the header');
        assert.equal(await page.evaluate(() => document.querySelectorAll('cst-hotline-banner').length), 1);
        assert.deepEqual(errors, []);
        await page.close();
      });

      it("in a classic theme, puts both first, and the theme's own skip link still takes the keyboard past them to the content", async () => {
        const theme = await wp.php('echo get_stylesheet();');
        await wp.php("switch_theme( 'cst-classic-test' );");
        try {
          const { page, errors, html } = await visit(browser, `${wp.origin}/?p=${posts.plain}`);
          assert.equal(await page.evaluate(() => document.querySelectorAll('body > cst-quick-exit + cst-hotline-banner').length), 1, 'the exit, then the banner, at the top of <body>');
          // What a reader's Tab key reaches, up to the theme's skip link: the exit, then the banner's links.
          const reached = [];
          while (reached.at(-1) !== 'skip link' && reached.length < 10) {
            await page.keyboard.press('Tab');
            reached.push(await page.evaluate(() => (document.activeElement.localName.startsWith('cst-') ? document.activeElement.localName : document.activeElement.classList.contains('skip-link') ? 'skip link' : document.activeElement.localName)));
          }
          assert.equal(reached[0], 'cst-quick-exit');
          assert.equal(reached.at(-1), 'skip link', reached.join(', '));
          assert.deepEqual([...new Set(reached.slice(1, -1))], ['cst-hotline-banner'], reached.join(', '));
          // Enter on it: the content has the focus, and the next Tab is in it, past the banner.
          await page.keyboard.press('Enter');
          await page.waitForFunction(() => document.activeElement.id === 'content');
          assert.deepEqual(errors, []);
          assert.doesNotMatch(html, PHP_TROUBLE);
          await page.close();
        } finally {
          await wp.php(`switch_theme( '${theme}' );`);
        }
      });

      it("keeps the quick exit's bar under the admin bar for a logged-in reader as they scroll, at 1280 and 375 px", async () => {
        for (const width of [1280, 375]) {
          const page = await browser.newPage({ viewport: { width, height: 800 } });
          await wp.login(page, 'author');
          await page.goto(`${wp.origin}/?p=${posts.blocks}`);
          await page.waitForFunction(() => document.querySelector('body > cst-quick-exit')?.hasAttribute('rendered'));
          await page.mouse.move(width / 2, 400);
          await page.mouse.wheel(0, 1500);
          await page.waitForFunction(() => scrollY > 1000);
          await page.waitForTimeout(200);
          const boxes = await page.evaluate(() => {
            const admin = document.getElementById('wpadminbar').getBoundingClientRect();
            const bar = document.querySelector('body > cst-quick-exit').shadowRoot.querySelector('[part~="bar"]').getBoundingClientRect();
            return { adminBottom: admin.bottom, barTop: bar.top, barBottom: bar.bottom };
          });
          assert.ok(boxes.barBottom > 0, `${width}: the exit's bar is in view (${JSON.stringify(boxes)})`);
          assert.ok(boxes.barTop >= boxes.adminBottom - 0.5, `${width}: the exit's bar is under the admin bar, not over it (${JSON.stringify(boxes)})`);
          await page.screenshot({ path: `${results}/logged-in-${width}.png` });
          await page.close();
        }
      });

      it('printed no PHP notice, warning or error', () => {
        assert.doesNotMatch(wp.serverLog(), PHP_TROUBLE);
      });

      it('removes its option when uninstalled', async () => {
        await wp.php("require_once ABSPATH . 'wp-admin/includes/plugin.php'; deactivate_plugins( 'cst-widgets/cst-widgets.php' ); uninstall_plugin( 'cst-widgets/cst-widgets.php' );");
        assert.equal(await wp.php("echo wp_json_encode( get_option( 'cst_widgets_site_wide', 'gone' ) );"), '"gone"');
      });
    });

    describe('on a Spanish site', () => {
      let wp;
      let post;
      before(async () => {
        wp = await startWordPress({ pluginDir: PLUGIN, locale: 'es_ES', wordpress });
        post = await authorPost(wp, 'Cada bloque', blocksMarkup(catalogue()));
        await wp.php("update_option( 'cst_widgets_site_wide', array( 'banner' => true, 'exit' => true ) );");
      });
      after(() => wp?.stop());

      it('shows the widgets, and their fallback markup, in Spanish', async () => {
        const { page, errors, html, widgets } = await visit(browser, `${wp.origin}/?p=${post}`);
        assert.match(html, /<html lang="es-ES"/);
        assert.match(html, /<cst-hotline-banner[^>]*><p>Si un niño o una niña está en peligro inmediato/);
        assert.equal(widgets[0], 'cst-quick-exit');
        assert.equal(await page.$eval('cst-hotline-banner', (e) => e.shadowRoot.querySelector('[part~="title"]').textContent), 'Línea directa de 24 horas');
        assert.equal(await page.$eval('cst-quick-exit', (e) => e.shadowRoot.querySelector('[part~="link"]').textContent.trim()), 'Salir de esta página');
        assert.deepEqual(errors, []);
        assert.doesNotMatch(html, PHP_TROUBLE);
        assert.deepEqual(await axeOnWidgets(page), []);
        await page.screenshot({ path: `${results}/spanish.png` });
        await page.close();
        assert.doesNotMatch(wp.serverLog(), PHP_TROUBLE);
      });

      it("speaks Spanish in the admin: the settings page, the Plugins row's link and the blocks' sidebar", async () => {
        const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
        await page.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => route.abort());
        await wp.login(page, 'admin');
        await page.goto(`${wp.origin}/wp-admin/options-general.php?page=cst-widgets`);
        assert.equal((await page.textContent('.wrap h1')).trim(), 'Widgets CST');
        assert.equal((await page.textContent('label[for="cst-banner_audience"]')).trim(), 'Dirigido a');
        assert.deepEqual(await page.locator('#cst-banner_audience option').allTextContents(), ['Público general', 'Padres y tutores', 'Profesionales de bienestar infantil', 'Educadores']);
        assert.match(await page.textContent('.wrap'), /Mostrar el aviso de la línea directa en la parte superior de todas las páginas/);
        await page.screenshot({ path: `${results}/settings-es.png`, fullPage: true });
        await page.goto(`${wp.origin}/wp-admin/plugins.php`);
        assert.equal(await page.locator('tr[data-plugin="cst-widgets/cst-widgets.php"] a:text-is("Ajustes")').count(), 1);
        assert.match(await page.textContent('tr[data-plugin="cst-widgets/cst-widgets.php"]'), /La línea directa del NCMEC/);

        const post = await newPost(page, wp.origin);
        await page.evaluate(() => {
          const block = window.wp.blocks.createBlock('cst-widgets/red-flags', {});
          window.wp.data.dispatch('core/block-editor').insertBlocks(block);
          window.wp.data.dispatch('core/block-editor').selectBlock(block.clientId);
        });
        await page.evaluate(() => window.wp.data.dispatch('core/edit-post').openGeneralSidebar('edit-post/block'));
        await page.getByLabel('Dirigido a').waitFor();
        await page.getByRole('checkbox', { name: 'Dinero y pertenencias' }).waitFor();
        // The preview speaks the site's language too (in a newer WordPress's frame, whose <html> has no lang).
        const preview = post.locator('.cst-widgets-preview cst-red-flags[rendered]');
        await preview.waitFor({ state: 'attached', timeout: 15000 });
        await post.waitForFunction(() => document.querySelector('.cst-widgets-preview cst-red-flags').shadowRoot.querySelector('h2')?.textContent.includes('Señales de alerta'));
        assert.equal(await page.evaluate(() => window.wp.blocks.getBlockType('cst-widgets/red-flags').title), 'Explorador de señales de alerta');
        await page.screenshot({ path: `${results}/editor-es.png` });
        await page.close();
      });
    });

    describe('on a multisite network', () => {
      let wp;
      before(async () => {
        wp = await startWordPress({ pluginDir: PLUGIN, wordpress, multisite: true });
      });
      after(() => wp?.stop());

      it('removes its option from every site of the network when uninstalled', async () => {
        assert.equal(await wp.php("echo is_multisite() ? 'network' : 'one site';"), 'network');
        // A second site, and the banner turned on for both.
        const second = await wp.php("$id = wp_insert_site( array( 'domain' => get_network()->domain, 'path' => '/second/', 'title' => 'Second' ) ); echo is_wp_error( $id ) ? $id->get_error_message() : $id;");
        assert.match(second, /^\d+$/, 'the second site');
        const options = `echo wp_json_encode( array_map( function ( $site ) { switch_to_blog( $site ); $o = get_option( 'cst_widgets_site_wide', 'gone' ); restore_current_blog(); return $o; }, array( 1, ${second} ) ) );`;
        await wp.php(`foreach ( array( 1, ${second} ) as $site ) { switch_to_blog( $site ); update_option( 'cst_widgets_site_wide', array( 'banner' => true ) ); restore_current_blog(); }`);
        assert.deepEqual(JSON.parse(await wp.php(options)), [{ banner: true }, { banner: true }]);
        await wp.php("require_once ABSPATH . 'wp-admin/includes/plugin.php'; deactivate_plugins( 'cst-widgets/cst-widgets.php' ); uninstall_plugin( 'cst-widgets/cst-widgets.php' );");
        assert.deepEqual(JSON.parse(await wp.php(options)), ['gone', 'gone']);
        // (WordPress 6.1's own multisite code is deprecated on PHP 8.2, in its ms-functions.php: not the plugin's.)
        assert.deepEqual(wp.cliLog().split('\n').filter((line) => PHP_TROUBLE.test(line) && line.includes('cst-widgets')), []);
      });
    });

    // The screenshots readme.txt lists, in its order, from the tests above: copied to the names
    // WordPress.org's plugin directory reads (screenshot-1.png...), to publish with the readme.
    it("takes the screenshots readme.txt lists, one for each", () => {
      const taken = ['inserter', 'editor', 'editor-es', 'settings', 'logged-in-1280'];
      const readme = readFileSync(join(PLUGIN, 'readme.txt'), 'utf8');
      const listed = readme.split('== Screenshots ==')[1].split('\n== ')[0].match(/^\d+\. /gm);
      assert.equal(listed.length, taken.length, 'one screenshot for each the readme lists');
      for (const [i, name] of taken.entries()) copyFileSync(`${results}/${name}.png`, `${results}/screenshot-${i + 1}.png`);
    });
  });
}
