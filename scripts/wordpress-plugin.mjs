// The WordPress plugin as a webmaster installs it: integrations/wordpress/cst-widgets/ (the PHP and
// the editor script), with the release's files in assets/ and what the plugin knows about each
// widget written from the library's own sources, so the plugin holds no list of its own:
//
// - assets/widgets.json: every widget of src/widgets.json with its attributes as
//   custom-elements.json gives them (type, values, default, description), the size of its file,
//   the fallback markup in both languages (the embed builder's), and the quick exit's link text;
// - blocks/<widget>/block.json: a block per widget, its attributes the widget's.
//
// `npm run release` zips it as cst-widgets-wordpress-<version>.zip; test/e2e/wordpress.test.mjs
// installs it in a real WordPress.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DEFAULT_EXIT, elementTree, fallbackMarkup, GUIDE_SECTIONS, OVERVIEW_SECTIONS, RED_FLAG_CATEGORIES, TRAFFICKING_TYPES } from '../demo/builder-model.js';
import { WIDGETS } from '../src/examples.js';
import { placeholderCss } from './build.mjs';

const SOURCE = 'integrations/wordpress/cst-widgets';

/** The names a list attribute takes (the builder's lists, which its tests check against the widgets). */
const LISTS = {
  'cst-red-flags': { categories: RED_FLAG_CATEGORIES },
  'cst-trafficking-types': { types: TRAFFICKING_TYPES },
  'cst-overview': { sections: OVERVIEW_SECTIONS },
  'cst-guide': { sections: GUIDE_SECTIONS },
};

/** Attributes that are not a page author's to set: the widget reports them. */
const NOT_OPTIONS = ['rendered', 'dismissed'];

/** The blocks' names in the inserter, and their icons (dashicons). */
const BLOCKS = {
  'cst-quick-exit': ['Quick exit', 'exit'],
  'cst-hotline-banner': ['Hotline banner', 'phone'],
  'cst-stat': ['A figure from NCMEC', 'chart-bar'],
  'cst-overview': ['About child sex trafficking', 'info'],
  'cst-red-flags': ['Red flags', 'flag'],
  'cst-trafficking-types': ['Types of trafficking', 'index-card'],
  'cst-trafficking-type': ['One type of trafficking', 'index-card'],
  'cst-do-dont': ["Do and don't", 'yes-alt'],
  'cst-missing-child': ['If a child is missing', 'search'],
  'cst-keeping-safer': ['Keeping children safer', 'shield'],
  'cst-support': ['How NCMEC can help', 'groups'],
  'cst-guide': ['A whole guide', 'book'],
};

/** Labels better than the attribute's name. */
const LABELS = { href: 'Exit address', 'no-heading': 'Without its heading', 'no-intro': 'Without the introduction', 'no-shortcut': 'Without the Shift shortcut', 'show-note': 'Show the note' };

const unquote = (text) => text.replace(/^'(.*)'$/, '$1');
const plain = (text = '') => text.replace(/`/g, '').replace(/\s+/g, ' ').trim();

/** One attribute as the plugin's controls and validation use it. */
async function attributeOf(tag, attribute) {
  const { name } = attribute;
  const type = attribute.type?.text ?? 'string';
  const base = { name, label: LABELS[name] ?? name[0].toUpperCase() + name.slice(1).replace(/-/g, ' '), help: plain(attribute.description) };
  if (LISTS[tag]?.[name]) return { ...base, type: 'list', options: LISTS[tag][name], default: [] };
  if (type === 'boolean') return { ...base, type: 'boolean', default: false };
  if (name === 'heading-level') return { ...base, type: 'enum', options: ['2', '3', '4', '5', '6'], default: '2' };
  if (name === 'href') return { ...base, type: 'url', default: DEFAULT_EXIT };
  if (tag === 'cst-stat' && name === 'stat') {
    const { STATISTICS } = await import('../dist/esm/content/statistics.js');
    return { ...base, type: 'enum', options: STATISTICS.map((s) => s.id), default: unquote(attribute.default) };
  }
  const values = type.split(' | ').map((v) => v.trim());
  if (values.every((v) => /^'[^']*'$/.test(v))) return { ...base, type: 'enum', options: values.map(unquote), default: unquote(attribute.default) };
  return { ...base, type: 'text', default: '' };
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
    apiVersion: 2,
    name: `cst-widgets/${widget.slug}`,
    version,
    title: widget.title,
    category: 'widgets',
    icon: widget.icon,
    description: widget.description,
    keywords: ['child sex trafficking', 'NCMEC', 'hotline'],
    textdomain: 'cst-widgets',
    attributes,
    supports: { html: false },
    editorScript: 'cst-widgets-editor',
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
  writeFileSync(join(out, 'assets/cst-widgets.css'), placeholderCss());

  const widgets = [];
  for (const { tag } of WIDGETS) {
    const declaration = declarations.find((d) => d.tagName === tag);
    if (!BLOCKS[tag]) throw new Error(`${tag} has no block name and icon in scripts/wordpress-plugin.mjs (BLOCKS).`);
    const [title, icon] = BLOCKS[tag];
    const attributes = [];
    for (const a of declaration.attributes ?? []) if (!NOT_OPTIONS.includes(a.name)) attributes.push(await attributeOf(tag, a));
    cpSync(`dist/${tag}.js`, join(out, `assets/${tag}.js`));
    widgets.push({ tag, slug: tag.slice(4), title, icon, description: plain(declaration.summary), file: `${tag}.js`, bytes: gzipped(`dist/${tag}.js`), attributes });
  }
  for (const widget of widgets) {
    mkdirSync(join(out, 'blocks', widget.slug), { recursive: true });
    writeFileSync(join(out, 'blocks', widget.slug, 'block.json'), `${JSON.stringify(blockJson(widget, version), null, 2)}\n`);
  }
  const exitText = (lang) => elementTree({ widgets: ['quick-exit'], options: { exitHref: DEFAULT_EXIT, exitPosition: 'top' }, lang })[0].children[0].children[0];
  const catalogue = {
    version,
    css: 'cst-widgets.css',
    dropIn: { file: 'cst-widgets.js', bytes: gzipped('dist/cst-widgets.js') },
    fallback: { en: fallbackMarkup('en'), es: fallbackMarkup('es') },
    exit: { en: exitText('en'), es: exitText('es') },
    widgets,
  };
  writeFileSync(join(out, 'assets/widgets.json'), `${JSON.stringify(catalogue, null, 2)}\n`);
  // The plugin's version is the library's.
  writeFileSync(join(out, 'cst-widgets.php'), readFileSync(join(SOURCE, 'cst-widgets.php'), 'utf8').replace(/^( \* Version: +).*$/m, `$1${version}`));
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = await buildWordPressPlugin('release/wordpress/cst-widgets');
  console.log(`Wrote ${out}.`);
}
