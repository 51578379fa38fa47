// Builds the React, Vue and Angular host apps of test/e2e/frameworks.test.mjs as a user would:
// the package packed (`npm pack`) and installed from its tarball, pinned framework versions from
// the npm registry, each app compiled by its framework's own compiler (JSX by esbuild, the Vue SFC
// by @vue/compiler-sfc, the Angular component by ngc, AOT) and bundled by esbuild.
//
// Each app writes out the widgets it does something particular with; build.mjs gives it every
// other widget of src/widgets.json (widgets.js, and for Angular, whose templates cannot name an
// element at run time, widgets.html), so a new widget is in the apps without anyone adding it.
//
// Installing the frameworks (122 MB) was two thirds of the suite's time, and only the package
// changes from run to run, so they are installed once per machine, in a folder of the user's
// cache named by VERSIONS; each run is a folder inside it, which installs the tarball in its own
// node_modules and finds the frameworks in the parent's, as Node, ngc and esbuild resolve.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { build } from 'esbuild';
import { packPackage } from '../../../scripts/release.mjs';
import { checkedExample, WIDGETS } from '../../../src/examples.js';

/** The versions the suite covers (docs/embedding.md names them). */
export const VERSIONS = {
  react: '19.3.1',
  'react-dom': '19.3.1',
  vue: '3.5.45',
  '@vue/compiler-sfc': '3.5.45',
  '@angular/core': '21.2.26',
  '@angular/common': '21.2.26',
  '@angular/compiler': '21.2.26',
  '@angular/compiler-cli': '21.2.26',
  '@angular/platform-browser': '21.2.26',
  rxjs: '7.8.2',
  tslib: '2.8.1',
  typescript: '5.9.3',
};

const HERE = new URL('.', import.meta.url).pathname;
const ROOT = join(HERE, '..', '..', '..');
const APPS = ['react', 'vue', 'angular'];
const NPM_INSTALL = ['install', '--no-audit', '--no-fund', '--loglevel=error'];

/**
 * Outside the project, so that nothing the apps import can resolve to the project's own
 * node_modules (which has React, for Storybook). A new VERSIONS is a new folder; the frameworks'
 * own dependencies stay as first resolved until the folder is deleted.
 */
const CACHE = join(
  process.env.XDG_CACHE_HOME || join(homedir(), '.cache'),
  'cst-widgets',
  `frameworks-${createHash('sha256').update(JSON.stringify(VERSIONS)).digest('hex').slice(0, 16)}`,
);

/** Asynchronous, so that the frameworks' install, the pack and the three builds overlap. */
const run = (command, args, cwd) =>
  new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    // ngc reports a template's errors on stdout, npm on stderr.
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} (in ${cwd}) exited with ${code}\n${output}`))));
  });

/** A new folder for one run's apps, inside the frameworks' folder; the caller removes it. */
export function hostsDir() {
  mkdirSync(CACHE, { recursive: true });
  // What a run stopped halfway left (about 13 MB each); a day old, so no run still uses it.
  for (const name of readdirSync(CACHE)) {
    const path = join(CACHE, name);
    const since = statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? Date.now();
    if (/^(run|install)-/.test(name) && Date.now() - since > 86_400_000) rmSync(path, { recursive: true, force: true });
  }
  return mkdtempSync(join(CACHE, 'run-'));
}

/** Installs the frameworks in CACHE unless a run did before. */
async function installFrameworks() {
  if (existsSync(join(CACHE, 'node_modules'))) return;
  // Installed aside and renamed into place: a folder is either complete or absent, even when a
  // run was stopped halfway or two ran at once.
  const staging = mkdtempSync(join(CACHE, 'install-'));
  try {
    writeFileSync(join(staging, 'package.json'), JSON.stringify({ private: true, dependencies: VERSIONS }, null, 2));
    await run('npm', NPM_INSTALL, staging);
    try {
      renameSync(join(staging, 'node_modules'), join(CACHE, 'node_modules'));
    } catch (error) {
      if (error.code !== 'ENOTEMPTY' && error.code !== 'EEXIST') throw error;
    }
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/**
 * Makes the release's npm package (scripts/release.mjs: the cst-widgets-<version>.tgz a release
 * ships) in `dir` and installs it there as docs/embedding.md says, `npm install
 * ./cst-widgets-<version>.tgz`, with its own dependencies from the registry.
 */
async function installPackage(dir) {
  const tarball = await packPackage(dir);
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ private: true, type: 'module' }, null, 2));
  await run('npm', [...NPM_INSTALL, `./${basename(tarball)}`], dir);
}

/** The widgets of src/widgets.json that an app's own files do not name, each with its checked example's attributes. */
function otherWidgets(app) {
  const source = readdirSync(join(HERE, app))
    .map((file) => readFileSync(join(HERE, app, file), 'utf8'))
    .join('\n');
  return WIDGETS.filter(({ tag }) => !new RegExp(`<${tag}[\\s/>]`).test(source)).map(({ tag }) => ({ tag, attributes: checkedExample(tag).attributes ?? {} }));
}

/** Angular markup for `widgets`, the audience bound to the component's input as the apps do. */
const angularTemplate = (widgets) =>
  widgets
    .map(({ tag, attributes }) => {
      const attrs = Object.entries(attributes).map(([name, value]) =>
        name === 'audience' ? ' [audience]="audience()"' : value === '' ? ` ${name}` : ` ${name}="${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`,
      );
      return `<${tag}${attrs.join('')}></${tag}>\n`;
    })
    .join('');

/** Installs the package (and the frameworks, the first time) and builds the three apps in `dir`, a folder from hostsDir(). */
export async function buildHosts(dir) {
  if (dirname(dir) !== CACHE) throw new Error(`${dir} is not from hostsDir(): the apps would not find the frameworks`);
  await Promise.all([installFrameworks(), installPackage(dir)]);
  for (const app of APPS) {
    cpSync(join(HERE, app), join(dir, app), { recursive: true });
    writeFileSync(join(dir, app, 'index.html'), readFileSync(join(HERE, 'index.html'), 'utf8').replace('FRAMEWORK', app));
    const others = otherWidgets(app);
    writeFileSync(join(dir, app, 'widgets.js'), `export default ${JSON.stringify(others, null, 2)};\n`);
    writeFileSync(join(dir, app, 'widgets.html'), angularTemplate(others));
  }
  copyFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), join(dir, 'axe.min.js'));

  const bundle = (app, entry, define = {}, options = {}) =>
    build({
      entryPoints: [join(dir, app, entry)],
      outfile: join(dir, app, 'app.js'),
      absWorkingDir: dir,
      bundle: true,
      format: 'esm',
      logLevel: 'error',
      define: { 'process.env.NODE_ENV': '"production"', ...define },
      ...options,
    });

  const react = () => bundle('react', 'app.jsx', {}, { jsx: 'automatic' });

  const vue = async () => {
    const sfc = createRequire(join(dir, 'package.json'))('@vue/compiler-sfc');
    const { descriptor, errors } = sfc.parse(readFileSync(join(dir, 'vue', 'App.vue'), 'utf8'), { filename: 'App.vue' });
    if (errors.length) throw errors[0];
    const script = sfc.compileScript(descriptor, {
      id: 'app',
      inlineTemplate: true,
      templateOptions: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('cst-') } },
    });
    writeFileSync(join(dir, 'vue', 'App.vue.js'), script.content);
    return bundle('vue', 'main.js', { __VUE_OPTIONS_API__: 'false', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false' });
  };

  const angular = async () => {
    await run(process.execPath, [join(CACHE, 'node_modules/@angular/compiler-cli/bundles/src/bin/ngc.js'), '-p', join(dir, 'angular/tsconfig.json')], dir);
    // ngDevMode false: Angular's production mode, as its CLI builds it.
    await bundle('angular', 'out/app.js', { ngDevMode: 'false' });
  };

  // ngc first: it takes longest.
  await Promise.all([angular(), react(), vue()]);
}
