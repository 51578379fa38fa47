import { existsSync } from 'node:fs';
import type { StorybookConfig } from '@storybook/web-components-vite';

// The demo and the embed builder are published with Storybook, next to the built script they load
// (`../dist/cst-widgets.js` from `/demo/`) and the sources the builder reads its widgets and
// presets from (`../src/examples.js` and the JSON files it imports). A static build without dist/ would publish a builder
// that cannot work, so it stops and says why.
const hasDist = existsSync(new URL('../dist/cst-widgets.js', import.meta.url));
const building = process.argv.includes('build');
if (!hasDist && building) {
  throw new Error('dist/cst-widgets.js is missing: run `npm run build` before `npm run build-storybook`.');
}

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // src/ only in the static build: in dev and in the story tests Vite serves it, and a static
  // directory on the same path would shadow Vite's modules.
  // The embed builder (demo/) reads src/ and custom-elements.json (src/embed.js) as the demo page does.
  staticDirs: [
    { from: '../demo', to: '/demo' },
    ...(building ? [{ from: '../src', to: '/src' }, { from: '../custom-elements.json', to: '/custom-elements.json' }] : []),
    ...(hasDist ? [{ from: '../dist', to: '/dist' }] : []),
  ],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  async viteFinal(viteConfig) {
    viteConfig.optimizeDeps ??= {};
    // One copy of Lit: without this, Vite pre-bundles Lit twice and elements break.
    viteConfig.optimizeDeps.include = [
      ...(viteConfig.optimizeDeps.include ?? []),
      'lit',
      'lit/directive-helpers.js',
      '@lit/localize',
    ];
    // The build reports warnings only: not every chunk it writes. Two of Vite's would be noise:
    // Storybook's own docs blocks and axe are larger than 500 kB (they are Storybook's, not the
    // library's, whose sizes have budgets of their own), and @wc-toolkit/storybook-helpers imports
    // Node's `path` for its dev-server reloader, which the stories never call.
    viteConfig.logLevel = 'warn';
    viteConfig.build = { ...viteConfig.build, chunkSizeWarningLimit: 1500 };
    viteConfig.build.rolldownOptions = {
      ...viteConfig.build.rolldownOptions,
      onLog(level, log, handler) {
        if (/Module "path" has been externalized/.test(log.message) && /storybook-helpers/.test(log.message)) return;
        handler(level, log);
      },
    };
    return viteConfig;
  },
};

export default config;
