import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/index.js';
import { checkedExample, exampleElement, WIDGETS } from '../src/examples.js';
import { allRendered, defaultFontSize, engine, useLocale, viewport } from './helpers.js';

/**
 * WCAG 2.4.11 Focus Not Obscured: on a page laid out as the README says (the quick exit first,
 * with its note) and no CSS of the page's own, tabbing through every widget forwards and backwards
 * never leaves the focused control entirely under the quick exit's sticky bar: on a phone
 * (320x640), at 400 % zoom (320x256), and with the reader's default font size at 32 px (200 %
 * text, where the bar's label wraps) at 320 and 1280 px, in both languages. The exit keeps the
 * page's scroll padding at its bar's height itself.
 */

/** The element that has focus, looking into shadow roots. */
function focused(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

const CASES = [
  { width: 320, height: 640, font: 16, locale: 'en' },
  { width: 320, height: 256, font: 16, locale: 'en' },
  { width: 320, height: 640, font: 16, locale: 'es' },
  // The reader's browser set to a 32 px default font: emulated through Chromium's protocol.
  { width: 320, height: 640, font: 32, locale: 'en' },
  { width: 320, height: 640, font: 32, locale: 'es' },
  { width: 1280, height: 800, font: 32, locale: 'en' },
  { width: 1280, height: 800, font: 32, locale: 'es' },
];

describe('the quick exit never hides the focused control (WCAG 2.4.11)', () => {
  afterEach(() => useLocale('en'));

  for (const c of CASES) {
    it(`tabbing forwards and backwards at ${c.width}x${c.height}, ${c.font} px text, in ${c.locale}`, async function () {
      this.timeout(60_000);
      if (c.font !== 16 && engine !== 'chromium') this.skip();
      // WebKitGTK's window cannot be made this narrow (see viewport()).
      if ((await viewport(c)) !== c.width) this.skip();
      if (c.font !== 16) await defaultFontSize(c.font);
      try {
        await useLocale(c.locale);
        // Every widget one page holds together (src/widgets.json), each as its checked example:
        // the quick exit first, as the README places it.
        const page = await fixture<HTMLElement>(html`<div>
          ${WIDGETS.filter((w) => !w.composite).map((w) => exampleElement(w.tag, checkedExample(w.tag)))}
          <p><a href="#end">The end of the page</a></p>
        </div>`);
        // The exit must not fire on the Shift of Shift+Tab; if it ever did, the page stays.
        const exits: unknown[] = [];
        page.addEventListener('cst-exit', (event) => {
          event.preventDefault();
          exits.push(event);
        });
        await allRendered(page);
        const exit = page.querySelector('cst-quick-exit')!;
        const bar = exit.shadowRoot!.querySelector('[part~="bar"]')!;
        // The exit sets the padding from a ResizeObserver, which reports a change of the bar's height
        // (its label wrapping once a scroll bar narrows the page) in a later frame: wait for it.
        const padding = () => parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop);
        await waitUntil(() => Math.abs(padding() - bar.getBoundingClientRect().height) <= 0.5, 'the page kept no room for the bar');
        expect(padding(), 'the page keeps room for the bar').to.be.closeTo(bar.getBoundingClientRect().height, 0.5);

        const end = page.querySelector<HTMLElement>('a[href="#end"]')!;
        const covered: string[] = [];
        let visited = 0;
        for (const key of ['Tab', 'Shift+Tab']) {
          // Forwards from the top of the page; backwards from its last link.
          (document.activeElement as HTMLElement | null)?.blur();
          document.documentElement.scrollTop = 0;
          if (key === 'Shift+Tab') end.focus();
          const seen = new Set<Element>();
          for (let i = 0; i < 200; i++) {
            // Shift+Tab as a person types it (sendKeys has no chord for it).
            if (key === 'Tab') await sendKeys({ press: 'Tab' });
            else {
              await sendKeys({ down: 'Shift' });
              await sendKeys({ press: 'Tab' });
              await sendKeys({ up: 'Shift' });
            }
            const el = focused();
            // The walk ends at the page's last link (forwards) or the exit button, its first control
            // (backwards): one more Tab would leave the page for the browser's own toolbar.
            if (!el || seen.has(el)) break;
            seen.add(el);
            if (key === 'Tab' ? el === end : bar.contains(el)) break;
            if (bar.contains(el)) continue;
            const [b, r] = [bar.getBoundingClientRect(), el.getBoundingClientRect()];
            // How much of the control's height lies under the bar: all of it fails 2.4.11. (With the
            // padding the exit keeps, Chromium scrolls a focused control clear of the bar; Firefox
            // leaves one alone while any of it shows.)
            const under = Math.max(0, Math.min(r.bottom, b.bottom) - Math.max(r.top, b.top)) / (r.height || 1);
            if (under > 0.99) covered.push(`${key}: ${el.localName} "${(el.textContent ?? '').trim().slice(0, 40)}" ${Math.round(under * 100)} % under the bar`);
          }
          visited += seen.size;
        }
        expect(visited, 'controls reached by keyboard').to.be.greaterThan(40);
        expect(covered).to.deep.equal([]);
        expect(exits).to.have.length(0);
      } finally {
        if (c.font !== 16) await defaultFontSize(16);
        await viewport({ width: 800, height: 600 });
      }
    });
  }

  it('keeps the page\'s own scroll padding, adds the bar\'s height, follows it, and gives it back', async () => {
    const style = document.createElement('style');
    style.textContent = 'html { scroll-padding-top: 10px; }';
    document.head.append(style);
    try {
      const exit = await fixture<HTMLElement>(html`<cst-quick-exit></cst-quick-exit>`);
      const bar = exit.shadowRoot!.querySelector<HTMLElement>('[part~="bar"]')!;
      const padding = () => parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop);
      await waitUntil(() => padding() > 10, 'no room kept for the bar');
      expect(padding()).to.be.closeTo(10 + bar.getBoundingClientRect().height, 0.5);
      // Larger text makes a taller bar: the padding follows.
      exit.style.setProperty('--cst-font-size', '48px');
      await waitUntil(() => Math.abs(padding() - 10 - bar.getBoundingClientRect().height) < 0.5, 'the padding did not follow the bar');
      expect(bar.getBoundingClientRect().height).to.be.greaterThan(48);
      // Inline, it keeps no room; removed, it gives the page its own padding back.
      exit.setAttribute('position', 'inline');
      await waitUntil(() => padding() === 10, 'an inline exit kept room');
      exit.setAttribute('position', 'bottom');
      await waitUntil(() => parseFloat(getComputedStyle(document.documentElement).scrollPaddingBottom) > 40, 'no room at the bottom');
      exit.remove();
      expect([padding(), getComputedStyle(document.documentElement).scrollPaddingBottom]).to.deep.equal([10, 'auto']);
      expect(document.documentElement.getAttribute('style') ?? '').to.equal('');
    } finally {
      style.remove();
    }
  });
});
