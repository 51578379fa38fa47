import MagicString from 'magic-string';
import { walk } from './review-only.mjs';

/**
 * Ships only the translations the build's own code asks for: lit-localize writes every message
 * into one module (`module`, `const templates = { id: template, … }`), including those of content
 * no widget shows yet. A message is asked for when the code the build ships, in any of its chunks,
 * names its id as `id: "…"` (the `msg()` option) outside that module: what rollup renders, after
 * tree-shaking, so a file with one widget carries that widget's Spanish, and a record a widget's
 * module holds but no widget shows (a statistic) carries none.
 * The translations module is found in each chunk by its id, and the build fails when its
 * `templates` object cannot be found.
 *
 * @param {{ module: (id: string) => boolean }} options
 * @returns {import('rollup').Plugin}
 */
export function pruneTranslations({ module }) {
  return {
    name: 'prune-translations',
    renderChunk(code, chunk, _options, { chunks }) {
      const id = Object.keys(chunk.modules).find(module);
      const rendered = id && chunk.modules[id].code;
      if (!rendered) return null;
      const at = code.indexOf(rendered);
      if (at < 0) this.error(`prune-translations: the code of ${id} is not in ${chunk.fileName} as rollup rendered it (does a plugin before this one change the chunk?)`);

      const asked = new Set();
      for (const [other, { code: shipped }] of Object.values(chunks).flatMap((c) => Object.entries(c.modules))) {
        if (other === id || !shipped) continue;
        walk(this.parse(shipped), (node) => {
          if (node.type === 'Property' && !node.computed && node.key.name === 'id' && node.value.type === 'Literal') asked.add(node.value.value);
          return true;
        });
      }
      let templates;
      walk(this.parse(rendered), (node) => {
        if (node.type === 'VariableDeclarator' && /^templates/.test(node.id.name) && node.init?.type === 'ObjectExpression') templates = node.init;
        return !templates;
      });
      if (!templates) this.error(`prune-translations: no \`templates\` object in ${id}`);
      const out = new MagicString(code);
      for (const p of templates.properties) {
        if (!asked.has(p.key.name ?? String(p.key.value))) out.remove(at + p.start, at + (rendered[p.end] === ',' ? p.end + 1 : p.end));
      }
      return { code: out.toString(), map: out.generateMap({ hires: true }) };
    },
  };
}
