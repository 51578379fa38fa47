import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { getStorybookHelpers } from '@wc-toolkit/storybook-helpers';
import type { ArgTypes, Args } from 'storybook/internal/types';
import manifest from '../custom-elements.json';
import { isThemeToken } from '../scripts/theme-tokens.mjs';
import { attributesOf, kindOf } from '../src/embed.js';
import { examplesOf, exampleElement } from '../src/examples.js';

/**
 * The stories of every widget are made the same way, from two sources the library keeps true:
 *
 * - Controls and the docs table come from custom-elements.json (through
 *   @wc-toolkit/storybook-helpers): each attribute with its description and default; values a type
 *   spells out as a select; booleans as toggles. Parts, custom properties, slots and events are
 *   listed without controls (a designer styles them in CSS: see the Theming page). The theme tokens
 *   every widget shares are on the Theming page rather than in every widget's table.
 * - Each story of a state is an example of `<widget>.examples.json`, the markup the accessibility
 *   tests check in both languages, shown as its args so that Controls start from it.
 *
 * The element is rendered from the args as a webmaster would write it: attributes only, defaults
 * left out, so "Show code" gives a snippet to paste.
 *
 * A story in Spanish (`globals: { locale: 'es' }`) is tagged `!autodocs`: the language is the
 * page's, so on a docs page, where every story shares one page, it would turn all of them Spanish.
 * The toolbar's Language menu switches a docs page as a whole.
 */

interface Declaration {
  tagName?: string;
  attributes?: { name: string; default?: string; description?: string }[];
  events?: { name: string; type?: { text: string } }[];
}
const declarations = manifest.modules.flatMap((m) => m.declarations as Declaration[]);
const declaration = (tag: string) => declarations.find((d) => d.tagName === tag)!;


export interface WidgetOptions {
  /** The docs page: what it is, then when to use it, where to place it and what not to do (Markdown). */
  docs: string;
}

/**
 * The attributes that take a space-separated list, with the names they accept (a multi-select in
 * Controls), as custom-elements.json spells them out (src/embed.js).
 */
const listsOf = (tag: string): Record<string, readonly string[]> =>
  Object.fromEntries(
    attributesOf(tag)
      .map((a) => [a.name, kindOf(a)] as const)
      .filter(([, k]) => k.kind === 'list')
      .map(([name, k]) => [name, k.values!]),
  );

const toAttributeValue = (value: unknown): string | undefined => {
  if (value === true) return '';
  if (value === false || value === undefined || value === null || value === '') return undefined;
  if (Array.isArray(value)) return value.length ? value.join(' ') : undefined;
  return String(value);
};

/** The element the args describe, with the example's slotted markup and the fallback markup. */
function render(tag: string, args: Args): HTMLElement {
  const attributes: Record<string, string> = {};
  for (const { name, default: byDefault } of declaration(tag).attributes ?? []) {
    const value = toAttributeValue(args[name]);
    // A default left out, as a webmaster would write it ('general', 2, false).
    if (value !== undefined && value !== byDefault?.replace(/^'(.*)'$/, '$1')) attributes[name] = value;
  }
  const el = exampleElement(tag, { name: 'story', attributes, slots: args.slots ?? '' }) as HTMLElement;
  // Text typed into a named slot's control, as plain text.
  for (const [key, value] of Object.entries(args)) {
    const slot = /^(.+)-slot$/.exec(key)?.[1];
    if (!slot || slot === 'default' || !value) continue;
    const span = document.createElement('span');
    span.slot = slot;
    span.textContent = String(value);
    el.append(span);
  }
  return el;
}

/**
 * The meta of a widget's stories, but for the title and the tag, which each stories file writes
 * itself so that Storybook's indexer reads them: `{ title, component, ...widgetMeta(tag, …) }`.
 * Controls and the docs table come from the manifest; the render, from the args.
 */
export function widgetMeta(tag: string, { docs }: WidgetOptions): Omit<Meta, 'title' | 'component'> {
  const lists = listsOf(tag);
  const { args, argTypes, logEvent } = getStorybookHelpers(tag);
  const types: ArgTypes = {};
  const initial: Args = {};
  for (const [key, type] of Object.entries(argTypes)) {
    const category = type.table?.category;
    const listed = { ...type };
    if (category === 'css properties' || category === 'css shadow parts' || key === 'default-slot') {
      listed.control = false;
    }
    if (category === 'css properties' && isThemeToken(key)) listed.table = { ...listed.table, disable: true };
    if (category === 'events') {
      // The event's own type, as the manifest gives it.
      const event = declaration(tag).events?.find((e) => `${e.name}-event` === key);
      listed.table = { ...listed.table, type: { summary: event?.type?.text ?? 'CustomEvent' } };
    }
    // No default in the manifest (`label`): none in the table either, rather than "".
    const attribute = declaration(tag).attributes?.find((a) => a.name === key);
    if (attribute && attribute.default === undefined) listed.table = { ...listed.table, defaultValue: undefined };
    if (key in lists) Object.assign(listed, { control: 'check', options: lists[key] });
    types[key] = listed;
    if (listed.control !== false && key in args) initial[key] = key in lists ? [] : args[key];
  }
  // An attribute the helpers leave out (`rendered`, which has no property): listed, not a control.
  for (const { name, description } of declaration(tag).attributes ?? []) {
    types[name] ??= { name, description, control: false, table: { category: 'attributes' } };
  }
  if ('heading-level' in types) {
    Object.assign(types['heading-level'], { control: 'select', options: [2, 3, 4, 5, 6] });
    initial['heading-level'] = 2;
  }
  // The slotted markup of an example: set by its story, not a control.
  types.slots = { control: false, table: { disable: true } };
  return {
    args: initial,
    argTypes: types,
    render: (storyArgs) => {
      const el = render(tag, storyArgs);
      for (const { name } of declaration(tag).events ?? []) el.addEventListener(name, (event) => logEvent(name, event));
      return el;
    },
    parameters: { docs: { description: { component: docs } } },
  };
}

/** An example's attributes as args: `""` is a boolean that is on, a list is its names. */
function argsOf(tag: string, attributes: Readonly<Partial<Record<string, string>>> = {}): Args {
  const lists = Object.keys(listsOf(tag));
  const args: Args = {};
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined) continue;
    args[name] = lists.includes(name) ? value.split(/\s+/).filter(Boolean) : value === '' ? true : name === 'heading-level' ? Number(value) : value;
  }
  return args;
}

/**
 * The story of the example `name` of the widget `tag` (its `<widget>.examples.json`), as args of
 * the widget's meta, so the story is the example and Controls start from it. axe checks every
 * example in test/all-widgets.test.ts (three engines, both languages), so the story test does not
 * run it again; Storybook's accessibility panel still shows it.
 */
export function exampleStory(tag: string, name: string, extra: StoryObj = {}): StoryObj {
  const example = examplesOf(tag).find((e) => e.name === name);
  if (!example) throw new Error(`${tag} has no example named "${name}"`);
  return {
    name,
    ...extra,
    parameters: { ...extra.parameters, a11y: { ...extra.parameters?.a11y, test: 'off' } },
    args: { ...argsOf(tag, example.attributes), slots: example.slots ?? '', ...extra.args },
  };
}
