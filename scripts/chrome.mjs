// Finds a Chromium or Chrome for the browser tests, or installs Debian's `chromium` where it can.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** Flags for headless Chromium on a closed network, as root. */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

/** The browser named by CHROME_PATH, or the first one found in the usual places. */
export function findChrome() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to ${fromEnv}, but there is no file there.`);
  }
  return CANDIDATES.find((path) => existsSync(path));
}

function canApt() {
  return process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
}

/** Finds a browser, installing Debian's chromium when it is missing and this machine allows it. */
export function ensureChrome() {
  const found = findChrome();
  if (found) return found;
  if (!canApt()) {
    throw new Error(
      'No Chromium or Chrome found: install Chromium or Google Chrome, or set CHROME_PATH to its executable.',
    );
  }
  console.log('No Chromium or Chrome found: installing Debian\'s "chromium" package with apt-get (about a minute)...');
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  const installed = findChrome();
  if (!installed) throw new Error('apt-get installed "chromium", but no browser was found afterwards.');
  console.log(`Installed ${installed}.`);
  return installed;
}
