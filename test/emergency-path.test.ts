import { expect, html } from '@open-wc/testing';
import { render } from 'lit';
import '../src/index.js';
import { AUDIENCES } from '../src/content/types.js';
import { exampleElement, WIDGETS } from '../src/examples.js';
import { emergencyPath } from '../src/common/emergency-path.js';
import { emulateMedia } from '@web/test-runner-commands';
import { clean, engine, placeWidget as place, useLocale, viewport } from './helpers.js';

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

/** What a person sees in each step, and where each of its links goes, with its visible text. */
function steps(root: ParentNode): Step[] {
  const list = root.querySelector('[part~="emergency-path"]');
  expect(list, 'no emergency path').not.to.equal(null);
  return [...list!.querySelectorAll('li')].map((li) => ({
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
