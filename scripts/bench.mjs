// `npm run bench`: main-thread cost of the built widgets in Chromium, with and without 4x CPU
// throttling (a cheap phone). Reports the longest task during first render and during every
// red-flag filter change; the median of several runs. Numbers are reported, never asserted.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from './chrome.mjs';
import { serve } from './serve.mjs';

const RUNS = Number(process.env.RUNS ?? 7);
if (!process.argv.includes('--no-build')) execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'ignore' });

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<script>
  window.longTasks = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.longTasks.push({ start: e.startTime, duration: e.duration }); })
    .observe({ type: 'longtask', buffered: true });
  window.scriptStart = performance.now();
</script>
<script src="/dist/cst-widgets.js"></script><script>window.scriptEnd = performance.now();</script></head>
<body><cst-hotline-banner></cst-hotline-banner><cst-red-flags kind="all"></cst-red-flags></body></html>`;

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function measure(browser, origin, throttle) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await page.goto(`${origin}/bench`);
  const render = await page.evaluate(async () => {
    const flags = document.querySelector('cst-red-flags');
    await customElements.whenDefined('cst-red-flags');
    await flags.updateComplete;
    const firstRender = performance.now() - window.scriptStart;
    while (!flags.shadowRoot.querySelector('.groups[aria-busy="false"]')) await new Promise((r) => setTimeout(r, 5));
    const allRendered = performance.now() - window.scriptStart;
    await new Promise((r) => setTimeout(r, 100)); // let the last long-task entries arrive
    // Tasks that start once the script has run: rendering, not loading.
    const rendering = window.longTasks.filter((t) => t.start >= window.scriptEnd - 1);
    return {
      evaluate: window.scriptEnd - window.scriptStart,
      firstRender,
      allRendered,
      longest: Math.max(0, ...rendering.map((t) => t.duration)),
    };
  });
  // Every kind of change a reader makes: each topic, search typing, open all, close all, kind switch.
  const changes = await page.evaluate(async () => {
    const flags = document.querySelector('cst-red-flags');
    const root = flags.shadowRoot;
    const results = [];
    const time = async (name, act) => {
      window.longTasks = [];
      const t0 = performance.now();
      act();
      await flags.updateComplete;
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      results.push({ name, ms: performance.now() - t0, longest: Math.max(0, ...window.longTasks.map((t) => t.duration)) });
    };
    for (const button of root.querySelectorAll('[part~="filter"]')) await time('topic', () => button.click());
    const field = root.querySelector('[part~="search"]');
    for (const text of ['c', 'ca', 'cas', 'cash', '']) {
      await time('search keystroke', () => { field.value = text; field.dispatchEvent(new Event('input')); });
    }
    const [, openAll, closeAll] = root.querySelectorAll('[part~="button"]');
    await time('open all', () => openAll.click());
    await time('close all', () => closeAll.click());
    await time('kind switch', () => root.querySelector('input[value="indicator"]').click());
    return results;
  });
  await page.close();
  return { ...render, worstChange: Math.max(...changes.map((c) => c.ms)), longestDuringChanges: Math.max(...changes.map((c) => c.longest)) };
}

const server = await serve({ root: '.', port: 0, pages: { '/bench': PAGE } });
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });
const rows = [];
for (const throttle of [1, 4]) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await measure(browser, origin, throttle));
  rows.push({
    throttle: `${throttle}x`,
    evaluateMs: Math.round(median(runs.map((r) => r.evaluate))),
    firstRenderMs: Math.round(median(runs.map((r) => r.firstRender))),
    allRenderedMs: Math.round(median(runs.map((r) => r.allRendered))),
    longestTaskAtLoadMs: Math.round(median(runs.map((r) => r.longest))),
    worstFilterChangeMs: Math.round(median(runs.map((r) => r.worstChange))),
    longestTaskDuringChangesMs: Math.round(median(runs.map((r) => r.longestDuringChanges))),
  });
}
await browser.close();
server.close();

console.log(`\nRed-flag explorer and banner in Chromium, median of ${RUNS} runs (long task = over 50 ms; 0 = none):\n`);
console.log('| CPU | script evaluation | to first render | to every sign rendered | longest task while rendering | slowest filter change | longest task during changes |');
console.log('|---|---:|---:|---:|---:|---:|---:|');
for (const r of rows) {
  console.log(
    `| ${r.throttle} | ${r.evaluateMs} ms | ${r.firstRenderMs} ms | ${r.allRenderedMs} ms | ${r.longestTaskAtLoadMs} ms | ${r.worstFilterChangeMs} ms | ${r.longestTaskDuringChangesMs} ms |`,
  );
}
mkdirSync('test-results', { recursive: true });
writeFileSync('test-results/bench.json', JSON.stringify({ runs: RUNS, rows }, null, 2));
