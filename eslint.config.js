import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// The safety promises of the README's "Security and privacy", enforced where they can be.
const UNSAFE_IMPORTS = [
  { name: 'lit/directives/unsafe-html.js', message: 'unsafeHTML is forbidden: it defeats Trusted Types.' },
  { name: 'lit/directives/style-map.js', message: 'styleMap is blocked by a strict CSP (style-src).' },
];

/**
 * The layers of src/, each importing only those before it: internal/ (plumbing: the base element,
 * define, warnings, events, headings), content/ (NCMEC's words and figures), common/ (what widgets
 * share that shows content: the content widgets' mixins, the emergency path, the source line),
 * components/. `layer(folder, ...later)` forbids a folder's files to import the later layers.
 */
const layer = (folder, ...later) => ({
  files: [`src/${folder}/**/*.ts`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        paths: UNSAFE_IMPORTS,
        patterns: [{ group: later.flatMap((l) => [`../${l}/*`, `../../${l}/*`]), message: `src/${folder}/ comes before ${later.join(', ')} (see eslint.config.js): move the shared piece down a layer.` }],
      },
    ],
  },
});

export default tseslint.config(
  { ignores: ['dist/', 'coverage/', 'storybook-static/', 'src/generated/', 'node_modules/', 'scratch/', 'release/', 'test-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'test/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  { files: ['src/**/*.ts', 'stories/**/*.ts', 'test/**/*.ts'], ...litA11y.configs.recommended },
  { files: ['src/**/*.ts'], ...wc.configs['flat/best-practice'] },
  {
    files: ['src/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/resolver-next': [createTypeScriptImportResolver()],
    },
    rules: {
      'no-restricted-imports': ['error', { paths: UNSAFE_IMPORTS }],
      // No import cycles: each module can be read, and tested, after the ones it imports.
      'import-x/no-cycle': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[property.name=/^(localStorage|sessionStorage|indexedDB|cookie)$/]", message: 'The library keeps no storage of any kind.' },
        { selector: "CallExpression[callee.name=/^(fetch)$/]", message: 'The library makes no network requests.' },
        { selector: "NewExpression[callee.name=/^(XMLHttpRequest|WebSocket|EventSource)$/]", message: 'The library makes no network requests.' },
      ],
    },
  },
  layer('internal', 'content', 'common', 'components'),
  layer('styles', 'content', 'common', 'components'),
  layer('content', 'common', 'components'),
  layer('common', 'components'),
  {
    files: ['scripts/**/*.mjs', '*.config.js', '*.config.ts', 'rollup.config.js', '.storybook/**/*.ts'],
    languageOptions: { globals: globals.node },
  },
  { files: ['demo/**/*.js', 'test/e2e/fixtures/**/*.js', 'src/examples.js', 'src/embed.js', 'src/hosts.js', 'integrations/**/*.js'], languageOptions: { globals: globals.browser } },
  // Node scripts whose page.evaluate() callbacks run in the browser.
  { files: ['test/node/**/*.mjs'], languageOptions: { globals: globals.node } },
  { files: ['test/e2e/**/*.mjs', 'test/perf/**/*.mjs', 'scripts/bench.mjs', 'scripts/long-tasks.mjs', 'scripts/content-report.mjs', 'scripts/placeholder-css.mjs', 'scripts/screenshot.mjs', 'scripts/layout-shift.mjs', 'scripts/gallery.mjs'], languageOptions: { globals: { ...globals.node, ...globals.browser } } },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
);
