// Printed from Chromium as a PDF: <cst-missing-child> is a one-page checklist for every reader, in
// both languages, on Letter and A4 paper, with the 911 step and NCMEC's hotline on it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { useBrowserAndServer } from './harness.mjs';

const AUDIENCES = ['general', 'parents', 'professionals', 'educators'];
const page = (lang, audience) => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Print</title></head>
<body><cst-missing-child audience="${audience}"></cst-missing-child><script src="/dist/cst-widgets.js"></script></body></html>`;

const harness = useBrowserAndServer(
  '.',
  Object.fromEntries(['en', 'es'].flatMap((lang) => AUDIENCES.map((audience) => [`/print-${lang}-${audience}.html`, page(lang, audience)]))),
);

/** The number of pages of a PDF: its page objects. */
const pageCount = (pdf) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;

describe('<cst-missing-child> on paper', () => {
  for (const lang of ['en', 'es']) {
    it(`prints on one page of Letter and of A4 for every reader (${lang})`, async () => {
      const tab = await harness.browser.newPage();
      try {
        for (const audience of AUDIENCES) {
          await tab.goto(`${harness.origin}/print-${lang}-${audience}.html`);
          await tab.waitForFunction(() => document.querySelector('cst-missing-child[rendered]'));
          await tab.emulateMedia({ media: 'print' });
          // The printed text holds the steps, and the web addresses after their links.
          const printed = await tab.evaluate(() => {
            const root = document.querySelector('cst-missing-child').shadowRoot;
            const after = [...root.querySelectorAll('a[href^="https:"]')].map((a) => getComputedStyle(a, '::after').content);
            return { text: root.textContent, after };
          });
          assert.match(printed.text, /911/);
          assert.match(printed.text, /1-800-THE-LOST/);
          assert.ok(printed.after.length > 0 && printed.after.every((c) => /\(https:\/\//.test(c)), printed.after.join());
          for (const format of ['Letter', 'A4']) {
            const pdf = await tab.pdf({ format, margin: { top: '0.5in', bottom: '0.5in', left: '0.5in', right: '0.5in' } });
            assert.equal(pageCount(pdf), 1, `${audience}, ${format}: ${pageCount(pdf)} pages`);
          }
          await tab.emulateMedia({ media: 'screen' });
        }
      } finally {
        await tab.close();
      }
    });
  }
});
