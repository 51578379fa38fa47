// React 19, Vue 3 and Angular hosts, built from the packed package as users install it (see
// frameworks/build.mjs): each renders every widget, sets list properties as arrays and others from
// its state, feeds the red flags' cst-filter-change back into their `categories`, and switches the
// language. No console error or warning, no blank widget, and axe finds nothing inside the widgets.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { buildHosts, VERSIONS } from './frameworks/build.mjs';
import { useBrowserAndServer } from './harness.mjs';
import { axeByOwner, openPage, widgetsReady } from './host-page.mjs';

const DIR = mkdtempSync(join(tmpdir(), 'cst-frameworks-'));
const harness = useBrowserAndServer(DIR);

/** What each widget shows, by tag: its text length, and the topic and card headings. */
const shown = (page) =>
  page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll('#app *, main *')]
        .filter((el) => el.localName.startsWith('cst-'))
        .map((el) => {
          const root = el.shadowRoot;
          const texts = (selector) => [...root.querySelectorAll(selector)].map((n) => n.textContent.trim());
          return [el.localName, { length: root.querySelector('[part~="base"]').textContent.trim().length, topics: texts('[part~="group-heading"]'), cards: texts('[part~="name"]'), title: texts('[part~="title"]')[0] }];
        }),
    ),
  );

describe(`framework hosts: React ${VERSIONS.react}, Vue ${VERSIONS.vue}, Angular ${VERSIONS['@angular/core']}`, () => {
  before(() => buildHosts(DIR));
  after(() => rmSync(DIR, { recursive: true, force: true }));

  for (const app of ['react', 'vue', 'angular']) {
    it(`${app}: every widget, arrays for lists, the filter event fed back, Spanish, no error, axe clean inside`, async () => {
      const { page, log, close } = await openPage(harness.browser, `${harness.origin}/${app}/index.html`);
      try {
        await widgetsReady(page);
        const first = await shown(page);
        assert.deepEqual(Object.keys(first).sort(), ['cst-do-dont', 'cst-hotline-banner', 'cst-quick-exit', 'cst-red-flags', 'cst-trafficking-type', 'cst-trafficking-types']);
        for (const [tag, { length }] of Object.entries(first)) assert.ok(length > 10, `${tag} is blank`);
        // Arrays from the app's state, applied as properties.
        assert.deepEqual(first['cst-red-flags'].topics, ['Money and possessions', 'Phone and online']);
        assert.deepEqual(first['cst-trafficking-types'].cards, ['Familial trafficking', 'Buyer-perpetrated trafficking']);
        // The parents' guide chosen by state; then the app changes it.
        assert.match(await page.locator('cst-hotline-banner [part~="message"]').textContent(), /If your child runs away/);
        await page.locator('#audience').click();
        await page.locator('cst-hotline-banner [part~="message"]').filter({ hasText: 'Federal law requires' }).waitFor();

        // The red flags' event, handled by the app, becomes the widget's `categories` again.
        await page.locator('cst-red-flags [part~="filter"]').filter({ hasText: 'Money and possessions' }).click();
        await page.locator('#heard').filter({ hasText: 'money' }).waitFor();
        await page.waitForFunction(() => {
          const root = document.querySelector('cst-red-flags').shadowRoot;
          return [...root.querySelectorAll('[part~="group-heading"]')].map((h) => h.textContent.trim()).join() === 'Money and possessions';
        });

        await page.locator('#spanish').click();
        await page.locator('cst-hotline-banner [part~="title"]').filter({ hasText: 'Línea directa de 24 horas' }).waitFor();
        await widgetsReady(page);

        await page.addScriptTag({ url: '/axe.min.js' });
        const { ours } = await axeByOwner(page);
        assert.deepEqual(ours, []);
        assert.deepEqual(log.pageErrors, []);
        assert.deepEqual(log.errors, []);
        assert.deepEqual(log.warnings, []);
      } finally {
        await close();
      }
    });
  }
});
