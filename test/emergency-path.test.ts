import { expect, html } from '@open-wc/testing';
import { render } from 'lit';
import '../src/index.js';
import { AUDIENCES } from '../src/content/types.js';
import { exampleElement, WIDGETS } from '../src/examples.js';
import { emergencyPath } from '../src/common/emergency-path.js';
import { emulateMedia } from '@web/test-runner-commands';
import { captureWarnings, clean, engine, placeWidget as place, useLocale, viewport, type Widget } from './helpers.js';

/**
 * The emergency path: every widget that tells a reader to act shows, in this order, 911 for a
 * child in immediate danger, law enforcement then NCMEC for a missing child, and the CyberTipline
 * or 1-800-THE-LOST for concerns of trafficking. One function renders it; these tests hold each
 * widget to it, for every audience, in both languages.
 */

const HOTLINE = 'tel:+18008435678';
const CYBERTIPLINE = 'https://report.cybertip.org/';

interface Step {
  text: string;
  links: [string | null, string][];
}

/**
 * What a person sees in each step, and where each of its links goes, with its visible text. The
 * full banner shows the path as two lists (the 911 line under its hotline, the rest after its
 * message); every other widget as one.
 */
function steps(root: ParentNode): Step[] {
  const lists = root.querySelectorAll('[part~="emergency-path"]');
  expect(lists.length, 'no emergency path').to.be.greaterThan(0);
  return [...lists].flatMap((list) => [...list.querySelectorAll('li')]).map((li) => ({
    text: clean(li.textContent),
    links: [...li.querySelectorAll('a')].map((a): [string | null, string] => [a.getAttribute('href'), clean(a.textContent)]),
  }));
}

const WORDS = {
  en: { danger: /^If a child is in immediate danger, call 911\.$/, police: 'law enforcement', concern: /^If you are concerned about possible child sex trafficking/ },
  es: { danger: /^Si un niño o una niña está en peligro inmediato, llame al 911\.$/, police: 'policía', concern: /^Si le preocupa una posible situación de trata sexual infantil/ },
};

/** The three steps in their order, with their links; `short` is the banner's form under its own hotline number. */
function expectPath(root: ParentNode, locale: 'en' | 'es', short: boolean) {
  const [danger, missing, concern, ...more] = steps(root);
  const words = WORDS[locale];
  expect(more, 'more than three steps').to.deep.equal([]);
  expect(danger.text).to.match(words.danger);
  expect(danger.links).to.deep.equal([['tel:911', locale === 'en' ? 'call 911' : 'llame al 911']]);
  // Law enforcement first, then NCMEC: never the CyberTipline for a missing child.
  expect(missing.text.indexOf(words.police), missing.text).to.be.greaterThan(-1);
  expect(missing.text.indexOf('NCMEC'), missing.text).to.be.greaterThan(missing.text.indexOf(words.police));
  expect(missing.text).not.to.contain('CyberTipline');
  expect(missing.links).to.deep.equal(short ? [] : [[HOTLINE, '1-800-THE-LOST (1-800-843-5678)']]);
  if (short) {
    expect(concern.links.map(([href]) => href)).to.deep.equal([CYBERTIPLINE]);
    expect(concern.text).to.contain('CyberTipline');
  } else {
    expect(concern.text).to.match(words.concern);
    expect(concern.links).to.deep.equal([
      [CYBERTIPLINE, locale === 'en' ? "NCMEC's CyberTipline" : 'CyberTipline del NCMEC'],
      [HOTLINE, '1-800-THE-LOST'],
    ]);
  }
}

/**
 * Every text that shows 1-800-THE-LOST is marked English, so a Spanish screen reader says it as
 * written, and never breaks across lines at its hyphens ("1-" at the end of a line).
 */
function expectVanityInEnglish(root: ShadowRoot | HTMLElement) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let found = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.textContent!.includes('THE-LOST')) continue;
    found++;
    expect(node.parentElement!.closest('[lang]')!.getAttribute('lang'), node.textContent!).to.equal('en');
    expect(getComputedStyle(node.parentElement!).whiteSpace, node.textContent!).to.equal('nowrap');
  }
  expect(found).to.be.greaterThan(0);
}

describe('the emergency path', () => {
  afterEach(() => useLocale('en'));

  describe('the shared piece', () => {
    for (const locale of ['en', 'es'] as const) {
      it(`lists 911, a missing child (law enforcement, then NCMEC), then concerns of trafficking, with real links (${locale})`, async () => {
        await useLocale(locale);
        const container = document.createElement('div');
        render(emergencyPath(), container);
        expectPath(container, locale, false);
        render(emergencyPath('banner'), container);
        expectPath(container, locale, true);
        render(emergencyPath('compact'), container);
        expectPath(container, locale, true);
      });
    }
  });

  // Every widget that src/widgets.json says shows it: in its `short` form under the banner's own
  // hotline number, in full elsewhere, always in the widget's reporting part.
  for (const { tag, emergencyPath: form } of WIDGETS.filter((w) => w.emergencyPath)) {
    for (const locale of ['en', 'es'] as const) {
      it(`<${tag}> shows it for every audience, in its reporting part, ${locale === 'en' ? 'in English' : 'in Spanish'}`, async () => {
        await useLocale(locale);
        for (const audience of AUDIENCES) {
          const el = await place(html`${exampleElement(tag, { name: audience, attributes: { audience } })}`);
          expectPath(el.shadowRoot!, locale, form === 'short');
          expectVanityInEnglish(el.shadowRoot!);
          if (form === 'full') {
            expect(el.shadowRoot!.querySelector('[part~="report"] [part~="emergency-path"]'), `${tag} ${audience}`).not.to.equal(null);
          }
        }
      });
    }
  }

  // One emergency pattern, 911 first and said once (issue #38): the 911 line leads in bold after a
  // warning sign; where the path stands alone it is a box of its own, unlike the tinted boxes of
  // introductions; and a page (or a guide) that shows it once sets `emergency` on the others.
  for (const { tag, emergencyPath: form } of WIDGETS.filter((w) => w.emergencyPath)) {
    it(`<${tag}> leads with "call 911" in bold after a warning sign${form === 'full' ? ', in a box unlike its introductions' : ''}`, async () => {
      const el = await place(html`${exampleElement(tag, { name: 'default' })}`);
      const path = el.shadowRoot!.querySelector<HTMLElement>('[part~="emergency-path"]')!;
      const first = path.querySelector('li')!;
      expect(first.querySelector('a')!.getAttribute('href')).to.equal('tel:911');
      expect(Number(getComputedStyle(first).fontWeight), 'the 911 line in bold').to.be.at.least(700);
      for (const other of [...path.querySelectorAll('li')].slice(1)) expect(Number(getComputedStyle(other).fontWeight)).to.be.below(700);
      const sign = first.querySelector('svg')!;
      expect(sign.getAttribute('aria-hidden'), 'the warning sign is decoration: the words say it').to.equal('true');
      expect(sign.getBoundingClientRect().width, 'the warning sign is seen').to.be.at.least(16);
      if (form !== 'full') return;
      const box = getComputedStyle(path);
      expect(parseFloat(box.borderLeftWidth), 'a thick border of its own').to.be.at.least(6);
      expect(parseFloat(box.borderTopWidth), 'a box, not a bar').to.be.at.least(1);
      const report = getComputedStyle(path.closest('[part~="report"]') ?? path.parentElement!);
      expect(box.backgroundColor, 'not the tint of the boxes around it').not.to.equal(report.backgroundColor);
    });
  }

  for (const { tag } of WIDGETS.filter((w) => w.emergencyPath === 'full')) {
    it(`<${tag}> emergency="none" leaves the path out, "short" keeps its 911 line alone, an unknown value warns and shows it in full`, async () => {
      const calls = (el: Element) => el.shadowRoot!.querySelectorAll('a[href="tel:911"]').length;
      const none = await place(html`${exampleElement(tag, { name: 'none', attributes: { emergency: 'none' } })}`);
      expect(none.shadowRoot!.querySelector('[part~="emergency-path"]'), 'none').to.equal(null);
      expect(calls(none), 'no "call 911" left').to.equal(0);
      const short = await place(html`${exampleElement(tag, { name: 'short', attributes: { emergency: 'short' } })}`);
      expect(steps(short.shadowRoot!).map((s) => s.text)).to.deep.equal(['If a child is in immediate danger, call 911.']);
      const warnings = captureWarnings();
      const odd = await place(html`${exampleElement(tag, { name: 'odd', attributes: { emergency: 'sometimes' } })}`);
      expect(warnings.restore().join('\n')).to.contain('emergency="sometimes"');
      expectPath(odd.shadowRoot!, 'en', false);
    });
  }

  it('<cst-guide> says it once, at its top: one emergency path and at most two "call 911" links for every reader', async function () {
    this.timeout(30_000);
    // Every link in the guide, looking into the widgets it is made of.
    const all = (root: ParentNode): Element[] => [...root.querySelectorAll('*')].flatMap((n) => [n, ...(n.shadowRoot ? all(n.shadowRoot) : [])]);
    for (const audience of AUDIENCES) {
      const guide = await place(html`${exampleElement('cst-guide', { name: audience, attributes: { audience } })}`);
      const found = all(guide.shadowRoot!);
      expect(found.filter((n) => n.matches('[part~="emergency-path"]')).length, `${audience}: emergency paths`).to.equal(1);
      expect(found.filter((n) => n.matches('a[href="tel:911"]')).length, `${audience}: "call 911" links`).to.be.at.most(2);
      // The one path comes first, before the contents and the parts.
      const path = guide.shadowRoot!.querySelector('[part~="emergency-path"]')!;
      expect(path.compareDocumentPosition(guide.shadowRoot!.querySelector('[part~="part"]')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    }
  });

  it('src/widgets.json names every widget that shows it, and only those', async () => {
    for (const { tag, emergencyPath: form } of WIDGETS) {
      const el = await place(html`${exampleElement(tag, { name: 'default' })}`);
      expect(!!el.shadowRoot!.querySelector('[part~="emergency-path"]'), tag).to.equal(!!form);
    }
  });

  // Print emulation goes through Chromium's DevTools protocol.
  (engine === 'chromium' ? it : it.skip)('prints the CyberTipline\'s address after its link, since paper cannot be clicked', async () => {
    const el = await place(html`<cst-red-flags></cst-red-flags>`);
    const link = el.shadowRoot!.querySelector('[part~="cybertipline"]')!;
    expect(getComputedStyle(link, '::after').content).to.equal('none');
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle(link, '::after').content).to.contain('(https://report.cybertip.org/)');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  for (const variant of ['full', 'compact']) {
    it(`<cst-hotline-banner variant="${variant}"> puts "call 911" before the CyberTipline, in reading order and on screen`, async () => {
      for (const width of [320, 768, 1280]) {
        await viewport({ width, height: 900 });
        const el = await place(html`<cst-hotline-banner variant=${variant}></cst-hotline-banner>`);
        const links = [...el.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('part'));
        expect(links.indexOf('emergency')).to.be.lessThan(links.indexOf('cybertipline'));
        // A narrow full banner keeps the CyberTipline behind "More ways to get help": open it.
        const more = el.shadowRoot!.querySelector<HTMLElement>('[part~="more-button"]');
        if (more?.checkVisibility()) {
          more.click();
          await (el as Widget).updateComplete;
        }
        // Where "call 911" ends comes before where the CyberTipline link starts: on a line above, or
        // earlier on the same line (in the compact banner a link may wrap onto the next line).
        const fragments = (part: string) => [...el.shadowRoot!.querySelector(`[part~="${part}"]`)!.getClientRects()];
        const call = fragments('emergency').pop()!;
        const report = fragments('cybertipline')[0];
        expect(call.bottom <= report.top || (call.top < report.bottom && call.right <= report.left), `${width}px`).to.equal(true);
      }
      await viewport({ width: 800, height: 600 });
    });
  }
});
