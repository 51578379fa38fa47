// Production build: locales, the drop-in script, the ESM package with types, the manifest, the
// placeholder CSS, then a size report. Fails on a missing Spanish translation or a Lit dev-mode
// build in dist.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import catalogue from '../src/widgets.json' with { type: 'json' };

// The catalogue itself, not src/examples.js: that reads custom-elements.json, which this build writes.
const WIDGETS = catalogue.widgets;

const bin = (name) => join('node_modules', '.bin', name);
const run = (name, args) => execFileSync(bin(name), args, { stdio: 'inherit' });

/** The ids of the messages in an XLIFF file that have no (or an empty) translation. */
export function missingTranslations(xliff) {
  const units = [...xliff.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)];
  return {
    total: units.length,
    // A target may start with a placeholder (<x .../>), but must hold something.
    missing: units.filter(([, , body]) => !/<target>\s*\S[\s\S]*?<\/target>/.test(body)).map(([, id]) => id),
  };
}

/** Every message in the source must have a Spanish target: an untranslated widget is a broken one. */
export function checkTranslations() {
  // extract adds any new source message to the XLIFF (without a target), so none can slip past.
  execFileSync(bin('lit-localize'), ['extract'], { stdio: 'pipe' });
  const xliff = readFileSync('locales/es.xlf', 'utf8');
  const { total, missing } = missingTranslations(xliff);
  // lit-localize names a message without an explicit id by a hash (s0123456789abcdef); the drop-in
  // leaves out the hashing (rollup.config.js), so such a message would never be translated.
  const hashed = [...xliff.matchAll(/<trans-unit id="([sh][0-9a-f]{16})">/g)].map(([, id]) => id);
  if (hashed.length) throw new Error(`every msg() needs an explicit id; ${hashed.length} message(s) have none: ${hashed.join(', ')}`);
  if (missing.length) {
    throw new Error(`locales/es.xlf has no Spanish for ${missing.length} message(s): ${missing.join(', ')}`);
  }
  return total;
}

/** The hand-written placeholder CSS, and the heights `npm run placeholder` measures (never edited by hand). */
export const PLACEHOLDER_BASE = 'demo/placeholder-base.css';
export const PLACEHOLDER_HEIGHTS = 'demo/placeholder-heights.css';

/**
 * The parts of the placeholder CSS, in the order they ship, each with the widget it belongs to
 * (`tag`, or undefined for a part of several widgets). Each widget's parts sit together (the look
 * before the heights), in the order of src/widgets.json, then come the parts for several widgets.
 * What comes before a file's first part is a note to maintainers: only comments, or a rule would be lost.
 */
function placeholderParts() {
  const parts = [PLACEHOLDER_BASE, PLACEHOLDER_HEIGHTS].flatMap((file) => {
    const [head, ...rest] = readFileSync(file, 'utf8').split(/(?=^\/\* cst-widgets:)/m);
    if (!head.startsWith('/* cst-widgets:') && !/^\s*(\/\*[\s\S]*?\*\/\s*)*$/.test(head)) {
      throw new Error(`${file}: rules before its first "/* cst-widgets:" part would not ship`);
    }
    return head.startsWith('/* cst-widgets:') ? [head, ...rest] : rest;
  });
  const widgetOf = (part) => {
    const tags = WIDGETS.filter(({ tag }) => new RegExp(`\\b${tag}(?![\\w-])`).test(part));
    return tags.length === 1 ? tags[0].tag : undefined;
  };
  const at = (tag) => (tag ? WIDGETS.findIndex((w) => w.tag === tag) : WIDGETS.length);
  // Space between two widgets placed one after another, every widget of src/widgets.json but one
  // that sits over the page (the quick exit), as in the embed builder's preview.
  const stacked = `:is(${WIDGETS.filter((w) => !w.floats).map((w) => w.tag).join(', ')})`;
  const space = `/* cst-widgets: space between widgets placed one after another, as in the embed builder's preview (change it with --cst-stack-space). */
${stacked} + ${stacked} {
  margin-block-start: var(--cst-stack-space, 2em);
}`;
  return [
    ...parts
      .map((part) => ({ css: part.trim(), tag: widgetOf(part) }))
      .sort((a, b) => at(a.tag) - at(b.tag)),
    { css: space, tag: undefined },
  ];
}

/**
 * The placeholder CSS that ships as cst-widgets.css (the release's, the WordPress plugin's, the
 * demo's placeholder.css): every widget's parts. The embed builder copies the parts of the widgets
 * a snippet shows, in this order.
 */
export function placeholderCss(parts = placeholderParts()) {
  return `${parts.map(({ css }) => css).join('\n\n')}\n`;
}

/**
 * One widget's placeholder CSS, which ships as `<tag>.css` beside its script (`cst-hotline-banner.css`):
 * that widget's parts, and the parts for several widgets (a page may link several such files: the
 * same rule twice changes nothing).
 */
export function widgetCss(tag, parts = placeholderParts()) {
  if (!WIDGETS.some((w) => w.tag === tag)) throw new Error(`${tag} is not in src/widgets.json`);
  return placeholderCss(parts.filter((part) => part.tag === tag || part.tag === undefined));
}

/** The CSS files the build writes to dist/, by name: cst-widgets.css and one per widget. */
export function cssFiles() {
  const parts = placeholderParts();
  return new Map([['cst-widgets.css', placeholderCss(parts)], ...WIDGETS.map(({ tag }) => [`${tag}.css`, widgetCss(tag, parts)])]);
}

/** The files a size report covers: the drop-in, each element's own file, and every ESM module. */
function sizeRows() {
  const files = readdirSync('dist').filter((name) => name.endsWith('.js')).map((name) => join('dist', name));
  const walk = (dir) =>
    readdirSync(dir).forEach((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (path.endsWith('.js')) files.push(path);
    });
  walk('dist/esm');
  return files.map((file) => {
    const code = readFileSync(file);
    return {
      file,
      min: code.length,
      gzip: gzipSync(code, { level: 9 }).length,
      brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
  });
}

function main() {
  const messages = checkTranslations();
  run('lit-localize', ['build']);
  console.log(`Localization: ${messages} messages, Spanish complete.`);
  rmSync('dist', { recursive: true, force: true });
  run('rollup', ['-c', '--silent']);
  run('tsc', ['-p', 'tsconfig.build.json']);
  execFileSync('npm', ['run', '--silent', 'manifest'], { stdio: 'inherit' });
  // Built, not kept in git, so that they cannot drift from their two sources.
  writeFileSync('demo/placeholder.css', placeholderCss());
  for (const [name, css] of cssFiles()) writeFileSync(join('dist', name), css);

  const dropIn = readFileSync('dist/cst-widgets.js', 'utf8');
  if (dropIn.includes('Lit is in dev mode')) throw new Error('dist/cst-widgets.js holds a Lit dev-mode build.');
  if (dropIn.includes('sourceMappingURL')) throw new Error('dist/cst-widgets.js must not reference a source map.');

  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  const rows = sizeRows();
  console.log('\n| file | min | gzip | brotli |\n|---|---:|---:|---:|');
  for (const r of rows) console.log(`| ${r.file} | ${kb(r.min)} | ${kb(r.gzip)} | ${kb(r.brotli)} |`);
  console.log('');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    main();
  } catch (error) {
    console.error(`\nBuild failed: ${error.message}`);
    process.exit(1);
  }
}
