// The documents the code keeps true: the API reference (docs/api.md) is what the manifest gives
// now, and the accessibility conformance report (docs/accessibility.md) names tests that exist.
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
