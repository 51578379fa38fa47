// The browser half of `npm run content` (scripts/content-report.mjs): renders every widget in every
// state a reader can reach, in English and in Spanish, and tells which messages each one gave and
// what a person saw of them; then reads the content model for where each message comes from.
import { html, render } from 'lit';
import '../../src/index.js';
import * as content from '../../src/content/index.js';
import { AUDIENCES, type Citation } from '../../src/content/types.js';
import { setLocale } from '../../src/localization.js';
import { listen } from './recording-msg.js';
import { attributesOf, kindOf } from '../../src/embed.js';
import { WIDGETS } from '../../src/examples.js';

/** One excerpt of a source, as the report lists it. */
type Excerpt = { source: Citation['source']; excerpt: string };

type Widget = HTMLElement & { updateComplete: Promise<unknown> };
type Attrs = Record<string, string>;

/** A message as a person sees it: its text, without markup. */
function seen(value: unknown): string {
  if (typeof value === 'string') return value;
  const box = document.createElement('div');
  render(html`${value}`, box);
  return box.textContent!.replace(/\s+/g, ' ').trim();
}

const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

async function settled(el: Widget) {
  for (let i = 0; i < 200; i++) {
    await el.updateComplete;
    await frame();
    if (el.hasAttribute('rendered')) return;
  }
  throw new Error(`<${el.localName}> never finished rendering`);
}

const pressShift = () => {
  document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Shift', bubbles: true }));
  document.dispatchEvent(new KeyboardEvent('keyup', { key: 'Shift', bubbles: true }));
};

/** Waits for the explorer's next filter change, after putting `text` in its search field. */
async function search(el: Widget, text: string) {
  const field = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
  const changed = new Promise((resolve) => el.addEventListener('cst-filter-change', resolve, { once: true }));
  field.value = text;
  field.dispatchEvent(new Event('input', { bubbles: true }));
  await changed;
  await settled(el);
}

/**
 * Every state of each widget that shows other words: every combination of the values of the
 * attributes src/widgets.json names in its `states` (a boolean: without it, then with it), with
 * the values custom-elements.json gives them.
 */
const STATES: Record<string, Attrs[]> = Object.fromEntries(
  WIDGETS.map((w) => [
    w.tag,
    w.states.reduce<Attrs[]>(
      (combinations, name) => {
        const attribute = attributesOf(w.tag).find((a) => a.name === name)!;
        const { kind, values } = kindOf(attribute);
        const choices: readonly (string | undefined)[] | undefined = kind === 'boolean' ? [undefined, ''] : values;
        if (!choices) throw new Error(`${w.tag} ${name}: a state must be an attribute with values (src/widgets.json)`);
        return combinations.flatMap((c) => choices.map((v) => (v === undefined ? c : { ...c, [name]: v })));
      },
      [{}],
    ),
  ]),
);

/** What a reader can do that brings other words: open every disclosure, search, use the shortcut. */
async function interact(el: Widget, attrs: Attrs, locale: 'en' | 'es') {
  for (const button of el.shadowRoot!.querySelectorAll<HTMLElement>('[aria-expanded="false"]')) button.click();
  await settled(el);
  // The empty state and the status read the same for every reader: searched once per kind.
  if (el.localName === 'cst-red-flags' && attrs.audience === 'general') {
    const one = { en: { vulnerability: 'homelessness', other: 'cash' }, es: { vulnerability: 'sin hogar', other: 'efectivo' } }[locale];
    await search(el, attrs.kind === 'vulnerability' ? one.vulnerability : one.other); // one matches
    await search(el, ''); // all match
    await search(el, 'zzzz'); // nothing matches
  }
  if (el.localName === 'cst-quick-exit') {
    pressShift();
    await settled(el);
    pressShift();
    await settled(el);
    // The cover's words when the next page does not come: the exit is started, and its page load
    // cancelled (the Navigation API reports it aborted, as for Escape), then "Back to the page".
    const navigation = (window as { navigation?: EventTarget }).navigation!;
    const hold = (event: Event) => event.preventDefault();
    navigation.addEventListener('navigate', hold);
    try {
      el.shadowRoot!.querySelector<HTMLElement>('[part~="link"]')!.click();
      let back: HTMLElement | null = null;
      for (let i = 0; i < 200 && !back; i++) {
        await frame();
        back = el.shadowRoot!.querySelector<HTMLElement>('dialog .back');
      }
      back!.click();
      await settled(el);
    } finally {
      navigation.removeEventListener('navigate', hold);
    }
  }
}

export interface Heard {
  /** The NCMEC documents, as `src/content/sources.ts` describes them. */
  sources: content.Source[];
  /**
   * Per widget, each message it gave, in the order first given, with what a person saw in each
   * language and the readers (`audience`) it gave it to: `any` where the widget has no audience.
   */
  widgets: Record<string, Record<string, { en: string; es: string; readers: string[] }>>;
  /**
   * Per message of the content model, the sources of the record that gives it, and its text; with
   * `titles`, the titles the widget shows after it as they are, in English (NCMEC's courses).
   */
  records: Record<string, { cited: Excerpt[]; en: string; es: string; titles?: readonly string[] }>;
}

/** Calls every function of the content model (each audience in turn) and files the messages under their record. */
function readRecords(locale: 'en' | 'es', records: Heard['records']) {
  const visit = (value: unknown, cited: Citation[] | undefined, seenObjects: Set<unknown>, titles?: readonly string[]) => {
    if (!value || seenObjects.has(value)) return;
    if (typeof value === 'function') {
      for (const audience of AUDIENCES) {
        listen((id, result) => {
          const entry = (records[id] ??= { cited: [], en: '', es: '' });
          entry[locale] ||= seen(result);
          if (titles) entry.titles = titles;
          for (const { source, evidence } of cited ?? []) {
            for (const excerpt of evidence) {
              if (!entry.cited.some((e) => e.source === source && e.excerpt === excerpt)) entry.cited.push({ source, excerpt });
            }
          }
        });
        try {
          (value as (a: string) => unknown)(audience);
        } finally {
          listen(undefined);
        }
      }
      return;
    }
    if (typeof value !== 'object') return;
    seenObjects.add(value);
    const { cited: own, titles: shownAfter } = value as { cited?: Citation[]; titles?: readonly string[] };
    for (const [key, child] of Object.entries(value as object)) {
      if (key !== 'cited') visit(child, Array.isArray(own) ? own : cited, seenObjects, key === 'text' && Array.isArray(shownAfter) ? shownAfter : undefined);
    }
  };
  visit(content, undefined, new Set());
}

async function report(): Promise<Heard> {
  // A widget left out here would leave its words out of the report without a sound.
  const heard: Heard = { sources: Object.values(content.SOURCES).map((s) => ({ ...s, ...content.SOURCE_DOCUMENTS[s.id] })), widgets: {}, records: {} };
  for (const locale of ['en', 'es'] as const) {
    await setLocale(locale);
    for (const [tag, states] of Object.entries(STATES)) {
      const messages = (heard.widgets[tag] ??= {});
      let reader = 'any';
      listen((id, value) => {
        const entry = (messages[id] ??= { en: '', es: '', readers: [] });
        entry[locale] ||= seen(value);
        if (!entry.readers.includes(reader)) entry.readers.push(reader);
      });
      for (const attrs of states) {
        reader = attrs.audience ?? 'any';
        const el = document.createElement(tag) as Widget;
        for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
        document.body.append(el);
        await settled(el);
        await interact(el, attrs, locale);
        el.remove();
      }
      listen(undefined);
    }
    readRecords(locale, heard.records);
  }
  await setLocale('en');
  return heard;
}

declare global {
  interface Window {
    contentReport: typeof report;
  }
}
window.contentReport = report;
