import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../src/components/quick-exit/quick-exit.js';
import type { CstQuickExit, ExitDetail } from '../src/components/quick-exit/quick-exit.js';
import 'axe-core/axe.min.js';
import { captureWarnings, engine, useLocale } from './helpers.js';

async function quickExit(template: TemplateResult = html`<cst-quick-exit></cst-quick-exit>`) {
  const el = await fixture<CstQuickExit>(template);
  await el.updateComplete;
  return el;
}
const link = (el: CstQuickExit) => el.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="link"]')!;
const status = (el: CstQuickExit) => el.shadowRoot!.querySelector('[part~="status"]')!.textContent!.trim();

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

describe('<cst-quick-exit>', () => {
  afterEach(() => useLocale('en'));

  describe('the link', () => {
    it('is a real link to a neutral site that also works without JavaScript', async () => {
      const el = await quickExit();
      expect(link(el).getAttribute('href')).to.equal('https://www.weather.gov/');
      expect(link(el).getAttribute('rel')).to.equal('nofollow noreferrer');
      expect(link(el).getAttribute('target')).to.equal('_top');
    });

    it('shows "Exit this page" with a visually hidden "Emergency" first, in both languages', async () => {
      const el = await quickExit();
      expect(link(el).textContent!.replace(/\s+/g, ' ').trim()).to.equal('Emergency Exit this page');
      expect(link(el).querySelector('.visually-hidden')!.getBoundingClientRect().width).to.be.at.most(1);
      await useLocale('es');
      expect(link(el).textContent!.replace(/\s+/g, ' ').trim()).to.equal('Emergencia Salir de esta página');
    });

    it('is at least 44 px tall and wide', async () => {
      const el = await quickExit();
      const box = link(el).getBoundingClientRect();
      expect(box.height).to.be.at.least(44);
      expect(box.width).to.be.at.least(44);
    });

    it('accepts an https: destination', async () => {
      const el = await quickExit(html`<cst-quick-exit href="https://www.example.org/news"></cst-quick-exit>`);
      expect(link(el).getAttribute('href')).to.equal('https://www.example.org/news');
    });

    for (const bad of ['http://example.org/', 'javascript:alert(1)', 'data:text/html,hi', '/relative', '', 'not a url']) {
      it(`refuses href="${bad}" with a warning and keeps the default`, async () => {
        const warnings = captureWarnings();
        const el = await quickExit(html`<cst-quick-exit href=${bad}></cst-quick-exit>`);
        const messages = warnings.restore();
        expect(messages).to.have.length(1);
        expect(messages[0]).to.contain('https:');
        expect(link(el).getAttribute('href')).to.equal('https://www.weather.gov/');
      });
    }

    it('removing href goes back to the default destination, without a warning', async () => {
      const el = await quickExit(html`<cst-quick-exit href="https://www.example.org/news"></cst-quick-exit>`);
      const warnings = captureWarnings();
      el.removeAttribute('href');
      await el.updateComplete;
      expect(warnings.restore()).to.deep.equal([]);
      expect(link(el).getAttribute('href')).to.equal('https://www.weather.gov/');
    });

    it('show-note adds a line saying the exit does not erase browsing history', async () => {
      const el = await quickExit(html`<cst-quick-exit show-note></cst-quick-exit>`);
      expect(el.shadowRoot!.querySelector('[part~="note"]')!.textContent).to.contain('does not erase it from your browsing history');
      const plain = await quickExit();
      expect(plain.shadowRoot!.querySelector('[part~="note"]')).to.equal(null);
    });

    // Print emulation goes through Chromium's DevTools protocol.
    (engine === 'chromium' ? it : it.skip)('is hidden when printing', async () => {
      const el = await quickExit();
      await emulateMedia({ media: 'print' });
      try {
        expect(el.getBoundingClientRect().height).to.equal(0);
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });

    it('an unknown position warns and behaves as top', async () => {
      const warnings = captureWarnings();
      const el = await quickExit(html`<cst-quick-exit position="middle"></cst-quick-exit>`);
      expect(warnings.restore()).to.have.length(1);
      expect(el.getAttribute('position')).to.equal('top');
      expect(getComputedStyle(el).position).to.equal('sticky');
    });
  });

  describe('events', () => {
    it('a click fires a cancelable cst-exit first; cancelled, the page stays usable', async () => {
      const el = await quickExit();
      const exits = catchExits(el);
      link(el).click();
      expect(exits).to.deep.equal([{ href: 'https://www.weather.gov/', trigger: 'link' }]);
      expect(el.shadowRoot!.querySelector('dialog')!.open).to.equal(false);
      expect(document.title).not.to.equal('\u200B');
    });

    it('back from the back-forward cache, the cover and title are reset', async () => {
      const el = await quickExit();
      const title = document.title;
      el.shadowRoot!.querySelector('dialog')!.showModal();
      document.title = '\u200B';
      (el as unknown as { savedTitle: string }).savedTitle = title;
      window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
      expect(el.shadowRoot!.querySelector('dialog')!.open).to.equal(false);
      expect(document.title).to.equal(title);
    });
  });

  describe('the Shift shortcut', () => {
    it('three presses exit, saying how many remain after each', async () => {
      const el = await quickExit();
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

    it('says it in Spanish too', async () => {
      const el = await quickExit();
      catchExits(el);
      await useLocale('es');
      await shift();
      await el.updateComplete;
      expect(status(el)).to.equal('Presione Shift 2 veces más para salir de esta página.');
    });

    it('another key in between starts the count again', async () => {
      const el = await quickExit();
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
      const el = await quickExit();
      const exits = catchExits(el);
      for (const letter of ['a', 'b', 'c']) {
        await sendKeys({ down: 'Shift' });
        await sendKeys({ press: letter });
        await sendKeys({ up: 'Shift' });
      }
      expect(exits).to.have.length(0);
    });

    it('a press more than 5 seconds after the last starts again', async () => {
      const el = await quickExit();
      const exits = catchExits(el);
      const realNow = Date.now;
      let now = realNow();
      Date.now = () => now;
      try {
        await shift();
        await shift();
        now += 5001;
        await shift();
        await el.updateComplete;
        expect(exits).to.have.length(0);
        expect(status(el)).to.equal('Press Shift 2 more times to exit this page.');
        now += 4999;
        await shift();
        now += 4999;
        await shift();
        expect(exits).to.have.length(1);
      } finally {
        Date.now = realNow;
      }
    });

    it('no-shortcut turns it off', async () => {
      const el = await quickExit(html`<cst-quick-exit no-shortcut></cst-quick-exit>`);
      const exits = catchExits(el);
      await shift();
      await shift();
      await shift();
      expect(exits).to.have.length(0);
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

  describe('accessibility', () => {
    it('is a region named "Exit this page", so placed first in <body> it is not content outside every landmark', async () => {
      const el = await quickExit(html`<cst-quick-exit show-note></cst-quick-exit>`);
      // "region" is a page-level axe rule: it runs only on the whole document, never on a fixture.
      const { axe } = window as unknown as { axe: typeof import('axe-core') };
      const { violations } = await axe.run(document, { runOnly: ['region'] });
      expect(violations.flatMap((v) => v.nodes.map((n) => JSON.stringify(n.target)))).to.deep.equal([]);
      const base = el.shadowRoot!.querySelector('[part~="base"]')!;
      expect([base.getAttribute('role'), base.getAttribute('aria-label')]).to.deep.equal(['region', 'Exit this page']);
    });

    for (const locale of ['en', 'es']) {
      it(`passes axe, with the note, in ${locale}`, async () => {
        const el = await quickExit(html`<cst-quick-exit show-note position="inline"></cst-quick-exit>`);
        await useLocale(locale);
        await expect(el).to.be.accessible();
      });
    }
  });
});
