// src/widgets.json is the one list of widgets (with custom-elements.json for their attributes): a
// file that spells out several widgets' tags keeps a list of its own, which the next widget will
// miss (when <cst-guide> came, tests passed while skipping half the widgets). This test reads every
// tracked file's code (comments left out) and fails on a list: three widgets or more named within
// a few lines (an array, a table, a run of elements), other than in a few files that place widgets
// by hand on purpose, each named here with why. A test that takes one widget as its example of a
// behaviour names it, and that is no list.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

const { widgets } = JSON.parse(readFileSync('src/widgets.json', 'utf8'));
const TAGS = widgets.map((w) => w.tag);

/** Files that name widgets on purpose, and why. */
const ALLOWED = new Map([
  ['src/components/guide/guide.ts', 'the guide is made of the other widgets: placing them is its code'],
  ['test/e2e/host-frameworks.test.mjs', 'Bootstrap and USWDS pages that place widgets in their own layouts (withEveryWidget adds the rest)'],
  ['test/e2e/loading.test.mjs', 'a few widgets chosen to show one way of loading each (made early, made late, moved, refused)'],
  ['test/turns.test.ts', 'a few widgets chosen to show the order render turns go in'],
  ['stories/theming.stories.ts', 'a few widgets chosen to preview the theme tokens on the Theming page'],
  ['test/e2e/builder.test.mjs', 'each colour checked on a widget that shows it'],
  ['test/e2e/theming.test.mjs', "each pair of docs/theming.md's tables sampled on a widget that shows it (test/host-pages.test.ts measures every widget)"],
  ['test/e2e/release.test.mjs', "a few of the release's files chosen to show they mix"],
  ...['test/e2e/frameworks.test.mjs', 'test/e2e/frameworks/angular/app.ts', 'test/e2e/frameworks/react/app.jsx', 'test/e2e/frameworks/vue/App.vue'].map((file) => [
    file,
    'the widgets each app sets by hand, to show arrays from state, events heard and the quick exit kept in place (frameworks/build.mjs adds every other widget)',
  ]),
  ['scripts/long-tasks.mjs', "the agency page: the five widgets an agency's page shows, measured as one page (issue #42)"],
  ['test/e2e/wordpress-suite.mjs', "one widget taken as the example of each behaviour (the plugin's catalogue gives the rest)"],
]);

/** Where files are made by a tool, or hold words rather than code. */
const SKIPPED = /\.(md|mdx|xlf|png|svg)$|^package-lock\.json$|^src\/widgets\.json$|^src\/generated\//;

/** The code of a file, without its comments (a comment may name widgets: it keeps no list). */
const code = (text) =>
  text
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');

/** The widgets a text names as strings or as elements: 'cst-x', "cst-x", `cst-x, <cst-x. */
const named = (text) => TAGS.filter((tag) => new RegExp(`(['"\`<])${tag}(?![\\w-])`).test(text));

/** How close together names make a list: within this many lines. */
const SPAN = 6;

/** The first list in a text: three widgets or more named within SPAN lines, or none. */
function firstList(text) {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const found = named(lines.slice(i, i + SPAN).join('\n'));
    if (found.length >= 3) return { line: i + 1, found };
  }
  return undefined;
}

describe('src/widgets.json is the only list of widgets', () => {
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { encoding: 'utf8' })
    .split('\n')
    .filter((f) => f && !SKIPPED.test(f) && f !== 'test/node/widget-lists.test.mjs');

  it('no file spells out a list of widgets of its own (three tags or more), but those named here with why', () => {
    const lists = [];
    for (const file of files) {
      let text;
      try {
        text = readFileSync(file, 'utf8');
      } catch {
        continue; // deleted in the work tree
      }
      const list = firstList(code(text));
      if (list && !ALLOWED.has(file)) lists.push(`${file}:${list.line}: ${list.found.join(', ')}`);
    }
    assert.deepEqual(lists, [], 'read src/widgets.json (src/examples.js, src/embed.js) instead');
  });

  it('each file allowed still names widgets by hand (else it leaves the list)', () => {
    for (const file of ALLOWED.keys()) assert.ok(firstList(code(readFileSync(file, 'utf8'))), file);
  });

  it('finds a planted list', () => {
    const planted = ['const EVERY = [', ...TAGS.slice(0, 3).map((t) => `  '${t}',`), '];'].join('\n');
    assert.equal(firstList(code(planted)).found.length, 3);
    assert.equal(firstList(code(planted.replace(/^/gm, '// '))), undefined, 'a comment is no list');
    const apart = TAGS.slice(0, 3).map((t) => `use('${t}');`).join('\n'.repeat(SPAN));
    assert.equal(firstList(code(apart)), undefined, 'examples apart are no list');
  });
});
