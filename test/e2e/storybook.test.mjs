// The published Storybook (storybook-static/, built by `npm run build-storybook`): every story
// renders upgraded widgets. Story tests run in Vitest's dev mode, which does not tree-shake; this
// catches what only a production build breaks (a dropped side-effect import, for one).
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { useBrowserAndServer } from './harness.mjs';

const built = existsSync('storybook-static/index.json');

describe('the static Storybook build', { skip: !built && 'storybook-static/ is missing: run npm run build-storybook' }, () => {
  const harness = useBrowserAndServer('storybook-static');

  const stories = built
    ? Object.values(JSON.parse(readFileSync('storybook-static/index.json', 'utf8')).entries).filter((e) => e.type === 'story')
    : [];

  it('has stories', () => assert.ok(stories.length > 0));

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
