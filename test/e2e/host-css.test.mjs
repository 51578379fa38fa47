// The widgets on a host page with hostile CSS (fixtures/host/hostile.css: every inherited text
// property set on everything, a 62.5% root, !important padding, margin and display on common
// tags, and [hidden] shown): each widget's text and layout are measured inside its shadow root and
// compared with the same page without that CSS. Screenshots of both go to screenshots/host-css/.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { useBrowserAndServer } from './harness.mjs';
import { EVERY_WIDGET, hostPage, openPage, TOGETHER, everyWidgetRendered } from './host-page.mjs';

const SHOTS = 'screenshots/host-css';
const HOST = '/test/e2e/fixtures/host';
const hostHtml = (title, styles) =>
  hostPage({
    title,
    styles: ['/demo/placeholder.css', ...styles, `${HOST}/column.css`],
    scripts: [`${HOST}/probe.js`, { src: '/dist/cst-widgets.js', defer: true }],
    body: `<main>
<h2>A host heading</h2>
<p>Host text, styled by the host. <a href="#x">A host link</a></p>
<div hidden>A host element hidden with the hidden attribute.</div>
${EVERY_WIDGET}
</main>`,
  });

const harness = useBrowserAndServer('.', {
  '/plain.html': hostHtml('Plain host', []),
  '/hostile.html': hostHtml('Hostile host', [`${HOST}/hostile.css`]),
});

/**
 * The parts measured in each widget: every part custom-elements.json documents for it, each of its
 * first three matches (`part:n`). Each widget's first disclosure is opened first, so open panels
 * are measured too; the second red flag stays closed, so a host's [hidden] rule must not show it.
 */
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const PARTS = Object.fromEntries(
  TOGETHER.map((tag) => [tag, manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tag).cssParts.map((p) => p.name)]),
);
// The banner's `local` slot holds the host's own markup, which the host's CSS styles (its padding,
// here): the panel around it and the banner may grow with it. Their height is the host's business.
const HOST_SIZED = new Set(['cst-hotline-banner base:1 height', 'cst-hotline-banner local:1 height']);

const STYLE = ['fontFamily', 'fontSize', 'fontWeight', 'fontStyle', 'lineHeight', 'letterSpacing', 'wordSpacing', 'textTransform', 'textIndent', 'textAlign', 'color', 'display', 'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft', 'marginTop', 'marginLeft'];

/** Computed text and box styles and the box (relative to the widget) of every part in PARTS. */
function measure(tab) {
  return tab.evaluate(
    ({ parts, properties }) => {
      const out = {};
      for (const [tag, names] of Object.entries(parts)) {
        const host = document.querySelector(tag);
        // A sticky quick exit takes no box of its own (display: contents): its bar is where it starts.
        const contents = (el) => getComputedStyle(el).display === 'contents';
        const origin = (contents(host) ? host.shadowRoot.querySelector('[part~="bar"]') : host).getBoundingClientRect();
        for (const part of names) {
          const matches = [...host.shadowRoot.querySelectorAll(`[part~="${part}"]`)].slice(0, 3);
          if (!matches.length) out[`${tag} ${part}`] = 'not shown';
          for (const [i, el] of matches.entries()) {
          const name = `${part}:${i + 1}`;
          const style = getComputedStyle(el);
          // A box that is not rendered (its own display none or contents, or inside one that is
          // hidden, as the banner's "more" on a phone) has no position to compare: all zeros.
          const box = el.checkVisibility() ? el.getBoundingClientRect() : { x: origin.x, y: origin.y, width: 0, height: 0 };
          out[`${tag} ${name}`] = {
            ...Object.fromEntries(properties.map((p) => [p, style[p]])),
            x: box.x - origin.x,
            y: box.y - origin.y,
            width: box.width,
            height: box.height,
          };
          }
        }
      }
      return out;
    },
    { parts: PARTS, properties: STYLE },
  );
}

async function openAndMeasure(path, width) {
  const opened = await openPage(harness.browser, `${harness.origin}${path}`, {
    contextOptions: { viewport: { width, height: 900 } },
  });
  const { page: tab } = opened;
  await everyWidgetRendered(tab);
  for (const tag of TOGETHER) {
    const toggle = tab.locator(`${tag} [part~="toggle"]`).first();
    if (await toggle.count()) await toggle.click();
  }
  await tab.evaluate(() => document.activeElement?.blur());
  // At the top of the page, where the quick exit's sticky bar sits above its note, as laid out.
  await tab.evaluate(() => scrollTo({ top: 0, behavior: 'instant' }));
  return { ...opened, measures: await measure(tab) };
}

/** Every difference beyond `tolerance` px between two measures, as readable lines. */
function differences(plain, hostile, tolerance = 1) {
  const found = [];
  for (const [key, expected] of Object.entries(plain)) {
    const actual = hostile[key];
    if (typeof expected !== 'object' || typeof actual !== 'object') {
      if (expected !== actual) found.push(`${key}: ${expected} vs ${actual}`);
      continue;
    }
    for (const [property, value] of Object.entries(expected)) {
      if (HOST_SIZED.has(`${key} ${property}`)) continue;
      const other = actual[property];
      const close = typeof value === 'number' ? Math.abs(value - other) <= tolerance : value === other;
      if (!close) found.push(`${key} ${property}: ${value} on a plain page, ${other} on the hostile one`);
    }
  }
  return found;
}

describe('hostile host CSS', () => {
  mkdirSync(SHOTS, { recursive: true });

  for (const [width, label] of [
    [1280, 'desktop'],
    [375, 'phone'],
  ]) {
    it(`changes nothing inside the widgets (${label}, ${width} px): text, spacing and layout`, async () => {
      const plain = await openAndMeasure('/plain.html', width);
      const hostile = await openAndMeasure('/hostile.html', width);
      try {
        // The hostile CSS really is in force on the host page (or this test would prove nothing).
        const hostText = await hostile.page.evaluate(() => {
          const p = getComputedStyle(document.querySelector('main > p'));
          return [p.fontSize, p.textTransform, p.letterSpacing, getComputedStyle(document.querySelector('main > [hidden]')).display];
        });
        assert.deepEqual(hostText, ['22px', 'uppercase', '6.6px', 'block']);

        // Sanity: the plain page measured real boxes in every widget, and closed panels take no room.
        for (const tag of TOGETHER) {
          const boxes = Object.entries(plain.measures).filter(([key, m]) => key.startsWith(`${tag} `) && m.height > 0);
          assert.ok(boxes.length >= 3, `${tag}: ${boxes.length} parts measured`);
        }
        assert.ok(plain.measures['cst-red-flags heading:1'].height > 20);
        // A closed sign is hidden until found (the browser's find in page still reaches its words): no room, nothing seen.
        assert.equal(plain.measures['cst-red-flags panel:2'].height, 0);
        assert.ok(plain.measures['cst-red-flags panel:1'].height > 20);

        assert.deepEqual(differences(plain.measures, hostile.measures), []);

        for (const [name, { page: tab }] of [
          ['plain', plain],
          ['hostile', hostile],
        ]) {
          for (const tag of Object.keys(PARTS)) {
            // The sticky quick exit would cover the widget being photographed.
            const style = tag === 'cst-quick-exit' ? '' : 'cst-quick-exit { display: none !important; }';
            // The sticky quick exit takes no box of its own: its bar is photographed.
            const target = tag === 'cst-quick-exit' ? `${tag} [part~="bar"]` : tag;
            await tab.locator(target).screenshot({ path: `${SHOTS}/${label}-${tag}-${name}.png`, style });
          }
        }
        for (const { log } of [plain, hostile]) {
          assert.deepEqual(log.pageErrors, []);
          assert.deepEqual(log.errors, []);
        }
      } finally {
        await plain.close();
        await hostile.close();
      }
    });
  }
});
