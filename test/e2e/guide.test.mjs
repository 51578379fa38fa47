// The demo's guide pages (demo/guide.html?audience=...), as a reader opens them: every widget of the
// guide renders, axe finds nothing in either language, nothing is logged, and printed, the guide is
// one handout with the hotline on its first page.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { everyWidgetRendered, openPage } from './host-page.mjs';
import { useBrowserAndServer } from './harness.mjs';

const harness = useBrowserAndServer('.');
const AUDIENCES = ['parents', 'professionals', 'educators', 'general'];

/** Opens a guide page and waits until the guide and every widget in it have rendered. */
async function openGuide(audience, lang = 'en') {
  const opened = await openPage(harness.browser, `${harness.origin}/demo/guide.html?audience=${audience}${lang === 'es' ? '&lang=es' : ''}`);
  await everyWidgetRendered(opened.page);
  return opened;
}

describe('the guide pages of the demo', () => {
  for (const lang of ['en', 'es']) {
    it(`render every reader's guide, axe-clean and with nothing logged (${lang})`, async () => {
      for (const audience of AUDIENCES) {
        const { page, log, close } = await openGuide(audience, lang);
        try {
          const state = await page.evaluate(() => {
            const guide = document.querySelector('cst-guide');
            return { audience: guide.getAttribute('audience'), lang: guide.shadowRoot.querySelector('[part~="base"]').getAttribute('lang') };
          });
          assert.deepEqual(state, { audience, lang });
          await page.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' });
          const violations = await page.evaluate(async () => (await window.axe.run(document)).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`));
          assert.deepEqual(violations, [], `${audience} (${lang})`);
          assert.deepEqual([...log.pageErrors, ...log.errors], [], `${audience} (${lang})`);
        } finally {
          await close();
        }
      }
    });
  }

  it('prints as one handout: no contents list, every part, the hotline on the first page', async () => {
    const { page, close } = await openGuide('parents');
    try {
      await page.emulateMedia({ media: 'print' });
      // A Letter page with half-inch margins: 7.5 in wide, 10 in tall, at 96 px to the inch.
      await page.setViewportSize({ width: 720, height: 960 });
      const printed = await page.evaluate(() => {
        const root = document.querySelector('cst-guide').shadowRoot;
        const report = root.querySelector('[part~="report"]');
        const hotline = [...report.querySelectorAll('a')].find((a) => a.getAttribute('href') === 'tel:+18008435678');
        return {
          contents: getComputedStyle(root.querySelector('[part~="contents"]')).display,
          hotlineBottom: hotline.getBoundingClientRect().bottom + scrollY,
          parts: [...root.querySelectorAll('[part~="part"]')].map((p) => p.offsetHeight > 0),
        };
      });
      assert.equal(printed.contents, 'none');
      assert.ok(printed.parts.every(Boolean), 'every part prints');
      assert.ok(printed.hotlineBottom < 960, `the hotline ends ${printed.hotlineBottom} px down the page`);
      const pdf = await page.pdf({ format: 'Letter', margin: { top: '0.5in', bottom: '0.5in', left: '0.5in', right: '0.5in' } });
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
      assert.ok(pages > 1 && pages < 40, `${pages} pages`);
    } finally {
      await close();
    }
  });
});
