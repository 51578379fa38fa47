import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  async viteFinal(viteConfig) {
    viteConfig.optimizeDeps ??= {};
    // One copy of Lit: without this, Vite pre-bundles Lit twice and elements break.
    viteConfig.optimizeDeps.include = [
      ...(viteConfig.optimizeDeps.include ?? []),
      'lit',
      'lit/decorators.js',
      'lit/directive-helpers.js',
      '@lit/localize',
    ];
    return viteConfig;
  },
};

export default config;
