// The three browser engines the unit and bundle suites run in: where each is, how to get it,
// and (for WebKit) the virtual display and WebDriver server it needs.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { findChrome } from './chrome.mjs';

const first = (paths) => paths.find((path) => existsSync(path));

const MINIBROWSER = [
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/libexec/webkit2gtk-4.1/MiniBrowser',
];

/** Each engine: its executables when present, and the Debian packages that provide them. */
export const ENGINES = {
  chromium: {
    find: () => findChrome(),
    needs: 'Chromium or Google Chrome (or set CHROME_PATH)',
    packages: ['chromium'],
  },
  firefox: {
    find: () => first([process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].filter(Boolean)),
    needs: 'Firefox (or set FIREFOX_PATH)',
    packages: ['firefox-esr'],
  },
  webkit: {
    find: () => {
      const browser = first(MINIBROWSER);
      const driver = first(['/usr/bin/WebKitWebDriver']);
      const xvfb = first(['/usr/bin/Xvfb']);
      return browser && driver && xvfb ? browser : undefined;
    },
    needs: "WebKitGTK's MiniBrowser and WebKitWebDriver, with Xvfb",
    packages: ['webkit2gtk-driver', 'xvfb'],
  },
};

/** The engines chosen with BROWSERS (comma-separated), all three by default. */
export function selectedEngines() {
  const names = (process.env.BROWSERS ?? 'chromium,firefox,webkit')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  const unknown = names.filter((name) => !ENGINES[name]);
  if (unknown.length || !names.length) {
    throw new Error(`BROWSERS=${process.env.BROWSERS}: choose from ${Object.keys(ENGINES).join(', ')}.`);
  }
  return [...new Set(names)];
}

const canApt = () => process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');

/** Finds each engine, installing missing ones with apt where this machine allows it. */
export function ensureEngines(names) {
  const missing = names.filter((name) => !ENGINES[name].find());
  if (!missing.length) return;
  const packages = missing.flatMap((name) => ENGINES[name].packages);
  if (!canApt()) {
    const rest = names.filter((n) => !missing.includes(n));
    throw new Error(
      `Missing browser engine: install ${missing.map((n) => ENGINES[n].needs).join('; ')} ` +
        `(on Debian or Ubuntu: apt-get install ${packages.join(' ')})` +
        (rest.length && !missing.includes('chromium') ? `, or test without it: BROWSERS=${rest.join(',')} npm test.` : '.'),
    );
  }
  console.log(`Installing ${missing.join(', ')} with apt-get: ${packages.join(' ')} (a minute or so)...`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  // A busy package lock (another install still running) is waited for, not a failure.
  const wait = ['-o', 'DPkg::Lock::Timeout=600'];
  execFileSync('apt-get', [...wait, 'update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', [...wait, 'install', '-y', '-qq', ...packages], { stdio: 'inherit', env });
  const still = missing.filter((name) => !ENGINES[name].find());
  if (still.length) throw new Error(`apt-get ran, but ${still.join(', ')} still cannot be found.`);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts what WebKitGTK's MiniBrowser needs to run headless: an Xvfb display and a
 * WebKitWebDriver server on a free port. Resolves with the port and a `stop()`.
 */
export async function startWebKitDriver() {
  // With no window manager, X gives keyboard focus to the window under the pointer, which sits
  // at the screen's centre: a small screen keeps it inside MiniBrowser's window (placed at 0,0),
  // so pages have focus and :focus-visible works.
  const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '640x480x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
  });
  const display = await new Promise((resolve, reject) => {
    let text = '';
    xvfb.stdio[3].on('data', (chunk) => {
      text += chunk;
      if (text.includes('\n')) resolve(text.trim());
    });
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited (${code}) before it opened a display`)));
  });
  const port = await freePort();
  const driver = spawn('WebKitWebDriver', [`--port=${port}`], {
    env: { ...process.env, DISPLAY: `:${display}` },
    stdio: 'ignore',
  });
  const stop = () => {
    driver.kill();
    xvfb.kill();
  };
  process.once('exit', stop);
  for (let i = 0; i < 100; i++) {
    try {
      const status = await fetch(`http://127.0.0.1:${port}/status`);
      if (status.ok) return { port, stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  stop();
  throw new Error('WebKitWebDriver did not start within 10 s.');
}

export const MINIBROWSER_PATH = () => first(MINIBROWSER);
