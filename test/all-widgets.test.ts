import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import 'axe-core/axe.min.js';
import { checkedExample, exampleElement, examplesOf, WIDGETS } from '../src/examples.js';
import '../src/index.js';
import { captureWarnings, emulateForcedColors, engine, placeWidget as place, useLocale, viewport } from './helpers.js';

/**
 * The promises every widget makes to the page it lands on, checked for each widget of
 * src/widgets.json in one place, on its `checked` example: hostile host CSS, 320 px, forced colors,
 * reduced motion and print. And every example of every widget passes axe in both languages.
 */
const template = (tag: string, example = checkedExample(tag)) => html`${exampleElement(tag, example)}`;

/** The methods a widget documents (custom-elements.json); everything else it has is a property. */
const PUBLIC_METHODS: Record<string, string[]> = { 'cst-quick-exit': ['exit'] };

/** What React, Vue or a host script may assign to a property, beyond strings. */
const HOSTILE_VALUES: [string, () => unknown][] = [
  ['an array', () => ['parents', 'money']],
  ['a number', () => 3],
  ['a null-prototype object', () => Object.create(null)],
  ['an object whose toString throws', () => ({ toString() { throw new Error('boom'); } })],
  ['a Symbol', () => Symbol('parents')],
  ['a function', () => () => 'parents'],
  ['a Proxy whose traps throw', () => new Proxy({}, { get() { throw new Error('trap'); }, getPrototypeOf() { throw new Error('trap'); }, ownKeys() { throw new Error('trap'); } })],
  ['a revoked Proxy', () => { const r = Proxy.revocable([], {}); r.revoke(); return r.proxy; }],
];

/** A Lit element with nothing of its own: what Lit itself puts on an element. */
const BARE_LIT = 'test-bare-lit-element';
if (!customElements.get(BARE_LIT)) customElements.define(BARE_LIT, class extends LitElement {});

const all = (el: HTMLElement) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('*')];
// Widgets with no link or control of their own (a figure and its sentence; the overview, which reads
// like a page of a guide): the keyboard tests have nothing to check.
const WITHOUT_CONTROLS = ['cst-stat', 'cst-overview'];
// Emulating forced colors, reduced motion and print goes through the DevTools protocol: Chromium only.
const inChromium = engine === 'chromium' ? it : it.skip;

for (const { tag } of WIDGETS) {
  describe(`<${tag}> on any host page`, () => {
    afterEach(() => useLocale('en'));

    it('has the defaults custom-elements.json gives it (what Storybook and docs/api.md show)', async () => {
      const manifest = await (await fetch('/custom-elements.json')).json();
      const entry = manifest.modules.flatMap((m: { declarations: { tagName?: string }[] }) => m.declarations).find((d: { tagName?: string }) => d.tagName === tag);
      const fields = entry.members.filter((m: { kind: string; default?: string }) => m.kind === 'field' && m.default !== undefined);
      expect(fields.length).to.be.greaterThan(0);
      const el = document.createElement(tag) as unknown as Record<string, unknown>;
      for (const { name, default: value } of fields) {
        // '...' is a string; numbers and booleans are JSON.
        expect(el[name], name).to.equal(/^'.*'$/.test(value) ? value.slice(1, -1) : JSON.parse(value));
      }
    });

    // A right-to-left host page (issue #40, item 2): the widgets speak English or Spanish, so each
    // sets its own direction; before, every one computed rtl from the page, and the banner read
    // "THE-LOST (1-800-843-5678)-1-800", a figure "2024 +27,800".
    it('keeps its own left-to-right text on a right-to-left page', async () => {
      const root = document.documentElement;
      const was = [root.lang, root.dir];
      [root.lang, root.dir] = ['ar', 'rtl'];
      try {
        const el = await place(template(tag));
        const base = el.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!;
        expect(getComputedStyle(base).direction).to.equal('ltr');
        for (const node of all(el).filter((n) => n.childElementCount === 0 && n.textContent!.trim()).slice(0, 20)) {
          expect(getComputedStyle(node).direction, node.textContent!.trim().slice(0, 40)).to.equal('ltr');
        }
        expect(getComputedStyle(el).direction, 'the host element itself stays the page\'s').to.equal('rtl');
      } finally {
        [root.lang, root.dir] = was;
      }
    });

    it('keeps its size, type and spacing under hostile host CSS', async () => {
      await viewport({ width: 1024, height: 768 });
      const el = await place(template(tag));
      const measure = () => ({
        // The fixture's own box: a sticky quick exit takes no box of its own (display: contents).
        height: Math.round(el.parentElement!.getBoundingClientRect().height),
        text: all(el)
          .filter((n) => n.childElementCount === 0 && n.textContent!.trim())
          .slice(0, 5)
          .map((n) => {
            const s = getComputedStyle(n);
            return `${s.fontSize} ${s.fontFamily} ${s.lineHeight} ${s.letterSpacing} ${s.textTransform} ${s.color}`;
          }),
      });
      // The widgets take the page's font on purpose (test/host-pages.test.ts): the plain page has the
      // hostile one's font, so what is compared is everything else.
      const font = document.createElement('style');
      font.textContent = 'body { font-family: "Comic Sans MS", cursive; }';
      document.head.append(font);
      await el.updateComplete;
      const plain = measure();
      const hostile = document.createElement('style');
      hostile.textContent = `
        html { font-size: 62.5% !important; }
        body, * { font-family: "Comic Sans MS", cursive !important; line-height: 4 !important; letter-spacing: 6px !important;
          text-transform: uppercase !important; word-spacing: 10px !important; color: #f0f !important; }
        p, ul, li, a, h2, h3, h4, button, section, span, svg, article, input { padding: 30px !important; margin: 30px !important; border: 5px dotted red !important; }
        [hidden] { display: block !important; }
        /* The widgets' private tokens, by name: a collision must change nothing (issue #40, item 5). */
        * { --_font-size: 10px !important; --_color-text: #bbb !important; --_color-surface: #000 !important; --_space-m: 40px !important; --_space-s: 30px !important; }`;
      document.head.append(hostile);
      try {
        expect(measure()).to.deep.equal(plain);
      } finally {
        hostile.remove();
        font.remove();
        await viewport({ width: 800, height: 600 });
      }
    });

    it('stays hidden, and out of the tab order, when the host hides it with visibility: hidden', async () => {
      // A closed off-canvas menu or tab panel (Bootstrap's .offcanvas, .invisible) hides its content
      // this way: a widget inside must not stay visible or take keyboard focus.
      const el = await place(template(tag));
      const controls = all(el).filter((n) => n.matches('a[href], button:not([disabled]), input'));
      expect(controls.length).to.be[WITHOUT_CONTROLS.includes(tag) ? 'equal' : 'greaterThan'](0);
      el.style.visibility = 'hidden';
      try {
        for (const node of all(el)) expect(getComputedStyle(node).visibility, node.className).to.equal('hidden');
        for (const control of controls) {
          control.focus();
          expect(el.shadowRoot!.activeElement, control.outerHTML.slice(0, 60)).to.equal(null);
        }
      } finally {
        el.style.visibility = '';
      }
    });

    it('fits a 320 px screen without horizontal scrolling, in Spanish too', async function () {
      if ((await viewport({ width: 320, height: 800 })) > 320) this.skip(); // WebKit: see viewport()
      try {
        const el = await place(template(tag));
        for (const locale of ['en', 'es']) {
          await useLocale(locale);
          expect(el.getBoundingClientRect().width, locale).to.be.at.most(320);
          // Nothing in it wider than the screen (a sticky quick exit's base takes no box of its own).
          for (const box of all(el)) expect(box.getBoundingClientRect().right, `${locale} ${box.className}`).to.be.at.most(320);
        }
      } finally {
        await viewport({ width: 800, height: 600 });
      }
    });

    (WITHOUT_CONTROLS.includes(tag) ? it.skip : it)('shows the two-tone focus ring on every control, in keyboard use (WCAG 2.4.7)', async () => {
      const el = await place(template(tag));
      // Open every disclosure first, so that the links inside them are checked too.
      for (const toggle of all(el).filter((n) => n.getAttribute('aria-expanded') === 'false')) toggle.click();
      await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      const controls = all(el).filter((n) => n.matches('a[href], button:not(:disabled), input, select, textarea') && n.offsetHeight + n.offsetWidth > 0);
      expect(controls.length, 'controls').to.be.greaterThan(0);
      // Focus that follows a key press shows the keyboard focus ring (:focus-visible).
      await sendKeys({ press: 'Tab' });
      for (const control of controls) {
        control.focus();
        // A radio button's ring is drawn on the box of its label, which it fills.
        const ringed = control.matches('input[type="radio"]') ? control.closest('label')! : control;
        const name = `${control.localName} ${(ringed.textContent ?? '').trim().slice(0, 30)}`;
        expect(control.matches(':focus-visible'), name).to.equal(true);
        const style = getComputedStyle(ringed);
        expect(style.outlineStyle, name).to.equal('solid');
        expect(parseFloat(style.outlineWidth), name).to.be.at.least(2);
        expect(style.boxShadow, `${name}: the dark outer ring`).to.match(/rgb/);
        control.blur();
      }
    });

    it('keeps every word visible with WCAG 1.4.12 text spacing, at 320 px, in Spanish', async function () {
      if ((await viewport({ width: 320, height: 800 })) > 320) this.skip(); // WebKit: see viewport()
      try {
        const el = await place(template(tag));
        await useLocale('es');
        const spacing = new CSSStyleSheet();
        spacing.replaceSync(`* { line-height: 1.5 !important; letter-spacing: 0.12em !important;
          word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }`);
        el.shadowRoot!.adoptedStyleSheets = [...el.shadowRoot!.adoptedStyleSheets, spacing];
        // Nothing wider than the screen (a long number may run into its block's padding, in view),
        // and no block (text, link, button, heading) clips its lines.
        for (const box of all(el)) expect(box.getBoundingClientRect().right, box.className).to.be.at.most(320);
        const blocks = all(el).filter((n) => n.matches('p, li, a, button, label, legend, h2, h3, h4, h5, h6') && n.offsetHeight > 0);
        for (const node of blocks) {
          if (getComputedStyle(node).display === 'inline') continue; // an inline box cannot clip
          expect(node.scrollHeight, `${node.localName}.${node.className}: ${node.textContent!.trim().slice(0, 40)}`).to.be.at.most(node.clientHeight + 1);
        }
      } finally {
        await viewport({ width: 800, height: 600 });
      }
    });

    inChromium('outlines every box that relies on a background, since forced colors remove backgrounds', async () => {
      const el = await place(template(tag));
      const boxes = all(el).filter(
        (n) =>
          !n.matches('button, input, svg, svg *') &&
          // A widget's own plain surface (its base, white by default) becomes Canvas like the page round it: nothing to outline.
          !(n.matches('[part~="base"]') && getComputedStyle(n).backgroundColor === 'rgb(255, 255, 255)') &&
          n.offsetHeight > 0 &&
          !['rgba(0, 0, 0, 0)', 'transparent'].includes(getComputedStyle(n).backgroundColor),
      );
      expect(boxes.length).to.be.greaterThan(0);
      await emulateForcedColors(true);
      try {
        for (const box of boxes) {
          const s = getComputedStyle(box);
          // A strip (the quick exit's bar) is outlined on the side that meets the page.
          const edges = [s.borderTopStyle, s.borderLeftStyle, s.borderBottomStyle].filter((style) => style !== 'none');
          expect(edges.length, `${box.className} has no border`).to.be.greaterThan(0);
        }
      } finally {
        await emulateForcedColors(false);
      }
    });

    inChromium('has no motion when the reader asks for reduced motion', async () => {
      const el = await place(template(tag));
      await emulateMedia({ reducedMotion: 'reduce' });
      try {
        for (const node of all(el)) {
          const s = getComputedStyle(node);
          expect(`${s.transitionDuration} ${s.animationName}`, node.className).to.equal('0s none');
        }
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
      }
    });

    inChromium('prints its content open, without controls', async () => {
      const el = await place(template(tag));
      await emulateMedia({ media: 'print' });
      try {
        for (const node of all(el).filter((n) => n.matches('[part~="panel"], [part~="details"]'))) {
          expect(node.offsetHeight, 'a closed disclosure prints open').to.be.greaterThan(0);
        }
        for (const node of all(el).filter((n) => n.matches('[part~="controls"], [part~="dismiss-button"], .card [part~="toggle"]'))) {
          expect(node.offsetHeight, `${node.getAttribute('part')} prints`).to.equal(0);
        }
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });

    it('two on one page have names of their own (axe landmark-unique), and label names one', async () => {
      const page = await fixture<HTMLElement>(html`<div>${template(tag)}${template(tag)}</div>`);
      const [first, second] = [...page.children] as (HTMLElement & { updateComplete: Promise<unknown> })[];
      await Promise.all([first.updateComplete, second.updateComplete]);
      // The element that names the widget: its landmark (a single type's card is an article).
      const name = (el: HTMLElement) => el.shadowRoot!.querySelector('[aria-label]')!.getAttribute('aria-label');
      expect(name(first)).to.be.a('string').and.not.equal('');
      expect(name(second)).to.equal(`${name(first)} (2)`);
      const { axe } = window as unknown as { axe: typeof import('axe-core') };
      const { violations } = await axe.run(document, { runOnly: ['landmark-unique'] });
      expect(violations.flatMap((v) => v.nodes.map((n) => n.html))).to.deep.equal([]);
      // Moved after the other, the first takes the number, and the other loses it.
      const plain = name(first);
      page.append(first);
      await Promise.all([first.updateComplete, second.updateComplete]);
      expect([name(second), name(first)]).to.deep.equal([plain, `${plain} (2)`]);
      second.setAttribute('label', 'Our own name');
      await second.updateComplete;
      expect(name(second)).to.equal('Our own name');
    });

    // Every widget with a heading of its own can leave it out.
    const hasNoHeading = (customElements.get(tag) as unknown as { elementProperties?: Map<string, unknown> } | undefined)?.elementProperties?.has('noHeading');
    if (hasNoHeading) {
      it('no-heading leaves its heading out for the page to give one, and keeps the name', async () => {
        const el = await place(template(tag));
        const headings = () => el.shadowRoot!.querySelectorAll('h2, h3, h4, h5, h6').length;
        const named = el.shadowRoot!.querySelector('[aria-label]')!;
        const before = [headings(), named.getAttribute('aria-label')];
        el.setAttribute('no-heading', '');
        await el.updateComplete;
        expect([headings(), named.getAttribute('aria-label')]).to.deep.equal([(before[0] as number) - 1, before[1]]);
        // Its own heading: a single type's card is headed by the type's name.
        expect(el.shadowRoot!.querySelector(tag === 'cst-trafficking-type' ? '[part~="name"]' : '[part~="heading"]')).to.equal(null);
      });
    }

    // Issue #40, item 3: internal names a framework could set (the types' `open`, the red flags'
    // `expanded`, the guide's `parts`...) blanked widgets; they are ES private fields or symbols now.
    it('has no property of its own beyond its public API: its properties and documented methods', async () => {
      const el = await place(template(tag));
      // Lit's own: its prototypes' names and a bare Lit element's own fields, once rendered.
      const bare = document.body.appendChild(document.createElement(BARE_LIT)) as LitElement;
      await bare.updateComplete;
      const lit = new Set<string>(Object.getOwnPropertyNames(bare));
      bare.remove();
      for (let p: object | null = LitElement.prototype; p; p = Object.getPrototypeOf(p)) for (const n of Object.getOwnPropertyNames(p)) lit.add(n);
      const names = new Set<string>(Object.getOwnPropertyNames(el));
      for (let p = Object.getPrototypeOf(el); p && p !== LitElement.prototype; p = Object.getPrototypeOf(p)) for (const n of Object.getOwnPropertyNames(p)) names.add(n);
      // Lit names its lazily made fields `__*` (`__controllers`, for the locale's controller).
      // The custom-element callbacks the browser reads once, from the class, when it is defined.
      const callbacks = ['adoptedCallback'];
      const own = [...names].filter((n) => !lit.has(n) && !n.startsWith('__') && n !== 'constructor' && !callbacks.includes(n));
      const declared = (customElements.get(tag) as unknown as { elementProperties: Map<string, { state?: boolean }> }).elementProperties;
      const api = [...declared].filter(([, options]) => !options.state).map(([name]) => String(name));
      const extra = own.filter((n) => !api.includes(n) && !(PUBLIC_METHODS[tag] ?? []).includes(n));
      expect(extra, extra.join(" ")).to.deep.equal([]);
    });

    it('any value a framework or a host script assigns to any property: no error, no blank widget, a warning at most', async () => {
      const el = await place(template(tag));
      const declared = (customElements.get(tag) as unknown as { elementProperties: Map<string, { state?: boolean }> }).elementProperties;
      const properties = [...declared].filter(([, options]) => !options.state).map(([name]) => name);
      expect(properties.length).to.be.greaterThan(1);
      const errors: string[] = [];
      const onError = (event: ErrorEvent | PromiseRejectionEvent) => errors.push(String('message' in event ? event.message : event.reason));
      addEventListener('error', onError);
      addEventListener('unhandledrejection', onError);
      try {
        for (const property of properties) {
          for (const [name, make] of HOSTILE_VALUES) {
            const warnings = captureWarnings();
            try {
              (el as unknown as Record<string, unknown>)[property] = make();
              await el.updateComplete;
            } finally {
              warnings.restore();
            }
            const where = `.${property} = ${name}`;
            expect(warnings.messages.length, `${where}: ${warnings.messages.join('; ')}`).to.be.at.most(1);
            const base = el.shadowRoot!.querySelector<HTMLElement>('[part~="base"]');
            expect(base?.textContent!.trim().length ?? 0, `${where}: blank`).to.be.greaterThan(10);
          }
          // Back to the default for the next property.
          (el as unknown as Record<string, unknown>)[property] = undefined;
          await el.updateComplete;
        }
        expect(errors).to.deep.equal([]);
      } finally {
        removeEventListener('error', onError);
        removeEventListener('unhandledrejection', onError);
      }
    });
  });
}

describe('every example of every widget (src/widgets.json, <widget>.examples.json)', () => {
  afterEach(() => useLocale('en'));

  for (const { tag } of WIDGETS) {
    it(`<${tag}> has examples, one of them checked by the host-page tests`, () => {
      expect(examplesOf(tag).length).to.be.greaterThan(0);
      expect(examplesOf(tag).filter((e) => e.checked)).to.have.length(1);
    });
    for (const example of examplesOf(tag)) {
      for (const locale of ['en', 'es']) {
        it(`<${tag}> ${example.name}: defined, rendered and passes axe in ${locale}`, async () => {
          const el = await place(template(tag, example));
          await useLocale(locale);
          await el.updateComplete;
          expect(el.shadowRoot!.querySelector('[part~="base"]')!.textContent!.trim().length).to.be.greaterThan(10);
          await expect(el).to.be.accessible();
        });
      }
    }
  }

  it('every element the library defines is in src/widgets.json, and every widget there is defined', () => {
    const defined = WIDGETS.filter(({ tag }) => customElements.get(tag)).map(({ tag }) => tag);
    expect(defined).to.deep.equal(WIDGETS.map(({ tag }) => tag));
  });
});
