/**
 * The widgets and their examples, for the stories, the tests, the bench and the embed builder:
 * never imported by the library itself, so nothing here ships. Plain JavaScript (types in
 * examples.d.ts), so that Node scripts and the builder's page read it as the tests do.
 *
 * The list of widgets is `widgets.json`; each widget's examples are `<widget>.examples.json` in its
 * folder (GOV.UK Frontend keeps its examples the same way), so what designers review in Storybook
 * is what the accessibility tests check.
 */
import { fallbackMarkup } from './embed.js';
import catalogue from './widgets.json' with { type: 'json' };
import quickExit from './components/quick-exit/quick-exit.examples.json' with { type: 'json' };
import hotlineBanner from './components/hotline-banner/hotline-banner.examples.json' with { type: 'json' };
import redFlags from './components/red-flags/red-flags.examples.json' with { type: 'json' };
import traffickingTypes from './components/trafficking-types/trafficking-types.examples.json' with { type: 'json' };
import traffickingType from './components/trafficking-types/trafficking-type.examples.json' with { type: 'json' };
import doDont from './components/do-dont/do-dont.examples.json' with { type: 'json' };
import missingChild from './components/missing-child/missing-child.examples.json' with { type: 'json' };
import stat from './components/stat/stat.examples.json' with { type: 'json' };
import overview from './components/overview/overview.examples.json' with { type: 'json' };
import keepingSafer from './components/keeping-safer/keeping-safer.examples.json' with { type: 'json' };
import support from './components/support/support.examples.json' with { type: 'json' };
import guide from './components/guide/guide.examples.json' with { type: 'json' };

export const WIDGETS = catalogue.widgets;

/**
 * Each widget's examples file, by its module: a bundler needs each import written out (the test in
 * test/all-widgets.test.ts finds one missing).
 */
const FILES = {
  'quick-exit/quick-exit': quickExit,
  'hotline-banner/hotline-banner': hotlineBanner,
  'red-flags/red-flags': redFlags,
  'trafficking-types/trafficking-types': traffickingTypes,
  'trafficking-types/trafficking-type': traffickingType,
  'do-dont/do-dont': doDont,
  'missing-child/missing-child': missingChild,
  'stat/stat': stat,
  'overview/overview': overview,
  'keeping-safer/keeping-safer': keepingSafer,
  'support/support': support,
  'guide/guide': guide,
};

export function examplesOf(tag) {
  const file = FILES[WIDGETS.find((w) => w.tag === tag)?.module];
  if (!file) throw new Error(`${tag} has no examples file in src/examples.js`);
  return file.examples;
}

export function checkedExample(tag) {
  return examplesOf(tag).find((e) => e.checked) ?? examplesOf(tag)[0];
}

const attribute = ([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`);

export function exampleMarkup(tag, example) {
  const attrs = Object.entries(example.attributes ?? {}).map(attribute).join('');
  return `<${tag}${attrs}>${fallbackMarkup(tag, 'en', example.attributes)}${example.slots ?? ''}</${tag}>`;
}

export function exampleElement(tag, example) {
  const template = document.createElement('template');
  template.innerHTML = exampleMarkup(tag, example);
  return template.content.firstElementChild;
}
