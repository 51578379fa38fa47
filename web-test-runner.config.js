import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CHROME_ARGS, findChrome } from './scripts/chrome.mjs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

/** Writes how many tests passed and failed, so `npm test` can print one total line. */
function countingReporter() {
  return {
    onTestRunFinished({ sessions }) {
      let passed = 0;
      let failed = 0;
      let skipped = 0;
      const walk = (suite) => {
        for (const test of suite?.tests ?? []) {
          if (test.skipped) skipped++;
          else if (test.passed) passed++;
          else failed++;
        }
        for (const child of suite?.suites ?? []) walk(child);
      };
      for (const session of sessions) {
        walk(session.testResults);
        if (session.errors?.length && !session.testResults?.tests?.length) failed++;
      }
      const group = process.argv.includes('--group') ? process.argv[process.argv.indexOf('--group') + 1] : 'all';
      mkdirSync('test-results', { recursive: true });
      writeFileSync(`test-results/wtr-${group}.json`, JSON.stringify({ passed, failed, skipped }));
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

/** `emulateForcedColors(true)` from a test: Windows High Contrast, emulated through the DevTools protocol. */
const cdpSessions = new WeakMap();
function forcedColorsPlugin() {
  return {
    name: 'emulate-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      const page = session.browser.getPage(session.id);
      // puppeteer's emulateMediaFeatures does not know forced-colors; the protocol does.
      // The emulation lasts as long as its protocol session, so one is kept per page.
      if (!cdpSessions.has(page)) cdpSessions.set(page, await page.createCDPSession());
      await cdpSessions.get(page).send('Emulation.setEmulatedMedia', {
        features: [{ name: 'forced-colors', value: payload ? 'active' : 'none' }],
      });
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
    otherVersionPlugin(),
    forcedColorsPlugin(),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: findChrome(), args: CHROME_ARGS },
    }),
  ],
  groups: [
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
