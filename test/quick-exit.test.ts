import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { a11ySnapshot, emulateMedia, findAccessibilityNode, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../src/components/quick-exit/quick-exit.js';
import type { CstQuickExit, ExitDetail } from '../src/components/quick-exit/quick-exit.js';
import 'axe-core/axe.min.js';
import { contrast as wcagContrast } from '../demo/builder-model.js';
import { captureWarnings, clean, defaultFontSize, engine, placeWidget, useLocale, viewport } from './helpers.js';

const link = (el: CstQuickExit) => el.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="link"]')!;
const bar = (el: CstQuickExit) => el.shadowRoot!.querySelector<HTMLElement>('[part~="bar"]')!;
const status = (el: CstQuickExit) => el.shadowRoot!.querySelector('[part~="status"]')!.textContent!.trim();
/** The countdown a sighted reader sees beside the button ('' when none is shown). */
const countdown = (el: CstQuickExit) => {
  const line = el.shadowRoot!.querySelector<HTMLElement>('[part~="countdown"]')!;
  return line.checkVisibility() ? line.innerText.trim() : '';
};
/** The marks beside the button, filled as Shift is pressed ('' when none is shown): "●○○". */
const marks = (el: CstQuickExit) => {
  const line = el.shadowRoot!.querySelector<HTMLElement>('[part~="countdown"]')!;
  if (!line.checkVisibility()) return '';
  return [...line.querySelectorAll<HTMLElement>('.pip')].map((pip) => (getComputedStyle(pip).backgroundColor === 'rgba(0, 0, 0, 0)' ? '○' : '●')).join('');
};

/** Records every cst-exit and cancels it, so the test page stays where it is. */
function catchExits(target: EventTarget = document): ExitDetail[] {
  const exits: ExitDetail[] = [];
  target.addEventListener('cst-exit', (event) => {
    event.preventDefault();
    exits.push((event as CustomEvent<ExitDetail>).detail);
  });
  return exits;
}

/** Shift pressed and released alone, as a person would. */
const shift = () => sendKeys({ press: 'Shift' });

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** Runs `body` with Date.now under the test's control: `advance(ms)` moves it on. */
async function withClock(body: (advance: (ms: number) => void) => Promise<void>) {
  const realNow = Date.now;
  let now = realNow();
  Date.now = () => now;
  try {
    await body((ms) => (now += ms));
  } finally {
    Date.now = realNow;
  }
}

/** The WCAG contrast ratio of two computed rgb() colours, by the embed builder's own check. */
const hex = (rgb: string) => `#${rgb.match(/[\d.]+/g)!.slice(0, 3).map((v) => Number(v).toString(16).padStart(2, '0')).join('')}`;
const contrast = (a: string, b: string) => wcagContrast(hex(a), hex(b));

type Navigation = EventTarget & { navigate?: unknown };
const navigation = (window as { navigation?: Navigation }).navigation;

/**
 * Lets the exit start for real, and cancels every page load it asks for (the Navigation API's
 * `navigate` event): the browser then reports the load aborted, exactly as it does for the Stop
 * button or Escape (which test/e2e/quick-exit.test.mjs drives for real), and the test page stays.
 * WebKitGTK has no Navigation API, and its `window.stop()` cuts the test runner's connection: there,
 * these tests are skipped, and the cover's timer (the path such a browser takes) is covered by the
 * end-to-end tests of an exit address that answers with nothing.
 */
function holdNavigations(): { went: string[]; release(): void } {
  const went: string[] = [];
  const hold = (event: Event) => {
    went.push((event as Event & { destination: { url: string } }).destination.url);
    event.preventDefault();
  };
  navigation!.addEventListener('navigate', hold);
  return { went, release: () => navigation!.removeEventListener('navigate', hold) };
}
const withNavigationApi = navigation ? it : it.skip;

/** The cover and what it says ('' while blank). */
const cover = (el: CstQuickExit) => el.shadowRoot!.querySelector('dialog')!;
const coverText = (el: CstQuickExit) => clean(cover(el).innerText);
const choice = (el: CstQuickExit, name: 'leave' | 'back') => cover(el).querySelector<HTMLButtonElement>(`.${name}`)!;

/** The element that has focus, looking into shadow roots. */
function focused(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

describe('<cst-quick-exit>', () => {
  afterEach(() => useLocale('en'));

  describe('defaults', () => {
    it('is a real link to a neutral site that also works without JavaScript', async () => {
      const el = await placeWidget<CstQuickExit>(html`<cst-quick-exit></cst-quick-exit>`);
      expect(link(el).getAttribute('href')).to.equal('https://www.weather.gov/');
      expect(link(el).getAttribute('rel')).to.equal('nofollow noreferrer');
      expect(link(el).getAttribute('target')).to.equal('_top');
    });

    it('keeps its sticky bar at most 48 px tall on a 320 px screen, in both languages, with the note below it', async function () {
      if ((await viewport({ width: 320, height: 640 })) !== 320) this.skip(); // WebKit: see viewport()
      try {
        const el = await placeWidget<CstQuickExit>(html`<cst-quick-exit show-note></cst-quick-exit>`);
        for (const locale of ['en', 'es']) {
          await useLocale(locale);
          const [b, note] = [bar(el).getBoundingClientRect(), el.shadowRoot!.querySelector('[part~="note"]')!.getBoundingClientRect()];
          expect(b.height, locale).to.be.at.most(48);
          expect(getComputedStyle(bar(el)).position, locale).to.equal('sticky');
          expect(note.top, `${locale}: the note is under the bar, outside it`).to.be.at.least(b.bottom);
          expect(getComputedStyle(bar(el)).backgroundColor, `${locale}: the bar is opaque`).to.equal('rgb(255, 255, 255)');
        }
      } finally {
        await viewport({ width: 800, height: 600 });
      }
    });

    // Print emulation goes through Chromium's DevTools protocol.
    (engine === 'chromium' ? it : it.skip)('is hidden when printing', async () => {
      const el = await placeWidget<CstQuickExit>(html`<cst-quick-exit></cst-quick-exit>`);
      expect(bar(el).getBoundingClientRect().height).to.be.greaterThan(0);
      await emulateMedia({ media: 'print' });
      try {
        expect(bar(el).getBoundingClientRect().height).to.equal(0);
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });
  });

  describe('attributes', () => {
    it('accepts an https: destination', async () => {
      const el = await placeWidget<CstQuickExit>(html`<cst-quick-exit href="https://www.example.org/news"></cst-quick-exit>`);
      expect(link(el).getAttribute('href')).to.equal('https://www.example.org/news');
    });

    it('show-note adds a line saying the exit does not erase browsing history', async () => {
      const el = await placeWidget<CstQuickExit>(html`<cst-quick-exit show-note></cst-quick-exit>`);
      expect(el.shadowRoot!.querySelector('[part~="note"]')!.textContent).to.contain('does not erase it from your browsing history');
      const plain = await placeWidget<CstQuickExit>(html`<cst-quick-exit></cst-quick-exit>`);
      expect(plain.shadowRoot!.querySelector('[part~="note"]')).to.equal(null);
    });

    it('no-shortcut turns it off', async () => {
      const el = await placeWidget<CstQuickExit>(html`<cst-quick-exit no-shortcut></cst-quick-exit>`);
      const exits = catchExits(el);
      await shift();
      await shift();
      await shift();
      expect(exits).to.have.length(0);
    });
  });

  describe('events', () => {
    it('a click fires a cancelable cst-exit first; cancelled, the page stays usable', async () => {
      const el = await placeWidget<CstQuickExit>(html`<cst-quick-exit></cst-quick-exit>`);
      const exits = catchExits(el);
      link(el).click();
      expect(exits).to.deep.equal([{ href: 'https://www.weather.gov/', trigger: 'link' }]);
      expect(el.shadowRoot!.querySelector('dialog')!.open).to.equal(false);
      expect(document.title).not.to.equal('\u200B');
    });

    withNavigationApi('once leaving, a stopped load keeps the cover and offers "Leave now", focused; Escape and closing the cover choose nothing', async () => {
      const el = await placeWidget<CstQuickExit>(html`<cst-quick-exit></cst-quick-exit>`);
      const title = document.title;
      const held = holdNavigations();
      try {
        link(el).click();
        expect(held.went).to.deep.equal(['https://www.weather.gov/']);
        expect(cover(el).open).to.equal(true);
        expect(document.title).to.equal('\u200B');
        await waitUntil(() => choice(el, 'leave'), 'the cover offered no way on', { timeout: 1000 });
        expect(coverText(el)).to.equal('You have not left this page yet. Leave now Back to the page');
        expect(focused()).to.equal(choice(el, 'leave'));
        await sendKeys({ press: 'Escape' });
        await sendKeys({ press: 'Escape' });
        // A cover that Escape closed opens again in its close event, a task of its own: wait for that event.
        if (!cover(el).open) await oneEvent(cover(el), 'close');
        expect(cover(el).open, 'after Escape').to.equal(true);
        // The dialog's close event is a task of its own: wait for it (after the widget's own listener), not for a frame.
        const closed = new Promise((done) => cover(el).addEventListener('close', done, { once: true }));
        cover(el).close();
        await closed;
        expect(cover(el).open, 'after close()').to.equal(true);
        expect(document.title).to.equal('\u200B');
        // "Leave now" leaves for the same address again...
        const stopped = oneEvent(navigation!, 'navigateerror');
        choice(el, 'leave').click();
        expect(held.went).to.deep.equal(['https://www.weather.gov/', 'https://www.weather.gov/']);
        await stopped;
        await el.updateComplete;
        expect(cover(el).open).to.equal(true);
        // ... and "Back to the page" shows the page as it was, usable.
        choice(el, 'back').click();
        await el.updateComplete;
        expect(cover(el).open).to.equal(false);
        expect(document.title).to.equal(title);
        expect(document.querySelector('meta[name="referrer"]')).to.equal(null);
        expect(coverText(el)).to.equal('');
      } finally {
        held.release();
      }
    });

    withNavigationApi('back from the back-forward cache (the reader went back to it), the page is usable again', async () => {
      const el = await placeWidget<CstQuickExit>(html`<cst-quick-exit></cst-quick-exit>`);
      const title = document.title;
      const held = holdNavigations();
      try {
        link(el).click();
        expect(cover(el).open).to.equal(true);
        window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
        await el.updateComplete;
        expect(cover(el).open).to.equal(false);
        expect(document.title).to.equal(title);
      } finally {
        held.release();
      }
    });

    withNavigationApi('leaves even before the widget has rendered (nothing to cover the page with yet)', async () => {
      const el = document.createElement('cst-quick-exit') as CstQuickExit;
      const held = holdNavigations();
      const title = document.title;
      document.body.append(el);
      try {
        expect(el.hasUpdated).to.equal(false);
        expect(() => el.exit('shortcut')).not.to.throw();
        expect(held.went).to.deep.equal(['https://www.weather.gov/']);
        expect(document.title).to.equal('\u200B');
      } finally {
        held.release();
        window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
        el.remove();
        document.title = title;
      }
    });
  });

  describe('keyboard', () => {
    it('Space on the focused button leaves, as on a button, and does not scroll the page', async () => {
      const el = await placeWidget<CstQuickExit>(html`<cst-quick-exit position="inline"></cst-quick-exit>`);
      const tall = document.createElement('div');
      tall.style.height = '3000px';
      document.body.append(tall);
      try {
        const exits = catchExits(el);
        link(el).focus();
        const before = window.scrollY;
        await sendKeys({ press: ' ' });
        // A frame: a scroll that Space set off would show by then, and no event comes for one that never happens.
        await frame();
        expect(exits).to.deep.equal([{ href: 'https://www.weather.gov/', trigger: 'link' }]);
        expect(window.scrollY).to.equal(before);
        // Still a link, named by its label, as its fallback markup is (docs/widgets.md says why).
        expect(link(el).localName).to.equal('a');
        expect(link(el).hasAttribute('role')).to.equal(false);
      } finally {
        tall.remove();
      }
    });

    describe('the Shift shortcut', () => {
      it('three presses exit, saying how many remain after each', async () => {
        const el = await placeWidget<CstQuickExit>(html`<cst-quick-exit></cst-quick-exit>`);
        const exits = catchExits(el);
        expect(status(el)).to.equal('');
        await shift();
        await el.updateComplete;
        expect(status(el)).to.equal('Press Shift 2 more times to exit this page.');
        await shift();
        await el.updateComplete;
        expect(status(el)).to.equal('Press Shift 1 more time to exit this page.');
        await shift();
        await el.updateComplete;
        expect(exits).to.deep.equal([{ href: 'https://www.weather.gov/', trigger: 'shortcut' }]);
        expect(status(el)).to.equal('');
      });

      it('another key in between starts the count again', async () => {
        const el = await placeWidget<CstQuickExit>(html`<cst-quick-exit></cst-quick-exit>`);
        const exits = catchExits(el);
        await shift();
        await shift();
        await sendKeys({ press: 'a' });
        await shift();
        await el.updateComplete;
        expect(exits).to.have.length(0);
        expect(status(el)).to.equal('Press Shift 2 more times to exit this page.');
      });

      // Holding a key down while pressing another needs sendKeys' down/up, which WebKitWebDriver lacks.
      (engine === 'webkit' ? it.skip : it)('Shift used as a modifier (Shift+A) does not count', async () => {
        const el = await placeWidget<CstQuickExit>(html`<cst-quick-exit></cst-quick-exit>`);
        const exits = catchExits(el);
        for (const letter of ['a', 'b', 'c']) {
          await sendKeys({ down: 'Shift' });
          await sendKeys({ press: letter });
          await sendKeys({ up: 'Shift' });
        }
        expect(exits).to.have.length(0);
      });

      it('the three presses must fit in 5 seconds in all; a press after that begins again', async () => {
        const el = await placeWidget<CstQuickExit>(html`<cst-quick-exit></cst-quick-exit>`);
        const exits = catchExits(el);
        await withClock(async (advance) => {
          await shift();
          advance(2500);
          await shift();
          advance(2501); // 5,001 ms after the first
          await shift();
          await el.updateComplete;
          expect(exits).to.have.length(0);
          expect(status(el)).to.equal('Press Shift 2 more times to exit this page.');
          advance(2400);
          await shift();
          advance(2400);
          await shift();
          expect(exits).to.have.length(1);
        });
      });

      it('shows the countdown in the bar beside the button as well as saying it, and both clear when the time runs out', async function () {
        this.timeout(10_000);
        await viewport({ width: 1024, height: 700 }); // where the bar has room for the sentence
        try {
          const el = await placeWidget<CstQuickExit>(html`<cst-quick-exit></cst-quick-exit>`);
          catchExits(el);
          const height = bar(el).getBoundingClientRect().height;
          await shift();
          await el.updateComplete;
          expect(marks(el)).to.equal('●○○');
          expect(countdown(el)).to.equal('Press Shift 2 more times to exit this page.');
          const [b, line] = [bar(el).getBoundingClientRect(), el.shadowRoot!.querySelector('[part~="countdown"]')!.getBoundingClientRect()];
          expect([line.top >= b.top, line.bottom <= b.bottom, line.right <= link(el).getBoundingClientRect().left], 'inside the bar, before the button').to.deep.equal([true, true, true]);
          expect(b.height, 'the bar does not grow').to.equal(height);
          await shift();
          await el.updateComplete;
          expect(marks(el)).to.equal('●●○');
          expect(countdown(el)).to.equal('Press Shift 1 more time to exit this page.');
          // 5 seconds after the first press, the sequence lapses: nothing is left to see or hear.
          await waitUntil(() => !countdown(el) && !status(el), 'the countdown stayed', { timeout: 6000, interval: 100 });
          // The next sequence is announced afresh.
          await shift();
          await el.updateComplete;
          expect(status(el)).to.equal('Press Shift 2 more times to exit this page.');
        } finally {
          await viewport({ width: 800, height: 600 });
        }
      });

      it('on a narrow screen the countdown is its marks alone, in the bar: it never covers the control that has focus', async function () {
        if ((await viewport({ width: 320, height: 640 })) !== 320) this.skip(); // WebKit: see viewport()
        try {
          await countdownNeverCovers('●○○');
        } finally {
          await viewport({ width: 800, height: 600 });
        }
      });

      // The reader's default font size is set through Chromium's DevTools protocol.
      (engine === 'chromium' ? it : it.skip)('with a 32 px default font on a narrow screen, the bar has no room for the marks: only the status speaks, and the bar does not grow', async () => {
        await viewport({ width: 320, height: 640 });
        await defaultFontSize(32);
        try {
          await countdownNeverCovers('');
        } finally {
          await defaultFontSize(16);
          await viewport({ width: 800, height: 600 });
        }
      });

      /** Shift pressed once with a link just under the bar focused, in both languages: the countdown shown is `shown`, never over the link. */
      async function countdownNeverCovers(shown: string) {
        const page = await fixture<HTMLElement>(html`<div><cst-quick-exit></cst-quick-exit><p><a href="#x">A link just under the bar</a></p><div style="height: 2000px"></div></div>`);
        const el = page.querySelector('cst-quick-exit')!;
        await el.updateComplete;
        catchExits(el);
        for (const locale of ['en', 'es']) {
          await useLocale(locale);
          const target = page.querySelector('a')!;
          target.focus();
          const height = bar(el).getBoundingClientRect().height;
          await shift();
          await el.updateComplete;
          expect(marks(el), locale).to.equal(shown);
          expect(status(el), locale).to.match(/Shift 2/);
          const [line, r] = [el.shadowRoot!.querySelector('[part~="countdown"]')!.getBoundingClientRect(), target.getBoundingClientRect()];
          const overlaps = line.left < r.right && r.left < line.right && line.top < r.bottom && r.top < line.bottom;
          expect(overlaps, `${locale}: the countdown covers the focused link`).to.equal(false);
          expect(bar(el).getBoundingClientRect().height, `${locale}: the bar does not grow`).to.equal(height);
          const [b, l] = [bar(el).getBoundingClientRect(), link(el).getBoundingClientRect()];
          expect([line.width === 0 || line.left >= b.left, l.right <= b.right], `${locale}: nothing runs out of the bar`).to.deep.equal([true, true]);
          await sendKeys({ press: 'a' }); // another key: the count starts again
          await el.updateComplete;
        }
      }

      // Holding Shift down while something else happens needs sendKeys' down/up, which WebKitWebDriver lacks.
      (engine === 'webkit' ? it.skip : it)('Shift held down long (resting on it, selecting text) does not count', async () => {
        const el = await placeWidget<CstQuickExit>(html`<cst-quick-exit></cst-quick-exit>`);
        const exits = catchExits(el);
        await withClock(async (advance) => {
          for (let i = 0; i < 3; i++) {
            await sendKeys({ down: 'Shift' });
            advance(1000);
            await sendKeys({ up: 'Shift' });
          }
        });
        await el.updateComplete;
        expect(exits).to.have.length(0);
        expect(countdown(el)).to.equal('');
      });

      (engine === 'webkit' ? it.skip : it)('Shift+click (extending a selection) and Shift+wheel do not count', async () => {
        const el = await placeWidget<CstQuickExit>(html`<cst-quick-exit position="inline"></cst-quick-exit>`);
        const exits = catchExits(el);
        const text = document.createElement('p');
        text.textContent = 'Some text a reader selects with Shift and the mouse.';
        document.body.append(text);
        try {
          const box = text.getBoundingClientRect();
          for (let i = 0; i < 3; i++) {
            await sendKeys({ down: 'Shift' });
            await sendMouse({ type: 'click', position: [Math.round(box.left + 20 + i * 10), Math.round(box.top + box.height / 2)] });
            await sendKeys({ up: 'Shift' });
          }
          expect(exits, 'Shift+click').to.have.length(0);
          for (let i = 0; i < 3; i++) {
            await sendKeys({ down: 'Shift' });
            document.dispatchEvent(new WheelEvent('wheel', { deltaY: 100, shiftKey: true, bubbles: true }));
            await sendKeys({ up: 'Shift' });
          }
          expect(exits, 'Shift+wheel').to.have.length(0);
        } finally {
          text.remove();
          await sendMouse({ type: 'move', position: [0, 0] });
        }
      });

      it('a click or the wheel between presses starts the count again', async () => {
        const el = await placeWidget<CstQuickExit>(html`<cst-quick-exit></cst-quick-exit>`);
        const exits = catchExits(el);
        await shift();
        await shift();
        document.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
        await shift();
        await el.updateComplete;
        expect(status(el)).to.equal('Press Shift 2 more times to exit this page.');
        await shift();
        document.dispatchEvent(new WheelEvent('wheel', { deltaY: 100, bubbles: true }));
        await shift();
        await el.updateComplete;
        expect(exits).to.have.length(0);
        expect(status(el)).to.equal('Press Shift 2 more times to exit this page.');
      });

      it('only one instance on the page answers, however many are placed', async () => {
        const host = await fixture<HTMLElement>(html`<div>
          <cst-quick-exit></cst-quick-exit><cst-quick-exit position="bottom"></cst-quick-exit>
        </div>`);
        const exits = catchExits(host);
        await shift();
        await shift();
        await shift();
        expect(exits).to.have.length(1);
      });
    });
  });

  describe('localization', () => {
    it('says the Shift countdown in Spanish too', async () => {
      const el = await placeWidget<CstQuickExit>(html`<cst-quick-exit></cst-quick-exit>`);
      catchExits(el);
      await useLocale('es');
      await shift();
      await el.updateComplete;
      expect(status(el)).to.equal('Presione Shift 2 veces más para salir de esta página.');
    });

    withNavigationApi('the cover speaks Spanish too, and passes axe', async () => {
      const el = await placeWidget<CstQuickExit>(html`<cst-quick-exit></cst-quick-exit>`);
      await useLocale('es');
      const held = holdNavigations();
      try {
        link(el).click();
        await waitUntil(() => choice(el, 'leave'), 'the cover offered no way on', { timeout: 1000 });
        await el.updateComplete;
        expect(coverText(el)).to.equal('Aún no ha salido de esta página. Salir ahora Volver a la página');
        expect(cover(el).getAttribute('lang')).to.equal('es');
        await expect(el).to.be.accessible();
        choice(el, 'back').click();
      } finally {
        held.release();
      }
    });
  });

  describe('accessibility', () => {
    it('is named by its visible label and nothing else, in both languages (WCAG 2.5.3)', async () => {
      const el = await placeWidget<CstQuickExit>(html`<cst-quick-exit></cst-quick-exit>`);
      // No hidden words before or after the label: the text a screen reader reads is the text shown.
      expect(link(el).textContent!.trim()).to.equal('Exit this page');
      expect(link(el).innerText).to.equal('Exit this page');
      await useLocale('es');
      expect(link(el).textContent!.trim()).to.equal('Salir de esta página');
      expect(link(el).innerText).to.equal('Salir de esta página');
    });

    // The accessibility tree comes from Chromium's DevTools protocol.
    (engine === 'chromium' ? it : it.skip)('a screen reader finds the region and the link by the visible label, sticky or inline', async () => {
      for (const position of ['top', 'inline']) {
        // The sticky element takes no box of its own (display: contents): the snapshot starts at its parent.
        await fixture(html`<div id="exit-parent"><cst-quick-exit position=${position} show-note></cst-quick-exit></div>`);
        await customElements.whenDefined('cst-quick-exit');
        await document.querySelector<CstQuickExit>('#exit-parent cst-quick-exit')!.updateComplete;
        const snapshot = await a11ySnapshot({ selector: '#exit-parent' });
        const named = (role: string) => findAccessibilityNode<{ role: string; name: string }>(snapshot as never, (n) => n.role === role)?.name;
        expect([named('region'), named('link')], position).to.deep.equal(['Exit this page', 'Exit this page']);
      }
    });

    it('is at least 44 px tall and wide', async () => {
      const el = await placeWidget<CstQuickExit>(html`<cst-quick-exit></cst-quick-exit>`);
      const box = link(el).getBoundingClientRect();
      expect(box.height).to.be.at.least(44);
      expect(box.width).to.be.at.least(44);
    });

    it('its focus ring is two-tone, at least 3:1 against the button and against the bar, and never cut off (WCAG 1.4.11)', async () => {
      const el = await placeWidget<CstQuickExit>(html`<cst-quick-exit></cst-quick-exit>`);
      // Focus that follows a key press shows the keyboard focus ring (:focus-visible).
      await sendKeys({ press: 'Tab' });
      link(el).focus();
      expect(link(el).matches(':focus-visible')).to.equal(true);
      const style = getComputedStyle(link(el));
      const shadow = style.boxShadow.match(/rgba?\([^)]+\)|[\d.]+px/g) ?? [];
      const ring = { light: style.outlineColor, edge: style.borderTopColor, outside: shadow.find((t) => t.startsWith('rgb'))!, spread: parseFloat(shadow[shadow.length - 1] ?? '0') };
      const page = getComputedStyle(bar(el)).backgroundColor;
      expect(parseFloat(style.outlineWidth), 'light ring width').to.be.at.least(2);
      expect(contrast(ring.light, style.backgroundColor), 'light ring against the button').to.be.at.least(3);
      expect(contrast(ring.light, ring.edge), 'light ring against the dark edge').to.be.at.least(3);
      expect(contrast(ring.edge, page), 'dark edge against the bar').to.be.at.least(3);
      expect(contrast(ring.outside, page), 'dark outer line against the bar').to.be.at.least(3);
      // Inside the bar: at the top of the page, the viewport's edge cuts none of it.
      const [b, l] = [bar(el).getBoundingClientRect(), link(el).getBoundingClientRect()];
      expect(l.top - ring.spread, 'top').to.be.at.least(b.top);
      expect(l.bottom + ring.spread, 'bottom').to.be.at.most(b.bottom);
      link(el).blur();
    });

    it('is a region named "Exit this page", so placed first in <body> it is not content outside every landmark', async () => {
      const el = await placeWidget<CstQuickExit>(html`<cst-quick-exit show-note></cst-quick-exit>`);
      // "region" is a page-level axe rule: it runs only on the whole document, never on a fixture.
      const { axe } = window as unknown as { axe: typeof import('axe-core') };
      const { violations } = await axe.run(document, { runOnly: ['region'] });
      expect(violations.flatMap((v) => v.nodes.map((n) => JSON.stringify(n.target)))).to.deep.equal([]);
      const base = el.shadowRoot!.querySelector('[part~="base"]')!;
      expect([base.getAttribute('role'), base.getAttribute('aria-label')]).to.deep.equal(['region', 'Exit this page']);
    });

    for (const locale of ['en', 'es']) {
      it(`passes axe, with the note, in ${locale}`, async () => {
        const el = await placeWidget<CstQuickExit>(html`<cst-quick-exit show-note position="inline"></cst-quick-exit>`);
        await useLocale(locale);
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('failure', () => {
    for (const bad of ['http://example.org/', 'javascript:alert(1)', 'data:text/html,hi', '/relative', '', 'not a url', 'https://user:pw@example.org/', 'https://user@example.org/']) {
      it(`refuses href="${bad}" with a warning and keeps the default`, async () => {
        const warnings = captureWarnings();
        const el = await placeWidget<CstQuickExit>(html`<cst-quick-exit href=${bad}></cst-quick-exit>`);
        const messages = warnings.restore();
        expect(messages).to.have.length(1);
        expect(messages[0]).to.contain('https:');
        expect(link(el).getAttribute('href')).to.equal('https://www.weather.gov/');
      });
    }

    it('removing href goes back to the default destination, without a warning', async () => {
      const el = await placeWidget<CstQuickExit>(html`<cst-quick-exit href="https://www.example.org/news"></cst-quick-exit>`);
      const warnings = captureWarnings();
      el.removeAttribute('href');
      await el.updateComplete;
      expect(warnings.restore()).to.deep.equal([]);
      expect(link(el).getAttribute('href')).to.equal('https://www.weather.gov/');
    });

    it('an unknown position warns and behaves as top', async () => {
      const warnings = captureWarnings();
      const el = await placeWidget<CstQuickExit>(html`<cst-quick-exit position="middle"></cst-quick-exit>`);
      expect(warnings.restore()).to.have.length(1);
      // The page's value is left as it is (a widget never overwrites its own public properties).
      expect([el.position, el.getAttribute('position')]).to.deep.equal(['middle', 'middle']);
      expect([getComputedStyle(bar(el)).position, getComputedStyle(bar(el)).top]).to.deep.equal(['sticky', '0px']);
    });

    const HOSTILE: [string, () => unknown][] = [
      ['an array', () => ['top']],
      ['a null-prototype object', () => Object.create(null)],
      ['an object whose toString throws', () => ({ toString() { throw new Error('boom'); } })],
      ['a Symbol', () => Symbol('top')],
      ['a Proxy whose traps throw', () => new Proxy({}, { get() { throw new Error('trap'); }, getPrototypeOf() { throw new Error('trap'); } })],
      ['a revoked Proxy', () => { const r = Proxy.revocable({}, {}); r.revoke(); return r.proxy; }],
    ];

    for (const property of ['href', 'position', 'label']) {
      for (const [name, make] of HOSTILE) {
        it(`.${property} = ${name}: a warning at most, the link in view, and the shortcut still leaves`, async () => {
          const el = await placeWidget<CstQuickExit>(html`<cst-quick-exit></cst-quick-exit>`);
          const exits = catchExits(el);
          const warnings = captureWarnings();
          (el as unknown as Record<string, unknown>)[property] = make();
          await el.updateComplete;
          const messages = warnings.restore();
          expect(messages.length, messages.join('; ')).to.be.at.most(property === 'label' ? 0 : 1);
          expect(link(el).getAttribute('href')).to.match(/^https:\/\//);
          expect(bar(el).getBoundingClientRect().height).to.be.greaterThan(40);
          await shift();
          await shift();
          await shift();
          expect(exits).to.have.length(1);
        });
      }
    }

    it('no property but href changes where it leaves for: every other name set to a javascript: URL leaves no such link or exit', async () => {
      const BAD = 'javascript:alert(document.domain)';
      // Every property a framework would find with `name in element`, from the element's own
      // class down to (not including) HTMLElement: its public API, Lit's, and anything left public.
      const sample = await placeWidget<CstQuickExit>(html`<cst-quick-exit></cst-quick-exit>`);
      const names = new Set<string>(Object.getOwnPropertyNames(sample));
      for (let proto = Object.getPrototypeOf(sample); proto && proto !== HTMLElement.prototype; proto = Object.getPrototypeOf(proto)) {
        for (const name of Object.getOwnPropertyNames(proto)) if (name !== 'constructor') names.add(name);
      }
      sample.remove(); // only the element under test answers the Shift shortcut
      expect(names.size, 'names found').to.be.greaterThan(20);
      const warnings = captureWarnings();
      const failures: string[] = [];
      // A broken name may break the widget's own updates (Lit's `render`, say): what counts here is
      // where it leaves for, so those errors are recorded, not reported as this test's failure.
      const errors: string[] = [];
      const onerror = window.onerror;
      window.onerror = (message) => void errors.push(String(message));
      const unhandled = (event: PromiseRejectionEvent) => {
        event.preventDefault();
        errors.push(String(event.reason));
      };
      window.addEventListener('unhandledrejection', unhandled);
      try {
        for (const name of names) {
          const el = await placeWidget<CstQuickExit>(html`<cst-quick-exit></cst-quick-exit>`);
          const exits = catchExits(el);
          const own = Object.prototype.hasOwnProperty.call(el, name);
          const original = own ? (el as unknown as Record<string, unknown>)[name] : undefined;
          try {
            (el as unknown as Record<string, unknown>)[name] = BAD;
          } catch {
            // A getter without a setter: nothing was set.
          }
          // Let any update it asked for run (a broken one must not matter to the exit).
          await new Promise((done) => setTimeout(done));
          const links = [...el.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href'));
          link(el).click();
          await shift();
          await shift();
          await shift();
          const bad = [...links.filter((href) => !href?.startsWith('https:')), ...exits.map((e) => e.href).filter((href) => !href.startsWith('https:'))];
          if (bad.length) failures.push(`${name}: ${bad.join(', ')}`);
          if (!exits.some((e) => e.trigger === 'link')) failures.push(`${name}: the link no longer leaves`);
          if (name !== 'noShortcut' && !exits.some((e) => e.trigger === 'shortcut')) failures.push(`${name}: the shortcut no longer leaves`);
          // Put back what the element needs to leave the page cleanly.
          if (own) (el as unknown as Record<string, unknown>)[name] = original;
          else delete (el as unknown as Record<string, unknown>)[name];
          try {
            el.remove();
          } catch {
            // its disconnectedCallback was replaced
          }
        }
      } finally {
        await new Promise((done) => setTimeout(done, 50)); // updates still settling reject here, not later
        warnings.restore();
        window.onerror = onerror;
        window.removeEventListener('unhandledrejection', unhandled);
      }
      expect(failures).to.deep.equal([]);
    });
  });
});
