import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { transform } from 'esbuild';
import MagicString from 'magic-string';
import { readFileSync } from 'node:fs';

// Each element is its own ESM entry, so a bundler user can import one widget.
export const entries = [
  'hotline-banner/hotline-banner',
  'red-flags/red-flags',
  'trafficking-types/trafficking-types',
  'trafficking-types/trafficking-type',
  'do-dont/do-dont',
  'quick-exit/quick-exit',
];

const tsconfigRaw = readFileSync('tsconfig.json', 'utf8');

/** TypeScript to JavaScript with esbuild, honouring tsconfig's decorator settings. */
const typescript = () => ({
  name: 'esbuild-typescript',
  async transform(code, id) {
    if (!id.endsWith('.ts')) return null;
    const result = await transform(code, { loader: 'ts', target: 'es2021', tsconfigRaw, sourcefile: id });
    return { code: result.code, map: null };
  },
});

/** Every message id, numbered: the shipped code names messages by these short keys. */
const messageIds = new Map(
  [...readFileSync('locales/es.xlf', 'utf8').matchAll(/<trans-unit id="([^"]+)">/g)].map(([, id], i) => [id, i.toString(36)]),
);

/** Comments and needless white space out of a `css` template's text. */
const minifyCss = (text) =>
  text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .replace(/\s+!important/g, '!important')
    // 0.5em as .5em, #ffffff as #fff, [part~='base'] as [part~=base] (a name needs no quotes).
    .replace(/([\s:(,])0\.(\d)/g, '$1.$2')
    .replace(/#([\da-f])\1([\da-f])\2([\da-f])\3(?![\da-f])/gi, '#$1$2$3')
    .replace(/\[([\w-]+[~|^$*]?=)'([a-z][\w-]*)'\]/g, '[$1$2]')
    .trim();

/**
 * The content whose citations a widget shows (a "Source:" line, internal/source-line.ts): the red
 * flags and the types of trafficking. Every other record keeps its citations in the source, for
 * reviewers and the tests, and ships without them.
 */
const CITATIONS_SHOWN = /\/src\/content\/(red-flags|trafficking-types)\.ts$/;

/** Fields only reviewers, translators and the tests read. */
const REVIEW_ONLY = ['desc', 'evidence', 'seed'];
/** The same in the list of source documents: who publishes each, and whom it is written for. */
const REVIEW_ONLY_IN_SOURCES = ['publisher', 'audience'];

/**
 * Makes the shipped code smaller without changing what it does: drops what only reviewers and
 * translators read (the `evidence` excerpt of every citation and so a source cited twice, the
 * citations of every content file outside CITATIONS_SHOWN, the seed file, publisher and audience
 * of every source, the `desc` note of every `msg()`; the tests check them against the sources),
 * shortens message ids to a number in both the messages and the Spanish templates, minifies the
 * CSS of `css` templates, and takes formatting white space out of markup.
 */
const shrink = () => ({
  name: 'shrink',
  transform(code, id) {
    if (!id.includes('/src/')) return null;
    const out = new MagicString(code);
    const dropped = id.endsWith('/src/content/sources.ts') ? [...REVIEW_ONLY, ...REVIEW_ONLY_IN_SOURCES] : REVIEW_ONLY;
    const visit = (node) => {
      if (!node || typeof node.type !== 'string') return;
      if (node.type === 'Property' && !node.computed) {
        const key = node.key.name ?? node.key.value;
        // What only reviewers read goes, and so do citations no widget shows (see CITATIONS_SHOWN).
        if (dropped.includes(key) || (key === 'cited' && !CITATIONS_SHOWN.test(id))) {
          out.remove(node.start, code[node.end] === ',' ? node.end + 1 : node.end);
          return;
        }
        // Without their excerpts, citations need only name each source once.
        if (key === 'cited' && node.value.type === 'ArrayExpression' && node.value.elements.every((c) => c?.type === 'ObjectExpression')) {
          const sources = node.value.elements.map((c) => c.properties.find((p) => p.key.name === 'source').value.value);
          out.overwrite(node.value.start, node.value.end, JSON.stringify([...new Set(sources)].map((source) => ({ source }))));
          return;
        }
        if (key === 'id' && node.value.type === 'Literal' && messageIds.has(node.value.value)) {
          out.overwrite(node.value.start, node.value.end, JSON.stringify(messageIds.get(node.value.value)));
        } else if (node.key.type === 'Literal' && messageIds.has(node.key.value)) {
          out.overwrite(node.key.start, node.key.end, JSON.stringify(messageIds.get(node.key.value)));
        }
      }
      if (node.type === 'TaggedTemplateExpression' && node.tag.name === 'css') {
        for (const quasi of node.quasi.quasis) if (quasi.end > quasi.start) out.overwrite(quasi.start, quasi.end, minifyCss(quasi.value.raw));
        return;
      }
      // Markup: a run of white space that holds a line break renders as one space (no widget uses
      // <pre> or white-space: pre), so the indentation goes and the rendering stays the same. Before
      // the ">" that ends a tag (a line break there comes from formatting), or any before "/>", it goes.
      if (node.type === 'TaggedTemplateExpression' && ['html', 'svg', 'staticHtml'].includes(node.tag.name)) {
        for (const quasi of node.quasi.quasis) {
          const text = quasi.value.raw.replace(/\s*\n\s*>|\s+\/>/g, (end) => end.trim()).replace(/\s*\n\s*/g, ' ');
          if (text !== quasi.value.raw) out.overwrite(quasi.start, quasi.end, text);
        }
      }
      for (const value of Object.values(node)) {
        if (Array.isArray(value)) value.forEach(visit);
        else if (value && typeof value === 'object') visit(value);
      }
    };
    visit(this.parse(code));
    return out.hasChanged() ? { code: out.toString(), map: out.generateMap({ hires: true }) } : null;
  },
});

/**
 * Drops the translations no shipped code asks for: the content model also holds messages for
 * widgets yet to come (statistics, prevention tips), and tree-shaking removes their English but
 * not their Spanish. A message is asked for when a chunk holds its short id as `id:"…"`.
 */
const pruneMessages = () => ({
  name: 'prune-messages',
  generateBundle(_options, bundle) {
    const short = new Set(messageIds.values());
    const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
    const used = new Set(chunks.flatMap((c) => [...c.code.matchAll(/\bid:\s*["']([0-9a-z]+)["']/g)].map((m) => m[1])));
    for (const chunk of chunks) {
      const out = new MagicString(chunk.code);
      const keyOf = (p) => (p.key.type === 'Identifier' ? p.key.name : String(p.key.value));
      const visit = (node) => {
        if (!node || typeof node.type !== 'string') return;
        // The Spanish templates: an object whose keys are all message ids.
        if (node.type === 'ObjectExpression' && node.properties.length > 20 && node.properties.every((p) => p.type === 'Property' && short.has(keyOf(p)))) {
          const kept = node.properties.filter((p) => used.has(keyOf(p)));
          out.overwrite(node.start, node.end, `{${kept.map((p) => chunk.code.slice(p.start, p.end)).join(',')}}`);
          return;
        }
        for (const value of Object.values(node)) {
          if (Array.isArray(value)) value.forEach(visit);
          else if (value && typeof value === 'object') visit(value);
        }
      };
      visit(this.parse(chunk.code));
      if (out.hasChanged()) chunk.code = out.toString();
    }
  },
});

/**
 * Every message names its id (`checkTranslations` in scripts/build.mjs fails on a generated one),
 * so the drop-in leaves out @lit/localize's id hashing: a message without an id shows its English.
 */
const noIdHashing = () => ({
  name: 'no-id-hashing',
  resolveId: (source) => (source.endsWith('/id-generation.js') ? '\0no-id-hashing' : null),
  load: (id) => (id === '\0no-id-hashing' ? 'export const generateMsgId = () => "";' : null),
});

export default [
  // The drop-in: one classic script with Lit, every widget and every locale, making no request.
  {
    input: 'src/drop-in.ts',
    output: {
      file: 'dist/cst-widgets.js',
      format: 'iife',
      name: 'CstWidgets',
      inlineDynamicImports: true,
      // A script that fails to start must not break the host page: one clear console error, no
      // uncaught exception, and the fallback markup stays. The usual cause is a Trusted Types
      // list without Lit's policy name, which makes Lit throw as it loads: name the fix.
      banner: 'try {',
      footer: `} catch (error) {
  (function (text) {
    if (/lit-html/.test(text) && /polic/i.test(text)) {
      console.error("cst-widgets could not start: this page's Trusted Types policy does not allow the name 'lit-html'. " +
        "Add \`trusted-types lit-html 'allow-duplicates'\` to its Content-Security-Policy.");
    } else {
      console.error('cst-widgets could not start: ' + text, error);
    }
  })(String((error && error.message) || error));
}`,
    },
    // No "development" export condition, so Lit's production build is the one bundled.
    plugins: [
      resolve({ browser: true, extensions: ['.ts', '.js'] }),
      typescript(),
      shrink(),
      noIdHashing(),
      pruneMessages(),
      // V8's explicit compile hint: most of this code runs while the page loads, so Chromium
      // compiles all of it while the file streams in, off the main thread, instead of pausing the
      // page to compile each function on its first call. Other engines ignore the comment.
      terser({ ecma: 2021, module: false, compress: { passes: 2 }, format: { comments: false, preamble: '//# allFunctionsCalledOnLoad' } }),
    ],
  },
  // The package for bundlers: Lit stays a dependency, locales stay lazy chunks.
  {
    input: {
      index: 'src/index.ts',
      ...Object.fromEntries(entries.map((e) => [`components/${e}`, `src/components/${e}.ts`])),
    },
    external: [/^lit(\/|$)/, /^@lit\//],
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: 'dist/esm',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
    },
    plugins: [resolve({ browser: true, extensions: ['.ts', '.js'] }), typescript(), shrink(), pruneMessages()],
  },
];
