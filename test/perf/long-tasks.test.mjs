// Responsive while rendering (issue #42): at 4x CPU throttling, no page of scripts/long-tasks.mjs
// (one per widget, the agency page, a guide for each reader) has a long task over the budget, as
// the browser's own `longtask` entries report it; and the quick exit answers a click, Enter or
// Shift three times within 100 ms while a guide renders on its page.
//
// The budget is generous for a shared CI machine (the bench's table, docs/performance.md, gives
// the medians: none over 50 ms); a widget that brings back a task like the 170-260 ms of building
// a number formatter per figure, or the guide's 160-210 ms of rendering every part in one task,
// fails it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { longTaskPages, measureLongTasks } from '../../scripts/long-tasks.mjs';
import { useBrowserAndServer } from '../e2e/harness.mjs';

const BUDGET_MS = 80;
const ANSWER_MS = 100;

/** A guide for parents with the quick exit above it. */
const exitPage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"></head>
<body>
<cst-quick-exit></cst-quick-exit>
<main><h1>A host page</h1><cst-guide audience="parents"></cst-guide></main>
<script>
  // When each of the reader's inputs arrived (the event's own time, before any task it waited behind).
  // And whether the guide was still rendering when it came (or the test would prove nothing).
  window.inputs = [];
  const widgets = (root) => [...root.querySelectorAll('*')].filter((e) => e.localName.startsWith('cst-')).flatMap((e) => [e, ...(e.shadowRoot ? widgets(e.shadowRoot) : [])]);
  // The guide's updateComplete waits until every part is in.
  let guideDone = false;
  customElements.whenDefined('cst-guide').then(() => document.querySelector('cst-guide').updateComplete).then(() => { guideDone = true; });
  for (const type of ['pointerdown', 'keydown']) addEventListener(type, (e) => {
    window.inputs.push(e.timeStamp);
    window.pendingAtInput ??= !guideDone || widgets(document).some((w) => !w.hasAttribute('rendered'));
  }, { capture: true });
  // The exit's event comes in the same task as the cover, just before it opens; cancelled, so the
  // page stays to be read (a pending navigation would let no script in).
  addEventListener('cst-exit', (e) => {
    window.exitAt = performance.now();
    e.preventDefault();
  });
</script>
<script src="/dist/cst-widgets.js"></script>
</body></html>`;

const harness = useBrowserAndServer('.', {
  ...longTaskPages(),
  '/lt/exit-during-guide.html': exitPage,
});

describe('long tasks at 4x CPU', () => {
  it(`no page has a long task over ${BUDGET_MS} ms (median of three loads) from navigation until every widget has rendered`, { timeout: 300_000 }, async () => {
    const results = await measureLongTasks(harness.browser, harness.origin, { runs: 3 });
    const over = Object.entries(results)
      .filter(([, r]) => r.longest > BUDGET_MS)
      .map(([path, r]) => `${path}: ${r.longest} ms (loads: ${r.loads.join(', ')})`);
    assert.deepEqual(over, []);
    // Sanity: the measure sees the pages render (a page that never rendered would have no task).
    for (const [path, r] of Object.entries(results)) assert.ok(r.renderedAt > 0, `${path} never rendered`);
  });

  for (const how of ['click', 'Enter', 'Shift x3']) {
    it(`the quick exit answers ${how} within ${ANSWER_MS} ms while a guide renders`, { timeout: 60_000 }, async () => {
      // A load where the input came before the guide had finished (on a busy machine the first
      // chance to act can come late): up to three tries.
      for (let attempt = 1; ; attempt++) {
        const result = await exitDuringGuide(how);
        if (!result.pendingAtInput && attempt < 3) continue;
        assert.ok(result.pendingAtInput, 'the guide had already rendered when the input came, three times: the test proves nothing');
        assert.ok(result.answered <= ANSWER_MS, `${how}: the exit began ${Math.round(result.answered)} ms after the input`);
        return;
      }
    });
  }
});

/** One load of the guide page at 4x, the exit used by `how` as soon as it has rendered: how fast it answered, and whether the guide was still rendering. */
async function exitDuringGuide(how) {
  const context = await harness.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const tab = await context.newPage();
  try {
    const cdp = await context.newCDPSession(tab);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await tab.goto(`${harness.origin}/lt/exit-during-guide.html`);
    // As soon as the exit has rendered, while the guide's parts are still rendering.
    await tab.waitForFunction(() => document.querySelector('cst-quick-exit')?.hasAttribute('rendered'), null, { polling: 'raf' });
    const link = tab.locator('cst-quick-exit [part~="link"]');
    if (how === 'click') await link.click({ noWaitAfter: true });
    else if (how === 'Enter') {
      await link.focus();
      await tab.keyboard.press('Enter', { noWaitAfter: true });
    } else for (let i = 0; i < 3; i++) await tab.keyboard.press('Shift');
    await tab.waitForFunction(() => window.exitAt !== undefined, null, { timeout: 5000 });
    // From the input that started it (the last before it: Enter, or the third Shift).
    return await tab.evaluate(() => ({
      answered: window.exitAt - Math.max(...window.inputs.filter((t) => t <= window.exitAt)),
      pendingAtInput: window.pendingAtInput,
    }));
  } finally {
    await context.close();
  }
}
