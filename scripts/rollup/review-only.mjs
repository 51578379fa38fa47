import MagicString from 'magic-string';

/**
 * Takes out of the shipped code what only reviewers and translators read: the properties of object
 * literals named in `fields`. For cst-widgets these are a citation's `evidence` (the excerpt a
 * reviewer checks against the guide, `Citation` in src/content/types.ts) and a message's `desc`
 * (the note for translators that `msg()` takes). Every other field ships.
 *
 * @param {{ fields: readonly string[], include: (id: string) => boolean }} options
 * @returns {import('rollup').Plugin}
 */
export function reviewOnly({ fields, include }) {
  return {
    name: 'review-only',
    transform(code, id) {
      if (!include(id) || !fields.some((field) => code.includes(field))) return null;
      const out = new MagicString(code);
      walk(this.parse(code), (node) => {
        if (node.type !== 'Property' || node.computed || !fields.includes(node.key.name ?? node.key.value)) return true;
        out.remove(node.start, code[node.end] === ',' ? node.end + 1 : node.end);
        return false;
      });
      return out.hasChanged() ? { code: out.toString(), map: out.generateMap({ hires: true }) } : null;
    },
  };
}

/** Calls `visit` on every node of an ESTree; a node's children are visited while `visit` returns true. */
export function walk(node, visit) {
  if (!node || typeof node.type !== 'string' || !visit(node)) return;
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) value.forEach((child) => walk(child, visit));
    else if (value && typeof value === 'object') walk(value, visit);
  }
}
