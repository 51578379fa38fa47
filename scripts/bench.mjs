// `npm run bench`: what the library costs a host page, measured on the production build.
//
// - Sizes: the drop-in and each ESM entry (min, gzip, brotli), and the drop-in split by part.
// - Main thread, in Chromium through playwright-core, median of RUNS (default 7) page loads (the
//   script arriving SCRIPT_LATE_MS after the page asks for it, as from a real server), with
//   no throttling and with 4x CPU throttling (a cheap phone): script start to each widget's first
//   render and to everything rendered, the longest task, total blocking time against the same page
//   without the script, every red-flag filter change, and opening and closing every sign. The
//   longest task is also read from a trace by its CPU time, the worst over as many loads again
//   (traced loads of their own: tracing slows the page a little).
// - A control at 4x: how often this machine alone stretches tasks of a fixed size past 50 ms.
// - Layout shift of the demo page at 375x812 and 1280x800, with and without the placeholder CSS,
//   with the script held back 500 ms as on a slow network.
// - JS heap after rendering every widget, against the page without the script.
// - Long tasks as the browser reports them (scripts/long-tasks.mjs): a page per widget, the agency
//   page and a guide for each reader, at 4x from navigation until everything has rendered, the
//   median of RUNS loads: what test/perf/long-tasks.test.mjs holds to its budget.
//
// Prints markdown tables and writes test-results/bench.json. Numbers are reported, never asserted
// (the size budgets are asserted by test/node/budgets.test.mjs).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from './chrome.mjs';
import { layoutShiftOf, watchLayoutShift } from './layout-shift.mjs';
import { longTaskPages, measureLongTasks } from './long-tasks.mjs';
import { serve } from './serve.mjs';
import { COMPONENT_ENTRIES, composition, dropInSize, entrySize, kb, measure } from './sizes.mjs';
import { WIDGETS, checkedExample, exampleMarkup } from '../src/examples.js';

const RUNS = Number(process.env.RUNS ?? 7);
if (!process.argv.includes('--no-build')) execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'ignore' });

/** Every widget of src/widgets.json, each in the example the shared tests check. */
const TAGS = WIDGETS.map((w) => w.tag);

/** Every widget on a plain page, the script at the end of <body>; `withScript: false` gives the same page as a host without us. */
const page = (withScript) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<script>
  window.longTasks = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.longTasks.push({ start: e.startTime, duration: e.duration }); })
    .observe({ type: 'longtask', buffered: true });
</script></head>
<body>
<h1>A host page</h1>
${TAGS.map((tag) => exampleMarkup(tag, checkedExample(tag))).join('\n')}
<script>
  // Hooked before the script arrives: each definition resolves in the microtask checkpoint that
  // ends its task (the drop-in defines one element per task), and each first render when it
  // happens. (A script tag after ours could run late: the parser may yield to timers first.)
  window.scriptStart = performance.now();
  performance.mark('cst-script-start'); // in the trace too: where our tasks begin
  window.firstRenderAt = {};
  const tags = ${JSON.stringify(TAGS)};
  Promise.all(tags.map((tag) => customElements.whenDefined(tag))).then(() => (window.definedAt = performance.now()));
  for (const tag of tags) {
    customElements.whenDefined(tag)
      .then(() => document.querySelector(tag).updateComplete)
      .then(() => (window.firstRenderAt[tag] = performance.now()));
  }
  // Everything rendered: every widget has had its first render, which renders all of it, and so
  // has every widget inside another (the guide's), checked once a frame.
  const everyWidget = (root) => [...root.querySelectorAll('*')].filter((e) => e.localName.startsWith('cst-')).flatMap((e) => [e, ...(e.shadowRoot ? everyWidget(e.shadowRoot) : [])]);
  const nestedRendered = () => new Promise((resolve) => {
    const check = () => (everyWidget(document).every((e) => e.hasAttribute('rendered')) ? resolve() : requestAnimationFrame(check));
    check();
  });
  Promise.all(tags.map((tag) => customElements.whenDefined(tag).then(() => document.querySelector(tag).updateComplete)))
    .then(nestedRendered)
    .then(() => (window.allRenderedAt = performance.now()));
</script>
${withScript ? '<script src="/dist/cst-widgets.js"></script>' : ''}
</body></html>`;

/**
 * The longest main-thread task in a trace by the CPU time it used (thread time). On a shared
 * machine the system can pause the browser in the middle of a task, which lengthens the task's wall
 * time (what the long-task API reports) but not its CPU time; the CPU time is what our code costs.
 * `after`: only our tasks, those from `afterMs` after this performance mark on (see `ours`).
 * Returns the renderer's pid too.
 */
function longestCpuTask(trace, { pid, after, afterMs = 0 } = {}) {
  const events = JSON.parse(trace.toString()).traceEvents;
  const start = after && events.find((e) => e.name === after);
  pid ??= start?.pid;
  const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.args.name === 'CrRendererMain' && e.pid === pid);
  if (!main || (after && !start)) throw new Error(`the trace has no ${main ? `"${after}" mark` : 'renderer main thread'}`);
  const from = start ? start.ts + afterMs * 1000 : 0;
  const tasks = events.filter((e) => e.pid === pid && e.tid === main?.tid && e.name === 'ThreadControllerImpl::RunTask' && ours(e.ts / 1000, e.dur / 1000, from / 1000, afterMs > 0));
  return { pid, ms: Math.max(0, ...tasks.map((t) => (t.tdur ?? 0) / 1000)) };
}
/**
 * Whether a task (start and duration, in ms) is ours, given when the script started to run. The host
 * page lays out its own content while the script downloads: when the script had to be waited for,
 * ours are the tasks from its start on. When it was there already, the parser runs it inside the
 * task that was parsing the page, so that task is ours too. The page runs this same function (its
 * source is passed in) on the tasks its long-task observer saw.
 */
const ours = (start, duration, runStart, waited) => start + duration > runStart && (start >= runStart - 1 || !waited);

/**
 * Runs `fn(arg)` in the page through the DevTools protocol alone. Playwright's own evaluate and
 * waitForFunction first inject a script of their own (300 KB for waitForFunction), which is a long
 * task of the harness, not ours, and would be counted as one.
 */
async function run(cdp, fn, arg) {
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression: `(${fn})(${JSON.stringify(arg)})`, awaitPromise: true, returnByValue: true });
  if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
  return result.value;
}

// Tasks and performance marks only: little enough that tracing does not slow the page it measures.
const TRACE = { categories: ['toplevel', 'blink.user_timing'] };

/** How late the script arrives after the page asks for it (see `load`). */
const SCRIPT_LATE_MS = 500;

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const settle = (page) => page.evaluate(() => new Promise((r) => setTimeout(r, 300)));

/**
 * One load of the page: render times, tasks, and (after a garbage collection) the JS heap.
 * `traced`: records a trace for the CPU time of the longest task instead; tracing slows the page a
 * little, so the other figures come from loads without it.
 */
async function load(browser, origin, throttle, withScript, traced = false) {
  const tab = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const cdp = await tab.context().newCDPSession(tab);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  // The script arrives late, as from a real server: the host page has parsed and laid out its own
  // content by then, and the script runs in tasks of its own. (From a local server it can arrive
  // before the parser reaches its tag, at 4x; the parser then runs it inside its own long task.)
  await tab.route('**/dist/cst-widgets.js', async (route) => {
    await new Promise((r) => setTimeout(r, SCRIPT_LATE_MS));
    await route.continue();
  });
  if (traced) await browser.startTracing(tab, TRACE);
  await tab.goto(`${origin}/bench-${withScript ? 'with' : 'without'}`);
  const deadline = Date.now() + 30_000;
  while (withScript && !(await run(cdp, () => window.allRenderedAt !== undefined))) {
    if (Date.now() > deadline) throw new Error('the widgets were still rendering after 30 s');
    await new Promise((r) => setTimeout(r, 50));
  }
  const timing = await run(cdp, async (oursSource) => {
    // The script starts to run once it has arrived: its download is not main-thread cost.
    const file = performance.getEntriesByType('resource').find((e) => e.name.endsWith('/cst-widgets.js'));
    const runStart = Math.max(window.scriptStart, file?.responseEnd ?? 0);
    const since = (t) => t - runStart;
    const allRendered = since(window.allRenderedAt ?? performance.now());
    await new Promise((r) => setTimeout(r, 300)); // let the last long-task entries arrive
    const ours = eval(oursSource); // the harness's own function (see `ours`)
    const waited = runStart > window.scriptStart; // it arrived after the parser reached its tag
    const tasks = window.longTasks.filter((t) => ours(t.start, t.duration, runStart, waited));
    return {
      ranAfterMs: runStart - window.scriptStart,
      defined: window.definedAt ? since(window.definedAt) : 0,
      firstRender: Object.fromEntries(Object.entries(window.firstRenderAt).map(([tag, t]) => [tag, since(t)])),
      allRendered,
      longest: Math.max(0, ...tasks.map((t) => t.duration)),
      blocking: tasks.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0),
    };
  }, String(ours));
  const cpu = traced ? longestCpuTask(await browser.stopTracing(), { after: 'cst-script-start', afterMs: timing.ranAfterMs }) : {};
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const changes = [];
  let changesCpu = 0;
  if (withScript) {
    if (traced) await browser.startTracing(tab, TRACE);
    changes.push(...(await filterChanges(cdp, false)));
    if (traced) changesCpu = longestCpuTask(await browser.stopTracing(), { pid: cpu.pid }).ms;
    changes.push(...(await filterChanges(cdp, true)));
  }
  await tab.close();
  return { ...timing, longestCpu: cpu.ms ?? 0, changesCpu, heap: usedSize, changes };
}

/**
 * Every kind of change a reader makes in the red-flag explorer: the filters (topics, search
 * keystrokes, kind), or `all`: opening and closing every sign. Each is timed to the next frame (what
 * the reader sees respond) and to the list being full again (signs a change brings back join it a
 * few per frame); its longest task is the longest until then.
 */
function filterChanges(cdp, all) {
  return run(cdp, async (all) => {
    const flags = document.querySelector('cst-red-flags');
    const root = flags.shadowRoot;
    const results = [];
    const time = async (name, act) => {
      window.longTasks = [];
      const t0 = performance.now();
      act();
      const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      await flags.updateComplete;
      await frame();
      const ms = performance.now() - t0;
      results.push({ name, all: name.endsWith(' all'), ms, longest: Math.max(0, ...window.longTasks.map((t) => t.duration)) });
    };
    if (all) {
      const [, openAll, closeAll] = root.querySelectorAll('[part~="button"]');
      await time('open all', () => openAll.click());
      await time('close all', () => closeAll.click());
      return results;
    }
    for (const button of root.querySelectorAll('[part~="filter"]')) await time('topic', () => button.click());
    const field = root.querySelector('[part~="search"]');
    for (const text of ['c', 'ca', 'cas', 'cash', '']) {
      await time('search keystroke', () => {
        field.value = text;
        field.dispatchEvent(new Event('input'));
      });
    }
    await time('kind switch', () => root.querySelector('input[value="indicator"]').click());
    await time('kind switch', () => root.querySelector('input[value="all"]').click());
    return results;
  }, all);
}

/**
 * The control: what this machine does to tasks of a known size. A page with no widget runs 25 tasks
 * of the same fixed JS work (no layout), one per frame as the widgets' turns come, sized to take
 * CONTROL_MS of wall time at the median. How many loads still have a long task shows how often the
 * machine alone stretches a task that size past 50 ms.
 */
const CONTROL_MS = 20;
const controlPage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<script>
  window.longTasks = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.longTasks.push({ start: e.startTime, duration: e.duration }); })
    .observe({ type: 'longtask', buffered: true });
</script></head>
<body><p>Control</p>
<script>
  const work = (n) => { let sum = 0; for (let i = 0; i < n; i++) sum += i % 7; return sum; };
  const timed = (n) => { const t0 = performance.now(); window.sink = work(n); return performance.now() - t0; };
  const middle = (values) => values.sort((a, b) => a - b)[values.length >> 1];
  const turn = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  window.control = (async () => {
    await turn();
    const startedAt = performance.now();
    const size = Math.round((${CONTROL_MS} * 2e5) / middle([1, 2, 3, 4, 5, 6, 7].map(() => timed(2e5))));
    const tasks = [];
    for (let i = 0; i < 25; i++) {
      await turn();
      tasks.push(timed(size));
    }
    await new Promise((r) => setTimeout(r, 300)); // let the last long-task entries arrive
    const long = window.longTasks.filter((t) => t.start >= startedAt);
    return { medianMs: middle(tasks), longest: Math.max(0, ...long.map((t) => t.duration)) };
  })();
</script></body></html>`;

async function control(browser, origin) {
  const tab = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const cdp = await tab.context().newCDPSession(tab);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await tab.goto(`${origin}/bench-control`);
  const result = await run(cdp, () => window.control);
  await tab.close();
  return result;
}

/** Cumulative layout shift of the demo page while the script arrives 500 ms late. */
async function layoutShift(browser, origin, viewport, placeholder) {
  const tab = await browser.newPage({ viewport });
  await watchLayoutShift(tab);
  if (!placeholder) await tab.route('**/demo/placeholder.css', (route) => route.fulfill({ contentType: 'text/css', body: '' }));
  await tab.goto(`${origin}/demo/`);
  await tab.waitForFunction(() => customElements.get('cst-red-flags') && document.querySelector('cst-red-flags').hasAttribute('rendered'));
  await settle(tab);
  const cls = await layoutShiftOf(tab);
  await tab.close();
  return cls;
}

// Sizes first: they need no browser.
const sizes = {
  dropIn: dropInSize(),
  // Each element's own file (the release's cst-<name>.js): the element, Lit and both languages.
  elementFiles: Object.fromEntries(TAGS.map((tag) => [tag, measure(readFileSync(`dist/${tag}.js`))])),
  entries: {},
  composition: await composition(),
};
for (const [name, file] of Object.entries(COMPONENT_ENTRIES)) sizes.entries[name] = await entrySize(file);

const server = await serve({ root: '.', port: 0, pages: { '/bench-with': page(true), '/bench-without': page(false), '/bench-control': controlPage, ...longTaskPages() } });
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });

const timing = [];
for (const throttle of [1, 4]) {
  const runs = [];
  const baseline = [];
  const traced = [];
  const controls = [];
  for (let i = 0; i < RUNS; i++) {
    runs.push(await load(browser, origin, throttle, true));
    traced.push(await load(browser, origin, throttle, true, true));
    baseline.push(await load(browser, origin, throttle, false));
    if (throttle === 4) controls.push(await control(browser, origin));
  }
  const m = (pick) => Math.round(median(runs.map(pick)));
  timing.push({
    throttle,
    definedMs: m((r) => r.defined),
    firstRenderMs: Object.fromEntries(TAGS.map((tag) => [tag, m((r) => r.firstRender[tag])])),
    allRenderedMs: m((r) => r.allRendered),
    longestTaskMs: m((r) => r.longest),
    // By CPU time, in every load (not a median): the worst load.
    longestTaskCpuMs: Math.round(Math.max(...traced.map((r) => r.longestCpu))),
    longestTaskCpuInChangesMs: Math.round(Math.max(...traced.map((r) => r.changesCpu))),
    // Medians hide the odd slow load on a busy machine: how many loads had any long task at all.
    loadsWithLongTask: runs.filter((r) => r.longest > 50).length,
    loadsWithLongTaskInChanges: runs.filter((r) => r.changes.some((c) => !c.all && c.longest > 50)).length,
    blockingMs: m((r) => r.blocking),
    blockingWithoutScriptMs: Math.round(median(baseline.map((r) => r.blocking))),
    heapBytes: m((r) => r.heap),
    heapWithoutScriptBytes: Math.round(median(baseline.map((r) => r.heap))),
    // Filter changes (topic, search keystroke, kind) apart from opening or closing every sign.
    slowestChangeMs: m((r) => Math.max(...r.changes.filter((c) => !c.all).map((c) => c.ms))),
    longestTaskDuringChangesMs: m((r) => Math.max(...r.changes.filter((c) => !c.all).map((c) => c.longest))),
    slowestOpenCloseAllMs: m((r) => Math.max(...r.changes.filter((c) => c.all).map((c) => c.ms))),
    longestTaskOpenCloseAllMs: m((r) => Math.max(...r.changes.filter((c) => c.all).map((c) => c.longest))),
    control: controls.length && {
      taskMs: Math.round(median(controls.map((c) => c.medianMs))),
      loadsWithLongTask: controls.filter((c) => c.longest > 50).length,
      longestTaskMs: Math.round(Math.max(...controls.map((c) => c.longest))),
    },
  });
}

// What the browser reports, page by page (issue #42): one page per widget, the agency page and a
// guide for each reader, at 4x, from navigation until everything has rendered.
const pageTasks = await measureLongTasks(browser, origin, { runs: RUNS });

const shifts = [];
for (const viewport of [{ width: 375, height: 812 }, { width: 1280, height: 800 }]) {
  for (const placeholder of [true, false]) {
    const values = [];
    for (let i = 0; i < 3; i++) values.push(await layoutShift(browser, origin, viewport, placeholder));
    shifts.push({ viewport: `${viewport.width}x${viewport.height}`, placeholder, cls: median(values) });
  }
}
const chromiumVersion = browser.version();
await browser.close();
server.close();

// The report.
const machine = `${cpus().length} × ${cpus()[0]?.model.trim()}, Node ${process.versions.node}, Chromium ${chromiumVersion}`;
const lines = [];
const out = (line = '') => lines.push(line);
out(`Measured on ${machine}; median of ${RUNS} loads.`);
out();
out('| file | min | gzip | brotli |');
out('|---|---:|---:|---:|');
out(`| \`cst-widgets.js\` (drop-in: every widget, English and Spanish) | ${kb(sizes.dropIn.min)} | ${kb(sizes.dropIn.gzip)} | ${kb(sizes.dropIn.brotli)} |`);
for (const [tag, f] of Object.entries(sizes.elementFiles)) out(`| \`${tag}.js\` (the element alone, English and Spanish) | ${kb(f.min)} | ${kb(f.gzip)} | ${kb(f.brotli)} |`);
out();
out('| drop-in part | min | share of gzip |');
out('|---|---:|---:|');
for (const p of sizes.composition) out(`| ${p.part} | ${kb(p.min)} | ${kb(p.gzip)} (${Math.round((p.gzip / sizes.dropIn.gzip) * 100)} %) |`);
out();
out('| ESM entry, bundled and minified | gzip with Lit | gzip of our code alone | Spanish chunk (pages in Spanish only) |');
out('|---|---:|---:|---:|');
for (const [name, e] of Object.entries(sizes.entries)) {
  out(`| \`${name}\` | ${kb(e.withLit.gzip)} | ${kb(e.ownCode.gzip)} | ${kb(e.spanishChunk?.gzip ?? 0)} |`);
}
out();
out(`| CPU | every element defined | first render: ${WIDGETS.map((w) => w.name.toLowerCase()).join(' / ')} | everything rendered | longest task (loads with one) | longest task by CPU time, worst load: loading / filter changes | total blocking time (page without the script) | slowest filter change, to the next frame (longest task; loads with one) | open all or close all (longest task) | JS heap (page without the script) |`);
out('|---|---:|---|---:|---:|---:|---:|---:|---:|---:|');
for (const t of timing) {
  const f = t.firstRenderMs;
  out(
    `| ${t.throttle}x | ${t.definedMs} ms | ${TAGS.map((tag) => f[tag]).join(' / ')} ms ` +
      `| ${t.allRenderedMs} ms | ${t.longestTaskMs} ms (${t.loadsWithLongTask} of ${RUNS}) | ${t.longestTaskCpuMs} / ${t.longestTaskCpuInChangesMs} ms | ${t.blockingMs} ms (${t.blockingWithoutScriptMs} ms) ` +
      `| ${t.slowestChangeMs} ms (${t.longestTaskDuringChangesMs} ms; ${t.loadsWithLongTaskInChanges} of ${RUNS}) | ${t.slowestOpenCloseAllMs} ms (${t.longestTaskOpenCloseAllMs} ms) | ${kb(t.heapBytes)} (${kb(t.heapWithoutScriptBytes)}) |`,
  );
}
const c = timing.find((t) => t.control)?.control;
out();
out(`Control, at 4x: ${RUNS} loads of a page that runs 25 tasks of fixed work (median ${c.taskMs} ms each), one per frame: ${c.loadsWithLongTask} of ${RUNS} loads had a long task (longest ${c.longestTaskMs} ms).`);
out();
out('| page, at 4x (from navigation until every widget has rendered) | longest task, median (each load) | total blocking time | everything rendered |');
out('|---|---:|---:|---:|');
for (const [path, r] of Object.entries(pageTasks)) out(`| \`${path.replace('/lt/', '')}\` | ${r.longest} ms (${r.loads.join(', ')}) | ${r.tbt} ms | ${r.renderedAt} ms |`);
out();
out('| demo page, script 500 ms late | cumulative layout shift |');
out('|---|---:|');
for (const s of shifts) out(`| ${s.viewport}, ${s.placeholder ? 'with' : 'without'} the placeholder CSS | ${s.cls.toFixed(3)} |`);
out();
out('Long task: over 50 ms of wall time; 0 ms means none (a median over the loads; "loads with one" counts the loads that had any). CPU time: the thread time of the longest main-thread task, from a trace, in the worst of as many loads again (traced apart, since tracing slows the page). Without throttling, a pause of the browser by a busy machine adds wall time but not CPU time; under throttling it adds both, because Chromium throttles by making the page thread spin for a multiple of the time it last ran. Times run from the moment the script has arrived and starts to run, and long tasks count from then on (the host page lays itself out before); everything rendered means every widget has rendered, those inside the guide too (checked once a frame), and every red flag is in.');
console.log(`\n${lines.join('\n')}`);

mkdirSync('test-results', { recursive: true });
writeFileSync('test-results/bench.json', JSON.stringify({ machine, runs: RUNS, sizes, timing, pageTasks, shifts }, null, 2));
writeFileSync('test-results/bench.md', `${lines.join('\n')}\n`);
