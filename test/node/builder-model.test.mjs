// The embed builder's snippet CSS: each widget brings its own placeholder rules, and only those.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { snippetCss } from '../../demo/builder-model.js';

const PLACEHOLDER = readFileSync('demo/placeholder.css', 'utf8');
const css = (widgets) => snippetCss({ widgets, colours: {}, text: { themeComment: '' } }, PLACEHOLDER);

describe('the builder’s placeholder CSS', () => {
  it('gives the banner its rules and the quick exit its own', () => {
    assert.match(css(['hotline-banner']), /cst-hotline-banner \{ font-size: medium/);
    assert.doesNotMatch(css(['hotline-banner']), /cst-quick-exit/);
    assert.match(css(['quick-exit']), /cst-quick-exit \{ display: block/);
    assert.doesNotMatch(css(['quick-exit']), /cst-hotline-banner/);
    assert.equal(css(['quick-exit', 'hotline-banner']).replace(/\s+/g, ''), PLACEHOLDER.replace(/\s+/g, ''));
  });

  it('needs no placeholder for widgets further down the page', () => {
    assert.equal(css(['red-flags', 'do-dont']).trim(), '');
  });
});
