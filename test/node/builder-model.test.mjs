// The embed builder's model, in Node: its snippet CSS (each widget brings its own placeholder rules,
// and only those), its fallback markup, and its presets.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { elementTree, fallbackMarkup, presetsOf, presetValues, snippetCss, WIDGETS } from '../../demo/builder-model.js';
import { WIDGETS as ALL_WIDGETS } from '../../src/examples.js';

const PLACEHOLDER = readFileSync('demo/placeholder.css', 'utf8');
const css = (widgets) => snippetCss({ widgets, colours: {}, text: { themeComment: '' } }, PLACEHOLDER);

describe('the builder’s placeholder CSS', () => {
  it('gives the banner its rules and the quick exit its own', () => {
    assert.match(css(['hotline-banner']), /cst-hotline-banner \{ font-size: medium/);
    assert.doesNotMatch(css(['hotline-banner']), /cst-quick-exit/);
    assert.match(css(['quick-exit']), /cst-quick-exit:not\(\[rendered\]\) \{\n {2}display: block;\n {2}position: sticky/);
    assert.doesNotMatch(css(['quick-exit']), /cst-hotline-banner/);
    assert.equal(css([...WIDGETS, 'trafficking-type']).replace(/\s+/g, ''), PLACEHOLDER.replace(/\s+/g, ''));
  });

  it('gives each content widget its own heights, then the space between widgets', () => {
    const rules = css(['red-flags', 'do-dont']);
    assert.match(rules, /^\/\* cst-widgets: [^\n]*\*\/\ncst-red-flags:/);
    assert.match(rules, /\ncst-do-dont:not\(\[rendered\], \[no-heading\]\) \{ min-height: [\d.]+em; \}/);
    assert.doesNotMatch(rules, /cst-hotline-banner:not|cst-quick-exit:not|cst-trafficking-types?:not/);
    assert.match(rules, /margin-block-start: var\(--cst-stack-space, 2em\);/);
    // One card gets its own part, not the four types' part, whose tag starts with its own.
    const card = css(['trafficking-type']);
    assert.match(card, /\ncst-trafficking-type\[type='familial'\]:not\(\[rendered\]\)/);
    assert.doesNotMatch(card, /cst-trafficking-types:not/);
  });

  it('puts space between any two widgets placed one after another, the quick exit aside (it sits over the page)', () => {
    const rule = PLACEHOLDER.match(/^(:is\([^)]*\)) \+ (:is\([^)]*\)) \{\n {2}margin-block-start: var\(--cst-stack-space, 2em\);/m);
    assert.ok(rule, 'the space-between rule');
    const tags = ALL_WIDGETS.map((w) => w.tag).filter((t) => t !== 'cst-quick-exit');
    assert.equal(rule[1], `:is(${tags.join(', ')})`);
    assert.equal(rule[2], rule[1]);
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

describe('the builder’s presets are the widgets’ examples', () => {
  const defaults = Object.assign({}, ...WIDGETS.map((w) => presetValues(w, { name: 'default' })));

  for (const widget of WIDGETS) {
    it(`${widget}: each preset writes exactly the example's attributes`, () => {
      const presets = presetsOf(widget);
      assert.ok(presets.length > 1, `${widget} has ${presets.length} preset(s)`);
      for (const example of presets) {
        const model = { widgets: [widget], lang: 'en', options: { ...defaults, ...presetValues(widget, example) } };
        const [node] = elementTree(model);
        assert.equal(node.tag, `cst-${widget}`);
        assert.deepEqual(Object.fromEntries(node.attrs), example.attributes ?? {}, `${widget}: ${example.name}`);
      }
    });
  }
});
