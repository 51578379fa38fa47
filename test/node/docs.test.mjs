// The documents the code keeps true: the API reference (docs/api.md) is what the manifest gives
// now; the widgets' guide (docs/widgets.md) names only attributes, events, parts and custom
// properties the elements have, and describes every attribute and event; the accessibility
// conformance report (docs/accessibility.md) names tests that exist.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { API_DOCS, apiDocs } from '../../scripts/api-docs.mjs';

const report = readFileSync('docs/accessibility.md', 'utf8');
const testFiles = ['test', 'test/e2e']
  .flatMap((dir) => readdirSync(dir).map((name) => join(dir, name)))
  .filter((path) => /\.test\.(ts|mjs)$/.test(path));
const tests = testFiles.map((path) => readFileSync(path, 'utf8')).join('\n');

describe('docs/accessibility.md', () => {
  it('names test files that exist', () => {
    const named = [...report.matchAll(/`((?:test\/)?(?:e2e\/)?[\w-]+\.test\.(?:ts|mjs))`/g)].map(([, name]) => name);
    assert.ok(named.length > 10, `only ${named.length} test files named`);
    for (const name of named) assert.ok(existsSync(name.startsWith('test/') ? name : join('test', name)), `${name} does not exist`);
  });

  it('quotes test titles that are still tests', () => {
    // A title quoted after its file (`x.test.ts` "title") or after "all widgets:"; "..." ends a
    // title quoted by its beginning.
    const quoted = [...report.matchAll(/(?:\.test\.(?:ts|mjs)`|all widgets:) "([^"]+)"/g)].map(([, title]) => title.replace(/\.\.\.$/, ''));
    assert.ok(quoted.length > 10, `only ${quoted.length} titles quoted`);
    const missing = quoted.filter((title) => !tests.includes(title.replace(/'/g, "\\'")) && !tests.includes(title));
    assert.deepEqual(missing, []);
  });
});

describe('docs/api.md', () => {
  it('is the reference custom-elements.json gives now (run `npm run manifest` to rewrite it)', () => {
    assert.equal(readFileSync(API_DOCS, 'utf8'), apiDocs());
  });
});

describe('docs/widgets.md', () => {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
  const guide = readFileSync('docs/widgets.md', 'utf8');
  // Each widget's section: from its "## `<cst-…>`" heading to the next "## " heading.
  const sections = [...guide.matchAll(/^## (`<cst-[\s\S]*?)(?=^## |(?![\s\S]))/gm)].map(([, text]) => ({
    tags: [...text.split('\n')[0].matchAll(/<(cst-[a-z-]+)>/g)].map(([, tag]) => tag),
    text,
  }));

  it('has a section for every element of custom-elements.json', () => {
    assert.deepEqual(sections.flatMap((s) => s.tags).sort(), elements.map((e) => e.tagName).sort());
  });

  for (const { tags, text } of sections) {
    const own = elements.filter((e) => tags.includes(e.tagName));
    const names = (key) => new Set(own.flatMap((e) => (e[key] ?? []).map((x) => x.name)));

    it(`${tags.join(', ')}: names only attributes, events, parts and custom properties the element has, and every attribute and event it has`, () => {
      // The rows of its "| attribute |" tables, and every event named in backticks.
      const tables = [...text.matchAll(/^\| attribute \|[^\n]*\n\|[-| ]+\|\n((?:\|[^\n]*\n)+)/gm)].map(([, rows]) => rows);
      const attributes = tables.flatMap((rows) => [...rows.matchAll(/^\| `([a-z-]+)`/gm)].map(([, name]) => name));
      const tagNames = elements.map((e) => e.tagName);
      const events = [...text.matchAll(/`(cst-[a-z-]+)`/g)].map(([, name]) => name).filter((n) => !tagNames.includes(n) && n !== 'cst-widgets');
      const properties = [...text.matchAll(/`(--cst-[a-z-]+)`/g)].map(([, name]) => name).filter((n) => n.startsWith(`--cst-${tags[0].slice(4).split('-')[0]}`));
      const parts = [...text.matchAll(/Parts: ([^.]+)\./g)].flatMap(([, list]) => [...list.matchAll(/`([a-z-]+)`/g)].map(([, name]) => name));
      for (const name of attributes) assert.ok(names('attributes').has(name), `attribute ${name}`);
      for (const name of events) assert.ok(names('events').has(name), `event ${name}`);
      for (const name of properties) assert.ok(names('cssProperties').has(name), `custom property ${name}`);
      for (const name of parts) assert.ok(names('cssParts').has(name), `part ${name}`);
      // Every attribute (the shared label, no-heading and rendered are in "Every widget") and event is described.
      for (const name of names('attributes')) if (!['label', 'no-heading', 'rendered'].includes(name)) assert.ok(attributes.includes(name), `${name} is not described`);
      for (const name of names('events')) assert.ok(events.includes(name), `event ${name} is not described`);
    });
  }
});
