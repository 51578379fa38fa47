import MagicString from 'magic-string';
import { walk } from './review-only.mjs';

/**
 * Names every message by a short key in the shipped code: `msg(…, { id: 'red-flag.runs-away.title' })`
 * and the Spanish template under the same id both get the message's number in base 36 (`"1k"`), in
 * the order of `ids`. The long ids stay in the source, the XLIFF and the tests.
 *
 * @param {{ ids: readonly string[], include: (id: string) => boolean }} options
 * @returns {import('rollup').Plugin}
 */
export function shortMessageIds({ ids, include }) {
  const short = new Map(ids.map((id, i) => [id, i.toString(36)]));
  return {
    name: 'short-message-ids',
    transform(code, id) {
      if (!include(id)) return null;
      const out = new MagicString(code);
      walk(this.parse(code), (node) => {
        if (node.type !== 'Property' || node.computed) return true;
        // An `id: '…'` option, or a key of the Spanish templates.
        const literal = node.key.name === 'id' && node.value.type === 'Literal' ? node.value : node.key.type === 'Literal' ? node.key : undefined;
        if (literal && short.has(literal.value)) out.overwrite(literal.start, literal.end, JSON.stringify(short.get(literal.value)));
        return true;
      });
      return out.hasChanged() ? { code: out.toString(), map: out.generateMap({ hires: true }) } : null;
    },
  };
}

/** The message ids of an XLIFF file, in its order. */
export const xliffIds = (xliff) => [...xliff.matchAll(/<trans-unit id="([^"]+)">/g)].map(([, id]) => id);
