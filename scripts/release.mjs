// `npm run release`: what a webmaster downloads, as release/cst-widgets-<version>.zip (and the same
// files unpacked in release/cst-widgets-<version>/). Builds first, unless given --no-build.
//
// The zip holds one folder, cst-widgets/ (unzipped at a site's root: /cst-widgets/, as the README
// says), with: cst-widgets.js (every widget); a file per element (cst-hotline-banner.js, ...: the
// element, Lit and both languages, to mix with each other and with cst-widgets.js); cst-widgets.css
// (the placeholder CSS of every widget) and a CSS file per element (cst-hotline-banner.css: that
// element's part only); integrity.json (the version, and the SRI value of every file); example.html (opens from the
// unzipped folder); LICENSE; and PASTE.txt (the lines to paste). It also writes the WordPress
// plugin, release/cst-widgets-wordpress-plugin-<version>.zip (scripts/wordpress-plugin.mjs), the folder
// cst-widgets/ a WordPress site installs from Plugins → Add New → Upload; and the npm package,
// release/cst-widgets-<version>.tgz (`npm pack`), for frameworks and bundlers until it is on npm.
import { execFile, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { zipSync } from 'fflate';
import { checkedExample, exampleMarkup, WIDGETS } from '../src/examples.js';
import { buildWordPressPlugin } from './wordpress-plugin.mjs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
export const RELEASE = `cst-widgets-${version}`;
/** The one folder in the zip, as the README's paths name it. */
export const FOLDER = 'cst-widgets';

/**
 * The npm package itself, as `npm pack` makes it (dist/, the manifest, README, LICENSE), written to
 * `dir` as cst-widgets-<version>.tgz: until the package is on npm, a framework or bundler user
 * installs it with `npm install ./cst-widgets-<version>.tgz`. The framework suite
 * (test/e2e/frameworks/build.mjs) installs the file this makes. Returns its path.
 */
export async function packPackage(dir) {
  await promisify(execFile)('npm', ['pack', '--silent', '--pack-destination', resolve(dir)]);
  return join(dir, `${RELEASE}.tgz`);
}

/** The SRI value (sha384) of a file's bytes. */
export const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/** A page that shows every widget, from the files next to it (it works from file://). */
function examplePage() {
  const [first, ...rest] = WIDGETS.map((w) => exampleMarkup(w.tag, checkedExample(w.tag)));
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>cst-widgets ${version}: example</title>
<link rel="stylesheet" href="cst-widgets.css">
<script src="cst-widgets.js" defer></script>
<style>body { margin: 0; font-family: system-ui, sans-serif; } main { max-width: 60rem; margin: 0 auto; padding: 1rem; } main > * + * { margin-top: 2rem; }</style>
</head>
<body>
${first}
<main>
<h1>cst-widgets ${version}</h1>
<p>Every widget of this release, as this page's own files show them. Change <code>lang="en"</code> to <code>lang="es"</code> for Spanish.</p>
${rest.join('\n')}
</main>
</body>
</html>
`;
}

/** The lines to paste, for the drop-in or for one element's own file. */
function pasteText(integrity) {
  const banner = exampleMarkup('cst-hotline-banner', { name: 'Default' });
  return `cst-widgets ${version}: child sex trafficking awareness widgets, with content from NCMEC's guides.

1. Put this folder, cst-widgets/, at your site's root, so its files are at /cst-widgets/.

2. In <head>, on every page that shows the banner: its CSS (which keeps its space while the script
   loads) and its script.

<link rel="stylesheet" href="/cst-widgets/cst-hotline-banner.css">
<script src="/cst-widgets/cst-hotline-banner.js" defer></script>

3. In <body>, where the banner goes (the paragraphs inside show until the script runs, and wherever
   scripts are off):

${banner}

Another widget has its own two files named the same way (cst-red-flags.css and cst-red-flags.js).
A page that shows several widgets can load cst-widgets.css and cst-widgets.js instead, which hold
every widget. Files can be mixed on one page.

To check the files with Subresource Integrity, add integrity="..." and crossorigin="anonymous" to the
tags, with the values in integrity.json (cst-hotline-banner.js: ${integrity['cst-hotline-banner.js']}).

Open example.html in a browser to see every widget. The project's README and its embed builder
(demo/builder.html in the source) explain every option.
`;
}

/** A folder's files as zip entries under `prefix`, with a fixed date: the same sources give the same zip. */
function zipOf(dir, prefix) {
  const entries = {};
  for (const name of readdirSync(dir, { recursive: true })) {
    const path = join(dir, name);
    try {
      entries[`${prefix}/${name}`] = [new Uint8Array(readFileSync(path)), { mtime: new Date('2026-01-01T00:00:00Z') }];
    } catch (error) {
      if (error.code !== 'EISDIR') throw error;
    }
  }
  return zipSync(entries, { level: 9 });
}

export async function release({ build = true } = {}) {
  if (build) execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
  const files = new Map();
  files.set('cst-widgets.js', readFileSync('dist/cst-widgets.js'));
  for (const { tag } of WIDGETS) files.set(`${tag}.js`, readFileSync(`dist/${tag}.js`));
  files.set('cst-widgets.css', readFileSync('dist/cst-widgets.css'));
  for (const { tag } of WIDGETS) files.set(`${tag}.css`, readFileSync(`dist/${tag}.css`));
  const integrity = Object.fromEntries([...files].map(([name, bytes]) => [name, sri(bytes)]));
  files.set('integrity.json', Buffer.from(`${JSON.stringify({ version, files: integrity }, null, 2)}\n`));
  files.set('example.html', Buffer.from(examplePage()));
  files.set('LICENSE', readFileSync('LICENSE'));
  files.set('PASTE.txt', Buffer.from(pasteText(integrity)));

  const dir = join('release', RELEASE);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const [name, bytes] of files) writeFileSync(join(dir, name), bytes);
  // Every file in one folder, cst-widgets/, with a fixed date (the same sources give the same zip):
  // unzipped at a site's root it gives /cst-widgets/cst-widgets.js, the README's path. The version
  // is in the zip's name, each script's first lines and integrity.json.
  const zip = zipSync(Object.fromEntries([...files].map(([name, bytes]) => [`${FOLDER}/${name}`, [new Uint8Array(bytes), { mtime: new Date('2026-01-01T00:00:00Z') }]])), { level: 9 });
  writeFileSync(`${dir}.zip`, zip);

  const tarball = await packPackage('release');
  const plugin = await buildWordPressPlugin(join('release', 'wordpress', 'cst-widgets'));
  const wordpressZip = join('release', `cst-widgets-wordpress-plugin-${version}.zip`);
  writeFileSync(wordpressZip, zipOf(plugin, 'cst-widgets'));
  return { zip: `${dir}.zip`, dir, files: [...files.keys()], wordpressZip, tarball };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { zip, files, wordpressZip, tarball } = await release({ build: !process.argv.includes('--no-build') });
  console.log(`Wrote ${zip}: ${files.join(', ')}.`);
  console.log(`Wrote ${tarball}: the npm package, for npm install ./${tarball.split('/').pop()}.`);
  console.log(`Wrote ${wordpressZip}: the WordPress plugin.`);
}
