// The embed builder's model, in Node: its snippet CSS (each widget brings its own placeholder rules,
// and only those), its fallback markup, and its presets.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { MESSAGES, OPTION_TEXT } from '../../demo/builder-i18n.js';
import { elementTree, fallbackMarkup, presetsOf, presetValues, snippetCss, widgetOptions, WIDGETS } from '../../demo/builder-model.js';
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
    // Reserved only where scripts run (issue #43, item 3).
    assert.match(rules, /^\/\* cst-widgets: [^\n]*\*\/\n@media \(scripting: enabled\) \{\n {2}cst-red-flags:/);
    assert.match(rules, /\n {2}cst-do-dont:not\(\[rendered\], \[no-heading\]\) \{ min-height: [\d.]+em; \}/);
    assert.doesNotMatch(rules, /cst-hotline-banner:not|cst-quick-exit:not|cst-trafficking-types?:not/);
    assert.match(rules, /margin-block-start: var\(--cst-stack-space, 2em\);/);
    // One card gets its own part, not the four types' part, whose tag starts with its own.
    const card = css(['trafficking-type']);
    assert.match(card, /\n {2}cst-trafficking-type\[type='familial'\]:not\(\[rendered\]\)/);
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
  for (const widget of WIDGETS) {
    it(`${widget}: each preset writes exactly the example's attributes`, () => {
      const presets = presetsOf(widget);
      assert.ok(presets.length > 1, `${widget} has ${presets.length} preset(s)`);
      for (const example of presets) {
        const model = { widgets: [widget], lang: 'en', options: { [widget]: presetValues(widget, example) } };
        const [node] = elementTree(model);
        assert.equal(node.tag, `cst-${widget}`);
        assert.deepEqual(Object.fromEntries(node.attrs), example.attributes ?? {}, `${widget}: ${example.name}`);
      }
    });
  }
});

describe('the builder says the emergency path once a page', () => {
  const attrs = (model) => Object.fromEntries(elementTree({ lang: 'en', options: {}, ...model }).map((n) => [n.tag, Object.fromEntries(n.attrs)]));

  it('with the banner chosen, every other widget that shows the path leaves it out', () => {
    // Every widget src/widgets.json says shows the path in full, and the figure, which does not.
    const showing = ALL_WIDGETS.filter((w) => w.emergencyPath === 'full' && WIDGETS.includes(w.tag.slice(4))).map((w) => w.tag);
    assert.ok(showing.length >= 5, showing.join());
    const tree = attrs({ widgets: ['hotline-banner', 'stat', ...showing.map((t) => t.slice(4))] });
    assert.deepEqual(tree['cst-hotline-banner'], {});
    for (const tag of showing) assert.deepEqual(tree[tag], { emergency: 'none' }, tag);
    assert.deepEqual(tree['cst-stat'], {}, 'a widget without the path gets no attribute');
  });

  it("keeps a webmaster's choice of the 911 line alone, and the full path where no banner shows it", () => {
    assert.deepEqual(attrs({ widgets: ['hotline-banner', 'red-flags'], options: { 'red-flags': { emergency: 'short' } } })['cst-red-flags'], { emergency: 'short' });
    assert.deepEqual(attrs({ widgets: ['red-flags', 'do-dont'] })['cst-red-flags'], {});
  });
});

describe('the builder’s form is made from src/widgets.json and custom-elements.json', () => {
  it('offers every widget that is not part of another, with the options src/widgets.json names, each typed by the manifest', () => {
    assert.deepEqual(WIDGETS, ALL_WIDGETS.filter((w) => !w.partOf).map((w) => w.tag.slice(4)));
    for (const widget of WIDGETS) {
      for (const option of widgetOptions(widget)) assert.notEqual(option.kind, 'text', `${widget} ${option.name}: a field the builder cannot check`);
    }
  });

  for (const lang of ['en', 'es']) {
    // Every widget: the builder offers those that are not part of another, the WordPress plugin's blocks all.
    it(`has words in ${lang === 'en' ? 'English' : 'Spanish'} for every widget, option and value the builder and the WordPress blocks offer`, () => {
      const text = OPTION_TEXT[lang];
      const missing = [];
      const has = (...keys) => keys.some((key) => text[key] !== undefined);
      const EVERY = ALL_WIDGETS.map((w) => w.tag.slice(4));
      for (const widget of EVERY) {
        if (!has(`widget.${widget}`)) missing.push(`widget.${widget}`);
        for (const option of widgetOptions(widget)) {
          if (!has(`${widget}.${option.name}`, option.name)) missing.push(`${widget}.${option.name}`);
          if (option.name === 'audience') {
            for (const value of option.values) if (!MESSAGES[lang].audience[value]) missing.push(`audience ${value}`);
          } else if (option.kind !== 'level') {
            for (const value of option.values ?? []) if (!has(`${widget}.${option.name}.${value}`, `${option.name}.${value}`)) missing.push(`${widget}.${option.name}.${value}`);
          }
        }
      }
      assert.deepEqual(missing, []);
      // And no words for an option or value the form no longer offers.
      const offered = new Set(EVERY.flatMap((w) => [`widget.${w}`, ...widgetOptions(w).flatMap((o) => [o.name, `${w}.${o.name}`, ...(o.values ?? []).flatMap((v) => [`${o.name}.${v}`, `${w}.${o.name}.${v}`])])]));
      const stale = Object.keys(text).filter((key) => !offered.has(key.replace(/\.hint$/, '')));
      assert.deepEqual(stale, []);
    });
  }
});
