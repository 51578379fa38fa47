import { expect, html } from '@open-wc/testing';
import '../src/components/overview/overview.js';
import type { CstOverview } from '../src/components/overview/overview.js';
import { $, $$, captureWarnings, clean, placeWidget, useLocale, viewport } from './helpers.js';

/**
 * <cst-overview>: what child sex trafficking is, who the victims and the traffickers are, how a
 * child becomes a victim and why NCMEC says "victim", in the words of the reader's guide.
 */

const sectionIds = (el: CstOverview) => $$(el, '[part~="section"]').map((s) => s.dataset.section);
const sectionText = (el: CstOverview, id: string) => clean($(el, `[data-section="${id}"]`)?.textContent);

describe('<cst-overview>', () => {
  afterEach(() => useLocale('en'));

  describe('defaults', () => {
    it('shows every part, in the guides\' order, each under NCMEC\'s question, in its first render', async () => {
      const el = document.createElement('cst-overview');
      document.body.append(el);
      try {
        await el.updateComplete;
        expect(clean($(el, '[part~="heading"]').textContent)).to.equal('About child sex trafficking');
        expect(sectionIds(el)).to.deep.equal(['definition', 'victims', 'traffickers', 'targeting', 'language']);
        expect($$(el, '[part~="section-heading"]').map((h) => clean(h.textContent))).to.deep.equal([
          'What is child sex trafficking?',
          'Who are the victims?',
          'Who are the traffickers?',
          'How does a child become a victim?',
          'Why NCMEC says "victim"',
        ]);
      } finally {
        el.remove();
      }
    });
  });

  describe('attributes', () => {
    it('sections shows only the parts asked for, always in their order; as a property, an array works too', async () => {
      const el = await placeWidget<CstOverview>(html`<cst-overview sections="language definition"></cst-overview>`);
      expect(sectionIds(el)).to.deep.equal(['definition', 'language']);
      el.sections = ['victims'];
      await el.updateComplete;
      expect(sectionIds(el)).to.deep.equal(['victims']);
    });

    it('heading-level sets its heading, the parts one below; no-heading keeps the parts\' headings', async () => {
      const el = await placeWidget<CstOverview>(html`<cst-overview heading-level="3"></cst-overview>`);
      expect($(el, '[part~="heading"]').localName).to.equal('h3');
      expect(new Set($$(el, '[part~="section-heading"]').map((h) => h.localName))).to.deep.equal(new Set(['h4']));
      el.noHeading = true;
      await el.updateComplete;
      expect($(el, '[part~="heading"]')).to.equal(null);
      expect($$(el, '[part~="section-heading"]')).to.have.length(5);
    });
  });

  describe('content', () => {
    it('defines it in the words of each reader\'s guide: a child under 18, something of value, any person', async () => {
      const words: Record<string, RegExp> = {
        parents: /^What is child sex trafficking\? Child sex trafficking is a form of child abuse that occurs when a child under 18 is advertised, solicited or exploited through a commercial sex act where sex is traded for money, food, shelter, drugs or anything else of value\.$/,
        professionals: /when any child under 18 is advertised.*The item of value can be given to or received by any person, including the child\.Under the Justice for Victims of Trafficking Act, .*CAPTA.*includes sex trafficking victims/,
        // Then what it does to a child, in the web page's words (issue #39, item 7).
        general: /A commercial sex act is any sex act where something of value, such as money, drugs or a place to stay, is given to or received by any person for sexual activity\.Child sex trafficking can have devastating immediate and long-term consequences, including health impacts, psychological and physical trauma and even death\.$/,
        educators: /A commercial sex act is any sex act where something of value.*devastating immediate and long-term consequences/,
      };
      for (const [audience, pattern] of Object.entries(words)) {
        const el = await placeWidget<CstOverview>(html`<cst-overview audience=${audience}></cst-overview>`);
        expect(sectionText(el, 'definition'), audience).to.match(pattern);
      }
    });

    it('says any child can be a victim, boys, girls and LGBTQ youth, and who is at higher risk', async () => {
      for (const audience of ['general', 'parents', 'professionals', 'educators']) {
        const el = await placeWidget<CstOverview>(html`<cst-overview audience=${audience}></cst-overview>`);
        const text = sectionText(el, 'victims');
        // Once each (issue #39, item 8): parents read LGBTQ youth in their guide's own sentence.
        if (audience === 'parents') expect(text).to.contain('victims have included boys and girls, LGBTQ youth,').and.not.to.contain('Victims include');
        else expect(text, audience).to.contain('Victims include girls, boys and LGBTQ youth.');
        expect(text, audience).to.match(/U\.S\. citizens and children/);
        if (audience === 'parents') expect(text).to.contain('your child, a neighbor or another family member').and.to.contain('are at a higher risk');
        if (audience === 'professionals') expect(text).to.contain('Children in the care of social services are disproportionately vulnerable');
        if (audience === 'general' || audience === 'educators') expect(text, audience).to.contain('traffickers and buyers often target youth who lack strong support networks');
      }
    });

    it('says who the traffickers are, family members and foster parents included, and buyers where there is no trafficker', async () => {
      const parents = await placeWidget<CstOverview>(html`<cst-overview audience="parents"></cst-overview>`);
      expect(sectionText(parents, 'traffickers')).to.contain('including friends, gangs, family members, foster parents, perceived trusted adults or romantic partners').and.to.contain('it is the buyer who is directly exploiting');
      const professionals = await placeWidget<CstOverview>(html`<cst-overview audience="professionals"></cst-overview>`);
      expect(sectionText(professionals, 'traffickers')).to.contain('including family members, foster parents, gangs').and.to.contain('the person buying sex from the child');
    });

    it('gives NCMEC\'s three words for how a child becomes a victim as a list, then the reader\'s own warnings', async () => {
      const el = await placeWidget<CstOverview>(html`<cst-overview audience="educators"></cst-overview>`);
      const terms = $$(el, '[data-section="targeting"] ul li');
      expect(terms.map((li) => clean(li.querySelector('[part~="term"]')!.textContent))).to.deep.equal(['Targeted', 'Tricked', 'Traumatized']);
      expect(clean(terms[2].textContent)).to.contain('"trauma bond"');
      expect(sectionText(el, 'targeting')).to.contain('force children to recruit others in schools or group homes').and.to.contain('apps and social networking sites');
      const parents = await placeWidget<CstOverview>(html`<cst-overview audience="parents"></cst-overview>`);
      expect(sectionText(parents, 'targeting')).to.contain('Social media and gaming platforms').and.not.to.contain('recruit others in schools');
    });

    it('says there is no such thing as child prostitution, and why NCMEC says "victim"', async () => {
      const el = await placeWidget<CstOverview>(html`<cst-overview></cst-overview>`);
      const text = sectionText(el, 'language');
      expect(text).to.contain('there is no such thing as child prostitution');
      expect(text).to.contain('That phrase should never be used when referring to child sex trafficking.');
      expect(text).to.contain('NCMEC uses the word "victim" to be consistent with law, protocol and policy, and to recognize that a crime has been committed.');
    });

    it('names the NCMEC guides of what it shows', async () => {
      const parents = await placeWidget<CstOverview>(html`<cst-overview audience="parents"></cst-overview>`);
      const source = clean($(parents, '[part~="source"]').textContent);
      expect(source).to.match(/^Sources: /).and.to.contain('A Guide for Parents & Guardians (2024)');
      const definitionOnly = await placeWidget<CstOverview>(html`<cst-overview sections="definition"></cst-overview>`);
      expect(clean($(definitionOnly, '[part~="source"]').textContent)).to.equal('Source: Child Sex Trafficking (2021)');
    });
  });

  describe('localization', () => {
    it('speaks Spanish: NCMEC\'s questions, its three words and the language rule', async () => {
      const el = await placeWidget<CstOverview>(html`<cst-overview audience="parents"></cst-overview>`);
      await useLocale('es');
      expect(clean($(el, '[part~="heading"]').textContent)).to.equal('Sobre la trata sexual infantil');
      expect(clean($(el, '[data-section="victims"] [part~="section-heading"]').textContent)).to.equal('¿Quiénes son las víctimas?');
      expect($$(el, '[part~="term"]').map((t) => clean(t.textContent))).to.deep.equal(['Elegidos como blanco', 'Engañados', 'Traumatizados']);
      expect(sectionText(el, 'language')).to.contain('la "prostitución infantil" no existe');
      expect($(el, '[part~="base"]').getAttribute('lang')).to.equal('es');
    });
  });

  describe('accessibility', () => {
    it('fits a 320 px screen without sideways scrolling, in Spanish', async () => {
      await viewport({ width: 320, height: 640 });
      try {
        await useLocale('es');
        const el = await placeWidget<CstOverview>(html`<cst-overview audience="professionals"></cst-overview>`);
        expect(el.scrollWidth).to.be.at.most(el.clientWidth);
      } finally {
        await viewport({ width: 1024, height: 768 });
      }
    });
  });

  describe('failure', () => {
    it('skips unknown sections with one warning, and shows every part when none is known', async () => {
      const warnings = captureWarnings();
      try {
        const el = await placeWidget<CstOverview>(html`<cst-overview sections="definition glossary"></cst-overview>`);
        expect(sectionIds(el)).to.deep.equal(['definition']);
        el.sections = 'nothing-known';
        await el.updateComplete;
        expect(sectionIds(el)).to.have.length(5);
      } finally {
        const messages = warnings.restore();
        expect(messages.filter((m) => m.includes('"glossary"'))).to.have.length(1);
        expect(messages.filter((m) => m.includes('"nothing-known"'))).to.have.length(1);
      }
    });

    it('warns about an unknown audience and uses the general wording', async () => {
      const warnings = captureWarnings();
      try {
        const el = await placeWidget<CstOverview>(html`<cst-overview audience="teens"></cst-overview>`);
        expect(sectionText(el, 'definition')).to.contain('A commercial sex act is any sex act');
      } finally {
        expect(warnings.restore().filter((m) => m.includes('audience="teens"'))).to.have.length(1);
      }
    });
  });
});
