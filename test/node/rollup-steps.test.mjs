// The build's own steps (scripts/rollup/), each on a small fixture, run through rollup as the
// build runs them.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rollup } from 'rollup';
import { shortMessageIds, xliffIds } from '../../scripts/rollup/message-ids.mjs';
import { pruneTranslations } from '../../scripts/rollup/prune-translations.mjs';
import { reviewOnly } from '../../scripts/rollup/review-only.mjs';

/** Bundles `files` (path → code; the first is the entry) with `plugins`, and returns the output code. */
async function build(files, plugins, output = { format: 'es', inlineDynamicImports: true }) {
  const virtual = {
    name: 'virtual',
    resolveId: (source) => (source.replace(/^\.\//, '/src/') in files ? source.replace(/^\.\//, '/src/') : null),
    load: (id) => files[id] ?? null,
  };
  const bundle = await rollup({ input: Object.keys(files)[0], plugins: [virtual, ...plugins], onwarn: () => {} });
  const { output: chunks } = await bundle.generate(output);
  return chunks.map((c) => c.code).join('\n');
}

const all = () => true;

describe('review-only: what only reviewers read stays out of the shipped code', () => {
  const content = `
    const msg = (text, options) => [text, options];
    export const RECORD = {
      text: () => msg('Be patient', { id: 'respond.do.be-patient', desc: 'A note for translators.' }),
      cited: [{ source: 'ncmec-cw-2024', evidence: ['DO Be Patient'] }, { evidence: ['An excerpt'], source: 'ncmec-parents-2024' }],
    };`;

  it('drops the named fields and keeps every other', async () => {
    const code = await build({ '/src/content.js': content }, [reviewOnly({ fields: ['evidence', 'desc'], include: all })]);
    assert.doesNotMatch(code, /evidence|DO Be Patient|An excerpt|desc|A note for translators/);
    assert.match(code, /id: 'respond\.do\.be-patient'/);
    assert.match(code, /\{ source: 'ncmec-cw-2024',\s*\}/);
    assert.match(code, /source: 'ncmec-parents-2024'/);
    const { RECORD } = await import(`data:text/javascript,${encodeURIComponent(code)}`);
    assert.deepEqual(RECORD.cited, [{ source: 'ncmec-cw-2024' }, { source: 'ncmec-parents-2024' }]);
  });

  it('leaves files it is not asked to change alone', async () => {
    const code = await build({ '/src/content.js': content }, [reviewOnly({ fields: ['evidence'], include: () => false })]);
    assert.match(code, /evidence/);
  });
});

describe('short-message-ids: messages are named by number in the shipped code', () => {
  const files = {
    '/src/widget.js': `
      const msg = (text, options) => options.id;
      import { templates } from './es.js';
      export const ids = [msg('A', { id: 'first.message' }), msg('B', { id: 'second.message' }), msg('C', { id: 'unknown' })];
      export { templates };`,
    '/src/es.js': `export const templates = { 'first.message': 'Uno', 'second.message': 'Dos' };`,
  };

  it('gives each id its number in base 36, in the message and in the Spanish', async () => {
    const ids = [...Array(40).keys()].map((i) => `filler.${i}`).concat(['first.message', 'second.message']);
    const code = await build(files, [shortMessageIds({ ids, include: all })]);
    const { ids: shipped, templates } = await import(`data:text/javascript,${encodeURIComponent(code)}`);
    assert.deepEqual(shipped, ['14', '15', 'unknown']);
    assert.deepEqual(templates, { 14: 'Uno', 15: 'Dos' });
  });

  it('reads the ids of an XLIFF file in order', () => {
    assert.deepEqual(xliffIds('<trans-unit id="a.b"></trans-unit>\n<trans-unit id="c"></trans-unit>'), ['a.b', 'c']);
  });
});

describe('prune-translations: a file carries the Spanish its own code asks for', () => {
  const files = {
    '/src/entry.js': `
      const msg = (text, options) => [text, options];
      import { used } from './records.js';
      export const shown = () => [msg('Shown', { id: 'a' }), used.text()];
      export const load = () => import('./generated/locales/es.js');`,
    '/src/records.js': `
      const msg = (text, options) => [text, options];
      export const used = { text: () => msg('Used', { id: 'c' }) };
      export const unused = { text: () => msg('Unused', { id: 'd' }) };`,
    '/src/generated/locales/es.js': `export const templates = {\n'a': \`Mostrado\`,\n'b': \`Borrador\`,\n'c': \`Usado\`,\n'd': \`Sin usar\`,\n};`,
  };
  const plugin = () => pruneTranslations({ module: (id) => id.endsWith('/generated/locales/es.js') });

  it('keeps the asked-for template and drops the rest', async () => {
    const code = await build(files, [plugin()], { format: 'iife', name: 'X', inlineDynamicImports: true });
    assert.match(code, /Mostrado/);
    assert.doesNotMatch(code, /Borrador/);
  });

  it('asks only for what the shipped code holds: a record of an imported module that nothing uses carries no Spanish', async () => {
    for (const output of [{ format: 'iife', name: 'X', inlineDynamicImports: true }, { format: 'es', preserveModules: true }]) {
      const code = await build(files, [plugin()], output);
      assert.match(code, /Usado/, output.format);
      assert.doesNotMatch(code, /Sin usar|Unused/, output.format);
    }
  });

  it('does the same where the translations are a chunk of their own (the ESM build)', async () => {
    const code = await build(files, [plugin()], { format: 'es', preserveModules: true });
    assert.match(code, /Mostrado/);
    assert.doesNotMatch(code, /Borrador/);
  });

  it('fails the build when it cannot find the translations as rollup rendered them', async () => {
    const before = { name: 'before', renderChunk: (code) => code.replace('Borrador', 'Draft') };
    await assert.rejects(build(files, [before, plugin()], { format: 'iife', name: 'X', inlineDynamicImports: true }), /is not in .* as rollup rendered it/);
  });

  it('fails the build when the module holds no templates object', async () => {
    const broken = { ...files, '/src/generated/locales/es.js': 'export const other = 1;' };
    await assert.rejects(build(broken, [plugin()], { format: 'iife', name: 'X', inlineDynamicImports: true }), /no `templates` object/);
  });
});
