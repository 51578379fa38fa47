// Bad input: every attribute of every widget (checked against custom-elements.json) set to hostile
// values, then to 200 random strings each from a seeded generator. Nothing may throw, no injected
// script may run, no link inside a widget may point anywhere but https:, tel: or mailto:, ids stay
// unique, and the widget keeps its heading or hotline. An invalid value warns and renders exactly
// what the default renders. The page has no CSP on purpose: an injection must be able to run, so
// that this test sees it. FUZZ_SEED=<n> repeats a run.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { AUDIENCES } from '../../src/content/audiences.js';
import { useBrowserAndServer } from './harness.mjs';
import { hostPage, openPage, TAGS } from './host-page.mjs';

const SEED = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 32));
const RANDOM_PER_ATTRIBUTE = 200;

const AUDIENCE = { kind: 'enum', values: AUDIENCES };
const LEVEL = { kind: 'level' };
const BOOLEAN = { kind: 'boolean' };
const TYPES = ['pimp-controlled', 'familial', 'gang-controlled', 'buyer-perpetrated'];
const LABEL = { kind: 'text' };

/** Every attribute of every widget, and what a valid value is (from the README). */
const ATTRIBUTES = {
  'cst-hotline-banner': { audience: AUDIENCE, variant: { kind: 'enum', values: ['full', 'compact'] }, dismissible: BOOLEAN, dismissed: BOOLEAN, label: LABEL },
  'cst-red-flags': {
    audience: AUDIENCE,
    kind: { kind: 'enum', values: ['indicator', 'vulnerability', 'all'] },
    categories: { kind: 'list', values: ['behavior', 'money', 'online', 'absences', 'health', 'circumstances'] },
    'heading-level': LEVEL,
    'no-heading': BOOLEAN,
    label: LABEL,
  },
  'cst-trafficking-types': { types: { kind: 'list', values: TYPES }, 'no-intro': BOOLEAN, 'heading-level': LEVEL, 'no-heading': BOOLEAN, label: LABEL },
  'cst-trafficking-type': { type: { kind: 'enum', values: TYPES }, 'heading-level': LEVEL, 'no-heading': BOOLEAN, label: LABEL },
  'cst-do-dont': { audience: AUDIENCE, variant: { kind: 'enum', values: ['full', 'compact'] }, 'heading-level': LEVEL, 'no-heading': BOOLEAN, label: LABEL },
  'cst-overview': {
    audience: AUDIENCE,
    sections: { kind: 'list', values: ['definition', 'victims', 'traffickers', 'targeting', 'language'] },
    'heading-level': LEVEL,
    'no-heading': BOOLEAN,
    label: LABEL,
  },
  'cst-keeping-safer': { audience: AUDIENCE, 'heading-level': LEVEL, 'no-heading': BOOLEAN, label: LABEL },
  'cst-support': { audience: AUDIENCE, 'heading-level': LEVEL, 'no-heading': BOOLEAN, label: LABEL },
  'cst-guide': {
    audience: AUDIENCE,
    sections: { kind: 'list', values: ['about', 'types', 'safer', 'red-flags', 'respond', 'missing', 'help'] },
    'heading-level': LEVEL,
    'no-heading': BOOLEAN,
    label: LABEL,
  },
  'cst-missing-child': { audience: AUDIENCE, 'heading-level': LEVEL, 'no-heading': BOOLEAN, label: LABEL },
  'cst-stat': {
    stat: {
      kind: 'enum',
      values: ['reports-2024', 'states-2024', 'missing-2024', 'missing-from-care-2024', 'reports-2021', 'runaways-2021', 'run-from-care-2021', 'foster-placement-2018', 'runaways-2017', 'runaways-2014'],
    },
    label: LABEL,
  },
  'cst-quick-exit': {
    href: { kind: 'https' },
    position: { kind: 'enum', values: ['top', 'bottom', 'inline'] },
    'no-shortcut': BOOLEAN,
    'show-note': BOOLEAN,
    label: LABEL,
  },
};

const PWN = 'window.__pwned=1';
/** Hostile values; `null` removes the attribute; `{ repeat, times }` is built in the page (1 MB strings). */
const HOSTILE = [
  '',
  null, // removed after being set
  '',
  ' ',
  `javascript:${PWN}`,
  ` JaVaScRiPt:${PWN}`,
  `java\tscript:${PWN}`,
  `data:text/html,<script>${PWN}</script>`,
  `data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" onload="${PWN}"/>`,
  'vbscript:msgbox(1)',
  'http://example.com/',
  '//evil.example/',
  '/relative/path',
  `https://evil.example/"><img src=x onerror="${PWN}">`,
  `<img src=x onerror="${PWN}">`,
  `<script>${PWN}</script>`,
  `"><script>${PWN}</script>`,
  `' onmouseover='${PWN}`,
  `\${${PWN}}`,
  `{{constructor.constructor("${PWN}")()}}`,
  '<svg><foreignObject><iframe srcdoc="<script>parent.__pwned=1</script>"></iframe></foreignObject></svg>',
  '\u202Eparents',
  'parents\u202E',
  '\u202Egnp.exe',
  '\u200Bparents',
  'PARENTS',
  ' parents ',
  'money money money',
  'familial familial',
  '0',
  '1',
  '7',
  '-1',
  'NaN',
  '2.5',
  '1e400',
  'Infinity',
  '٣',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  '\u0000',
  '\uD800',
  '😀👨‍👩‍👧',
  { repeat: 'a', times: 2 ** 20 },
  { repeat: 'x ', times: 2 ** 19 },
  { repeat: 'money ', times: 2 ** 17 },
  null,
];

/** mulberry32: a small seeded generator, so a failing run can be repeated with its seed. */
function generator(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = ['parents', 'general', 'compact', 'full', 'money', 'familial', 'top', 'all', '2', '6', 'https://', 'tel:', 'javascript:', '<', '>', '"', "'", '&', '&amp;', ' ', '\t', '\n', '\u202E', '\u200B', '\u0301', '-', '.', 'e', '%', '\\'];
/** A random string: printable ASCII, white space, markup characters, right-to-left and other Unicode, and pieces of valid values. */
function randomString(next) {
  const length = next() < 0.05 ? Math.floor(next() * 4000) : Math.floor(next() * 40);
  let out = '';
  while (out.length < length) {
    const r = next();
    if (r < 0.2) out += PIECES[Math.floor(next() * PIECES.length)];
    else if (r < 0.8) out += String.fromCharCode(32 + Math.floor(next() * 95));
    else out += String.fromCodePoint(Math.floor(next() * 0x2ffff));
  }
  return out;
}

function manifestAttributes() {
  if (!existsSync('custom-elements.json')) execFileSync('npm', ['run', '--silent', 'manifest'], { stdio: 'ignore' });
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const out = {};
  for (const mod of manifest.modules) {
    // `rendered` is the widget's own to set (it reports the first render), not an input.
    for (const d of mod.declarations ?? []) if (d.tagName) out[d.tagName] = (d.attributes ?? []).map((a) => a.name).filter((n) => n !== 'rendered').sort();
  }
  return out;
}

const harness = useBrowserAndServer('.', {
  '/bad-input.html': hostPage({ title: 'Bad input', scripts: ['/test/e2e/fixtures/host/probe.js', { src: '/dist/cst-widgets.js', defer: true }], body: '<main></main>' }),
  '/control.html': hostPage({ title: 'Control', scripts: ['/test/e2e/fixtures/host/vulnerable.js'], body: '<main></main>' }),
});

/**
 * Values a framework or a host script may assign to a property, which no JSON can carry: built in
 * the page, and named in `values` as `{ js: index }`.
 */
const JS_VALUES = [
  'undefined', 'null', '0', '-1', 'NaN', 'Infinity', '12n', 'true', 'false', '[]', "['money']", "['familial', 'gang-controlled']",
  "['parents']", "['nope', 5, null, {}]", "[['money', 'online']]", 'new Array(3)', '{}', 'Object.create(null)',
  "({ toString() { throw new Error('boom'); } })", "({ toString: () => 'parents' })", "({ valueOf() { throw new Error('boom'); } })",
  "Symbol('x')", "() => 'parents'", 'new Date(0)', '/money/', 'new Map()', "new Set(['money'])",
  "new Proxy({}, { get() { throw new Error('trap'); }, has() { throw new Error('trap'); }, ownKeys() { throw new Error('trap'); }, getPrototypeOf() { throw new Error('trap'); } })",
  "new Proxy(['money'], { get() { throw new Error('trap'); } })",
  '(() => { const r = Proxy.revocable({}, {}); r.revoke(); return r.proxy; })()',
  '(() => { const r = Proxy.revocable([], {}); r.revoke(); return r.proxy; })()',
  "document.createElement('div')", 'window', "'x'.repeat(100000)",
];

/** A random value for a property: a string, an array of strings and names, a number, or one of JS_VALUES. */
function randomValue(next) {
  const r = next();
  if (r < 0.35) return randomString(next);
  if (r < 0.65) return Array.from({ length: Math.floor(next() * 5) }, () => (next() < 0.5 ? PIECES[Math.floor(next() * PIECES.length)] : randomString(next)));
  if (r < 0.8) return (next() - 0.5) * 10 ** Math.floor(next() * 6);
  return { js: Math.floor(next() * JS_VALUES.length) };
}

/** `heading-level` → `headingLevel`: the property an attribute sets. */
const property = (attribute) => attribute.replace(/-(\w)/g, (_, c) => c.toUpperCase());

/**
 * In the page: a fresh widget, then every value of every attribute (or, with `properties`, of
 * every property) in turn, each checked at once. Returns every problem found, as readable lines.
 */
function fuzz(tab, tag, attributes, values, { properties = false } = {}) {
  return tab.evaluate(
    async ({ tag, attributes, values, properties, jsValues }) => {
      const built = jsValues.map((source) => new Function(`return ${source};`)());
      const problems = [];
      const warnings = [];
      const warn = console.warn;
      console.warn = (...args) => warnings.push(args.join(' '));
      const errors = [];
      const onError = (event) => errors.push(String(event.message ?? event.reason));
      addEventListener('error', onError);
      addEventListener('unhandledrejection', onError);
      const show = (v) => {
        if (v === null) return properties ? 'null' : '(removed)';
        if (typeof v === 'string') return `${JSON.stringify(v.slice(0, 40))}${v.length > 40 ? `… (${v.length} chars)` : ''}`;
        try {
          return Array.isArray(v) ? `[${v.slice(0, 5).map(show).join(', ')}]` : `${typeof v} ${Object.prototype.toString.call(v)}`;
        } catch {
          return 'a revoked Proxy';
        }
      };
      const expand = (v) => (v && typeof v === 'object' && 'js' in v ? built[v.js] : v && typeof v === 'object' && 'repeat' in v ? v.repeat.repeat(v.times) : v);

      const settle = async (el) => {
        await customElements.whenDefined(tag);
        for (let i = 0; i < 200; i++) {
          await el.updateComplete;
          if (el.hasUpdated) break;
          await new Promise((r) => setTimeout(r, 5));
        }
      };
      const place = async () => {
        const el = document.createElement(tag);
        document.querySelector('main').replaceChildren(el);
        await settle(el);
        return el;
      };
      /** What a person gets from the widget: its text, its links, its heading levels. */
      const rendering = (el) => {
        const root = el.shadowRoot;
        return JSON.stringify({
          text: root.querySelector('[part~="base"]')?.textContent.replace(/\s+/g, ' ').trim(),
          links: [...root.querySelectorAll('[href]')].map((a) => a.getAttribute('href')),
          headings: [...root.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => h.localName),
        });
      };
      const valid = (spec, v) => {
        if (v === null) return 'unset';
        switch (spec.kind) {
          case 'enum':
            return spec.values.includes(v);
          case 'list': {
            const names = v.trim().split(/\s+/).filter(Boolean);
            if (!names.length) return 'unset';
            return names.every((n) => spec.values.includes(n)) ? true : names.some((n) => spec.values.includes(n)) ? 'partly' : false;
          }
          case 'level':
            return Number.isInteger(Number(v)) && Number(v) >= 2 && Number(v) <= 6 && v.trim() !== '';
          case 'https':
            try {
              return new URL(v).protocol === 'https:';
            } catch {
              return false;
            }
          case 'text':
            return v.trim() ? true : 'unset'; // a name: any words; none means the default name
          default:
            return true; // a boolean attribute: any value means on
        }
      };
      /** What must always be there: the heading (or, with no-heading, a name), or the hotline, or the exit link. */
      const essentials = (el) => {
        const root = el.shadowRoot;
        const text = (selector) => root.querySelector(selector)?.textContent.trim();
        const named = (selector) => !!text(selector) || (el.hasAttribute('no-heading') && !!root.querySelector('[aria-label]')?.getAttribute('aria-label').trim());
        switch (tag) {
          case 'cst-hotline-banner':
            return root.querySelector('[part~="hotline"]')?.getAttribute('href') === 'tel:+18008435678' && !!text('[part~="title"]');
          case 'cst-quick-exit':
            return /^https:\/\//.test(root.querySelector('[part~="link"]')?.getAttribute('href')) && !!text('[part~="link"]');
          case 'cst-trafficking-type':
            return named('[part~="name"]') && !!text('[part~="definition"]');
          case 'cst-guide':
            return named('[part~="title"]') && root.querySelector('[part~="emergency"]')?.getAttribute('href') === 'tel:911';
          case 'cst-stat':
            return !!text('[part~="figure"]') && /\b(19|20)\d\d\b/.test(text('[part~="text"]') ?? '');
          case 'cst-missing-child':
            return named('[part~="heading"]') && root.querySelector('[part~="emergency"]')?.getAttribute('href') === 'tel:911';
          default:
            return named('[part~="heading"]');
        }
      };

      for (const [name, spec] of Object.entries(attributes)) {
        const fresh = await place();
        const byDefault = rendering(fresh);
        const el = await place();
        const before = problems.length;
        let previous;
        for (const raw of values) {
          if (problems.length - before >= 20) break; // enough to read for one attribute
          const value = expand(raw);
          // The same value set again changes nothing, so it warns nothing new.
          const changed = value !== previous;
          previous = value;
          const where = `${properties ? '.' : ''}${name}=${show(value)}`;
          warnings.length = 0;
          errors.length = 0;
          try {
            if (properties) el[spec.property ?? name] = value;
            else if (value === null) el.removeAttribute(name);
            else el.setAttribute(name, value);
            await settle(el);
          } catch (error) {
            problems.push(`${where}: threw ${error}`);
            continue;
          }
          if (errors.length) problems.push(`${where}: uncaught ${errors.join('; ')}`);
          const root = el.shadowRoot;
          if (!essentials(el)) problems.push(`${where}: lost its heading, hotline or link`);
          for (const node of root.querySelectorAll('*')) {
            if (['script', 'iframe', 'object', 'embed', 'img', 'foreignobject'].includes(node.localName)) problems.push(`${where}: injected <${node.localName}>`);
            for (const attr of node.attributes) {
              if (/^on/i.test(attr.name)) problems.push(`${where}: injected ${attr.name} on <${node.localName}>`);
              // Only https:, tel: and mailto: addresses, and the guide's contents links to its own parts.
              if (/^(href|src|action|formaction|xlink:href)$/i.test(attr.name) && !/^(https:|tel:|mailto:)/i.test(attr.value.trim()) && !/^#part-[a-z-]+$/.test(attr.value)) {
                problems.push(`${where}: ${attr.name}="${attr.value.slice(0, 60)}" on <${node.localName}>`);
              }
            }
          }
          const ids = [...root.querySelectorAll('[id]')].map((n) => n.id);
          const repeated = ids.filter((id, i) => ids.indexOf(id) !== i);
          if (repeated.length) problems.push(`${where}: repeated ids ${[...new Set(repeated)].slice(0, 3)}`);

          // What a property accepts beyond strings is not what an attribute accepts: a property's
          // value is checked for what matters most (no error, no blank widget, nothing injected).
          if (properties) continue;
          const validity = valid(spec, value);
          const ours = warnings.filter((w) => w.startsWith('cst-widgets:'));
          if (ours.some((w) => w.length > 500)) problems.push(`${where}: a warning of ${Math.max(...ours.map((w) => w.length))} characters`);
          if (validity === false || validity === 'unset') {
            if (rendering(el) !== byDefault) problems.push(`${where}: does not render the default`);
          }
          if (validity === false && changed && !ours.length) problems.push(`${where}: no warning`);
          if (validity === 'unset' && ours.length) problems.push(`${where}: warns about a value that is not set: ${ours[0]}`);
        }
      }
      // An onerror or onload payload fires on its own time: give it one.
      await new Promise((r) => setTimeout(r, 100));
      if (window.__pwned) problems.push('an injected script ran');
      console.warn = warn;
      removeEventListener('error', onError);
      removeEventListener('unhandledrejection', onError);
      return problems;
    },
    { tag, attributes, values, properties, jsValues: JS_VALUES },
  );
}

/** After all that, the widget still does its job for a reader. */
async function stillUsable(tab, tag) {
  const el = tab.locator(tag);
  switch (tag) {
    case 'cst-red-flags': {
      const filter = el.locator('[part~="filter"]').first();
      await filter.click();
      assert.equal(await filter.getAttribute('aria-pressed'), 'true');
      break;
    }
    case 'cst-trafficking-types':
    case 'cst-trafficking-type': {
      const toggle = el.locator('[part~="toggle"]').first();
      await toggle.click();
      assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
      assert.ok(await el.locator('[part~="details"]').first().isVisible());
      break;
    }
    case 'cst-hotline-banner':
      await tab.evaluate(() => document.querySelector('cst-hotline-banner').removeAttribute('dismissed'));
      await el.locator('[part~="hotline"]').click();
      assert.deepEqual(await tab.evaluate(() => window.__calls.at(-1)), { line: 'hotline', number: '+18008435678' });
      break;
    case 'cst-quick-exit': {
      await tab.evaluate(() => document.addEventListener('cst-exit', (e) => (e.preventDefault(), (window.__exit = e.detail.href))));
      await el.locator('[part~="link"]').click();
      assert.match(await tab.evaluate(() => window.__exit), /^https:\/\//);
      // And its shortcut.
      await tab.evaluate(() => (window.__exit = undefined));
      for (let i = 0; i < 3; i++) await tab.keyboard.press('Shift');
      assert.match(await tab.evaluate(() => window.__exit), /^https:\/\//);
      break;
    }
    case 'cst-stat':
      assert.ok(await el.locator('[part~="text"]').isVisible());
      break;
    case 'cst-guide':
      assert.ok(await el.locator('[part~="emergency"]').first().isVisible());
      assert.ok(await el.locator('[part~="title"]').isVisible());
      break;
    case 'cst-missing-child':
      assert.ok(await el.locator('[part~="emergency"]').isVisible());
      assert.ok(await el.locator('a[href="tel:+18008435678"]').first().isVisible());
      break;
    default:
      assert.ok(await el.locator('[part~="heading"]').isVisible());
  }
}

/** Fuzzes a widget on a fresh page, then checks it still works for a reader and nothing was logged. */
async function fuzzThenUse(tag, specs, values, options) {
  const { page: tab, log, close } = await openPage(harness.browser, `${harness.origin}/bad-input.html`);
  try {
    assert.deepEqual(await fuzz(tab, tag, specs, values, options), []);
    await stillUsable(tab, tag);
    assert.deepEqual(log.pageErrors, []);
    assert.deepEqual(log.errors, []);
  } finally {
    await close();
  }
}

describe(`bad input (FUZZ_SEED=${SEED})`, () => {
  it('the attributes tested are every attribute in custom-elements.json', () => {
    const manifest = manifestAttributes();
    assert.deepEqual(Object.keys(manifest).sort(), [...TAGS].sort());
    for (const tag of TAGS) assert.deepEqual(Object.keys(ATTRIBUTES[tag]).sort(), manifest[tag], tag);
  });

  it('the checks catch an element that injects markup and passes URLs through', async () => {
    const { page: tab, close } = await openPage(harness.browser, `${harness.origin}/control.html`);
    const problems = await fuzz(tab, 'x-vulnerable', { label: BOOLEAN, link: { kind: 'https' } }, HOSTILE.slice(0, 16));
    const found = (pattern) => problems.some((p) => pattern.test(p));
    assert.ok(found(/^label=.*injected <img>/), problems.join('\n'));
    assert.ok(found(/^label=.*injected <script>/));
    assert.ok(found(/^label=.*injected onerror on <img>/));
    assert.ok(found(/^link=.*href="javascript:/));
    assert.ok(found(/^link=.*href="data:/));
    assert.ok(found(/no warning/));
    assert.ok(found(/^an injected script ran$/));
    await close();
  });

  it('the checks catch an element that a property value blanks or makes throw', async () => {
    const { page: tab, close } = await openPage(harness.browser, `${harness.origin}/control.html`);
    const problems = await fuzz(tab, 'x-vulnerable', { topics: {} }, [['money'], { js: 21 }], { properties: true });
    assert.ok(problems.some((p) => /^\.topics=\["money"\]: lost its heading/.test(p)), problems.join('\n'));
    assert.ok(problems.some((p) => /^\.topics=symbol .*threw/.test(p)), problems.join('\n'));
    await close();
  });

  for (const tag of TAGS) {
    it(`<${tag}>: every property set to what frameworks and host scripts assign, and ${RANDOM_PER_ATTRIBUTE} random values`, async (t) => {
      const next = generator(SEED ^ [...`${tag}.properties`].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 0));
      const values = [...JS_VALUES.map((_, js) => ({ js })), ...HOSTILE.filter((v) => v === null || typeof v === 'string'), ...Array.from({ length: RANDOM_PER_ATTRIBUTE }, () => randomValue(next))];
      const specs = Object.fromEntries(Object.keys(ATTRIBUTES[tag]).map((a) => [property(a), { property: property(a) }]));
      t.diagnostic(`seed ${SEED}: ${values.length} values for each of ${Object.keys(specs).length} properties (${values.length * Object.keys(specs).length} assignments)`);
      await fuzzThenUse(tag, specs, values, { properties: true });
    });

    it(`<${tag}>: hostile and ${RANDOM_PER_ATTRIBUTE} random values of every attribute`, async (t) => {
      t.diagnostic(`seed ${SEED}: repeat with FUZZ_SEED=${SEED}`);
      const next = generator(SEED ^ [...tag].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 0));
      const random = Array.from({ length: RANDOM_PER_ATTRIBUTE }, () => randomString(next));
      await fuzzThenUse(tag, ATTRIBUTES[tag], [...HOSTILE, ...random]);
    });
  }
});
