// What the WordPress tests share: the posts an author writes, and what a reader's browser finds on
// a post's page (test/e2e/wordpress.test.mjs, and wordpress-6.5.test.mjs for a newer WordPress).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { everyWidgetRendered } from './host-page.mjs';

/** The plugin's catalogue of widgets (what its blocks and shortcodes are made from). */
export const catalogueOf = (plugin) => JSON.parse(readFileSync(join(plugin, 'assets/widgets.json'), 'utf8'));
const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
/** What PHP prints when something is wrong, whatever WP_DEBUG shows it as. */
export const PHP_TROUBLE = /PHP (Warning|Notice|Deprecated|Fatal error|Parse error)|<b>(Warning|Notice|Deprecated|Fatal error)<\/b>/;

/** A post written by the author, through wp_insert_post as the author (WordPress's HTML filter applies). */
export async function authorPost(wp, title, content) {
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
export function blocksMarkup(catalogue, only) {
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
export function shortcodesMarkup(catalogue, only) {
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
export async function visit(browser, url, { missing = new Set() } = {}) {
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

/** axe on the widgets only (the theme is WordPress's): violations as "rule: target". */
export async function axeOnWidgets(page) {
  await page.addScriptTag({ content: AXE });
  return page.evaluate(async () => {
    const include = [...new Set([...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('cst-')).map((e) => e.localName))].map((t) => [t]);
    const result = await window.axe.run({ include }, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}
