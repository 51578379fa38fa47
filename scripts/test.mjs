// `npm test`: every check, in order, stopping at the first failure. Ends with one line
// "Tests: N passed, N failed" counting the browser tests of every suite.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { ensureEngines, selectedEngines } from './browsers.mjs';
import { findChrome } from './chrome.mjs';

const bin = (name) => `node_modules/.bin/${name}`;

// The unit and bundle suites run in every selected engine (BROWSERS, default all three); the
// end-to-end and Storybook suites drive Chromium, which is always needed.
let engines;
try {
  engines = selectedEngines();
  ensureEngines([...new Set(['chromium', ...engines])]);
} catch (error) {
  console.error(`\n${error.message}\n`);
  process.exit(1);
}
const env = { ...process.env, CHROME_PATH: findChrome(), BROWSERS: engines.join(',') };
console.log(`Browser engines: ${engines.join(', ')} (Chromium: ${env.CHROME_PATH})`);

rmSync('test-results', { recursive: true, force: true });
mkdirSync('test-results', { recursive: true });

const counts = [];
const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

// Each generated thing is made once: the production build first writes the locales, the bundles,
// the types and custom-elements.json, which every later step reads.
const steps = [
  ['Production build (locales, bundles, types, custom-elements.json)', [process.execPath, 'scripts/build.mjs']],
  ['Lint (ESLint: lit, lit-a11y, wc)', [bin('eslint'), '.', '--max-warnings=0']],
  ['Typecheck', [bin('tsc'), '--noEmit']],
  [
    `Unit tests in ${engines.join(', ')} (coverage from Chromium)`,
    [bin('web-test-runner'), '--group', 'unit', '--coverage'],
    () => ({ suite: 'unit', ...readJson('test-results/wtr-unit.json') }),
  ],
  [
    `Built-bundle tests in ${engines.join(', ')}`,
    [bin('web-test-runner'), '--group', 'bundle'],
    () => ({ suite: 'bundle', ...readJson('test-results/wtr-bundle.json') }),
  ],
  ['Storybook static build', [bin('storybook'), 'build', '--quiet', '--output-dir', 'storybook-static']],
  [
    'Node tests: build guards, the package; end-to-end: loading, strict CSP, host CSS and stylesheets, privacy, bad input, quick exit, the release zips, static Storybook, the WordPress plugin in a real WordPress',
    [
      process.execPath,
      '--test',
      // Two files at a time: each starts its own server and browser, and most of their time is
      // the browser's (about 280 s one by one, 200 s two at once, on a 2-core machine).
      '--test-concurrency=2',
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      '--test-reporter=./scripts/count-reporter.mjs',
      '--test-reporter-destination=test-results/e2e.json',
      'test/node/',
      'test/e2e/',
    ],
    () => ({ suite: 'node + e2e', ...readJson('test-results/e2e.json') }),
  ],
  [
    // Alone, after the end-to-end tests that run two at a time: a long task is timed in wall time,
    // which a second browser busy beside it on the same cores would stretch.
    'Long tasks at 4x CPU: every widget, the agency page, a guide for each reader, the quick exit during a guide',
    [
      process.execPath,
      '--test',
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      '--test-reporter=./scripts/count-reporter.mjs',
      '--test-reporter-destination=test-results/perf.json',
      'test/perf/',
    ],
    () => ({ suite: 'long tasks', ...readJson('test-results/perf.json') }),
  ],
  [
    'Storybook: every story as a test, with axe',
    [
      bin('vitest'),
      'run',
      '--project',
      'storybook',
      '--reporter=default',
      '--reporter=json',
      '--outputFile.json=test-results/storybook.json',
    ],
    () => {
      const r = readJson('test-results/storybook.json');
      return { suite: 'storybook', passed: r.numPassedTests, failed: r.numFailedTests, skipped: r.numPendingTests };
    },
  ],
];

function summary() {
  const total = counts.reduce((t, c) => ({ passed: t.passed + c.passed, failed: t.failed + c.failed }), { passed: 0, failed: 0 });
  console.log('\n| suite | browser | passed | failed | skipped |\n|---|---|---:|---:|---:|');
  for (const c of counts) {
    const rows = c.byBrowser ? Object.entries(c.byBrowser) : [['Chromium', c]];
    for (const [browser, r] of rows) console.log(`| ${c.suite} | ${browser} | ${r.passed} | ${r.failed} | ${r.skipped ?? 0} |`);
  }
  console.log(`\nTests: ${total.passed} passed, ${total.failed} failed`);
  return total;
}

/** How long each step took, printed at the end: where the time of a run goes. */
const timings = [];
const started = Date.now();
const seconds = (ms) => `${Math.round(ms / 1000)} s`;
function printTimings() {
  console.log('\n| step | time |\n|---|---:|');
  for (const [title, ms] of timings) console.log(`| ${title.split(':')[0]} | ${seconds(ms)} |`);
  console.log(`| all | ${seconds(Date.now() - started)} |`);
}

for (const [title, [command, ...args], count] of steps) {
  console.log(`\n=== ${title} ===`);
  const stepStarted = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  timings.push([title, Date.now() - stepStarted]);
  if (count) {
    try {
      counts.push(count());
    } catch {
      // no result file: the step failed before it could count
    }
  }
  if (result.status !== 0) {
    printTimings();
    summary();
    console.error(`\nnpm test failed at: ${title}`);
    process.exit(result.status || 1);
  }
}

printTimings();
const total = summary();
if (total.passed === 0 || !existsSync('test-results')) {
  console.error('No test ran.');
  process.exit(1);
}
process.exit(total.failed ? 1 : 0);
