import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/index.js';
import { viewport } from './helpers.js';

/**
 * WCAG 2.4.11 Focus Not Obscured: on a page laid out as the README says (the quick exit first,
 * with its note; `html { scroll-padding-top: 56px }`), tabbing through every widget forwards and
 * backwards never leaves the focused control entirely hidden under the quick exit's sticky bar,
 * on a phone (320x640) or at 400 % zoom (320x256).
 */

/** The element that has focus, looking into shadow roots. */
function focused(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

const README_SCROLL_PADDING = '56px';

describe('the quick exit never hides the focused control (WCAG 2.4.11)', () => {
  let style: HTMLStyleElement;
  before(() => {
    style = document.createElement('style');
    style.textContent = `html { scroll-padding-top: ${README_SCROLL_PADDING}; }`;
    document.head.append(style);
  });
  after(() => style.remove());

  for (const size of [
    { width: 320, height: 640 },
    { width: 320, height: 256 },
  ]) {
    it(`tabbing forwards and backwards at ${size.width}x${size.height}`, async function () {
      this.timeout(60_000);
      // WebKitGTK's window cannot be made this narrow (see viewport()).
      if ((await viewport(size)) !== size.width) this.skip();
      try {
        const page = await fixture<HTMLElement>(html`<div>
          <cst-quick-exit show-note></cst-quick-exit>
          <cst-hotline-banner dismissible></cst-hotline-banner>
          <p>Text of the page.</p>
          <cst-red-flags kind="all"></cst-red-flags>
          <cst-do-dont></cst-do-dont>
          <cst-trafficking-types></cst-trafficking-types>
          <cst-missing-child audience="parents"></cst-missing-child>
          <p><a href="#end">The end of the page</a></p>
        </div>`);
        // The exit must not fire on the Shift of Shift+Tab; if it ever did, the page stays.
        const exits: unknown[] = [];
        page.addEventListener('cst-exit', (event) => {
          event.preventDefault();
          exits.push(event);
        });
        await waitUntil(
          () =>
            [...page.children].every(
              (el) => !el.localName.startsWith('cst-') || el.hasAttribute('rendered'),
            ),
          'widgets never finished rendering',
          { timeout: 5000 },
        );
        const exit = page.querySelector('cst-quick-exit')!;
        const bar = exit.shadowRoot!.querySelector('[part~="bar"]')!;
        expect(bar.getBoundingClientRect().height, 'the sticky part').to.be.at.most(48);

        const end = page.querySelector<HTMLElement>('a[href="#end"]')!;
        const hidden: string[] = [];
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
            if (r.top >= b.top && r.bottom <= b.bottom) hidden.push(`${key}: ${el.localName} "${(el.textContent ?? '').trim().slice(0, 40)}"`);
          }
          visited += seen.size;
        }
        expect(visited, 'controls reached by keyboard').to.be.greaterThan(40);
        expect(hidden).to.deep.equal([]);
        expect(exits).to.have.length(0);
      } finally {
        await viewport({ width: 800, height: 600 });
      }
    });
  }
});
