import { examplesOf, exampleElement } from '../src/examples.js';

/**
 * A story that shows the example `name` of the widget `tag` (its `<widget>.examples.json`), as a
 * webmaster would write it: the same markup the accessibility tests check in both languages.
 */
export function fromExample<S extends object>(tag: string, name: string, extra: S = {} as S) {
  const example = examplesOf(tag).find((e) => e.name === name);
  if (!example) throw new Error(`${tag} has no example named "${name}"`);
  return { name, render: () => exampleElement(tag, example), ...extra };
}
