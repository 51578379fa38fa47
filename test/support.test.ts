import { expect, html } from '@open-wc/testing';
import '../src/components/support/support.js';
import type { CstSupport } from '../src/components/support/support.js';
import { $, $$, captureWarnings, clean, placeWidget, useLocale, viewport } from './helpers.js';

/**
 * <cst-support>: the help NCMEC offers each reader, with only the contacts and links its guides
 * give; the hotline and the CyberTipline for everyone.
 */

const names = (el: CstSupport) => $$(el, '[part~="service-name"]').map((n) => clean(n.textContent));
const service = (el: CstSupport, name: string) => $$(el, '[part~="service"]').find((s) => clean(s.querySelector('[part~="service-name"]')!.textContent) === name)!;
const links = (node: Element) => [...node.querySelectorAll('a')].map((a) => [a.getAttribute('href'), clean(a.textContent)]);

describe('<cst-support>', () => {
  afterEach(() => useLocale('en'));

  describe('defaults', () => {
    it('offers families Family Advocacy & Support, Team HOPE and "Reconnecting with Your Child", in its first render', async () => {
      const el = document.createElement('cst-support');
      el.setAttribute('audience', 'parents');
      document.body.append(el);
      try {
        await el.updateComplete;
        expect(clean($(el, '[part~="heading"]').textContent)).to.equal('How NCMEC can help');
        expect(names(el as CstSupport)).to.deep.equal(['Family Advocacy & Support', 'Team HOPE', 'Reconnecting with your child']);
      } finally {
        el.remove();
      }
    });
  });

  describe('attributes', () => {
    it('offers professionals the Recovery Services Team, the Analytical Team (law enforcement only) and the courses by name', async () => {
      const el = await placeWidget<CstSupport>(html`<cst-support audience="professionals"></cst-support>`);
      expect(names(el)).to.deep.equal(['Recovery Services Team', 'Child Sex Trafficking Analytical Team', 'Free online trainings']);
      expect(links(service(el, 'Recovery Services Team'))).to.deep.equal([['mailto:RecoveryServices@ncmec.org', 'RecoveryServices@ncmec.org']]);
      const analytical = service(el, 'Child Sex Trafficking Analytical Team');
      expect(clean(analytical.textContent)).to.contain('For law enforcement only');
      expect(links(analytical)).to.deep.equal([['tel:+18008435678', '1-800-THE-LOST (1-800-843-5678)']]);
      const courses = [...service(el, 'Free online trainings').querySelectorAll('li')].map((li) => clean(li.textContent));
      expect(courses).to.have.length(4);
      expect(courses[0]).to.equal('Child Sex Trafficking: Understanding Running Behavior and Trauma-Informed Youth Engagement (1 NASW CEU)');
      expect(links(service(el, 'Free online trainings'))).to.deep.equal([]);
    });

    it('offers educators and any reader NCMEC\'s training, without a link the guides lost', async () => {
      for (const audience of ['educators', 'general']) {
        const el = await placeWidget<CstSupport>(html`<cst-support audience=${audience}></cst-support>`);
        expect(names(el), audience).to.include('Training');
        expect(links(service(el, 'Training')), audience).to.deep.equal([]);
      }
    });

    it('heading-level sets its heading and the services one below; no-heading leaves its own out', async () => {
      const el = await placeWidget<CstSupport>(html`<cst-support heading-level="3"></cst-support>`);
      expect($(el, '[part~="heading"]').localName).to.equal('h3');
      expect(new Set($$(el, '[part~="service-name"]').map((h) => h.localName))).to.deep.equal(new Set(['h4']));
      el.noHeading = true;
      await el.updateComplete;
      expect($(el, '[part~="heading"]')).to.equal(null);
    });
  });

  describe('content', () => {
    it("gives families' services only the contacts the guides give: no link for Team HOPE", async () => {
      const el = await placeWidget<CstSupport>(html`<cst-support audience="parents"></cst-support>`);
      expect(links(service(el, 'Family Advocacy & Support'))).to.deep.equal([
        ['mailto:familysupport@ncmec.org', 'familysupport@ncmec.org'],
        ['tel:+18008435678', '1-800-THE-LOST (1-800-843-5678)'],
      ]);
      expect(links(service(el, 'Team HOPE'))).to.deep.equal([]);
      expect(clean(service(el, 'Team HOPE').textContent)).to.contain('peer support, coping skills and compassion');
      expect(links(service(el, 'Reconnecting with your child'))).to.deep.equal([['https://www.ncmec.org/support', 'NCMEC.org/support']]);
    });

    it('gives everyone the hotline and the CyberTipline, under their own heading', async () => {
      for (const audience of ['general', 'parents', 'professionals', 'educators']) {
        const el = await placeWidget<CstSupport>(html`<cst-support audience=${audience}></cst-support>`);
        const report = $(el, '[part~="report"]');
        expect(clean(report.querySelector('[part~="everyone-heading"]')!.textContent)).to.equal('For everyone: the hotline and the CyberTipline');
        expect(links(report).map(([href]) => href), audience).to.deep.equal(['tel:911', 'tel:+18008435678', 'https://report.cybertip.org/', 'tel:+18008435678']);
      }
    });

    it('every address is https:, tel: or mailto:', async () => {
      for (const audience of ['general', 'parents', 'professionals', 'educators']) {
        const el = await placeWidget<CstSupport>(html`<cst-support audience=${audience}></cst-support>`);
        for (const a of $$(el, 'a')) expect(a.getAttribute('href'), audience).to.match(/^(https:\/\/|tel:|mailto:)/);
      }
    });
  });

  describe('localization', () => {
    it('speaks Spanish, with the courses\' English titles marked English', async () => {
      const el = await placeWidget<CstSupport>(html`<cst-support audience="professionals"></cst-support>`);
      await useLocale('es');
      expect(clean($(el, '[part~="heading"]').textContent)).to.equal('Cómo puede ayudar el NCMEC');
      expect($(el, '[part~="base"]').getAttribute('lang')).to.equal('es');
      expect($(el, 'ul.titles').getAttribute('lang')).to.equal('en');
    });
  });

  describe('accessibility', () => {
    it('fits a 320 px screen without sideways scrolling, in Spanish', async () => {
      await viewport({ width: 320, height: 640 });
      try {
        await useLocale('es');
        const el = await placeWidget<CstSupport>(html`<cst-support audience="professionals"></cst-support>`);
        expect(el.scrollWidth).to.be.at.most(el.clientWidth);
      } finally {
        await viewport({ width: 1024, height: 768 });
      }
    });
  });

  describe('failure', () => {
    it('warns once about an unknown audience and shows what any reader gets', async () => {
      const warnings = captureWarnings();
      try {
        const el = await placeWidget<CstSupport>(html`<cst-support audience="press"></cst-support>`);
        expect(names(el)).to.include('Training');
      } finally {
        expect(warnings.restore().filter((m) => m.includes('audience="press"'))).to.have.length(1);
      }
    });
  });
});
