// The embed builder's snippet CSS: each widget brings its own placeholder rules, and only those.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fallbackMarkup, snippetCss } from '../../demo/builder-model.js';

const PLACEHOLDER = readFileSync('demo/placeholder.css', 'utf8');
const css = (widgets) => snippetCss({ widgets, colours: {}, text: { themeComment: '' } }, PLACEHOLDER);

describe('the builder’s placeholder CSS', () => {
  it('gives the banner its rules and the quick exit its own', () => {
    assert.match(css(['hotline-banner']), /cst-hotline-banner \{ font-size: medium/);
    assert.doesNotMatch(css(['hotline-banner']), /cst-quick-exit/);
    assert.match(css(['quick-exit']), /cst-quick-exit:not\(\[rendered\]\) \{\n {2}display: block;\n {2}position: sticky/);
    assert.doesNotMatch(css(['quick-exit']), /cst-hotline-banner/);
    assert.equal(css(['quick-exit', 'hotline-banner']).replace(/\s+/g, ''), PLACEHOLDER.replace(/\s+/g, ''));
  });

  it('needs no placeholder for widgets further down the page', () => {
    assert.equal(css(['red-flags', 'do-dont']).trim(), '');
  });
});

describe('the builder’s fallback markup', () => {
  it('puts "call 911" first, then the hotline, in each language', () => {
    assert.equal(
      fallbackMarkup('en'),
      '<p>If a child is in immediate danger, <a href="tel:911">call 911</a>.</p><p>NCMEC 24-Hour Hotline: <a href="tel:+18008435678">1-800-THE-LOST (1-800-843-5678)</a></p>',
    );
    assert.match(fallbackMarkup('es'), /^<p>Si un niño o una niña está en peligro inmediato, <a href="tel:911">llame al 911<\/a>\.<\/p><p>Línea directa/);
  });
});
