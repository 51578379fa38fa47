import { expect, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../src/components/missing-child/missing-child.js';
import type { CstMissingChild } from '../src/components/missing-child/missing-child.js';
import { $, $$, captureWarnings, clean, engine, placeWidget, useLocale, viewport } from './helpers.js';

/**
 * <cst-missing-child>: what to do when a child is missing, and when they come back, as numbered
 * steps in the order of NCMEC's guides, in the words of the reader's guide.
 */

/** The steps of each numbered list, as a person reads them: the action, then the detail. */
const lists = (el: CstMissingChild) =>
  $$(el, 'ol[part~="steps"]').map((ol) =>
    [...ol.querySelectorAll(':scope > li')].map((li) => ({
      action: clean(li.querySelector('[part~="action"]')?.textContent),
      detail: clean(li.querySelector('[part~="detail"]')?.textContent),
      links: [...li.querySelectorAll('a')].map((a) => [a.getAttribute('href'), clean(a.textContent)]),
    })),
  );
const actions = (el: CstMissingChild) => lists(el).map((steps) => steps.map((s) => s.action));
const HOTLINE: [string, string] = ['tel:+18008435678', '1-800-THE-LOST (1-800-843-5678)'];

describe('<cst-missing-child>', () => {
  afterEach(() => useLocale('en'));

  // What each reader's guide says to do, in its order.
  const STEPS: Record<string, [string[], string[]]> = {
    general: [
      ['If a child is in immediate danger, call 911.', 'Call law enforcement immediately and make a report.', 'Then call NCMEC at 1-800-THE-LOST (1-800-843-5678), 24 hours a day.'],
      ['Express relief and concern.', 'Ask non-judgmental questions.', 'Note any red flags or changes in behavior.', 'Engage specialized services.'],
    ],
    parents: [
      [
        'If a child is in immediate danger, call 911.',
        'Call law enforcement immediately and make a report.',
        'Then call NCMEC at 1-800-THE-LOST (1-800-843-5678), 24 hours a day.',
        'Gather support and resources for your family.',
      ],
      ['Express relief and concern.', 'Ask non-judgmental questions.', 'Note any red flags or changes in behavior.', 'Engage specialized services.'],
    ],
    professionals: [
      [
        'If a child is in immediate danger, call 911.',
        'Call law enforcement immediately and make a report.',
        'Then call NCMEC at 1-800-THE-LOST (1-800-843-5678), 24 hours a day.',
        'Report a child missing from care to NCMEC.',
        'Share as much information as possible.',
        'Keep in touch with NCMEC.',
      ],
      ['Express relief and concern.', 'Ask non-judgmental questions.', 'Note any red flags or changes in behavior.', 'Engage specialized services.'],
    ],
  };
  // Educators: what to do when a child is missing, never the child welfare steps for when the child
  // comes back, which no guide gives them (issue #39, item 5).
  STEPS.educators = [STEPS.general[0]] as unknown as [string[], string[]];

  describe('defaults', () => {
    it('renders its heading, two numbered lists and what to do about concerns in its first render', async () => {
      const el = document.createElement('cst-missing-child');
      document.body.append(el);
      try {
        await el.updateComplete;
        expect(clean($(el, '[part~="heading"]').textContent)).to.equal('If a child is missing');
        expect($$(el, 'ol[part~="steps"]')).to.have.length(2);
        expect(clean($(el, '[part~="return-heading"]').textContent)).to.equal('When the child comes back');
        expect($(el, '[part~="concern"] a[href="https://report.cybertip.org/"]')).to.not.equal(null);
      } finally {
        el.remove();
      }
    });
  });

  describe('attributes', () => {
    it('omit leaves out the contacts (the step stays, in words for any reader) and the closing CyberTipline line', async () => {
      const el = await placeWidget<CstMissingChild>(html`<cst-missing-child audience="parents" omit="contacts concern"></cst-missing-child>`);
      const steps = $$(el, '[part~="step"]').map((s) => clean(s.textContent));
      expect(steps.at(-1)).to.equal('Engage specialized services. Once concerns are recognized, specialized services can help with further assessment and support.');
      expect($$(el, 'a').map((a) => a.getAttribute('href'))).to.deep.equal(['tel:911', 'tel:+18008435678']);
      expect($(el, '[part~="concern"]')).to.equal(null);
      const warnings = captureWarnings();
      el.omit = 'figures';
      await el.updateComplete;
      expect(warnings.restore().join('\n')).to.contain('<cst-missing-child> omit: "figures" skipped');
      expect($(el, '[part~="concern"]')).to.not.equal(null);
      expect($$(el, 'a').map((a) => a.getAttribute('href'))).to.include('mailto:familysupport@ncmec.org');
    });

    for (const [audience, expected] of Object.entries(STEPS)) {
      it(`audience="${audience}" gives the steps of that reader's guide, in order`, async () => {
        const el = await placeWidget<CstMissingChild>(html`<cst-missing-child audience=${audience}></cst-missing-child>`);
        expect(actions(el)).to.deep.equal(expected);
      });
    }

    it('heading-level sets its heading, "When the child comes back" one below; no-heading leaves its own out', async () => {
      const el = await placeWidget<CstMissingChild>(html`<cst-missing-child heading-level="4"></cst-missing-child>`);
      expect($(el, '[part~="heading"]').localName).to.equal('h4');
      expect($(el, '[part~="return-heading"]').localName).to.equal('h5');
      el.noHeading = true;
      await el.updateComplete;
      expect($(el, '[part~="heading"]')).to.equal(null);
      expect($(el, '[part~="return-heading"]').localName).to.equal('h5');
      expect($(el, 'section').getAttribute('aria-label')).to.equal('If a child is missing');
      expect($(el, 'ol[part~="steps"]').hasAttribute('aria-labelledby')).to.equal(false);
    });
  });

  describe('content', () => {
    it('puts 911 first, then law enforcement, then NCMEC at its 24-hour hotline, as real links', async () => {
      const el = await placeWidget<CstMissingChild>(html`<cst-missing-child></cst-missing-child>`);
      const [danger, police, ncmec] = lists(el)[0];
      expect(danger.action).to.equal('If a child is in immediate danger, call 911.');
      expect(danger.links).to.deep.equal([['tel:911', 'call 911']]);
      expect(police.action).to.equal('Call law enforcement immediately and make a report.');
      expect(ncmec.action).to.equal('Then call NCMEC at 1-800-THE-LOST (1-800-843-5678), 24 hours a day.');
      expect(ncmec.links).to.deep.equal([HOTLINE]);
      expect(ncmec.detail).to.equal('Report all missing children to NCMEC, especially children who have run away.');
      // Numbered by the list itself, so every screen reader announces "1 of 3".
      expect($(el, 'ol[part~="steps"]').localName).to.equal('ol');
      expect(getComputedStyle($(el, 'li[part~="step"]')).display).to.equal('list-item');
    });

    it('shows each action first, in bold, and its detail after it', async () => {
      const el = await placeWidget<CstMissingChild>(html`<cst-missing-child></cst-missing-child>`);
      for (const li of $$(el, 'li[part~="step"]')) {
        const action = li.querySelector('[part~="action"]')!;
        expect(li.firstElementChild, clean(li.textContent)).to.equal(action);
        expect(action.localName).to.equal('strong');
        expect(Number(getComputedStyle(action).fontWeight)).to.be.at.least(700);
        const detail = li.querySelector('[part~="detail"]');
        if (detail) expect(Number(getComputedStyle(detail).fontWeight)).to.be.below(700);
      }
    });

    it('for parents: report a runaway at once, gather support, and NCMEC\'s family support with its contacts', async () => {
      const el = await placeWidget<CstMissingChild>(html`<cst-missing-child audience="parents"></cst-missing-child>`);
      const [missing, back] = lists(el);
      expect(missing[1].detail).to.equal('If your child runs away, report it immediately.');
      expect(missing[3].detail).to.equal('Children who run away frequently or for long periods of time are more at risk.');
      expect(back[3].links).to.deep.equal([
        ['mailto:familysupport@ncmec.org', 'familysupport@ncmec.org'],
        HOTLINE,
        ['https://www.ncmec.org/support', 'NCMEC.org/support'],
      ]);
      expect(back[3].detail).to.contain('"Reconnecting with Your Child: Building Relationships After Suspected Exploitation"');
      expect(clean($(el, '[part~="why"]').textContent)).to.equal(
        '1 in 7 of the more than 29,000 missing children reported to NCMEC in 2024 were likely victims of child sex trafficking.',
      );
    });

    it('for professionals: NCMEC.org/CMFC, what the TVPPRA requires in the report, the Recovery Services Team, and the 18 % of 2024', async () => {
      const el = await placeWidget<CstMissingChild>(html`<cst-missing-child audience="professionals"></cst-missing-child>`);
      const [missing, back] = lists(el);
      expect(missing[1].detail).to.match(/^Per federal law, whenever a child is missing, the child's legal guardian should immediately call law enforcement, then NCMEC\.$/);
      expect(missing[3].links).to.deep.equal([['https://www.ncmec.org/CMFC', 'NCMEC.org/CMFC']]);
      expect(missing[4].detail).to.contain('Trafficking Victims Protection and Prevention Reauthorization Act (TVPPRA)');
      for (const item of ['descriptive information', 'a photograph whenever possible', 'suspected trafficking', 'mental health diagnoses', 'medical concerns', 'other vulnerabilities']) {
        expect(missing[4].detail).to.contain(item);
      }
      expect(missing[5].detail).to.equal('Reach back out if more information becomes available after the first report.');
      expect(back[3].links).to.deep.equal([['mailto:RecoveryServices@ncmec.org', 'RecoveryServices@ncmec.org']]);
      const why = $$(el, '[part~="why"] p').map((p) => clean(p.textContent));
      expect(why).to.have.length(2);
      expect(why[0]).to.contain('1 in 7').and.to.contain('2024');
      expect(why[1]).to.match(/^18% of the children reported missing to NCMEC in 2024 who left from the care of social services/);
    });

    it('for general readers and educators: no professional steps, no contact it has no source for', async () => {
      for (const audience of ['general', 'educators']) {
        const el = await placeWidget<CstMissingChild>(html`<cst-missing-child audience=${audience}></cst-missing-child>`);
        const hrefs = $$(el, 'a').map((a) => a.getAttribute('href'));
        expect(hrefs, audience).to.deep.equal(['tel:911', 'tel:+18008435678', 'https://report.cybertip.org/', 'tel:+18008435678']);
        expect($$(el, '[part~="why"] p'), audience).to.have.length(1);
      }
    });

    it('gives every statistic its year, and names the NCMEC guides the steps come from', async () => {
      for (const audience of ['general', 'parents', 'professionals', 'educators']) {
        const el = await placeWidget<CstMissingChild>(html`<cst-missing-child audience=${audience}></cst-missing-child>`);
        for (const p of $$(el, '[part~="why"] p')) expect(p.textContent, audience).to.match(/\b20\d\d\b/);
        const source = clean($(el, '[part~="source"]').textContent);
        expect(source, audience).to.match(/^Sources: /);
        expect(source, audience).to.contain('Child Sex Trafficking in America: A Guide for Child Welfare (2014)');
        if (audience === 'parents') expect(source).to.contain('A Guide for Parents & Guardians (2024)');
        if (audience === 'professionals') expect(source).to.contain('A Guide for Child Welfare Professionals (2024)');
      }
    });

    it('ends with the CyberTipline or the hotline, for concerns of trafficking', async () => {
      const el = await placeWidget<CstMissingChild>(html`<cst-missing-child></cst-missing-child>`);
      const concern = $(el, '[part~="concern"]');
      expect(clean(concern.textContent)).to.equal("If you are concerned about possible child sex trafficking, make a report to NCMEC's CyberTipline or call 1-800-THE-LOST.");
      expect([...concern.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal(['https://report.cybertip.org/', 'tel:+18008435678']);
    });

    (engine === 'chromium' ? it : it.skip)('prints every web address after its link, and keeps each step on one page', async () => {
      const el = await placeWidget<CstMissingChild>(html`<cst-missing-child audience="professionals"></cst-missing-child>`);
      const cmfc = $(el, 'a[href="https://www.ncmec.org/CMFC"]');
      expect(getComputedStyle(cmfc, '::after').content).to.equal('none');
      await emulateMedia({ media: 'print' });
      try {
        for (const a of $$(el, 'a[href^="https:"]')) expect(getComputedStyle(a, '::after').content).to.equal(`" (${a.getAttribute('href')})"`);
        for (const a of $$(el, 'a[href^="tel:"], a[href^="mailto:"]')) expect(getComputedStyle(a, '::after').content, a.textContent!).to.equal('none');
        expect(getComputedStyle($(el, 'li[part~="step"]')).breakInside).to.equal('avoid');
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });
  });

  describe('layout', () => {
    // A procedure a reader can follow at a glance (issue #38): each step's number in a circle, a
    // line joining them, the 911 step set apart, and the figures after the steps, never among them.
    for (const audience of ['parents', 'professionals']) {
      it(`shows the steps as a step-by-step procedure, 911 set apart, the figures after them (${audience})`, async () => {
        const el = await placeWidget<CstMissingChild>(html`<cst-missing-child audience=${audience}></cst-missing-child>`);
        const lists = $$(el, '[part~="steps"]');
        expect(lists.length).to.equal(2);
        for (const list of lists) {
          expect(list.getAttribute('role'), 'still a list for VoiceOver without its markers').to.equal('list');
          const steps = [...list.querySelectorAll<HTMLElement>('[part~="step"]')];
          steps.forEach((step, i) => {
            const number = getComputedStyle(step, '::before');
            expect(number.content, 'its number').to.match(/counter\(step\)|^"?\d/);
            expect(parseFloat(number.width), 'a circle as wide as two letters').to.be.at.least(parseFloat(getComputedStyle(step).fontSize) * 1.5);
            expect(number.borderTopLeftRadius).to.equal('50%');
            const line = getComputedStyle(step, '::after');
            if (i < steps.length - 1) expect(parseFloat(line.borderInlineStartWidth ?? line.borderLeftWidth), 'a line down to the next step').to.be.at.least(1);
            else expect(line.content, 'no line after the last step').to.equal('none');
          });
        }
        const [first, second] = $$(el, '[part~="steps"]')[0].querySelectorAll<HTMLElement>('[part~="step"]');
        expect(first.querySelector('a')!.getAttribute('href')).to.equal('tel:911');
        expect(getComputedStyle(first, '::before').backgroundColor, 'the 911 step stands apart').not.to.equal(getComputedStyle(second, '::before').backgroundColor);
        // The figures come after both procedures, on screen and in reading order.
        const why = $(el, '[part~="why"]');
        const last = lists[1];
        expect(last.compareDocumentPosition(why) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
        expect(why.getBoundingClientRect().top).to.be.at.least(last.getBoundingClientRect().bottom);
      });
    }
  });

  describe('localization', () => {
    it('speaks Spanish, the vanity number and the guides\' titles marked English', async () => {
      const el = await placeWidget<CstMissingChild>(html`<cst-missing-child audience="parents"></cst-missing-child>`);
      await useLocale('es');
      expect(clean($(el, '[part~="heading"]').textContent)).to.equal('Si un niño o una niña ha desaparecido');
      expect(clean($(el, '[part~="return-heading"]').textContent)).to.equal('Cuando el niño o la niña regrese');
      expect(actions(el)[0].slice(0, 3)).to.deep.equal([
        'Si un niño o una niña está en peligro inmediato, llame al 911.',
        'Llame de inmediato a la policía y haga un reporte.',
        'Luego llame al NCMEC, al 1-800-THE-LOST (1-800-843-5678), las 24 horas del día.',
      ]);
      expect($(el, '[part~="base"]').getAttribute('lang')).to.equal('es');
      for (const a of $$(el, 'a[href="tel:+18008435678"]')) expect(a.querySelector('[lang="en"]'), clean(a.textContent)).to.not.equal(null);
      expect($(el, '[part~="source"] [lang="en"]')).to.not.equal(null);
      // The resource's title stays as NCMEC publishes it, marked English.
      const english = $$(el, '[part~="detail"] [lang="en"]').map((e) => e.textContent);
      expect(english).to.include('"Reconnecting with Your Child: Building Relationships After Suspected Exploitation"');
    });
  });

  describe('accessibility', () => {
    it('gives every phone number as a tel: link whose visible text is its name', async () => {
      const el = await placeWidget<CstMissingChild>(html`<cst-missing-child audience="parents"></cst-missing-child>`);
      const phones = $$(el, 'a[href^="tel:"]');
      expect(phones.length).to.be.greaterThan(2);
      for (const a of phones) {
        expect(a.getAttribute('aria-label'), a.textContent!).to.equal(null);
        expect(clean(a.textContent)).to.match(/911|1-800-THE-LOST/);
      }
    });

    it('fits one screen of a phone per step: no sideways scrolling at 320 px, in Spanish', async () => {
      await viewport({ width: 320, height: 640 });
      try {
        await useLocale('es');
        const el = await placeWidget<CstMissingChild>(html`<cst-missing-child audience="professionals"></cst-missing-child>`);
        expect(el.scrollWidth).to.be.at.most(el.clientWidth);
        for (const li of $$(el, 'li[part~="step"]')) expect(li.getBoundingClientRect().height, clean(li.textContent)).to.be.below(640);
      } finally {
        await viewport({ width: 1024, height: 768 });
      }
    });
  });

  describe('failure', () => {
    it('warns once about an unknown audience or heading level and shows the general steps under an h2', async () => {
      const warnings = captureWarnings();
      try {
        const el = await placeWidget<CstMissingChild>(html`<cst-missing-child audience="police" heading-level="9"></cst-missing-child>`);
        expect(actions(el)).to.deep.equal(STEPS.general);
        expect($(el, '[part~="heading"]').localName).to.equal('h2');
      } finally {
        const messages = warnings.restore();
        expect(messages.filter((m) => m.includes('audience="police"'))).to.have.length(1);
        expect(messages.filter((m) => m.includes('heading-level="9"'))).to.have.length(1);
      }
    });
  });
});
