import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { readFileSync } from 'node:fs';
import esbuild from 'rollup-plugin-esbuild';
import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';
import { shortMessageIds, xliffIds } from './scripts/rollup/message-ids.mjs';
import { pruneTranslations } from './scripts/rollup/prune-translations.mjs';
import { reviewOnly } from './scripts/rollup/review-only.mjs';
import catalogue from './src/widgets.json' with { type: 'json' };

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

const ours = (id) => id.includes('/src/') && !id.includes('/node_modules/');

/** The plugins of both builds: TypeScript, then what makes the shipped code small. */
const plugins = () => [
  resolve({ browser: true, extensions: ['.ts', '.js'] }),
  // TypeScript, with tsconfig.json's decorator settings and source maps.
  esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' }),
  // What only reviewers and translators read: see `Citation` in src/content/types.ts.
  reviewOnly({ fields: ['evidence', 'desc'], include: ours }),
  shortMessageIds({ ids: xliffIds(readFileSync('locales/es.xlf', 'utf8')), include: ours }),
  // The CSS of `css` templates and the markup of `html` templates (clean-css, html-minifier-terser).
  // A space between inline elements stays one space; SVG shapes keep their closing slash (without
  // it, an icon's next shape nests inside the one before).
  minifyTemplateLiterals({ include: ['src/**/*.ts'], failOnError: true, options: { minifyOptions: { conservativeCollapse: true, keepClosingSlash: true } } }),
];

/** Only the Spanish that the code of the build asks for (content for widgets yet to come is left out). */
const translationsAsked = () => pruneTranslations({ module: (id) => id.endsWith('/src/generated/locales/es.ts') });

/** Every message has an id (scripts/build.mjs checks), so the drop-in leaves out @lit/localize's id hashing. */
const noIdHashing = () => ({
  name: 'no-id-hashing',
  resolveId: (source) => (source.endsWith('/id-generation.js') ? '\0no-id-hashing' : null),
  load: (id) => (id === '\0no-id-hashing' ? 'export const generateMsgId = () => "";' : null),
});

/**
 * A classic script (`<script src>`): Lit and every locale inside, making no request. A script that
 * fails to start must not break the host page: one clear console error, no uncaught exception, and
 * the fallback markup stays. The usual cause is a Trusted Types list without Lit's policy name,
 * which makes Lit throw as it loads: the error names the fix.
 */
const script = ({ input, file }) => ({
  input,
  output: {
    file,
    format: 'iife',
    inlineDynamicImports: true,
    banner: 'try {',
    footer: `} catch (error) {
  (function (text) {
    if (/lit-html/.test(text) && /polic/i.test(text)) {
      console.error("cst-widgets could not start: this page's Trusted Types policy does not allow the name 'lit-html'. " +
        "Add \`trusted-types lit-html 'allow-duplicates'\` to its Content-Security-Policy.");
    } else {
      console.error('cst-widgets could not start: ' + text, error);
    }
  })(String((error && error.message) || error));
}`,
  },
  // No "development" export condition, so Lit's production build is the one bundled.
  // noIdHashing first: a plugin before it would resolve @lit/localize's import of the hashing to the real file.
  plugins: [
    noIdHashing(),
    ...plugins(),
    elementEntries(),
    translationsAsked(),
    // V8's explicit compile hint: most of this code runs while the page loads, so Chromium
    // compiles all of it while the file streams in, off the main thread, instead of pausing the
    // page to compile each function on its first call. Other engines ignore the comment.
    // Then the file's name and version, so a webmaster can tell which release a file on the site is.
    terser({ ecma: 2022, module: false, compress: { passes: 2 }, format: { comments: false, preamble: `//# allFunctionsCalledOnLoad\n/*! cst-widgets ${version} | MIT License */` } }),
  ],
});

/**
 * `element:<module>`: an entry that imports the global `CstWidgets` (src/global.ts) and a widget's
 * module, which defines its element (no exports).
 */
const elementEntries = () => ({
  name: 'element-entries',
  resolveId: (source) => (source.startsWith('element:') ? `\0${source}` : null),
  load: (id) =>
    id.startsWith('\0element:')
      ? [`${process.cwd()}/src/global.ts`, `${process.cwd()}/src/components/${id.slice('\0element:'.length)}.ts`].map((file) => `import ${JSON.stringify(file)};`).join('\n')
      : null,
});

export default [
  // The drop-in: every widget. It and every element's file set the global `CstWidgets` (src/global.ts).
  script({ input: 'src/drop-in.ts', file: 'dist/cst-widgets.js' }),
  // A file per element: the element alone, to mix with the others and with the drop-in.
  ...catalogue.widgets.map((w) => script({ input: `element:${w.module}`, file: `dist/${w.tag}.js` })),
  // The package for bundlers: Lit stays a dependency, locales stay lazy chunks, with source maps.
  {
    input: {
      index: 'src/index.ts',
      ...Object.fromEntries(catalogue.widgets.map((w) => [`components/${w.module}`, `src/components/${w.module}.ts`])),
    },
    external: [/^lit(\/|$)/, /^@lit\//],
    preserveEntrySignatures: 'allow-extension',
    output: { dir: 'dist/esm', format: 'es', preserveModules: true, preserveModulesRoot: 'src', sourcemap: true },
    plugins: [...plugins(), translationsAsked()],
  },
];
