// The WordPress plugin as a webmaster installs it: integrations/wordpress/cst-widgets/ (the PHP and
// the editor script), with the release's files in assets/ and what the plugin knows about each
// widget written from the library's own sources, so the plugin holds no list of its own:
//
// - assets/widgets.json: every widget of src/widgets.json (its name and icon) with its attributes as
//   custom-elements.json gives them (type, values, default, description), the size of its file,
//   the fallback markup in both languages (the embed builder's), and the quick exit's link text;
// - blocks/<widget>/block.json: a block per widget, its attributes the widget's.
//
// `npm run release` zips it as cst-widgets-wordpress-<version>.zip; test/e2e/wordpress.test.mjs
// installs it in a real WordPress.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { exitLabel, hotlineFallbackMarkup, kindOf } from '../src/embed.js';
import { WIDGETS } from '../src/examples.js';
import { placeholderCss } from './build.mjs';

const SOURCE = 'integrations/wordpress/cst-widgets';

/** Attributes that are not a page author's to set: the widget reports them. */
const NOT_OPTIONS = ['rendered', 'dismissed'];

/** Labels better than the attribute's name. */
const LABELS = { href: 'Exit address', 'no-heading': 'Without its heading', 'no-intro': 'Without the introduction', 'no-shortcut': 'Without the Shift shortcut', 'show-note': 'Show the note' };

const plain = (text = '') => text.replace(/`/g, '').replace(/\s+/g, ' ').trim();

/** One attribute as the plugin's controls and validation use it, from its type in custom-elements.json (src/embed.js). */
function attributeOf(attribute) {
  const { name } = attribute;
  const base = { name, label: LABELS[name] ?? name[0].toUpperCase() + name.slice(1).replace(/-/g, ' '), help: plain(attribute.description) };
  const { kind, values, default: byDefault } = kindOf(attribute);
  const type = { level: 'enum', https: 'url' }[kind] ?? kind;
  return { ...base, type, ...(values ? { options: values } : {}), default: byDefault };
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
  for (const { tag, name: title, icon } of WIDGETS) {
    const declaration = declarations.find((d) => d.tagName === tag);
    const attributes = (declaration.attributes ?? []).filter((a) => !NOT_OPTIONS.includes(a.name)).map(attributeOf);
    cpSync(`dist/${tag}.js`, join(out, `assets/${tag}.js`));
    widgets.push({ tag, slug: tag.slice(4), title, icon, description: plain(declaration.summary), file: `${tag}.js`, bytes: gzipped(`dist/${tag}.js`), attributes });
  }
  for (const widget of widgets) {
    mkdirSync(join(out, 'blocks', widget.slug), { recursive: true });
    writeFileSync(join(out, 'blocks', widget.slug, 'block.json'), `${JSON.stringify(blockJson(widget, version), null, 2)}\n`);
  }
  const catalogue = {
    version,
    css: 'cst-widgets.css',
    dropIn: { file: 'cst-widgets.js', bytes: gzipped('dist/cst-widgets.js') },
    fallback: { en: hotlineFallbackMarkup('en'), es: hotlineFallbackMarkup('es') },
    exit: { en: exitLabel('en'), es: exitLabel('es') },
    widgets,
  };
  writeFileSync(join(out, 'assets/widgets.json'), `${JSON.stringify(catalogue, null, 2)}\n`);
  // The plugin's version is the library's, in its header and readme.txt's Stable tag.
  writeFileSync(join(out, 'cst-widgets.php'), readFileSync(join(SOURCE, 'cst-widgets.php'), 'utf8').replace(/^( \* Version: +).*$/m, `$1${version}`));
  writeFileSync(join(out, 'readme.txt'), readFileSync(join(SOURCE, 'readme.txt'), 'utf8').replace(/^(Stable tag: ).*$/m, `$1${version}`));
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = await buildWordPressPlugin('release/wordpress/cst-widgets');
  console.log(`Wrote ${out}.`);
}
