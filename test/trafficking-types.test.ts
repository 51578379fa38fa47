import { expect, html, waitUntil } from '@open-wc/testing';
import { a11ySnapshot, findAccessibilityNode, sendKeys } from '@web/test-runner-commands';
import '../src/components/trafficking-types/trafficking-types.js';
import '../src/components/trafficking-types/trafficking-type.js';
import { DEFINITION, TRAFFICKING_TYPES } from '../src/content/trafficking-types.js';
import { $$, captureWarnings, clean, emulateForcedColors, engine, heightsAroundOpening, placeWidget, useLocale, viewport } from './helpers.js';

// Emulating forced colours goes through the DevTools protocol: Chromium only.
const inChromium = engine === 'chromium' ? it : it.skip;

const names = (el: Element) => $$(el, '[part~="name"]').map((n) => n.textContent!.trim());

describe('<cst-trafficking-types>', () => {
  afterEach(() => useLocale('en'));

  describe('defaults', () => {
    it('renders the heading, the introduction and every card in its first render', async () => {
      const el = document.createElement('cst-trafficking-types') as HTMLElement & { updateComplete: Promise<boolean> };
      document.body.append(el);
      try {
        await el.updateComplete;
        expect($$(el, '[part~="intro"]')).to.have.length(1);
        expect($$(el, '[part~="card"]')).to.have.length(4);
      } finally {
        el.remove();
      }
    });
  });

  describe('attributes', () => {
    it("introduces them with NCMEC's definition, unless no-intro", async () => {
      const el = await placeWidget(html`<cst-trafficking-types></cst-trafficking-types>`);
      expect($$(el, '[part~="intro"]')[0].textContent).to.contain(DEFINITION.text());
      expect($$(el, '[part~="intro"]')[0].textContent).to.contain('any child under 18');
      const bare = await placeWidget(html`<cst-trafficking-types no-intro></cst-trafficking-types>`);
      expect($$(bare, '[part~="intro"]')).to.have.length(0);
    });

    it('types="familial buyer-perpetrated" chooses and orders the cards', async () => {
      const el = await placeWidget(html`<cst-trafficking-types types="buyer-perpetrated familial"></cst-trafficking-types>`);
      expect(names(el)).to.deep.equal(['Buyer-perpetrated trafficking', 'Familial trafficking']);
    });

    it('types as a property takes an array, as React and Vue pass it, with unknown names skipped and a warning', async () => {
      const el = await placeWidget(html`<cst-trafficking-types></cst-trafficking-types>`);
      const warnings = captureWarnings();
      (el as unknown as { types: unknown }).types = ['familial', 'buyer-perpetrated', 'nope', 5];
      await el.updateComplete;
      const messages = warnings.restore();
      expect(names(el)).to.deep.equal(['Familial trafficking', 'Buyer-perpetrated trafficking']);
      expect(messages).to.have.length(1);
      expect(messages[0]).to.contain('"nope"').and.contain('"5"');
    });

    it('heading-level sets the block heading; cards are one level below', async () => {
      const el = await placeWidget(html`<cst-trafficking-types heading-level="3"></cst-trafficking-types>`);
      expect($$(el, '[part~="heading"]')[0].localName).to.equal('h3');
      expect($$(el, '[part~="name"]').every((n) => n.localName === 'h4')).to.equal(true);
      const warnings = captureWarnings();
      const bad = await placeWidget(html`<cst-trafficking-types heading-level="1"></cst-trafficking-types>`);
      expect(warnings.restore()).to.have.length(1);
      expect($$(bad, '[part~="heading"]')[0].localName).to.equal('h2');
    });
  });

  describe('content', () => {
    it("shows NCMEC's four types in order, each with its definition, in English and Spanish", async () => {
      const el = await placeWidget(html`<cst-trafficking-types></cst-trafficking-types>`);
      for (const locale of ['en', 'es']) {
        await useLocale(locale);
        expect(names(el)).to.deep.equal(TRAFFICKING_TYPES.map((t) => t.name()));
        expect($$(el, '[part~="definition"]').map((d) => d.textContent)).to.deep.equal(TRAFFICKING_TYPES.map((t) => t.definition()));
      }
      expect(names(el)).to.deep.equal([
        'Trata controlada por un proxeneta',
        'Trata familiar',
        'Trata controlada por pandillas',
        'Trata cometida por el comprador',
      ]);
    });
  });

  describe('keyboard', () => {
    it('"Learn more" opens the details and the source, by keyboard', async () => {
      const el = await placeWidget(html`<cst-trafficking-types types="familial"></cst-trafficking-types>`);
      const toggle = $$(el, '[part~="toggle"]')[0];
      const details = $$(el, '[part~="details"]')[0];
      // It shows "Learn more" and is named for the type it opens: its name starts with what it shows.
      expect(clean(toggle.textContent)).to.equal('Learn more');
      expect(toggle.getAttribute('aria-label')).to.equal('Learn more: Familial trafficking');
      expect(details.offsetHeight).to.equal(0);
      for (let i = 0; i < 5 && el.shadowRoot!.activeElement !== toggle; i++) await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(toggle);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(details.offsetHeight).to.be.greaterThan(0);
      expect(details.textContent).to.contain('Where the trafficker and primary abuser is the biological father and/or mother');
      expect(details.textContent).to.contain('trafficking as early as toddler-age');
      expect(details.textContent).to.contain('A Guide for Child Welfare Professionals (2024)');
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    });
  });

  describe('layout', () => {
    it('lays out one column on a phone, two on a tablet, four on a wide screen', async () => {
      const el = await placeWidget(html`<cst-trafficking-types></cst-trafficking-types>`);
      const columns = () => new Set($$(el, '[part~="card"]').map((c) => Math.round(c.getBoundingClientRect().left))).size;
      // A resized window can take a frame to lay out again (WebKit): wait for the columns asked for.
      const laidOut = (n: number) => waitUntil(() => columns() === n, `not ${n} columns`, { timeout: 2000 });
      await viewport({ width: 1400, height: 900 });
      await laidOut(4);
      await viewport({ width: 800, height: 900 });
      await laidOut(2);
      if ((await viewport({ width: 320, height: 900 })) === 320) await laidOut(1);
      await viewport({ width: 800, height: 600 });
    });

    it('opening a card never stretches its neighbours', async () => {
      const { closed, open } = await heightsAroundOpening(await placeWidget(html`<cst-trafficking-types></cst-trafficking-types>`), 'card');
      expect(open[0]).to.be.greaterThan(closed[0]);
      expect(open.slice(1)).to.deep.equal(closed.slice(1));
    });
  });

  describe('icons', () => {
    // Four pictograms a reader tells apart (issue #38: the pimp-controlled one was a person with a
    // cross, read as "remove user"; familial and gang-controlled were nearly the same), each at
    // least 32 px, hidden from assistive technology, in one colour that forced colours redraw.
    it('draws four distinct pictograms, at least 32 px, decorative, in one colour', async () => {
      const el = await placeWidget(html`<cst-trafficking-types></cst-trafficking-types>`);
      const icons = $$(el, '[part~="card"] svg.icon');
      expect(icons.length).to.equal(4);
      const shapes = icons.map((icon) => icon.innerHTML.replace(/<!--.*?-->/g, '').trim());
      expect(new Set(shapes).size, 'four different drawings').to.equal(4);
      for (const [i, icon] of icons.entries()) {
        expect(icon.getAttribute('aria-hidden')).to.equal('true');
        const box = icon.getBoundingClientRect();
        expect(Math.min(box.width, box.height), `icon ${i + 1}`).to.be.at.least(32);
        // One colour: no shape paints a colour of its own (holes are cut by the even-odd rule).
        for (const shape of icon.querySelectorAll('*')) expect(shape.getAttribute('fill'), shapes[i]).to.equal(null);
        // No cross (the "remove user" sign): no pair of crossing strokes.
        expect(icon.querySelector('[stroke]'), 'no stroked marks').to.equal(null);
      }
    });

    inChromium('draws them in the text colour in forced colours', async () => {
      const el = await placeWidget(html`<cst-trafficking-types></cst-trafficking-types>`);
      await emulateForcedColors(true);
      try {
        const fills = $$(el, '[part~="card"] svg.icon').map((icon) => getComputedStyle(icon).fill);
        const text = getComputedStyle($$(el, '[part~="definition"]')[0]).color;
        for (const fill of fills) expect(fill).to.equal(text);
      } finally {
        await emulateForcedColors(false);
      }
    });
  });

  describe('accessibility', () => {
    it('decorative icons are inline SVG hidden from assistive technology', async () => {
      const el = await placeWidget(html`<cst-trafficking-types></cst-trafficking-types>`);
      const icons = $$(el, '.icon');
      expect(icons).to.have.length(4);
      for (const icon of icons) expect(icon.getAttribute('aria-hidden')).to.equal('true');
    });

    // The accessibility tree comes from Chromium's DevTools protocol.
    (navigator.userAgent.includes('Chrome') ? it : it.skip)('screen readers hear "Learn more: <type>", with no stray space', async () => {
      await placeWidget(html`<div id="types"><cst-trafficking-types types="familial"></cst-trafficking-types></div>`);
      const snapshot = await a11ySnapshot({ selector: '#types' });
      const button = findAccessibilityNode<{ role: string; name: string }>(snapshot as never, (n) => n.role === 'button');
      expect(button!.name).to.equal('Learn more: Familial trafficking');
    });

    for (const locale of ['en', 'es']) {
      it(`passes axe, closed and open, in ${locale}`, async () => {
        const el = await placeWidget(html`<cst-trafficking-types heading-level="2"></cst-trafficking-types>`);
        await useLocale(locale);
        await expect(el).to.be.accessible();
        $$(el, '[part~="toggle"]').forEach((t) => t.click());
        await el.updateComplete;
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('failure', () => {
    it('skips unknown type names with one warning; shows all four when none is known', async () => {
      const warnings = captureWarnings();
      const el = await placeWidget(html`<cst-trafficking-types types="familial sextortion"></cst-trafficking-types>`);
      expect(names(el)).to.deep.equal(['Familial trafficking']);
      const all = await placeWidget(html`<cst-trafficking-types types="nonsense"></cst-trafficking-types>`);
      const messages = warnings.restore();
      expect(messages).to.have.length(2);
      expect(messages[0]).to.contain('"sextortion"');
      expect(names(all)).to.have.length(4);
    });

    it('removing types shows all four cards again, without an error or a warning', async () => {
      const el = await placeWidget(html`<cst-trafficking-types types="familial" heading-level="3"></cst-trafficking-types>`);
      const warnings = captureWarnings();
      el.removeAttribute('types');
      el.removeAttribute('heading-level');
      await el.updateComplete;
      expect(warnings.restore()).to.deep.equal([]);
      expect(names(el)).to.have.length(4);
      expect($$(el, '[part~="heading"]')[0].localName).to.equal('h2');
    });
  });
});

describe('<cst-trafficking-type>', () => {
  afterEach(() => useLocale('en'));

  describe('attributes', () => {
    it('shows one type as a card, with a heading at the level asked', async () => {
      const el = await placeWidget(html`<cst-trafficking-type type="gang-controlled" heading-level="3"></cst-trafficking-type>`);
      expect(names(el)).to.deep.equal(['Gang-controlled trafficking']);
      expect($$(el, '[part~="name"]')[0].localName).to.equal('h3');
      await useLocale('es');
      expect(names(el)).to.deep.equal(['Trata controlada por pandillas']);
      await expect(el).to.be.accessible();
    });
  });

  describe('failure', () => {
    it('an unknown type warns once and shows the first type instead of nothing', async () => {
      const warnings = captureWarnings();
      const el = await placeWidget(html`<cst-trafficking-type type="bogus"></cst-trafficking-type>`);
      expect(warnings.restore()).to.have.length(1);
      expect(names(el)).to.deep.equal(['Pimp-controlled trafficking']);
    });
  });
});
