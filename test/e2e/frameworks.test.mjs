// React 19, Vue 3 and Angular hosts, built from the packed package as users install it (see
// frameworks/build.mjs): each renders every widget of src/widgets.json, sets list properties as
// arrays and the audience from its state, feeds the red flags' cst-filter-change back into their
// `categories`, and switches the language. No console error or warning, no blank widget, and axe
// finds nothing inside the widgets.
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { checkedExample } from '../../src/examples.js';
import { buildHosts, hostsDir, VERSIONS } from './frameworks/build.mjs';
import { useBrowserAndServer } from './harness.mjs';
import { axeByOwner, everyWidgetRendered, openPage, TAGS } from './host-page.mjs';

const DIR = hostsDir();
const harness = useBrowserAndServer(DIR);

/** The widgets whose example has an audience, which every app takes from its state. */
const WITH_AUDIENCE = TAGS.filter((tag) => checkedExample(tag).attributes?.audience);

/** What each widget shows, by tag: its text, and the topic and card headings. */
const shown = (page) =>
  page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll('#app *, main *')]
        .filter((el) => el.localName.startsWith('cst-'))
        .map((el) => {
          const root = el.shadowRoot;
          const texts = (selector) => [...root.querySelectorAll(selector)].map((n) => n.textContent.trim());
          return [el.localName, { text: root.querySelector('[part~="base"]').textContent.replace(/\s+/g, ' ').trim(), topics: texts('[part~="group-heading"]'), cards: texts('[part~="name"]') }];
        }),
    ),
  );

/** Waits until every widget has rendered, those inside the guide too (it lays its parts out one at a time), so that axe sees them all. */

/** Asserts that each of `tags` comes, within 5 s, to show other text than in `before` (from shown()). */
async function assertChanged(page, before, tags, what) {
  const unchanged = async () => {
    const now = await shown(page);
    return tags.filter((tag) => now[tag].text === before[tag].text);
  };
  for (let i = 0; i < 50 && (await unchanged()).length; i++) await page.waitForTimeout(100);
  assert.deepEqual(await unchanged(), [], `unchanged by ${what}`);
}

describe(`framework hosts: React ${VERSIONS.react}, Vue ${VERSIONS.vue}, Angular ${VERSIONS['@angular/core']}`, () => {
  before(() => buildHosts(DIR));
  after(() => rmSync(DIR, { recursive: true, force: true }));

  for (const app of ['react', 'vue', 'angular']) {
    it(`${app}: every widget, arrays for lists, the filter event fed back, Spanish, no error, axe clean inside`, async () => {
      const { page, log, close } = await openPage(harness.browser, `${harness.origin}/${app}/index.html`);
      try {
        await everyWidgetRendered(page);
        const first = await shown(page);
        assert.deepEqual(Object.keys(first).sort(), [...TAGS].sort());
        for (const [tag, { text }] of Object.entries(first)) assert.ok(text.length > 10, `${tag} is blank`);
        // Arrays from the app's state, applied as properties.
        assert.deepEqual(first['cst-red-flags'].topics, ['Money and possessions', 'Phone and online']);
        assert.deepEqual(first['cst-trafficking-types'].cards, ['Familial trafficking', 'Buyer-perpetrated trafficking']);
        // The parents' guide chosen by state; then the app changes it.
        assert.match(await page.locator('cst-hotline-banner [part~="message"]').textContent(), /If your child runs away/);
        await page.locator('#audience').click();
        await page.locator('cst-hotline-banner [part~="message"]').filter({ hasText: 'Federal law requires' }).waitFor();
        await assertChanged(page, first, WITH_AUDIENCE, 'the audience');

        // The red flags' event, handled by the app, becomes the widget's `categories` again. (The
        // app's own red flags: the guide has some too.)
        await page.locator('#app > cst-red-flags [part~="filter"]').filter({ hasText: 'Money and possessions' }).click();
        await page.locator('#heard').filter({ hasText: 'money' }).waitFor();
        await page.waitForFunction(() => {
          const root = document.querySelector('#app > cst-red-flags').shadowRoot;
          return [...root.querySelectorAll('[part~="group-heading"]')].map((h) => h.textContent.trim()).join() === 'Money and possessions';
        });

        const english = await shown(page);
        await page.locator('#spanish').click();
        await page.locator('cst-hotline-banner [part~="title"]').filter({ hasText: 'Línea directa de 24 horas' }).waitFor();
        await assertChanged(page, english, TAGS, 'Spanish');
        await everyWidgetRendered(page);

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
