import { expect, html } from '@open-wc/testing';
import '../src/components/stat/stat.js';
import type { CstStat } from '../src/components/stat/stat.js';
import { STATISTICS } from '../src/content/statistics.js';
import { $, captureWarnings, clean, placeWidget, useLocale, viewport } from './helpers.js';

/**
 * <cst-stat>: one of NCMEC's figures as a callout, with its year and its source; an older figure
 * names NCMEC's newer figure of the same measure.
 */

const text = (el: CstStat, part: string) => clean($(el, `[part~="${part}"]`)?.textContent);

/** What a screen reader reads: the text outside aria-hidden, in order. */
function spoken(root: Node): string {
  const out: string[] = [];
  const walk = (node: Node) => {
    if (node instanceof Element && node.getAttribute('aria-hidden') === 'true') return;
    if (node.nodeType === Node.TEXT_NODE) out.push(node.textContent!);
    node.childNodes.forEach(walk);
  };
  walk(root);
  return clean(out.join(' '));
}

describe('<cst-stat>', () => {
  afterEach(() => useLocale('en'));

  describe('defaults', () => {
    it('shows the newest headline by default: more than 27,800 reports in 2024, large, with its year and its guide', async () => {
      const el = await placeWidget<CstStat>(html`<cst-stat></cst-stat>`);
      expect(text(el, 'figure')).to.equal('27,800+ 2024');
      expect(text(el, 'text')).to.equal('In 2024, NCMEC received more than 27,800 reports of child sex trafficking.');
      expect(text(el, 'source')).to.equal('Source: Child Sex Trafficking in America: A Guide for Parents & Guardians (2024)');
      expect($(el, '[part~="newer"]')).to.equal(null);
      // The number is large: at least twice the size of the sentence.
      const number = parseFloat(getComputedStyle($(el, '.number')).fontSize);
      expect(number).to.be.at.least(2 * parseFloat(getComputedStyle($(el, '[part~="text"]')).fontSize));
    });
  });

  describe('attributes', () => {
    // Each figure's large form, for each kind of figure.
    const LARGE: [string, string, string][] = [
      ['states-2024', '50 2024', 'As of 2024, NCMEC has received reports of child sex trafficking from all 50 states, Washington, D.C., and Puerto Rico.'],
      ['missing-2024', '1 in 7 2024', '1 in 7 of the more than 29,000 missing children reported to NCMEC in 2024 were likely victims of child sex trafficking.'],
      ['missing-from-care-2024', '18% 2024', '18% of the children reported missing to NCMEC in 2024 who left from the care of social services were likely victims of child sex trafficking.'],
    ];

    for (const [id, figure, sentence] of LARGE) {
      it(`stat="${id}" shows its figure large and its sentence`, async () => {
        const el = await placeWidget<CstStat>(html`<cst-stat stat=${id}></cst-stat>`);
        expect(text(el, 'figure')).to.equal(figure);
        expect(text(el, 'text')).to.equal(sentence);
      });
    }
  });

  describe('content', () => {
    it('shows every figure with its year, in both languages', async () => {
      const el = await placeWidget<CstStat>(html`<cst-stat></cst-stat>`);
      for (const locale of ['en', 'es']) {
        await useLocale(locale);
        for (const s of STATISTICS) {
          el.stat = s.id;
          await el.updateComplete;
          expect(text(el, 'figure'), `${s.id} ${locale}`).to.match(new RegExp(`${s.year}$`));
          expect(text(el, 'text'), `${s.id} ${locale}`).to.contain(String(s.year));
          expect(text(el, 'source'), `${s.id} ${locale}`).to.match(/\(\d{4}(-\d{4})?\)$/);
        }
      }
    });

    it('an older figure says NCMEC has a newer one of the same measure, and gives it with its year', async () => {
      const el = await placeWidget<CstStat>(html`<cst-stat stat="reports-2021"></cst-stat>`);
      expect(text(el, 'text')).to.equal('In 2021, NCMEC received more than 17,200 reports of possible child sex trafficking.');
      expect(text(el, 'newer')).to.equal('NCMEC has a newer figure, from 2024: In 2024, NCMEC received more than 27,800 reports of child sex trafficking.');
      expect(text(el, 'source')).to.equal('Sources: Child Sex Trafficking (2021); Child Sex Trafficking in America: A Guide for Parents & Guardians (2024)');
    });

    // Issue #39, item 8: 1 in 6 endangered runaways (2014) named "a newer figure, from 2021" that
    // counts all children who had run away.
    it('never gives a figure of another measure as the newer one: 88 % in 2018, 1 in 6 runaways in 2021 and 1 in 6 endangered runaways in 2014 stand alone', async () => {
      for (const id of ['foster-placement-2018', 'runaways-2021', 'runaways-2014']) {
        const el = await placeWidget<CstStat>(html`<cst-stat stat=${id}></cst-stat>`);
        expect($(el, '[part~="newer"]'), id).to.equal(null);
      }
    });
  });

  describe('localization', () => {
    it('speaks Spanish, with numbers as US Spanish writes them', async () => {
      const el = await placeWidget<CstStat>(html`<cst-stat stat="missing-2024"></cst-stat>`);
      await useLocale('es');
      expect(text(el, 'figure')).to.equal('1 de cada 7 2024');
      expect(text(el, 'text')).to.equal('1 de cada 7 de los más de 29,000 niños desaparecidos reportados al NCMEC en 2024 probablemente fue víctima de trata sexual infantil.');
      expect($(el, '[part~="base"]').getAttribute('aria-label')).to.equal('Cifra del NCMEC, 2024');
      expect($(el, '[part~="base"]').getAttribute('lang')).to.equal('es');
      el.stat = 'reports-2024';
      await el.updateComplete;
      expect(text(el, 'figure')).to.equal('27,800+ 2024');
      el.stat = 'runaways-2017';
      await el.updateComplete;
      expect(text(el, 'newer')).to.match(/^El NCMEC tiene una cifra más reciente, de 2021: De los más de 25,000 casos/);
    });
  });

  describe('accessibility', () => {
    it('reads more than 27,800 to a screen reader, never 27,800 plus, and names the figure with its year', async () => {
      const el = await placeWidget<CstStat>(html`<cst-stat></cst-stat>`);
      const base = $(el, '[part~="base"]');
      expect(base.localName).to.equal('figure');
      expect(base.getAttribute('aria-label')).to.equal('NCMEC figure, 2024');
      expect($(el, '[part~="figure"]').getAttribute('aria-hidden')).to.equal('true');
      const read = spoken(base);
      expect(read).to.contain('more than 27,800');
      expect(read).not.to.contain('+');
    });

    it('fits a 320 px screen without sideways scrolling, in Spanish', async () => {
      await viewport({ width: 320, height: 640 });
      try {
        await useLocale('es');
        const el = await placeWidget<CstStat>(html`<cst-stat stat="foster-placement-2018"></cst-stat>`);
        expect(el.scrollWidth).to.be.at.most(el.clientWidth);
        const number = await placeWidget<CstStat>(html`<cst-stat stat="reports-2024"></cst-stat>`);
        expect(number.scrollWidth).to.be.at.most(number.clientWidth);
      } finally {
        await viewport({ width: 1024, height: 768 });
      }
    });
  });

  describe('failure', () => {
    it('warns once about an unknown id and shows the default, never an empty callout', async () => {
      const warnings = captureWarnings();
      let el: CstStat;
      try {
        el = await placeWidget<CstStat>(html`<cst-stat stat="reports-2030"></cst-stat>`);
        el.requestUpdate();
        await el.updateComplete;
      } finally {
        const messages = warnings.restore();
        expect(messages.filter((m) => m.includes('stat="reports-2030"'))).to.have.length(1);
      }
      expect(text(el!, 'text')).to.equal('In 2024, NCMEC received more than 27,800 reports of child sex trafficking.');
    });
  });
});
