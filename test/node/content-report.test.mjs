// src/content/CONTENT.md is what reviewers and translators read instead of the code: it must say
// what the widgets render now. `npm run content` writes it; this test only compares, and fails.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { contentReport, REPORT, toMarkdown } from '../../scripts/content-report.mjs';

describe('src/content/CONTENT.md', () => {
  it('is what the widgets render now, in English and Spanish, with every source', { timeout: 180_000 }, async () => {
    const expected = await contentReport();
    const committed = readFileSync(REPORT, 'utf8');
    assert.ok(committed === expected, `${REPORT} is out of date: run \`npm run content\`, review the change and commit it.`);
  });

  it('refuses a message that no widget renders and no content record gives', () => {
    const heard = { sources: [], widgets: { 'cst-x': {} }, records: {} };
    assert.throws(() => toMarkdown(heard), /no widget rendered and no content record gives/);
  });
});
