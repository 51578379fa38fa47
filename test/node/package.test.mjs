// The package as npm would publish it (`npm test` builds it first): publint and "are the types
// wrong" find nothing, `npm publish --dry-run` passes, and the tarball holds what users need and
// nothing else. The GitHub Actions workflows are valid (they cannot run here).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import catalogue from '../../src/widgets.json' with { type: 'json' };

const bin = (name) => `node_modules/.bin/${name}`;
const run = (command, args) => execFileSync(command, args, { encoding: 'utf8', stdio: 'pipe' });

describe('the npm package', () => {
  it('publint finds nothing to fix', () => {
    assert.match(run(bin('publint'), ['--strict']), /All good!/);
  });

  it('its types resolve for ESM and bundlers (attw; the drop-in is a classic script, without types)', () => {
    run(bin('attw'), ['--pack', '.', '--profile', 'esm-only', '--exclude-entrypoints', './cst-widgets.js']);
  });

  it('holds the scripts, the ESM modules with types and source maps, the manifest, the README and the licence, and nothing else', () => {
    const [{ files }] = JSON.parse(run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts']));
    const paths = files.map((f) => f.path);
    for (const path of ['package.json', 'README.md', 'LICENSE', 'custom-elements.json', 'dist/cst-widgets.js', 'dist/esm/index.js', 'dist/esm/index.d.ts']) {
      assert.ok(paths.includes(path), `${path} is in the package`);
    }
    for (const { tag, module } of catalogue.widgets) {
      assert.ok(paths.includes(`dist/${tag}.js`), `dist/${tag}.js`);
      assert.ok(paths.includes(`dist/esm/components/${module}.js`) && paths.includes(`dist/esm/components/${module}.d.ts`), module);
    }
    const stray = paths.filter((p) => !/^(package\.json|README\.md|LICENSE|custom-elements\.json|dist\/.+)$/.test(p));
    assert.deepEqual(stray, []);
    assert.deepEqual(paths.filter((p) => /\.(ts|json)$/.test(p) && !p.endsWith('.d.ts') && !/^(package|custom-elements)\.json$/.test(p)), [], 'no sources or examples');
  });

  it('npm publish --dry-run passes', () => {
    execFileSync('npm', ['publish', '--dry-run', '--ignore-scripts'], { stdio: 'pipe' });
  });
});

describe('the GitHub Actions workflows', () => {
  const workflows = readdirSync('.github/workflows').filter((name) => name.endsWith('.yml'));

  it('are CI (the three engines) and release (npm with provenance, the zip on the release)', () => {
    assert.deepEqual(workflows.sort(), ['ci.yml', 'release.yml']);
  });

  for (const name of workflows) {
    it(`${name} is valid for GitHub Actions (action-validator)`, () => {
      run(bin('action-validator'), [`.github/workflows/${name}`]);
    });
  }
});
