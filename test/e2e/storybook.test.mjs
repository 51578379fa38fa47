// The published Storybook (storybook-static/, built by `npm run build-storybook`): every story
// renders upgraded widgets. Story tests run in Vitest's dev mode, which does not tree-shake; this
// catches what only a production build breaks (a dropped side-effect import, for one). And every
// widget has its stories (a Playground, every example of its examples module) and a docs page
// whose table lists its public API as custom-elements.json gives it, and nothing else.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { isThemeToken } from '../../scripts/theme-tokens.mjs';
import { examplesOf, WIDGETS } from '../../src/examples.js';
import { HOSTS } from '../../src/hosts.js';
import { useBrowserAndServer } from './harness.mjs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const declarationOf = (tag) => manifest.modules.flatMap((m) => m.declarations).find((d) => d.tagName === tag);
/** A widget's stories file: stories/<tag without cst->.stories.ts. */
const storiesFile = (tag) => `./stories/${tag.slice(4)}.stories.ts`;

const built = existsSync('storybook-static/index.json');

describe('the static Storybook build', { skip: !built && 'storybook-static/ is missing: run npm run build-storybook' }, () => {
  const harness = useBrowserAndServer('storybook-static');

  const stories = built
    ? Object.values(JSON.parse(readFileSync('storybook-static/index.json', 'utf8')).entries).filter((e) => e.type === 'story')
    : [];

  it('has stories', () => assert.ok(stories.length > 0));

  it('its Theming page changes a theme token live, from the control in its table', async () => {
    const page = await harness.browser.newPage();
    await page.goto(`${harness.origin}/?path=/docs/theming--theme-tokens`);
    const frame = await (await page.waitForSelector('#storybook-preview-iframe')).contentFrame();
    const background = () => frame.evaluate(() => getComputedStyle(document.querySelector('cst-hotline-banner').shadowRoot.querySelector('[part~="base"]')).backgroundColor);
    await frame.waitForFunction(() => document.querySelector('cst-hotline-banner')?.shadowRoot?.querySelector('[part~="base"]'));
    assert.equal(await background(), 'rgb(22, 46, 81)');
    const control = frame.locator('input[id$="---cst-color-strong"]');
    await control.fill('#4a1a1a');
    await control.press('Enter');
    await frame.waitForFunction(() => getComputedStyle(document.querySelector('cst-hotline-banner').shadowRoot.querySelector('[part~="base"]')).backgroundColor === 'rgb(74, 26, 26)');
    await page.close();
  });

  it("its toolbar places any story in each host page of src/hosts.js (the types in a 300 px sidebar: one column, nothing past it)", async () => {
    const story = stories.find((s) => s.importPath === storiesFile('cst-trafficking-types'));
    const page = await harness.browser.newPage({ viewport: { width: 1280, height: 900 } });
    for (const host of HOSTS) {
      await page.goto(`${harness.origin}/iframe.html?id=${story.id}&viewMode=story&globals=host:${host.name}`);
      await page.waitForFunction(() => document.querySelector('cst-trafficking-types')?.hasAttribute('rendered'));
      const placed = await page.evaluate(() => {
        const box = document.querySelector('.host-box').getBoundingClientRect();
        const cards = [...document.querySelector('cst-trafficking-types').shadowRoot.querySelectorAll('[part~="card"]')].map((c) => c.getBoundingClientRect());
        return { box: { left: box.left, right: box.right, width: box.width }, columns: new Set(cards.map((c) => Math.round(c.left))).size, past: cards.filter((c) => c.left < box.left - 1 || c.right > box.right + 1).length };
      });
      assert.equal(placed.past, 0, `${host.name}: cards past the page's box`);
      if (host.name === 'sidebar') assert.deepEqual([Math.round(placed.box.width), placed.columns], [300, 1]);
      if (host.name === 'phone') assert.ok(placed.box.width <= 375, `phone: ${placed.box.width} px`);
    }
    await page.close();
  });

  for (const { tag } of WIDGETS) {
    const own = stories.filter((s) => s.importPath === storiesFile(tag));
    const entries = built ? Object.values(JSON.parse(readFileSync('storybook-static/index.json', 'utf8')).entries) : [];
    const docs = entries.find((e) => e.type === 'docs' && e.importPath === storiesFile(tag));

    it(`<${tag}>: a Playground and a story for every example of its examples module`, () => {
      // The index names a story after its export (ParentsDismissible: "Parents Dismissible").
      const plain = (name) => name.toLowerCase().replace(/[^a-z0-9]/g, '');
      const names = own.map((s) => plain(s.name));
      assert.ok(names.includes('playground'), names.join(', '));
      for (const example of examplesOf(tag)) assert.ok(names.includes(plain(example.name)), `${example.name} in ${names.join(', ')}`);
    });

    it(`<${tag}>: its docs page says when to use it, where to place it and what not to do, and its table lists the public API only`, async () => {
      assert.ok(docs, `no docs page for ${storiesFile(tag)}`);
      const page = await harness.browser.newPage();
      await page.goto(`${harness.origin}/iframe.html?id=${docs.id}&viewMode=docs`);
      await page.waitForSelector('.docblock-argstable tbody tr', { timeout: 10000 });
      const headings = await page.$$eval('#storybook-docs h3', (hs) => hs.map((h) => h.textContent.trim()));
      assert.deepEqual(headings.slice(0, 3), ['When to use it', 'Where to place it', 'What not to do']);
      // The first cell of each row, under its category's heading row.
      const rows = await page.$$eval('.docblock-argstable tbody tr', (trs) =>
        trs.map((tr) => {
          const first = tr.cells[0].textContent.trim();
          // A category's row: its toggle says "Hide attributes items".
          const category = /^(?:Hide|Show) (.*) items/.exec(first)?.[1];
          return category ? `# ${category.toLowerCase()}` : first;
        }),
      );
      const listed = {};
      let category;
      for (const row of rows) {
        if (row.startsWith('# ')) listed[(category = row.slice(2))] = [];
        else listed[category].push(row);
      }
      const d = declarationOf(tag);
      const names = (list) => (list ?? []).map((x) => x.name || 'default').sort();
      const expected = {
        attributes: names(d.attributes),
        slots: names(d.slots),
        'css properties': names(d.cssProperties?.filter((p) => !isThemeToken(p.name))),
        'css shadow parts': names(d.cssParts),
        events: names(d.events),
        methods: names(d.members?.filter((m) => m.kind === 'method')),
      };
      for (const key of Object.keys(expected)) if (!expected[key].length) delete expected[key];
      const shown = Object.fromEntries(Object.entries(listed).map(([k, v]) => [k, v.sort()]));
      assert.deepEqual(shown, expected);
      await page.close();
    });
  }

  for (const story of stories) {
    it(`renders ${story.title} / ${story.name}`, async () => {
      const page = await harness.browser.newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`${harness.origin}/iframe.html?id=${story.id}&viewMode=story`);
      await page.waitForFunction(() => {
        const widgets = [...document.querySelectorAll('#storybook-root *')].filter((el) => el.localName.startsWith('cst-'));
        return widgets.length > 0 && widgets.every((el) => el.shadowRoot?.querySelector('[part~="base"]'));
      }, undefined, { timeout: 5000 });
      assert.deepEqual(errors, []);
      await page.close();
    });
  }
});
