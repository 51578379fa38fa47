// Builds the React, Vue and Angular host apps of test/e2e/frameworks.test.mjs as a user would:
// the package packed (`npm pack`) and installed from its tarball next to pinned framework
// versions from the npm registry, each app compiled by its framework's own compiler (JSX by
// esbuild, the Vue SFC by @vue/compiler-sfc, the Angular component by ngc, AOT) and bundled by
// esbuild.
import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { build } from 'esbuild';

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
const run = (command, args, cwd) => execFileSync(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });

/** Packs the package into `dir`, installs it and the frameworks there, and builds the three apps. */
export async function buildHosts(dir) {
  const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
  run('npm', ['pack', '--silent', '--pack-destination', dir], '.');
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ private: true, type: 'module', dependencies: { ...VERSIONS, 'cst-widgets': `file:./cst-widgets-${version}.tgz` } }, null, 2),
  );
  run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], dir);
  for (const app of ['react', 'vue', 'angular']) {
    cpSync(join(HERE, app), join(dir, app), { recursive: true });
    writeFileSync(join(dir, app, 'index.html'), readFileSync(join(HERE, 'index.html'), 'utf8').replace('FRAMEWORK', app));
  }
  const bundle = (app, entry, options = {}) =>
    build({
      entryPoints: [join(dir, app, entry)],
      outfile: join(dir, app, 'app.js'),
      absWorkingDir: dir,
      bundle: true,
      format: 'esm',
      logLevel: 'error',
      define: { 'process.env.NODE_ENV': '"production"' },
      ...options,
    });

  await bundle('react', 'app.jsx', { jsx: 'automatic' });

  const sfc = createRequire(join(dir, 'package.json'))('@vue/compiler-sfc');
  const { descriptor, errors } = sfc.parse(readFileSync(join(dir, 'vue', 'App.vue'), 'utf8'), { filename: 'App.vue' });
  if (errors.length) throw errors[0];
  const script = sfc.compileScript(descriptor, {
    id: 'app',
    inlineTemplate: true,
    templateOptions: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('cst-') } },
  });
  writeFileSync(join(dir, 'vue', 'App.vue.js'), script.content);
  await bundle('vue', 'main.js', {
    define: { 'process.env.NODE_ENV': '"production"', __VUE_OPTIONS_API__: 'false', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false' },
  });

  run('node', [join(dir, 'node_modules/@angular/compiler-cli/bundles/src/bin/ngc.js'), '-p', join(dir, 'angular/tsconfig.json')], dir);
  // ngDevMode false: Angular's production mode, as its CLI builds it.
  await bundle('angular', 'out/app.js', { define: { 'process.env.NODE_ENV': '"production"', ngDevMode: 'false' } });
  copyFileSync(join(HERE, '..', '..', '..', 'node_modules/axe-core/axe.min.js'), join(dir, 'axe.min.js'));
}
