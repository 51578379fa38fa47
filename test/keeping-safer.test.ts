import { expect, html } from '@open-wc/testing';
import '../src/components/keeping-safer/keeping-safer.js';
import type { CstKeepingSafer } from '../src/components/keeping-safer/keeping-safer.js';
import { $, $$, captureWarnings, clean, placeWidget, useLocale, viewport } from './helpers.js';

/**
 * <cst-keeping-safer>: NCMEC's advice for keeping children safer, in the words of the reader's
 * guide: the parents' three pieces of advice, or prevention, intervention and response.
 */

const titles = (el: CstKeepingSafer) => $$(el, '[part~="tip-title"]').map((t) => clean(t.textContent));

describe('<cst-keeping-safer>', () => {
  afterEach(() => useLocale('en'));

  describe('defaults', () => {
    it('gives parents the guide\'s three pieces of advice, under its heading, in its first render', async () => {
      const el = document.createElement('cst-keeping-safer');
      el.setAttribute('audience', 'parents');
      document.body.append(el);
      try {
        await el.updateComplete;
        expect(clean($(el, '[part~="heading"]').textContent)).to.equal('Keeping your child safer');
        expect(titles(el)).to.deep.equal(['Talk to your child', 'Address the myths', 'Build resiliency']);
        expect($$(el, '[part~="group-heading"]')).to.have.length(0);
      } finally {
        el.remove();
      }
    });
  });

  describe('attributes', () => {
    it('omit leaves out pieces of advice by name, with their group when it empties; an unknown name warns', async () => {
      const warnings = captureWarnings();
      const el = await placeWidget<CstKeepingSafer>(html`<cst-keeping-safer audience="professionals" omit="dialogue after-a-run nonsense"></cst-keeping-safer>`);
      expect(warnings.restore().join('\n')).to.contain('<cst-keeping-safer> omit: "nonsense" skipped');
      const titles = $$(el, '[part~="tip-title"]').map((t) => clean(t.textContent));
      expect(titles).not.to.include('Build a non-judgmental dialogue');
      expect(titles).not.to.include('When a child comes back from a run');
      expect(titles).to.include('Know the warning signs');
      el.omit = ['make-aware', 'online-safety'];
      await el.updateComplete;
      expect($$(el, '[part~="group-heading"]').map((h) => clean(h.textContent))).to.deep.equal(['Intervention', 'Response']);
    });

    it('gives professionals prevention, intervention and response, with the run and the response plans', async () => {
      const el = await placeWidget<CstKeepingSafer>(html`<cst-keeping-safer audience="professionals"></cst-keeping-safer>`);
      expect(clean($(el, '[part~="heading"]').textContent)).to.equal('How to keep children safer');
      expect($$(el, '[part~="group-heading"]').map((h) => clean(h.textContent))).to.deep.equal(['Prevention', 'Intervention', 'Response']);
      expect(titles(el)).to.deep.equal([
        'Make youth aware',
        'Talk about online safety',
        'Know the warning signs',
        'Open the door to these conversations',
        'Build a non-judgmental dialogue',
        'When a child comes back from a run',
        'Have a response plan',
        'Be prepared for recruitment in schools and group homes',
      ]);
      const text = clean($(el, '[part~="base"]').textContent);
      expect(text).to.contain('express relief and concern').and.to.contain('engaging specialized services').and.to.contain('early identification and response plan');
      expect(text).to.contain('Youth are rarely able to see signs of grooming');
    });

    // Every reader's own advice (issue #39, item 5): any reader (a neighbour, a coach) got the
    // parents' "Talk to your child" and "help your family"; educators got child welfare's response plan.
    it('gives educators the same groups without what NCMEC gives child welfare only, and any reader advice for any adult', async () => {
      const educators = await placeWidget<CstKeepingSafer>(html`<cst-keeping-safer audience="educators"></cst-keeping-safer>`);
      expect(titles(educators)).not.to.include('When a child comes back from a run');
      expect(titles(educators)).not.to.include('Have a response plan');
      expect(titles(educators)).to.include('Be prepared for recruitment in schools and group homes');
      const general = await placeWidget<CstKeepingSafer>(html`<cst-keeping-safer></cst-keeping-safer>`);
      expect(clean($(general, '[part~="heading"]').textContent)).to.equal('Keeping children safer');
      expect(titles(general)).to.deep.equal(['Know the risk factors', 'Address the myths']);
      expect(clean($(general, '[part~="base"]').textContent)).not.to.match(/\byour (child|family)\b/i);
    });

    it('heading-level sets its heading and the groups one below; no-heading leaves its own out', async () => {
      const el = await placeWidget<CstKeepingSafer>(html`<cst-keeping-safer audience="professionals" heading-level="4"></cst-keeping-safer>`);
      expect($(el, '[part~="heading"]').localName).to.equal('h4');
      expect(new Set($$(el, '[part~="group-heading"]').map((h) => h.localName))).to.deep.equal(new Set(['h5']));
      el.noHeading = true;
      await el.updateComplete;
      expect($(el, '[part~="heading"]')).to.equal(null);
      expect($(el, 'section').getAttribute('aria-label')).to.equal('How to keep children safer');
    });
  });

  describe('content', () => {
    it('links the CyberTipline and NCMEC.org/NetSmartz in "Build resiliency", and nothing it has no address for', async () => {
      const el = await placeWidget<CstKeepingSafer>(html`<cst-keeping-safer audience="parents"></cst-keeping-safer>`);
      const tip = $$(el, '[part~="tip"]')[2];
      expect([...tip.querySelectorAll('a')].map((a) => [a.getAttribute('href'), clean(a.textContent)])).to.deep.equal([
        ['https://report.cybertip.org/', "NCMEC's CyberTipline"],
        ['https://www.ncmec.org/NetSmartz', 'NCMEC.org/NetSmartz'],
      ]);
      expect(clean(tip.textContent)).to.contain('social media and gaming platforms');
    });

    it('ends with the emergency path, then names its guides', async () => {
      for (const audience of ['general', 'parents', 'professionals', 'educators']) {
        const el = await placeWidget<CstKeepingSafer>(html`<cst-keeping-safer audience=${audience}></cst-keeping-safer>`);
        const hrefs = $$(el, '[part~="report"] a').map((a) => a.getAttribute('href'));
        expect(hrefs, audience).to.deep.equal(['tel:911', 'tel:+18008435678', 'https://report.cybertip.org/', 'tel:+18008435678']);
        expect(clean($(el, '[part~="source"]').textContent), audience).to.match(/^Sources?: /);
      }
    });
  });

  describe('localization', () => {
    it('speaks Spanish', async () => {
      const el = await placeWidget<CstKeepingSafer>(html`<cst-keeping-safer audience="professionals"></cst-keeping-safer>`);
      await useLocale('es');
      expect(clean($(el, '[part~="heading"]').textContent)).to.equal('Cómo proteger mejor a los niños');
      expect($$(el, '[part~="group-heading"]').map((h) => clean(h.textContent))).to.deep.equal(['Prevención', 'Intervención', 'Respuesta']);
      expect($(el, '[part~="base"]').getAttribute('lang')).to.equal('es');
    });
  });

  describe('accessibility', () => {
    it('lists each group as a list named by its heading', async () => {
      const el = await placeWidget<CstKeepingSafer>(html`<cst-keeping-safer audience="professionals"></cst-keeping-safer>`);
      for (const list of $$(el, 'ul.tips')) {
        const heading = el.shadowRoot!.getElementById(list.getAttribute('aria-labelledby')!);
        expect(heading, list.textContent!.slice(0, 40)).to.not.equal(null);
      }
    });

    it('fits a 320 px screen without sideways scrolling, in Spanish', async () => {
      await viewport({ width: 320, height: 640 });
      try {
        await useLocale('es');
        const el = await placeWidget<CstKeepingSafer>(html`<cst-keeping-safer audience="parents"></cst-keeping-safer>`);
        expect(el.scrollWidth).to.be.at.most(el.clientWidth);
      } finally {
        await viewport({ width: 1024, height: 768 });
      }
    });
  });

  describe('failure', () => {
    it('warns once about an unknown audience and gives the general advice', async () => {
      const warnings = captureWarnings();
      try {
        const el = await placeWidget<CstKeepingSafer>(html`<cst-keeping-safer audience="coaches"></cst-keeping-safer>`);
        expect(titles(el)).to.deep.equal(['Know the risk factors', 'Address the myths']);
      } finally {
        expect(warnings.restore().filter((m) => m.includes('audience="coaches"'))).to.have.length(1);
      }
    });
  });
});
