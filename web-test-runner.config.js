import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ENGINES, MINIBROWSER_PATH, selectedEngines, startWebKitDriver } from './scripts/browsers.mjs';
import { CHROME_ARGS } from './scripts/chrome.mjs';

// BROWSERS=chromium (or firefox, webkit, a comma list) picks engines; the default is all three.
const engines = selectedEngines();
for (const name of engines) {
  if (!ENGINES[name].find()) {
    throw new Error(`${name} is not installed: apt-get install ${ENGINES[name].packages.join(' ')}, or leave it out of BROWSERS.`);
  }
}
const webkit = engines.includes('webkit') ? await startWebKitDriver() : undefined;

const launchers = {
  chromium: () => chromeLauncher({ launchOptions: { executablePath: ENGINES.chromium.find(), args: CHROME_ARGS } }),
  // Firefox through puppeteer over WebDriver BiDi: no extra package, no geckodriver.
  firefox: () =>
    chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: { browser: 'firefox', executablePath: ENGINES.firefox.find(), headless: true },
    }),
  // WebKitGTK's MiniBrowser through WebKitWebDriver, on the Xvfb display started above.
  webkit: () =>
    webdriverLauncher({
      hostname: '127.0.0.1',
      port: webkit.port,
      path: '/',
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: MINIBROWSER_PATH(), args: ['--automation'] },
      },
    }),
};

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

/** Writes how many tests passed and failed, so `npm test` can print one total line. */
function countingReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const byBrowser = {};
      for (const session of sessions) {
        const counts = (byBrowser[session.browser.name] ??= { passed: 0, failed: 0, skipped: 0 });
        const walk = (suite) => {
          for (const test of suite?.tests ?? []) {
            if (test.skipped) counts.skipped++;
            else if (test.passed) counts.passed++;
            else counts.failed++;
          }
          for (const child of suite?.suites ?? []) walk(child);
        };
        walk(session.testResults);
        // A file that failed to load has no results: count it as one failure, never as none.
        if (session.errors?.length && !session.testResults?.tests?.length && !session.testResults?.suites?.length) {
          counts.failed++;
        }
      }
      const total = Object.values(byBrowser).reduce(
        (t, c) => ({ passed: t.passed + c.passed, failed: t.failed + c.failed, skipped: t.skipped + c.skipped }),
        { passed: 0, failed: 0, skipped: 0 },
      );
      const group = process.argv.includes('--group') ? process.argv[process.argv.indexOf('--group') + 1] : 'all';
      mkdirSync('test-results', { recursive: true });
      writeFileSync(`test-results/wtr-${group}.json`, JSON.stringify({ ...total, byBrowser }));
    },
  };
}

/**
 * Serves NCMEC's source documents at /seeds/<file> from the folder beside the repository
 * (../shared/seeds, or SEEDS_DIR), so content tests can check every evidence excerpt against them.
 */
const SEEDS_DIR = resolve(process.env.SEEDS_DIR ?? '../shared/seeds');
// Locally, content tests skip the evidence check (with a warning) when the seeds are not beside the
// repository; in CI a missing seed folder is a failure, never a silent skip.
if (process.env.CI && !existsSync(SEEDS_DIR)) {
  throw new Error(`CI needs NCMEC's seed documents at ${SEEDS_DIR} (or SEEDS_DIR) to check every evidence excerpt.`);
}
function seedsPlugin() {
  return {
    name: 'seeds',
    serve(context) {
      if (!context.path.startsWith('/seeds/')) return undefined;
      const file = join(SEEDS_DIR, basename(context.path));
      if (!existsSync(file)) return undefined; // falls through to a 404
      return { body: readFileSync(file, 'utf8'), type: 'text/plain' };
    },
  };
}

/**
 * Serves the built drop-in as if it were another release of the library, so a test can load
 * two versions in one page.
 */
function otherVersionPlugin() {
  return {
    name: 'other-version-bundle',
    serve(context) {
      if (context.path !== '/test/bundle/other-version.js') return undefined;
      const source = readFileSync('dist/cst-widgets.js', 'utf8');
      const marker = JSON.stringify(pkg.version);
      if (source.split(marker).length !== 2) throw new Error(`expected one ${marker} in dist/cst-widgets.js`);
      return { body: source.replace(marker, '"9.9.9-test"'), type: 'js' };
    },
  };
}

/**
 * `cst-viewport` sets the size of the page the test runs in: puppeteer's viewport in Chromium and
 * Firefox, the window's inner size in WebKit (WebDriver sizes the outer window, so it corrects).
 */
function viewportPlugin() {
  return {
    name: 'cst-viewport',
    async executeCommand({ command, payload, session }) {
      if (command !== 'cst-viewport') return undefined;
      const { width, height } = payload;
      if (session.browser.type === 'puppeteer') {
        await session.browser.getPage(session.id).setViewport({ width, height });
        return true;
      }
      // The launcher keeps its WebdriverIO session private; with concurrency 1 it drives one window.
      const driver = session.browser.driver;
      // WebKit applies a new size a little later: the inner size is read until it holds still, and
      // the corrected target never goes below the asked size (a stale, larger inner size once made
      // it negative, which WebDriver refuses).
      const inner = async () => {
        let last = await driver.execute('return [window.innerWidth, window.innerHeight]');
        for (let i = 0; i < 10; i++) {
          await new Promise((resolve) => setTimeout(resolve, 50));
          const now = await driver.execute('return [window.innerWidth, window.innerHeight]');
          if (now[0] === last[0] && now[1] === last[1]) return now;
          last = now;
        }
        return last;
      };
      let target = { width, height };
      for (let i = 0; i < 3; i++) {
        await driver.setWindowSize(target.width, target.height);
        const [w, h] = await inner();
        if (w === width && h === height) return true;
        target = { width: Math.max(width, target.width + width - w), height: Math.max(height, target.height + height - h) };
      }
      return true;
    },
  };
}

/**
 * Reader settings emulated through Chromium's DevTools protocol: `emulateForcedColors(true)`
 * (Windows High Contrast) and `defaultFontSize(32)` (the browser's default font size, which sets
 * `medium`, as a reader's "font size" setting does).
 */
const cdpSessions = new WeakMap();
function readerSettingsPlugin() {
  const commands = {
    // puppeteer's emulateMediaFeatures does not know forced-colors; the protocol does.
    'emulate-forced-colors': (on) => ['Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: on ? 'active' : 'none' }] }],
    'cst-default-font-size': (px) => ['Page.setFontSizes', { fontSizes: { standard: px, fixed: Math.round(px * 0.8125) } }],
  };
  return {
    name: 'cst-reader-settings',
    async executeCommand({ command, payload, session }) {
      if (!commands[command]) return undefined;
      if (session.browser.name !== 'Chrome') throw new Error(`${command} needs Chromium`);
      const page = session.browser.getPage(session.id);
      // An emulation lasts as long as its protocol session, so one is kept per page.
      if (!cdpSessions.has(page)) cdpSessions.set(page, await page.createCDPSession());
      await cdpSessions.get(page).send(...commands[command](payload));
      return true;
    },
  };
}

export default {
  nodeResolve: true,
  rootDir: '.',
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
    a11ySnapshotPlugin(),
    viewportPlugin(),
    otherVersionPlugin(),
    seedsPlugin(),
    readerSettingsPlugin(),
    { name: 'stop-webkit-driver', serverStop: () => webkit?.stop() },
  ],
  browsers: engines.map((name) => launchers[name]()),
  // One test file at a time per engine: keyboard tests need the page focused, and WebKit's
  // single WebDriver window runs one file at a time.
  // (An explicit `concurrency: undefined` stalls the runner, hence the spread.)
  ...(webkit ? { concurrency: 1 } : {}),
  // FILES=test/quick-exit.test.ts (a comma list of globs) runs only those, as the unit group.
  groups: process.env.FILES
    ? [{ name: 'unit', files: process.env.FILES.split(',') }]
    : [
        { name: 'unit', files: ['test/**/*.test.ts', '!test/bundle/**'] },
        { name: 'bundle', files: ['test/bundle/**/*.test.ts'] },
      ],
  coverageConfig: {
    include: ['src/**/*.ts'],
    exclude: ['src/generated/**'],
    threshold: { statements: 90, branches: 80, functions: 90, lines: 90 },
  },
  testFramework: { config: { timeout: 5000 } },
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countingReporter()],
};
