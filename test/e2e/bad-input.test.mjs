// Bad input: every attribute of every widget, as custom-elements.json declares it, set to hostile
// values, then to values fast-check makes from what the attribute accepts; every property the
// same, with what frameworks and host scripts assign. Nothing may throw, no injected script may
// run, no link inside a widget may point anywhere but https:, tel: or mailto:, ids stay unique,
// and the widget keeps its heading or hotline. An invalid value warns and renders exactly what
// the default renders; a valid one does not warn. The page has no CSP on purpose: an injection
// must be able to run, so that this test sees it.
//
// Seeds: CI uses one fixed seed, so that a red build is the code's doing and is red again on a
// rerun; a local run draws a new one, so that runs together try more. Either way the seed is
// printed, and FUZZ_SEED=<n> repeats a run. A failure also names the smallest value that fails
// on its own, which fast-check shrinks it to.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { useBrowserAndServer } from './harness.mjs';
import { hostPage, openPage, TAGS } from './host-page.mjs';

/** Any fixed number will do (see above). */
const CI_SEED = 20230023;
const SEED = process.env.FUZZ_SEED !== undefined ? Number(process.env.FUZZ_SEED) : process.env.CI ? CI_SEED : randomInt(2 ** 32);
if (!Number.isSafeInteger(SEED)) throw new Error(`FUZZ_SEED must be a whole number, not ${JSON.stringify(process.env.FUZZ_SEED)}`);
const SEED_FROM = process.env.FUZZ_SEED !== undefined ? 'FUZZ_SEED' : process.env.CI ? 'fixed on CI' : 'random';
/** Values from fast-check for each attribute and each property, after the fixed ones. */
const RUNS = 200;
/** How long shrinking a failure may take: each step is a round trip to the page. */
const SHRINK_MS = 60_000;

/** The valid heading levels: an h1 is the host page's. */
const LEVELS = ['2', '3', '4', '5', '6'];

const unquoted = (text) => (typeof text === 'string' ? text.replace(/^'(.*)'$/, '$1') : text);
const isHttps = (text) => URL.canParse(text) && new URL(text).protocol === 'https:';
/** `'a' | 'b'` → ['a', 'b']; `undefined` for a type that is not a union of string literals. */
function literals(text) {
  const parts = text.split('|').map((p) => p.trim());
  return parts.every((p) => /^'[^']*'$/.test(p)) ? parts.map(unquoted) : undefined;
}

/**
 * What a valid value of an attribute is, from its type (and default) in custom-elements.json, as
 * a `kind` the checks in the page know. `undefined` for anything else, which fails the suite: a new
 * kind of attribute must be taught here, never left unfuzzed.
 */
function specOf(attribute) {
  const type = attribute.type?.text;
  if (type === undefined) return undefined;
  if (type === 'boolean') return { kind: 'boolean' };
  const choices = literals(type);
  if (choices) return { kind: 'enum', values: choices };
  // A space-separated list of names, which a property also takes as an array.
  const list = /^string \| \((.+)\)\[\]$/.exec(type);
  if (list && literals(list[1])) return { kind: 'list', values: literals(list[1]) };
  // A number or its text: only the heading level's range (2 to 6) is known here, so another
  // attribute of this type fails until its range is.
  if (type === 'string | number' && attribute.name === 'heading-level') return { kind: 'level' };
  // A bare string is an address only where its default is one.
  if (type === 'string' && isHttps(unquoted(attribute.default))) return { kind: 'https', default: unquoted(attribute.default) };
  // An optional string without a default: free text, a name.
  if (type === 'string | undefined' && attribute.default === undefined) return { kind: 'text' };
  return undefined;
}

function readManifest() {
  if (!existsSync('custom-elements.json')) execFileSync('npm', ['run', '--silent', 'manifest'], { stdio: 'ignore' });
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  return Object.fromEntries(manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName).map((d) => [d.tagName, d]));
}
const DECLARATIONS = readManifest();

/**
 * A widget's attributes as the page fuzzes them (`name`, its `property`, `spec`), and those whose
 * type `specOf` does not know (`unknown`, as "name: type").
 */
function attributesOf(tag) {
  const declaration = DECLARATIONS[tag];
  if (!declaration) throw new Error(`<${tag}> is in src/widgets.json but not in custom-elements.json`);
  const known = [];
  const unknown = [];
  for (const attribute of declaration.attributes ?? []) {
    // The widget's own report of its first render, not an input.
    if (attribute.name === 'rendered') continue;
    const spec = specOf(attribute);
    if (spec && attribute.fieldName) known.push({ name: attribute.name, property: attribute.fieldName, spec });
    else unknown.push(`${attribute.name}: ${attribute.type?.text ?? '(no type)'}${attribute.fieldName ? '' : ' (no property)'}`);
  }
  return { known, unknown };
}

/** Valid values of an attribute, as text. */
function validValues(spec) {
  switch (spec.kind) {
    case 'enum':
    case 'list':
      return spec.values;
    case 'level':
      return LEVELS;
    case 'https':
      return [spec.default];
    case 'text':
      return ["Our section's name"];
    case 'boolean':
      return [''];
  }
  throw new Error(`no valid values known for ${JSON.stringify(spec)}`);
}

/** The valid values of a widget's other attributes: right words in the wrong place. */
const othersValues = (tag, name) => attributesOf(tag).known.filter((a) => a.name !== name).flatMap((a) => validValues(a.spec)).filter(Boolean);

const PWN = 'window.__pwned=1';
/** Hostile values for any attribute; `null` removes the attribute; `{ repeat, times }` is built in the page (1 MB strings). */
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
  'https://user:secret@example.org/',
  '\u202Egnp.exe',
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
  null,
];

/**
 * Near misses of an attribute's own valid values (the ones a loose parser accepts: another case,
 * padding, invisible and right-to-left characters, repeats), and the valid values of the widget's
 * other attributes.
 */
function nearMisses(tag, name, spec) {
  const [v, w = v] = validValues(spec);
  return [
    v.toUpperCase(),
    ` ${v} `,
    `\u202E${v}`,
    `${v}\u202E`,
    `\u200B${v}`,
    `${v} ${v} ${v}`,
    `${v} ${w}`,
    ...new Set(othersValues(tag, name)),
    { repeat: `${v} `, times: 2 ** 17 },
    null,
  ];
}

/** The fixed values an attribute is set to, as entries for the page (`{ value }` or `{ repeat, times }`). */
const hostileFor = (tag, name, spec) => [...HOSTILE, ...nearMisses(tag, name, spec)].map((v) => (v !== null && typeof v === 'object' ? v : { value: v }));

/**
 * Values a framework or a host script may assign to a property, which no JSON can carry: built in
 * the page, per property, and named in `values` as `{ js: index }`. `v` and `w` are valid values
 * of the property, `o` one of another property.
 */
const JS_VALUES = [
  'undefined', 'null', '0', '-1', 'NaN', 'Infinity', '12n', 'true', 'false', '[]', '[v]', '[v, w]',
  '[o]', "['nope', 5, null, {}]", '[[v, w]]', 'new Array(3)', '{}', 'Object.create(null)',
  "({ toString() { throw new Error('boom'); } })", '({ toString: () => v })', "({ valueOf() { throw new Error('boom'); } })",
  "Symbol('x')", '() => v', 'new Date(0)', "new RegExp(v.replace(/\\W/g, '\\\\$&'))", 'new Map()', 'new Set([v])',
  "new Proxy({}, { get() { throw new Error('trap'); }, has() { throw new Error('trap'); }, ownKeys() { throw new Error('trap'); }, getPrototypeOf() { throw new Error('trap'); } })",
  "new Proxy([v], { get() { throw new Error('trap'); } })",
  '(() => { const r = Proxy.revocable({}, {}); r.revoke(); return r.proxy; })()',
  '(() => { const r = Proxy.revocable([], {}); r.revoke(); return r.proxy; })()',
  "document.createElement('div')", 'window', "'x'.repeat(100000)",
];

// fast-check's arbitraries: random text built from characters and pieces that parsers, escaping
// and URL checks get wrong, and near misses of each attribute's own values.

/** Characters that naive parsing and escaping get wrong: markup, quotes, controls, invisible and right-to-left characters, lone surrogates. */
const AWKWARD = [
  ...'<>"\'&`\\/=%:#.-+', ' ', '\t', '\n', '\r', '\f', '\v', '\u0000', '\u0008', '\u007F', '\u0085', '\u00A0', '\u061C', '\u200B',
  '\u200E', '\u202E', '\u2066', '\u2028', '\u3000', '\uFEFF', '\u0301', '\uD800', '\uDFFF', '٣', '😀', '👨‍👩‍👧',
];
/** Pieces of markup, addresses and numbers. */
const PIECES = [
  'https://', 'http://', 'tel:', 'mailto:', 'javascript:', 'data:text/html,', '<script>', '</', '<img src=x onerror=', ' onclick=',
  '&amp;', '&#60;', '${', '{{', '__proto__', 'constructor', '0x', 'e9', 'Infinity', 'NaN', '%00', '%2F', '@',
];
const char = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }) },
  { weight: 2, arbitrary: fc.constantFrom(...AWKWARD) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
);
/** White space and invisible characters around or between names. */
const gap = (minLength) => fc.string({ unit: fc.constantFrom(' ', '\t', '\n', '\r', '\f', '\u00A0', '\u3000', '\u200B', ',', '\u202E', '\u0000'), minLength, maxLength: 3 });
const padded = (arbitrary) => fc.tuple(gap(0), arbitrary, gap(0)).map((parts) => parts.join(''));

/** Text of up to 40 characters and pieces (now and then up to 4,000), with the widget's valid values among the pieces. */
function randomText(words) {
  const unit = fc.oneof({ weight: 4, arbitrary: char }, { weight: 1, arbitrary: fc.constantFrom(...words, ...PIECES) });
  return fc.oneof(
    { weight: 19, arbitrary: fc.string({ unit, maxLength: 40, size: 'max' }) },
    { weight: 1, arbitrary: fc.string({ unit, minLength: 1000, maxLength: 4000, size: 'max' }) },
  );
}

/** Values close to valid ones, where a check's edges are. */
function nearValid(spec, words) {
  const valid = fc.constantFrom(...validValues(spec));
  const near = fc.oneof(valid, fc.mixedCase(valid), padded(valid));
  switch (spec.kind) {
    case 'enum':
      return near;
    case 'list': {
      const name = fc.oneof({ weight: 4, arbitrary: valid }, { weight: 1, arbitrary: fc.mixedCase(valid) }, { weight: 1, arbitrary: randomText(words) });
      return fc.tuple(fc.array(fc.tuple(gap(1), name), { maxLength: 8 }), gap(0)).map(([items, end]) => items.flat().join('') + end);
    }
    case 'level': {
      const number = fc.oneof(fc.integer({ min: -3, max: 12 }).map(String), fc.double().map(String), fc.integer().map(String));
      const written = fc
        .tuple(fc.constantFrom('', '+', '-', '0', '00', '0x', '0b', '0o', '.'), fc.integer({ min: 0, max: 9 }), fc.constantFrom('', '.0', '.5', 'e0', 'e1', 'px', 'n', '%'))
        .map((parts) => parts.join(''));
      return fc.oneof(near, padded(number), padded(written));
    }
    case 'https': {
      const url = fc.webUrl({
        validSchemes: ['https', 'HTTPS', 'http', 'ftp', 'javascript', 'data', 'file'],
        authoritySettings: { withUserInfo: true, withIPv4: true, withIPv6: true, withPort: true },
        withQueryParameters: true,
        withFragments: true,
      });
      return fc.oneof(near, fc.webUrl({ validSchemes: ['https'] }), url, padded(url));
    }
    case 'text':
      return fc.oneof(near, padded(fc.lorem({ maxCount: 6 })));
    case 'boolean':
      return fc.oneof(near, fc.constantFrom('true', 'false', '0', 'off', 'no', 'null', 'undefined'));
  }
  throw new Error(`no values known for ${JSON.stringify(spec)}`);
}

const attributeValue = (tag, name, spec) => {
  const words = [...validValues(spec), ...othersValues(tag, name)].filter(Boolean);
  return fc.oneof(
    { weight: 3, arbitrary: randomText(words) },
    { weight: 2, arbitrary: nearValid(spec, words) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40, size: 'max' }) },
  );
};

/** What the page receives as is (a Map, a Set or a null prototype arrives as a plain object; an invalid Date cannot be sent). */
const ANYTHING = { withBigInt: true, withTypedArray: true, maxDepth: 2 };
/** A property value: text, an array of names and other values, a number or another value JSON cannot hold. */
const propertyValue = (tag, name, spec) => {
  const text = attributeValue(tag, name, spec);
  const words = fc.constantFrom(...[...validValues(spec), ...othersValues(tag, name)].filter(Boolean));
  return fc.oneof(
    { weight: 3, arbitrary: text },
    { weight: 3, arbitrary: fc.array(fc.oneof(words, text, fc.anything(ANYTHING)), { maxLength: 5 }) },
    { weight: 1, arbitrary: fc.oneof(fc.double(), fc.integer(), fc.bigInt(), fc.boolean(), fc.constant(null), fc.constant(undefined)) },
    { weight: 1, arbitrary: fc.anything(ANYTHING) },
  );
};

/** A seed for each attribute or property of each widget: each gets values of its own, the same whichever tests run. */
const seedFor = (...parts) => [...parts.join(' ')].reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), 16777619), 2166136261 ^ SEED) | 0;

const harness = useBrowserAndServer('.', {
  '/bad-input.html': hostPage({ title: 'Bad input', scripts: ['/test/e2e/fixtures/host/probe.js', { src: '/dist/cst-widgets.js', defer: true }], body: '<main></main>' }),
  '/control.html': hostPage({ title: 'Control', scripts: ['/test/e2e/fixtures/host/vulnerable.js'], body: '<main></main>' }),
});
/** The widgets' page (its origin is known once the server has started). */
const widgetsPage = () => `${harness.origin}/bad-input.html`;

/**
 * In the page: for each attribute (`{ name, property, spec, values, examples }`; with
 * `properties`, its property instead), a fresh widget, then every value in turn, each checked at
 * once. A value is `{ value }`, `{ js: index }` (JS_VALUES, built with the attribute's
 * `examples` as v, w and o) or `{ repeat, times }`. Returns every problem found, each as
 * `{ name, index, line }` (`line` readable; no `name` for one no value can be blamed for).
 */
function fuzz(tab, tag, attributes, { properties = false, wait = 100 } = {}) {
  return tab.evaluate(
    async ({ tag, attributes, properties, wait, jsValues }) => {
      const problems = [];
      const warnings = [];
      const warn = console.warn;
      console.warn = (...args) => warnings.push(args.join(' '));
      const errors = [];
      const onError = (event) => errors.push(String(event.message ?? event.reason));
      addEventListener('error', onError);
      addEventListener('unhandledrejection', onError);
      delete window.__pwned;
      const show = (v) => {
        if (v === null) return properties ? 'null' : '(removed)';
        if (typeof v === 'string') return `${JSON.stringify(v.slice(0, 40))}${v.length > 40 ? `… (${v.length} chars)` : ''}`;
        try {
          return Array.isArray(v) ? `[${v.slice(0, 5).map(show).join(', ')}]` : `${typeof v} ${Object.prototype.toString.call(v)}`;
        } catch {
          return 'a revoked Proxy';
        }
      };

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
              const url = new URL(v);
              return url.protocol === 'https:' && !url.username && !url.password;
            } catch {
              return false;
            }
          case 'text':
            return v.trim() ? true : 'unset'; // a name: any words; none means the default name
          case 'boolean':
            return true; // any value means on
        }
        throw new Error(`no check for ${JSON.stringify(spec)}`);
      };
      /**
       * What must always be there, whatever a page sets: the widget's name where a reader sees it
       * (its heading, title, card name, figure or exit link; with no-heading, its landmark's
       * name), and every phone number it shows by default (911, the hotline).
       */
      const phones = (el) => new Set([...el.shadowRoot.querySelectorAll('a[href^="tel:"]')].map((a) => a.getAttribute('href')));
      const essentials = (el, byDefault) => {
        const root = el.shadowRoot;
        const shown = [...root.querySelectorAll('[part~="heading"], [part~="title"], [part~="name"], [part~="figure"], [part~="link"]')].some((n) => n.textContent.trim());
        const labelled = el.hasAttribute('no-heading') && !!root.querySelector('[aria-label]')?.getAttribute('aria-label').trim();
        const kept = phones(el);
        // A page that shows the emergency path once chose to leave it out here (or keep its 911
        // line alone): its phone numbers go with it, as asked.
        const leftOut = ['none', 'short'].includes(el.getAttribute('emergency') ?? el.emergency);
        return (shown || labelled) && (leftOut || [...byDefault].every((href) => kept.has(href)));
      };

      for (const { name, property, spec, values, examples } of attributes) {
        const build = (source) => new Function('v', 'w', 'o', `return ${source};`)(...examples);
        const expand = (entry) => ('js' in entry ? build(jsValues[entry.js]) : 'repeat' in entry ? entry.repeat.repeat(entry.times) : entry.value);
        const el = await place();
        const byDefault = rendering(el);
        const defaultPhones = phones(el);
        let found = 0;
        let previous;
        for (const [index, entry] of values.entries()) {
          if (found >= 20) break; // enough to read for one attribute
          const value = expand(entry);
          // The same value set again changes nothing, so it warns nothing new.
          const changed = value !== previous;
          previous = value;
          const where = `${properties ? `.${property}` : name}=${show(value)}`;
          const problem = (text) => (problems.push({ name, index, line: `${where}: ${text}` }), found++);
          warnings.length = 0;
          errors.length = 0;
          try {
            if (properties) el[property] = value;
            else if (value === null) el.removeAttribute(name);
            else el.setAttribute(name, value);
            await settle(el);
          } catch (error) {
            problem(`threw ${error}`);
            continue;
          }
          if (errors.length) problem(`uncaught ${errors.join('; ')}`);
          const root = el.shadowRoot;
          if (!essentials(el, defaultPhones)) problem('lost its name or a phone number');
          for (const node of root.querySelectorAll('*')) {
            if (['script', 'iframe', 'object', 'embed', 'img', 'foreignobject'].includes(node.localName)) problem(`injected <${node.localName}>`);
            for (const attr of node.attributes) {
              if (/^on/i.test(attr.name)) problem(`injected ${attr.name} on <${node.localName}>`);
              // Only https:, tel: and mailto: addresses, and the guide's contents links to its own parts.
              if (/^(href|src|action|formaction|xlink:href)$/i.test(attr.name) && !/^(https:|tel:|mailto:)/i.test(attr.value.trim()) && !/^#part-[a-z-]+$/.test(attr.value)) {
                problem(`${attr.name}="${attr.value.slice(0, 60)}" on <${node.localName}>`);
              }
            }
          }
          const ids = [...root.querySelectorAll('[id]')].map((n) => n.id);
          const repeated = ids.filter((id, i) => ids.indexOf(id) !== i);
          if (repeated.length) problem(`repeated ids ${[...new Set(repeated)].slice(0, 3)}`);

          // What a property accepts beyond strings is not what an attribute accepts: a property's
          // value is checked for what matters most (no error, no blank widget, nothing injected).
          if (properties) continue;
          const validity = valid(spec, value);
          const ours = warnings.filter((w) => w.startsWith('cst-widgets:'));
          if (ours.some((w) => w.length > 500)) problem(`a warning of ${Math.max(...ours.map((w) => w.length))} characters`);
          if (validity === false || validity === 'unset') {
            if (rendering(el) !== byDefault) problem('does not render the default');
          }
          // A list with an unknown name in it warns about that name.
          if ((validity === false || validity === 'partly') && changed && !ours.length) problem('no warning');
          if (validity === 'unset' && ours.length) problem(`warns about a value that is not set: ${ours[0]}`);
          if (validity === true && ours.length) problem(`warns about a valid value: ${ours[0]}`);
        }
      }
      // An onerror or onload payload fires on its own time: give it one. (Shrinking does not
      // wait: markup that could run is reported as soon as it is in the widget.)
      if (wait) {
        await new Promise((r) => setTimeout(r, wait));
        if (window.__pwned) problems.push({ line: 'an injected script ran' });
      }
      console.warn = warn;
      removeEventListener('error', onError);
      removeEventListener('unhandledrejection', onError);
      return problems;
    },
    { tag, attributes: attributes.map(({ name, property, spec, values, examples }) => ({ name, property, spec, values, examples })), properties, wait, jsValues: JS_VALUES },
  );
}

/**
 * After all that, the widget still does its job for a reader: each kind of control it has answers
 * (a topic presses, a disclosure opens), its phone numbers are there to call, and a link that leaves
 * the page (the quick exit's) still leaves for an https: address, by click and by its shortcut.
 */
async function stillUsable(tab, tag) {
  const el = tab.locator(tag);
  for (const [selector, state] of [
    ['button[aria-pressed]', 'aria-pressed'],
    ['button[aria-expanded]', 'aria-expanded'],
  ]) {
    const control = el.locator(`${selector}:not(:disabled)`).first();
    if (!(await control.count()) || !(await control.isVisible())) continue;
    await control.click();
    assert.equal(await control.getAttribute(state), 'true', `${tag}: ${selector}`);
  }
  for (const phone of await el.locator('a[href^="tel:"]:visible').all()) assert.ok((await phone.textContent()).trim(), `${tag}: an empty phone link`);
  const exit = el.locator('[part~="link"]');
  if (await exit.count()) {
    await tab.evaluate(() => document.addEventListener('cst-exit', (e) => (e.preventDefault(), (window.__exit = e.detail.href))));
    await exit.click();
    assert.match(await tab.evaluate(() => window.__exit), /^https:\/\//);
    await tab.evaluate(() => (window.__exit = undefined));
    for (let i = 0; i < 3; i++) await tab.keyboard.press('Shift');
    assert.match(await tab.evaluate(() => window.__exit), /^https:\/\//);
  }
}

/**
 * What one widget's attributes (or properties) are set to: for each, its fixed hostile values
 * then RUNS from fast-check, with what it takes to make those again (`arbitrary`, `seed`, `from`:
 * where they start among `values`).
 */
function plan(tag, { properties = false } = {}) {
  const { known } = attributesOf(tag);
  return known.map(({ name, property, spec }) => {
    const own = validValues(spec);
    const fixed = properties
      ? [...JS_VALUES.map((_, js) => ({ js })), ...hostileFor(tag, name, spec).filter((e) => !('repeat' in e))]
      : hostileFor(tag, name, spec);
    const arbitrary = properties ? propertyValue(tag, name, spec) : attributeValue(tag, name, spec);
    const seed = seedFor(tag, name, properties ? 'property' : 'attribute');
    const random = fc.sample(arbitrary, { seed, numRuns: RUNS }).map((value) => ({ value }));
    const examples = [own[0], own[1] ?? own[0], othersValues(tag, name)[0] ?? 'x'];
    return { name, property, spec, examples, values: [...fixed, ...random], arbitrary, seed, from: fixed.length };
  });
}

/**
 * The smallest value fast-check finds that fails alone on a fresh widget, from the value at
 * `index` among the attribute's `values` (or, if that one passes alone, the next of fast-check's
 * that fails). `undefined` when none fails alone (they failed after the values before them).
 */
async function shrink(url, tag, attribute, index, options) {
  const { page: tab, close } = await openPage(harness.browser, url);
  let last = [];
  try {
    const alone = { ...attribute, values: undefined };
    const result = await fc.check(
      fc.asyncProperty(attribute.arbitrary, async (value) => {
        const problems = await fuzz(tab, tag, [{ ...alone, values: [{ value }] }], { ...options, wait: 0 });
        if (problems.length) last = problems;
        return problems.length === 0;
      }),
      { seed: attribute.seed, numRuns: RUNS, path: String(index - attribute.from), interruptAfterTimeLimit: SHRINK_MS },
    );
    if (!result.failed) return undefined;
    return { value: result.counterexample[0], shrinks: result.numShrinks, run: Number(result.counterexamplePath.split(':')[0]), lines: last.map((p) => p.line) };
  } finally {
    await close();
  }
}

/**
 * Fuzzes `tag` on `tab` (a page at `url`); when problems are found, returns a report of them with
 * the seed that repeats the run and, for the first attribute whose fast-check values failed, the
 * smallest value that fails. `undefined` when there is none.
 */
async function fuzzAndReport(tab, url, tag, attributes, options) {
  const problems = await fuzz(tab, tag, attributes, options);
  if (!problems.length) return undefined;
  const report = [`<${tag}>: ${problems.length} problems (seed ${SEED}, ${SEED_FROM}; FUZZ_SEED=${SEED} repeats this run)`, ...problems.map((p) => `  ${p.line}`)];
  // Shrinking starts from the shortest of the failing fast-check values of the first attribute
  // that has any: each step is a round trip to the page.
  const random = (p) => p.name !== undefined && p.index >= attributes.find((a) => a.name === p.name).from;
  const first = problems.find(random);
  if (first) {
    const attribute = attributes.find((a) => a.name === first.name);
    const size = (index) => fc.stringify(attribute.values[index].value).length;
    const indices = problems.filter((p) => random(p) && p.name === first.name).map((p) => p.index);
    const start = indices.reduce((best, index) => (size(index) < size(best) ? index : best));
    const smallest = await shrink(url, tag, attribute, start, options);
    const shown = (value) => {
      const text = fc.stringify(value);
      return text.length > 400 ? `${text.slice(0, 400)}… (${text.length} characters)` : text;
    };
    report.push(
      smallest
        ? `The smallest value of ${first.name} that fails on its own (from value ${smallest.run + 1} of fast-check's ${RUNS}, shrunk ${smallest.shrinks} times): ${shown(smallest.value)}\n${smallest.lines.map((l) => `  ${l}`).join('\n')}`
        : `No value of ${first.name} fails on its own: the problem needs the values set before it.`,
    );
  }
  return report.join('\n');
}

/** Fuzzes a widget on the widget's page, then checks it still works for a reader and nothing was logged. */
async function fuzzThenUse(t, { page: tab, log }, tag, options) {
  const attributes = plan(tag, options);
  const count = attributes.reduce((n, a) => n + a.values.length, 0);
  t.diagnostic(`seed ${SEED} (${SEED_FROM}; FUZZ_SEED=${SEED} repeats it): ${count} ${options.properties ? 'assignments to' : 'values of'} ${attributes.length} ${options.properties ? 'properties' : 'attributes'}`);
  try {
    const report = await fuzzAndReport(tab, widgetsPage(), tag, attributes, options);
    if (report) assert.fail(report);
    await stillUsable(tab, tag);
    assert.deepEqual(log.pageErrors, []);
    assert.deepEqual(log.errors, []);
  } catch (error) {
    // Whatever failed, the seed repeats it.
    if (!error.message.includes(`FUZZ_SEED=${SEED}`)) error.message += `\n(seed ${SEED}, ${SEED_FROM}; FUZZ_SEED=${SEED} repeats this run)`;
    throw error;
  }
  assert.deepEqual(attributesOf(tag).unknown, [], `<${tag}>: attributes whose type this test does not know how to fuzz`);
}

describe(`bad input (seed ${SEED}, ${SEED_FROM}: FUZZ_SEED=${SEED} repeats it)`, () => {
  it('every widget of src/widgets.json is in custom-elements.json, and every attribute is one whose valid values are known', () => {
    assert.deepEqual(Object.keys(DECLARATIONS).sort(), [...TAGS].sort());
    for (const tag of TAGS) assert.ok(attributesOf(tag).known.length, tag);
    const unknown = TAGS.flatMap((tag) => attributesOf(tag).unknown.map((u) => `<${tag}> ${u}`));
    assert.deepEqual(unknown, [], 'attributes whose type specOf() does not know: teach it what a valid value of each is');
  });

  it('an attribute type that is not known fails, rather than going unfuzzed', () => {
    const attribute = (name, text, value) => ({ name, type: text && { text }, default: value });
    assert.deepEqual(specOf(attribute('kind', "'a' | 'b'", "'a'")), { kind: 'enum', values: ['a', 'b'] });
    assert.deepEqual(specOf(attribute('parts', "string | ('a' | 'b')[]", "''")), { kind: 'list', values: ['a', 'b'] });
    assert.deepEqual(specOf(attribute('heading-level', 'string | number', '2')), { kind: 'level' });
    assert.deepEqual(specOf(attribute('href', 'string', "'https://example.org/'")), { kind: 'https', default: 'https://example.org/' });
    assert.deepEqual(specOf(attribute('label', 'string | undefined')), { kind: 'text' });
    for (const unknown of [
      attribute('columns', 'string | number', '3'),
      attribute('target', 'string', "'_blank'"),
      attribute('size', 'number', '1'),
      attribute('parts', "string | ('a' | b)[]"),
      attribute('lang', 'string | undefined', "'en'"),
      attribute('data', 'object'),
      attribute('untyped'),
    ]) {
      assert.equal(specOf(unknown), undefined, JSON.stringify(unknown));
    }
  });

  it('the checks catch an element that injects markup and passes URLs through', async () => {
    const { page: tab, close } = await openPage(harness.browser, `${harness.origin}/control.html`);
    const values = HOSTILE.slice(0, 16).map((value) => ({ value }));
    // A second for the onerror payload to fire: on a busy CI machine 100 ms was not always enough.
    const problems = (await fuzz(tab, 'x-vulnerable', [{ name: 'label', spec: { kind: 'boolean' }, values, examples: [] }, { name: 'link', spec: { kind: 'https' }, values, examples: [] }], { wait: 1000 })).map((p) => p.line);
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
    const values = [{ value: ['a topic'] }, { js: JS_VALUES.indexOf("Symbol('x')") }];
    const problems = (await fuzz(tab, 'x-vulnerable', [{ name: 'topics', property: 'topics', spec: {}, values, examples: [] }], { properties: true })).map((p) => p.line);
    assert.ok(problems.some((p) => /^\.topics=\["a topic"\]: lost its name/.test(p)), problems.join('\n'));
    assert.ok(problems.some((p) => /^\.topics=symbol .*threw/.test(p)), problems.join('\n'));
    await close();
  });

  it('a failure names the seed that repeats it and the smallest value that fails, as fast-check shrinks it', async () => {
    // The control passes its link through, so every number fails, and the smallest is the least
    // the arbitrary makes. A seed of its own: this checks the shrinking, not the widgets.
    const spec = { kind: 'https', default: 'https://example.org/' };
    const arbitrary = fc.integer({ min: 1000, max: 999_999 }).map(String);
    const seed = 1;
    const values = fc.sample(arbitrary, { seed, numRuns: RUNS }).map((value) => ({ value }));
    const attribute = { name: 'link', property: 'link', spec, examples: [], values, arbitrary, seed, from: 0 };
    const { page: tab, close } = await openPage(harness.browser, `${harness.origin}/control.html`);
    const report = await fuzzAndReport(tab, `${harness.origin}/control.html`, 'x-vulnerable', [attribute], {});
    await close();
    assert.match(report, new RegExp(`FUZZ_SEED=${SEED} repeats this run`));
    assert.match(report, /^ {2}link="\d+": href="\d+" on <a>$/m);
    assert.match(report, /The smallest value of link that fails on its own \(from value \d+ of fast-check's 200, shrunk [1-9]\d* times\): "1000"\n {2}link="1000": href="1000" on <a>\n/);
  });

  for (const tag of TAGS) {
    // One page for both: opening a page costs as much as fuzzing a small widget.
    describe(`<${tag}>`, () => {
      let page;
      before(async () => (page = await openPage(harness.browser, widgetsPage())));
      after(() => page?.close());
      it(`every property set to what frameworks and host scripts assign, and ${RUNS} values from fast-check`, (t) => fuzzThenUse(t, page, tag, { properties: true }));
      it(`hostile values and ${RUNS} from fast-check for every attribute`, (t) => fuzzThenUse(t, page, tag, {}));
    });
  }
});
