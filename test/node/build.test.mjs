// The build's own guards, tested where they run: in Node.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
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
