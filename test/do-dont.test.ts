import { expect, html } from '@open-wc/testing';
import '../src/components/do-dont/do-dont.js';
import type { CstDoDont } from '../src/components/do-dont/do-dont.js';
import { DO, DONT } from '../src/content/response.js';
import { AUDIENCES } from '../src/content/types.js';
import { $, $$, captureWarnings, clean, placeWidget, useLocale, viewport } from './helpers.js';

const labels = (el: CstDoDont, part: string) => [...$(el, `[part~="${part}"]`).querySelectorAll('.label')].map((l) => l.textContent);

describe('<cst-do-dont>', () => {
  afterEach(() => useLocale('en'));

  describe('defaults', () => {
    it('renders the heading, the guidance, the DO and DON\'T lists and what to do in its first render', async () => {
      const el = document.createElement('cst-do-dont');
      document.body.append(el);
      try {
        await el.updateComplete;
        expect($(el, '[part~="framing"]').textContent).to.match(/\S/);
        expect($$(el, '[part~="do"] [part~="item"]')).to.have.length(DO.length);
        expect($$(el, '[part~="dont"] [part~="item"]')).to.have.length(DONT.length);
        expect($(el, '[part~="report"] a[href^="tel:"]')).to.not.equal(null);
      } finally {
        el.remove();
      }
    });
  });

  describe('attributes', () => {
    it('omit leaves out the framing and NCMEC\'s help, for a page that says them elsewhere; an unknown piece warns', async () => {
      const el = await placeWidget<CstDoDont>(html`<cst-do-dont audience="professionals" omit="framing help" emergency="none"></cst-do-dont>`);
      expect($(el, '[part~="framing"]')).to.equal(null);
      expect($(el, '[part~="report"]')).to.equal(null);
      expect(clean($(el, '[part~="base"]').textContent)).not.to.contain('RecoveryServices@ncmec.org');
      // As a framework sets it: an array, then an unknown name, which warns and shows everything.
      el.omit = ['help'];
      await el.updateComplete;
      expect($(el, '[part~="framing"]').textContent).to.contain('express relief and concern');
      expect($(el, '[part~="report"]')).to.equal(null);
      const warnings = captureWarnings();
      el.omit = 'framing-typo';
      await el.updateComplete;
      expect(warnings.restore().join('\n')).to.contain('<cst-do-dont> omit: "framing-typo" skipped');
      expect($(el, '[part~="framing"]')).to.not.equal(null);
      expect(clean($(el, '[part~="report"]').textContent)).to.contain('RecoveryServices@ncmec.org');
    });

    // The guidance before the lists; after them, NCMEC's help for that reader, named in the sentence.
    const framing: [string, string, string | null][] = [
      ['parents', 'You are an important source of support. How you respond matters.', 'NCMEC provides support for victims and their families'],
      ['professionals', 'express relief and concern', "NCMEC's Child Sex Trafficking Recovery Services Team provides specialized support"],
      ['educators', "It is up to the trusted adults in a child's life to recognize the signs", null],
      ['general', "If something doesn't seem right, ask questions.", null],
    ];

    for (const [audience, text, help] of framing) {
      it(`audience="${audience}" frames the lists for that reader, and gives the help NCMEC offers that reader`, async () => {
        const el = await placeWidget<CstDoDont>(html`<cst-do-dont audience=${audience}></cst-do-dont>`);
        expect($(el, '[part~="framing"]').textContent).to.contain(text);
        expect($(el, '[part~="framing"]').querySelectorAll('a')).to.have.length(0);
        const report = $(el, '[part~="report"]');
        // Every reader gets something to click: the emergency path's 911, hotline and CyberTipline links.
        const hrefs = [...report.querySelectorAll('[part~="emergency-path"] a')].map((a) => a.getAttribute('href'));
        expect(hrefs).to.deep.equal(['tel:911', 'tel:+18008435678', 'https://report.cybertip.org/', 'tel:+18008435678']);
        const paragraphs = [...report.querySelectorAll(':scope > p')].map((p) => clean(p.textContent));
        if (help) expect(paragraphs.join(' ')).to.contain(help);
        else expect(paragraphs).to.deep.equal([]);
        expect(report.textContent).not.to.contain('report your concern to NCMEC');
      });
    }

    it('heading-level sets the heading; Do and Don\'t are one level below', async () => {
      const el = await placeWidget<CstDoDont>(html`<cst-do-dont heading-level="4"></cst-do-dont>`);
      expect($(el, '[part~="heading"]').localName).to.equal('h4');
      expect($$(el, '[part~="column-heading"]').every((h) => h.localName === 'h5')).to.equal(true);
    });

    it('puts the lists side by side when wide and stacks them when narrow or compact', async () => {
      const el = await placeWidget<CstDoDont>(html`<cst-do-dont></cst-do-dont>`);
      const side = () => Math.abs($(el, '[part~="do"]').getBoundingClientRect().top - $(el, '[part~="dont"]').getBoundingClientRect().top) < 2;
      await viewport({ width: 1200, height: 800 });
      expect(side()).to.equal(true);
      el.variant = 'compact';
      await el.updateComplete;
      expect(side()).to.equal(false);
      expect($(el, '.explanation').offsetHeight).to.equal(0);
      el.variant = 'full';
      await el.updateComplete;
      if ((await viewport({ width: 320, height: 800 })) === 320) expect(side()).to.equal(false);
      await viewport({ width: 800, height: 600 });
    });
  });

  describe('content', () => {
    it("shows NCMEC's words under the visible headings Do and Don't", async () => {
      const el = await placeWidget<CstDoDont>(html`<cst-do-dont></cst-do-dont>`);
      expect($$(el, '[part~="column-heading"]').map((h) => h.textContent!.trim())).to.deep.equal(['Do', "Don't"]);
      expect(labels(el, 'do')).to.deep.equal(['Be patient', 'Listen', 'Reassure']);
      expect(labels(el, 'dont')).to.deep.equal(['Assume', 'Blame', 'Interrogate']);
      expect($(el, '[part~="do"]').textContent).to.contain(DO[0].text!());
      expect($(el, '[part~="dont"]').textContent).to.contain(DONT[1].text!());
    });

    // NCMEC's meaning kept (issue #39, item 6): "Reassure" was explained with the professionals'
    // sentence about a child found after a run (000), "Assume" with "Victims could be any child",
    // which NCMEC never pairs with it; "Interrogate" with that same after-a-run sentence, which the
    // missing child gives (and a guide said twice). All three stand bare, as in NCMEC's guides.
    it('shows "Reassure", "Assume" and "Interrogate" bare, as NCMEC does, and every reader\'s framing before them', async () => {
      for (const audience of ['general', 'parents', 'professionals', 'educators']) {
        const el = await placeWidget<CstDoDont>(html`<cst-do-dont audience=${audience}></cst-do-dont>`);
        const item = (label: string) => $$(el, '[part~="item"]').find((i) => i.querySelector('.label')!.textContent === label)!;
        expect(clean(item('Reassure').textContent), audience).to.equal('Reassure');
        expect(clean(item('Assume').textContent), audience).to.equal('Assume');
        expect(clean(item('Interrogate').textContent), audience).to.equal('Interrogate');
        expect(clean($(el, '[part~="framing"]').textContent), audience).not.to.equal('');
      }
      const parents = await placeWidget<CstDoDont>(html`<cst-do-dont audience="parents"></cst-do-dont>`);
      expect(clean($(parents, '[part~="framing"]').textContent)).to.equal('You are an important source of support. How you respond matters.');
    });

    it("gives parents NCMEC's family support email and the hotline as a tel: link that never breaks inside a number", async () => {
      const el = await placeWidget<CstDoDont>(html`<cst-do-dont audience="parents"></cst-do-dont>`);
      const tel = $(el, '[part~="report"] > p a[href^="tel:"]');
      expect(tel.getAttribute('href')).to.equal('tel:+18008435678');
      expect(tel.textContent!.trim()).to.equal('1-800-THE-LOST (1-800-843-5678)');
      for (const span of tel.querySelectorAll('span')) expect(getComputedStyle(span).whiteSpace).to.equal('nowrap');
      expect($(el, '[part~="report"] > p a[href^="mailto:"]').textContent).to.equal('familysupport@ncmec.org');
    });

    it('labels the recovery services address as the team it reaches, never as a bare address', async () => {
      const el = await placeWidget<CstDoDont>(html`<cst-do-dont audience="professionals"></cst-do-dont>`);
      const mail = $(el, '[part~="report"] a[href^="mailto:"]');
      expect(mail.getAttribute('href')).to.equal('mailto:RecoveryServices@ncmec.org');
      expect(mail.closest('p')!.textContent!.replace(/\s+/g, ' ')).to.match(/^NCMEC's Child Sex Trafficking Recovery Services Team .+: RecoveryServices@ncmec\.org\.$/);
    });
  });

  describe('localization', () => {
    it('speaks Spanish', async () => {
      const el = await placeWidget<CstDoDont>(html`<cst-do-dont></cst-do-dont>`);
      await useLocale('es');
      expect($$(el, '[part~="column-heading"]').map((h) => h.textContent!.trim())).to.deep.equal(['Qué hacer', 'Qué no hacer']);
      expect(labels(el, 'do')).to.deep.equal(['Tener paciencia', 'Escuchar', 'Tranquilizar']);
      expect(labels(el, 'dont')).to.deep.equal(['Hacer suposiciones', 'Culpar', 'Interrogar']);
      expect($(el, '[part~="base"]').getAttribute('lang')).to.equal('es');
    });
  });

  describe('accessibility', () => {
    it('names each list by its heading, so "Do" and "Don\'t" are words, not colours', async () => {
      const el = await placeWidget<CstDoDont>(html`<cst-do-dont></cst-do-dont>`);
      for (const kind of ['do', 'dont']) {
        const list = $(el, `[part~="${kind}"] ul`);
        expect(el.shadowRoot!.getElementById(list.getAttribute('aria-labelledby')!)!.textContent!.trim()).to.equal(
          kind === 'do' ? 'Do' : "Don't",
        );
      }
      for (const icon of $$(el, '.mark')) expect(icon.getAttribute('aria-hidden')).to.equal('true');
    });

    for (const locale of ['en', 'es']) {
      for (const audience of AUDIENCES) {
        for (const variant of ['full', 'compact']) {
          it(`passes axe: ${audience}, ${variant}, ${locale}`, async () => {
            const el = await placeWidget<CstDoDont>(html`<cst-do-dont audience=${audience} variant=${variant}></cst-do-dont>`);
            await useLocale(locale);
            await expect(el).to.be.accessible();
          });
        }
      }
    }
  });

  describe('failure', () => {
    it('falls back with a warning for a bad audience, variant or heading level', async () => {
      const warnings = captureWarnings();
      const el = await placeWidget<CstDoDont>(html`<cst-do-dont audience="x" variant="y" heading-level="z"></cst-do-dont>`);
      expect(warnings.restore()).to.have.length(3);
      expect(labels(el, 'do')).to.have.length(3);
    });
  });
});
