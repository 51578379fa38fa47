// custom-elements.json, as Storybook, editors, docs/api.md and a package user read it: valid
// against the Custom Elements Manifest schema it names, clean under @wc-toolkit/cem-validator with
// every rule an error, and the public API only, each piece described. (That the defaults it gives
// are the elements' own is checked in a browser, in test/all-widgets.test.ts.)
import { validateCem } from '@wc-toolkit/cem-validator';
import Ajv from 'ajv';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import { isThemeToken } from '../../scripts/theme-tokens.mjs';

const read = (file) => JSON.parse(readFileSync(file, 'utf8'));
const manifest = read('custom-elements.json');
const pkg = read('package.json');
const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
const EVERY = 'error';

describe('custom-elements.json', () => {
  it(`is valid against the schema of version ${manifest.schemaVersion}`, () => {
    const schema = read('node_modules/custom-elements-manifest/schema.json');
    assert.equal(manifest.schemaVersion, read('node_modules/custom-elements-manifest/package.json').version);
    const ajv = new Ajv({ allErrors: true, strict: false });
    assert.ok(ajv.validate(schema, manifest), ajv.errorsText());
  });

  it('passes @wc-toolkit/cem-validator with every rule an error', async () => {
    const rules = {
      packageJson: Object.fromEntries(['packageType', 'main', 'module', 'types', 'exports', 'customElementsProperty', 'publishedCem'].map((r) => [r, EVERY])),
      manifest: Object.fromEntries(['schemaVersion', 'modulePath', 'definitionPath', 'typeDefinitionPath', 'exportTypes', 'tagName'].map((r) => [r, EVERY])),
    };
    await validateCem(structuredClone(manifest), { rules });
  });

  it('describes the modules a package user imports, each the built file of one element it defines', () => {
    const entries = Object.values(pkg.exports).map((e) => e.import).filter((p) => p?.includes('/components/'));
    assert.deepEqual(manifest.modules.map((m) => `./${m.path}`).sort(), entries.sort());
    for (const module of manifest.modules) {
      const defined = module.exports.filter((e) => e.kind === 'custom-element-definition');
      assert.equal(defined.length, 1, module.path);
      assert.ok(elements.some((e) => e.tagName === defined[0].name && e.name === defined[0].declaration.name), module.path);
    }
  });

  it('every element of src/widgets.json is in it', () => {
    const widgets = read('src/widgets.json').widgets.map((w) => w.tag);
    assert.deepEqual(elements.map((e) => e.tagName).sort(), [...widgets].sort());
  });

  for (const element of elements) {
    describe(`<${element.tagName}>`, () => {
      it('lists public instance members only, with no base class to look up', () => {
        for (const member of element.members ?? []) {
          assert.equal(member.privacy ?? 'public', 'public', member.name);
          assert.ok(!member.static, member.name);
        }
        assert.equal(element.superclass, undefined);
      });

      it('describes every attribute, property, slot, part, custom property and event', () => {
        for (const key of ['attributes', 'members', 'slots', 'cssParts', 'cssProperties', 'events']) {
          for (const item of element[key] ?? []) assert.ok(item.description?.trim(), `${key} ${item.name || '(default slot)'}`);
        }
      });

      it('gives defaults as values a reader can use, not the names of constants', () => {
        for (const item of [...(element.attributes ?? []), ...(element.members ?? [])]) {
          if (item.default === undefined) continue;
          assert.match(item.default, /^('[^']*'|-?\d+(\.\d+)?|true|false)$/, `${item.name}: ${item.default}`);
        }
        for (const property of element.cssProperties ?? []) assert.ok(property.default, property.name);
      });

      it('spells out the values an attribute allows, rather than naming a type alias', () => {
        for (const item of [...(element.attributes ?? []), ...(element.members ?? [])]) {
          const text = item.type?.text ?? '';
          assert.doesNotMatch(text.replace(/'[^']*'/g, ''), /\b[A-Z]\w*/, `${item.name}: ${text}`);
        }
      });

      it('carries the theme tokens and the rendered attribute', () => {
        const tokens = elements[0].cssProperties.filter((p) => isThemeToken(p.name)).map((p) => p.name);
        assert.ok(tokens.length > 10);
        assert.deepEqual(element.cssProperties.filter((p) => isThemeToken(p.name)).map((p) => p.name), tokens);
        assert.ok(element.attributes.some((a) => a.name === 'rendered'));
      });
    });
  }

  it('documents the theme tokens and the rendered attribute once, on the widgets\' base class', () => {
    const files = readdirSync('src', { recursive: true }).filter((f) => f.endsWith('.ts')).map((f) => `src/${f}`);
    const documenting = (pattern) => files.filter((f) => pattern.test(readFileSync(f, 'utf8')));
    assert.deepEqual(documenting(/@cssprop( \{[^}]*\})? \[--cst-(font|color|radius|space)-/), ['src/internal/cst-element.ts']);
    assert.deepEqual(documenting(/@attr(ibute)? rendered\b/), ['src/internal/cst-element.ts']);
  });
});
