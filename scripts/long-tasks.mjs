// Long tasks as the browser reports them (the `longtask` entries a reader's tap waits behind, and
// Total Blocking Time), for the bench and the long-task budget test (test/e2e/long-tasks.test.mjs).
//
// One page per widget of src/widgets.json (its checked example on a plain host page, the drop-in
// script at the end of <body>), the agency page (the five widgets an agency's page shows) and a
// guide for each reader. Each load runs at 4x CPU throttling (DevTools' Emulation.setCPUThrottlingRate,
// a cheap phone), from navigation until every widget, those inside a guide included, has rendered
// (plus 300 ms for a task that ends just after); a page's figure is the median over its loads.
import { WIDGETS, checkedExample, exampleMarkup } from '../src/examples.js';
import { allRendered } from '../src/hosts.js';

/** The agency page: what an agency's page about child sex trafficking shows, in its order. */
const AGENCY = ['cst-quick-exit', 'cst-hotline-banner', 'cst-overview', 'cst-red-flags', 'cst-do-dont'];
/** The guide's readers (src/content/types.ts's AUDIENCES, which Node cannot import). */
const READERS = ['general', 'parents', 'professionals', 'educators'];

const host = (body) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<script>
  window.longTasks = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.longTasks.push(e.duration); })
    .observe({ type: 'longtask', buffered: true });
</script></head>
<body><main>
<h1>A host page</h1>
${body}
</main>
<script src="/dist/cst-widgets.js"></script>
</body></html>`;

/** The pages measured, by path: `/lt/<tag>.html`, `/lt/agency.html`, `/lt/guide-<reader>.html`. */
export function longTaskPages() {
  const pages = {};
  for (const { tag } of WIDGETS) pages[`/lt/${tag}.html`] = host(exampleMarkup(tag, checkedExample(tag)));
  pages['/lt/agency.html'] = host(AGENCY.map((tag) => exampleMarkup(tag, checkedExample(tag))).join('\n'));
  for (const audience of READERS) pages[`/lt/guide-${audience}.html`] = host(`<cst-guide audience="${audience}"></cst-guide>`);
  return pages;
}

/**
 * One load of `url` in a fresh page of `context` at `rate`x CPU: the longest task (ms), the total
 * blocking time (the sum of each long task's time over 50 ms) and when everything had rendered.
 */
export async function loadOnce(context, url, { rate = 4 } = {}) {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    await page.goto(url);
    const renderedAt = await page.evaluate(allRendered);
    await page.waitForTimeout(300);
    const tasks = await page.evaluate(() => window.longTasks);
    return {
      longest: Math.round(Math.max(0, ...tasks)),
      tbt: Math.round(tasks.reduce((sum, d) => sum + Math.max(0, d - 50), 0)),
      renderedAt: Math.round(renderedAt),
    };
  } finally {
    await page.close();
  }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

/**
 * Every page of `longTaskPages()` (or those `only` names), `runs` loads each: the median longest
 * task, total blocking time and time to everything rendered, by page path.
 */
export async function measureLongTasks(browser, origin, { runs = 5, only } = {}) {
  const results = {};
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    for (const path of Object.keys(longTaskPages())) {
      if (only && !only.includes(path)) continue;
      const loads = [];
      for (let i = 0; i < runs; i++) loads.push(await loadOnce(context, `${origin}${path}`));
      results[path] = {
        longest: median(loads.map((l) => l.longest)),
        tbt: median(loads.map((l) => l.tbt)),
        renderedAt: median(loads.map((l) => l.renderedAt)),
        loads: loads.map((l) => l.longest),
      };
    }
  } finally {
    await context.close();
  }
  return results;
}
