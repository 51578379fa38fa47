// Sizes of the built library, shared by the build report, the benchmark and the budget test.
// Everything here reads dist/ (run `npm run build` first) and is deterministic.
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { TraceMap, eachMapping } from '@jridgewell/trace-mapping';
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import catalogue from '../src/widgets.json' with { type: 'json' };

export const DROP_IN = 'dist/cst-widgets.js';

/** The ESM entries a bundler user imports one by one (package.json "exports"), by tag, from src/widgets.json. */
export const COMPONENT_ENTRIES = Object.fromEntries(catalogue.widgets.map((w) => [w.tag, `dist/esm/components/${w.module}.js`]));

export const gzip = (code) => gzipSync(code, { level: 9 }).length;
export const brotli = (code) => brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
export const measure = (code) => ({ min: Buffer.byteLength(code), gzip: gzip(code), brotli: brotli(code) });
export const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** min, gzip and brotli bytes of the drop-in script. */
export function dropInSize() {
  return measure(readFileSync(DROP_IN));
}

/**
 * What importing one ESM entry costs an app, minified as its bundler would: the entry with
 * everything it imports, in English (`withLit`: Lit and @lit/localize included, as in an app that
 * has no other Lit code; `ownCode`: only this package's code), and the Spanish chunk that loads
 * only on pages in Spanish.
 */
export async function entrySize(file) {
  const build = async (external) => {
    const bundle = await rollup({
      input: file,
      external: external ? [/^lit(\/|$)/, /^@lit\//] : [],
      plugins: [resolve({ browser: true }), terser({ module: true, format: { comments: false } })],
      onwarn: () => {},
    });
    const { output } = await bundle.generate({ format: 'es' });
    await bundle.close();
    const chunks = output.filter((c) => c.type === 'chunk');
    const spanish = chunks.find((c) => c.facadeModuleId?.includes('/locales/es'));
    return { english: measure(chunks.filter((c) => c !== spanish).map((c) => c.code).join('\n')), spanish: spanish && measure(spanish.code) };
  };
  const [withLit, ownCode] = [await build(false), await build(true)];
  return { withLit: withLit.english, ownCode: ownCode.english, spanishChunk: withLit.spanish };
}

/** Which part of the library a source file belongs to. */
function partOf(source) {
  if (/node_modules\/@lit\/localize\//.test(source)) return '@lit/localize';
  if (/node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//.test(source)) return 'Lit';
  if (/src\/generated\/locales\/es/.test(source)) return 'content and UI text, Spanish';
  if (/src\/content\//.test(source)) return 'content and UI text, English';
  if (/\.styles\.ts$|src\/styles\//.test(source)) return 'our CSS';
  return 'our code';
}

/**
 * The drop-in split by part (Lit, @lit/localize, our code, our CSS, text per language), rebuilt
 * with a source map. `min` counts minified bytes; `gzipShare` is each part's share of the gzip
 * size, estimated from its bytes compressed on their own and scaled to the real total. English
 * text written in components (button labels) counts as our code.
 */
export async function composition() {
  const { default: configs } = await import('../rollup.config.js');
  const config = configs[0];
  const bundle = await rollup({ input: config.input, plugins: config.plugins, onwarn: () => {} });
  const { output } = await bundle.generate({ ...config.output, file: undefined, sourcemap: true });
  await bundle.close();
  const { code, map } = output[0];
  const lines = code.split('\n');
  const segments = [];
  eachMapping(new TraceMap(map), (m) => segments.push(m));
  const text = new Map();
  segments.forEach((m, i) => {
    const next = segments[i + 1];
    const line = lines[m.generatedLine - 1];
    const end = next && next.generatedLine === m.generatedLine ? next.generatedColumn : line.length;
    const part = partOf(m.source ?? '');
    text.set(part, (text.get(part) ?? '') + line.slice(m.generatedColumn, end));
  });
  const total = gzip(code);
  const alone = new Map([...text].map(([part, t]) => [part, gzip(t)]));
  const sumAlone = [...alone.values()].reduce((a, b) => a + b, 0);
  return [...text]
    .map(([part, t]) => ({ part, min: Buffer.byteLength(t), gzip: Math.round((alone.get(part) / sumAlone) * total) }))
    .sort((a, b) => b.min - a.min);
}
