// The build's own guards, tested where they run: in Node.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { checkTranslations, missingTranslations } from '../../scripts/build.mjs';

const unit = (id, target) =>
  `<trans-unit id="${id}">\n  <source>Text</source>\n  ${target === undefined ? '' : `<target>${target}</target>`}\n</trans-unit>`;

describe('the build refuses an untranslated message', () => {
  it('finds a message with no Spanish target', () => {
    const xliff = `<body>${unit('a', 'Texto')}${unit('b')}</body>`;
    assert.deepEqual(missingTranslations(xliff), { total: 2, missing: ['b'] });
  });

  it('takes a target that starts with a placeholder', () => {
    const xliff = `<body>${unit('a', '<x id="0" equiv-text="${n}"/> señales')}${unit('b', '<x id="0" equiv-text="${n}"/>')}</body>`;
    assert.deepEqual(missingTranslations(xliff).missing, []);
  });

  it('finds an empty or blank target', () => {
    const xliff = `<body>${unit('a', '')}${unit('b', '   ')}${unit('c', 'Sí')}</body>`;
    assert.deepEqual(missingTranslations(xliff).missing, ['a', 'b']);
  });

  it('passes the project: every message in the source has Spanish in locales/es.xlf', () => {
    const total = checkTranslations();
    assert.ok(total > 100, `only ${total} messages found`);
    assert.deepEqual(missingTranslations(readFileSync('locales/es.xlf', 'utf8')).missing, []);
  });
});

describe('src/widgets.json is the one list of widgets', () => {
  const { widgets } = JSON.parse(readFileSync('src/widgets.json', 'utf8'));
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

  it("package.json exports each widget's module as ./<name>.js, and no other", () => {
    const expected = Object.fromEntries(
      widgets.map(({ module }) => [
        `./${module.split('/').pop()}.js`,
        { types: `./dist/esm/components/${module}.d.ts`, import: `./dist/esm/components/${module}.js` },
      ]),
    );
    const actual = Object.fromEntries(Object.entries(pkg.exports).filter(([, target]) => typeof target === 'object' && target.import?.includes('/components/')));
    assert.deepEqual(actual, expected, 'add or remove the widget in package.json "exports"');
  });

  it('every widget module exists, with its examples, and every component folder is listed', () => {
    for (const { module } of widgets) {
      assert.ok(existsSync(`src/components/${module}.ts`), `src/components/${module}.ts`);
      assert.ok(existsSync(`src/components/${module}.examples.json`), `src/components/${module}.examples.json`);
    }
    const folders = readdirSync('src/components');
    for (const folder of folders) assert.ok(widgets.some(({ module }) => module.startsWith(`${folder}/`)), `src/components/${folder} is not in src/widgets.json`);
  });
});
