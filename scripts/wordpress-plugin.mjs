// The WordPress plugin as a webmaster installs it: integrations/wordpress/cst-widgets/ (the PHP and
// the editor script), with the release's files in assets/ and what the plugin knows about each
// widget written from the library's own sources, so the plugin holds no list of its own:
//
// - assets/widgets.json: every widget of src/widgets.json (its name and icon) with its attributes as
//   custom-elements.json gives them (type, values, default, description), its script and CSS files
//   and their sizes (and the all-in files'),
//   the fallback markup in both languages (the embed builder's), and the quick exit's link text;
// - blocks/<widget>/block.json and render.php: a block per widget (apiVersion 3), its attributes the
//   widget's, rendered on the server as the widget's element.
//
// `npm run release` zips it as cst-widgets-wordpress-plugin-<version>.zip; test/e2e/wordpress-suite.mjs
// installs it in a real WordPress.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import gettext from 'gettext-parser';
import { optionWords } from '../demo/builder-i18n.js';
import { widgetOptions } from '../demo/builder-model.js';
import { exitLabel, hotlineFallbackMarkup, kindOf } from '../src/embed.js';
import { WIDGETS } from '../src/examples.js';
import { cssFiles } from './build.mjs';

const SOURCE = 'integrations/wordpress/cst-widgets';
/** The Spanish of the plugin's own PHP strings (Settings → CST widgets, notices), kept by hand. */
const PHP_SPANISH = 'integrations/wordpress/translations/es.po';

const EN = optionWords('en');
const ES = optionWords('es');

/**
 * A block's controls in the editor's sidebar: the options the embed builder offers for the widget
 * (src/widgets.json `options`), in the builder's words: a label, a line of help, and each value by
 * its meaning ("Parents and guardians", a figure by its sentence and year). English here; Spanish in
 * languages/, from the builder's Spanish.
 */
function controlsOf(slug) {
  return widgetOptions(slug).map((option) => ({
    name: option.name,
    kind: option.kind,
    label: EN.label(slug, option),
    help: EN.hint(slug, option) ?? '',
    ...(option.values ? { choices: option.values.map((value) => ({ value, label: EN.value(slug, option, value) })) } : {}),
  }));
}

/** Every English text of the blocks' controls and titles, with its Spanish (the embed builder's). */
function controlTranslations() {
  const pairs = new Map();
  const add = (en, es) => {
    if (!en) return;
    if (pairs.has(en) && pairs.get(en) !== es) throw new Error(`"${en}" has two Spanish texts: "${pairs.get(en)}" and "${es}"`);
    pairs.set(en, es);
  };
  for (const { tag } of WIDGETS) {
    const slug = tag.slice(4);
    add(EN.widget(slug), ES.widget(slug));
    for (const option of widgetOptions(slug)) {
      add(EN.label(slug, option), ES.label(slug, option));
      add(EN.hint(slug, option), ES.hint(slug, option));
      for (const value of option.values ?? []) add(EN.value(slug, option, value), ES.value(slug, option, value));
    }
  }
  return pairs;
}

/**
 * Every English text of the plugin with its Spanish: the PHP strings', the block descriptions' and
 * keywords' from PHP_SPANISH, the controls' and titles' from the builder. writeCatalogues writes them
 * to languages/: cst-widgets.pot (for translators), cst-widgets-es.po and the compiled
 * cst-widgets-es.mo that the plugin loads on a site in any Spanish (es_ES, es_MX...).
 */
function writeTranslations() {
  const php = gettext.po.parse(readFileSync(PHP_SPANISH));
  const entries = Object.values(php.translations[''] ?? {}).filter((e) => e.msgid);
  for (const entry of entries) if (!entry.msgstr?.[0]) throw new Error(`${PHP_SPANISH}: no Spanish for "${entry.msgid}"`);
  const spanish = new Map(entries.map((e) => [e.msgid, e.msgstr[0]]));
  for (const [en, es] of controlTranslations()) {
    if (spanish.has(en) && spanish.get(en) !== es) throw new Error(`"${en}": ${PHP_SPANISH} and the builder give different Spanish`);
    spanish.set(en, es);
  }
  return spanish;
}

/** Fails on a text the plugin shows that has no Spanish. */
function checkSpanish(spanish, texts, where) {
  const missing = [...new Set(texts)].filter((text) => text && !spanish.get(text));
  if (missing.length) throw new Error(`${where}: no Spanish in ${PHP_SPANISH} for ${missing.map((t) => `"${t}"`).join(', ')}`);
}

/**
 * Writes the catalogues of `spanish` (English → Spanish) into `out`/languages. WordPress translates
 * a block.json's title, description and keywords with a context (`block title`, `block description`,
 * `block keyword`): `contexts` gives the texts each needs, also written with their context.
 */
function writeCatalogues(out, version, spanish, contexts) {
  const entries = (texts, withText, msgctxt) => Object.fromEntries(texts.map((en) => [en, { ...(msgctxt ? { msgctxt } : {}), msgid: en, msgstr: [withText ? spanish.get(en) : ''] }]));
  const catalogue = (lang, withText) => ({
    charset: 'utf-8',
    headers: { 'Project-Id-Version': `cst-widgets ${version}`, 'MIME-Version': '1.0', 'Content-Type': 'text/plain; charset=UTF-8', 'Content-Transfer-Encoding': '8bit', Language: lang, 'Plural-Forms': 'nplurals=2; plural=(n != 1);', 'X-Domain': 'cst-widgets' },
    translations: {
      '': entries([...spanish.keys()], withText),
      ...Object.fromEntries(Object.entries(contexts).map(([context, texts]) => [context, entries([...new Set(texts)], withText, context)])),
    },
  });
  mkdirSync(join(out, 'languages'), { recursive: true });
  writeFileSync(join(out, 'languages/cst-widgets.pot'), gettext.po.compile(catalogue('', false)));
  writeFileSync(join(out, 'languages/cst-widgets-es.po'), gettext.po.compile(catalogue('es', true)));
  writeFileSync(join(out, 'languages/cst-widgets-es.mo'), gettext.mo.compile(catalogue('es', true)));
}

/** Attributes that are not a page author's to set: the widget reports them. */
const NOT_OPTIONS = ['rendered', 'dismissed'];

const plain = (text = '') => text.replace(/`/g, '').replace(/\s+/g, ' ').trim();

/** One attribute as the plugin validates it (blocks, shortcodes, authors' HTML), from its type in custom-elements.json (src/embed.js). */
function attributeOf(attribute) {
  const { kind, values, default: byDefault } = kindOf(attribute);
  const type = { level: 'enum', https: 'url' }[kind] ?? kind;
  return { name: attribute.name, type, ...(values ? { options: values } : {}), default: byDefault };
}

/** The block.json of a widget. */
function blockJson(widget, version) {
  const attributes = {};
  for (const a of widget.attributes) {
    if (a.type === 'boolean') attributes[a.name] = { type: 'boolean', default: false };
    else if (a.type === 'list') attributes[a.name] = { type: 'array', items: { type: 'string', enum: a.options }, default: [] };
    else if (a.type === 'enum') attributes[a.name] = { type: 'string', enum: a.options, default: a.default };
    else attributes[a.name] = { type: 'string', default: a.default };
  }
  return {
    $schema: 'https://schemas.wp.org/trunk/block.json',
    apiVersion: 3,
    name: `cst-widgets/${widget.slug}`,
    version,
    title: widget.title,
    category: 'cst-widgets',
    icon: widget.icon,
    description: widget.description,
    keywords: ['NCMEC', 'trafficking', ...widget.keywords],
    textdomain: 'cst-widgets',
    attributes,
    supports: { html: false },
    // The inserter's preview: the widget with its defaults.
    example: { attributes: {} },
    editorScript: 'cst-widgets-editor',
    // The block as the page shows it: the widget's element (includes/render.php), from render.php.
    render: 'file:./render.php',
  };
}

/** Writes the plugin into `out` (a folder named cst-widgets). Needs a fresh dist/ (`npm run build`). */
export async function buildWordPressPlugin(out) {
  const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const declarations = manifest.modules.flatMap((m) => m.declarations ?? []);
  const gzipped = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

  rmSync(out, { recursive: true, force: true });
  cpSync(SOURCE, out, { recursive: true });
  mkdirSync(join(out, 'assets'), { recursive: true });
  cpSync('dist/cst-widgets.js', join(out, 'assets/cst-widgets.js'));
  // The placeholder CSS, all of it and each widget's own (as the release ships them).
  const css = cssFiles();
  for (const [name, text] of css) writeFileSync(join(out, 'assets', name), text);
  const cssBytes = (name) => gzipSync(css.get(name), { level: 9 }).length;

  const widgets = [];
  for (const { tag, icon, keywords = [] } of WIDGETS) {
    const declaration = declarations.find((d) => d.tagName === tag);
    const attributes = (declaration.attributes ?? []).filter((a) => !NOT_OPTIONS.includes(a.name)).map(attributeOf);
    cpSync(`dist/${tag}.js`, join(out, `assets/${tag}.js`));
    const slug = tag.slice(4);
    widgets.push({ tag, slug, title: EN.widget(slug), icon, keywords, description: plain(declaration.summary), script: { file: `${tag}.js`, bytes: gzipped(`dist/${tag}.js`) }, css: { file: `${tag}.css`, bytes: cssBytes(`${tag}.css`) }, attributes, controls: controlsOf(slug) });
  }
  for (const widget of widgets) {
    mkdirSync(join(out, 'blocks', widget.slug), { recursive: true });
    writeFileSync(join(out, 'blocks', widget.slug, 'block.json'), `${JSON.stringify(blockJson(widget, version), null, 2)}\n`);
    writeFileSync(
      join(out, 'blocks', widget.slug, 'render.php'),
      `<?php
/**
 * The ${widget.slug} block on the page: the ${widget.tag} element with the block's attributes
 * (written by scripts/wordpress-plugin.mjs).
 *
 * @package cst-widgets
 */

defined( 'ABSPATH' ) || exit;

echo cst_widgets_element( '${widget.tag}', isset( $attributes ) && is_array( $attributes ) ? $attributes : array() ); // phpcs:ignore WordPress.Security.EscapeOutput -- cst_widgets_element escapes every attribute.
`,
    );
  }
  const catalogue = {
    version,
    // Every widget in one file: the all-in script and CSS.
    all: { script: { file: 'cst-widgets.js', bytes: gzipped('dist/cst-widgets.js') }, css: { file: 'cst-widgets.css', bytes: cssBytes('cst-widgets.css') } },
    fallback: { en: hotlineFallbackMarkup('en'), es: hotlineFallbackMarkup('es') },
    exit: { en: exitLabel('en'), es: exitLabel('es') },
    widgets,
  };
  writeFileSync(join(out, 'assets/widgets.json'), `${JSON.stringify(catalogue, null, 2)}\n`);
  const spanish = writeTranslations(out, version);
  const contexts = {
    'block title': widgets.map((w) => w.title),
    'block description': widgets.map((w) => w.description),
    'block keyword': widgets.flatMap((w) => blockJson(w, version).keywords),
  };
  checkSpanish(spanish, Object.values(contexts).flat(), 'a block\'s title, description or keyword');
  const header = readFileSync(join(SOURCE, 'cst-widgets.php'), 'utf8');
  checkSpanish(spanish, [/^ \* Plugin Name: +(.*)$/m, /^ \* Description: +(.*)$/m].map((re) => re.exec(header)[1]), 'the plugin header');
  writeCatalogues(out, version, spanish, contexts);
  // The plugin's version is the library's, in its header and readme.txt's Stable tag.
  writeFileSync(join(out, 'cst-widgets.php'), readFileSync(join(SOURCE, 'cst-widgets.php'), 'utf8').replace(/^( \* Version: +).*$/m, `$1${version}`));
  writeFileSync(join(out, 'readme.txt'), readFileSync(join(SOURCE, 'readme.txt'), 'utf8').replace(/^(Stable tag: ).*$/m, `$1${version}`));
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = await buildWordPressPlugin('release/wordpress/cst-widgets');
  console.log(`Wrote ${out}.`);
}
