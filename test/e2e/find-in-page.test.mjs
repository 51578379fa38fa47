// A reader who searches the page for a word inside a closed sign or card finds it: closed panels
// are `hidden="until-found"`, which the browser's find in page and a link to a text fragment
// (`#:~:text=`) search, and open with `beforematch`. Chromium, with a text fragment: the same search
// the browser's find in page makes, driven by a real navigation. Where a browser does not know
// `until-found`, the panels stay plain `hidden`, as before (unit tests cover them there).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { useBrowserAndServer } from './harness.mjs';
import { everyWidgetRendered } from './host-page.mjs';

const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Find in page</title>
<script src="/dist/cst-widgets.js" defer></script></head><body><main>
<h1>Help</h1>
<cst-red-flags></cst-red-flags>
<cst-trafficking-types></cst-trafficking-types>
</main></body></html>`;

const harness = useBrowserAndServer('.', { '/find.html': page });

/** Each closed panel of a widget: its id, whether hidden until found, and words from inside it. */
function closedPanels({ tag, part }) {
  return [...document.querySelector(tag).shadowRoot.querySelectorAll(`[part~="${part}"]`)].map((panel) => ({
    id: panel.id,
    hidden: panel.getAttribute('hidden'),
    words: panel.querySelector('p, li').textContent.replace(/\s+/g, ' ').trim().split(' ').slice(0, 6).join(' '),
  }));
}

/** Whether the panel `id` of `tag` is open: its button says so, the panel shows, its words are seen. */
function opened({ tag, id }) {
  const root = document.querySelector(tag).shadowRoot;
  const panel = root.getElementById(id);
  const button = root.querySelector(`[aria-controls="${id}"]`);
  return { expanded: button.getAttribute('aria-expanded'), hidden: panel.hasAttribute('hidden'), height: Math.round(panel.getBoundingClientRect().height) };
}

describe('find in page reaches closed signs and cards', () => {
  for (const [tag, part] of [
    ['cst-red-flags', 'panel'],
    ['cst-trafficking-types', 'details'],
  ]) {
    it(`<${tag}>: a closed ${part} is hidden until found, and a search for its words opens it`, async () => {
      const tab = await harness.browser.newPage({ viewport: { width: 1280, height: 900 } });
      try {
        await tab.goto(`${harness.origin}/find.html`);
        await everyWidgetRendered(tab);
        const panels = await tab.evaluate(closedPanels, { tag, part });
        assert.ok(panels.length >= 4, `${tag}: ${panels.length} panels`);
        for (const p of panels) assert.equal(p.hidden, 'until-found', `${tag} #${p.id}`);
        // The third one: not the first match of anything by chance, and below the fold for the explorer.
        const target = panels[2];
        await tab.goto(`${harness.origin}/find.html#:~:text=${encodeURIComponent(target.words)}`);
        await everyWidgetRendered(tab);
        await tab.waitForFunction(([t, id]) => !document.querySelector(t).shadowRoot.getElementById(id).hasAttribute('hidden'), [tag, target.id], { timeout: 5000 });
        const shown = await tab.evaluate(opened, { tag, id: target.id });
        assert.deepEqual({ expanded: shown.expanded, hidden: shown.hidden }, { expanded: 'true', hidden: false }, `${tag}: "${target.words}"`);
        assert.ok(shown.height > 0, 'its words take room and are seen');
        // Its neighbours stay closed.
        const others = (await tab.evaluate(closedPanels, { tag, part })).filter((p) => p.id !== target.id);
        for (const p of others) assert.equal(p.hidden, 'until-found', `${tag} #${p.id} stays closed`);
      } finally {
        await tab.close();
      }
    });
  }
});
