import { expect } from '@open-wc/testing';
import { untilLocale, viewport } from '../helpers.js';
import { api, BUNDLE, captureErrors, frame, loadScript } from './load.js';

const AUDIENCES = ['general', 'parents', 'professionals', 'educators'];
// Every 16 px from a small phone to a desktop, plus the common device widths.
const WIDTHS = [...new Set([375, 390, 414, 768, 1024, ...Array.from({ length: 61 }, (_, i) => 320 + i * 16)])];

function fallback(attrs: string) {
  return `<cst-hotline-banner ${attrs}>
    <p>NCMEC 24-Hour Hotline: <a href="tel:+18008435678">1-800-THE-LOST (1-800-843-5678)</a></p>
  </cst-hotline-banner>`;
}

const EXIT = '<a href="https://www.weather.gov/" rel="nofollow noreferrer" target="_top">Exit this page</a>';

const TAGS = ['cst-quick-exit', 'cst-hotline-banner', 'cst-red-flags', 'cst-trafficking-types', 'cst-trafficking-type', 'cst-do-dont'];
const banners = () => [...document.querySelectorAll('cst-hotline-banner')] as HTMLElement[];
const reserved = () => [...document.querySelectorAll('cst-hotline-banner, cst-quick-exit')];
const heights = () => reserved().map((b) => Math.round(b.getBoundingClientRect().height));

describe('dist/cst-widgets.js, the drop-in script', () => {
  const errors = captureErrors();
  let resourcesBefore: string[];
  const heightsBefore = new Map<string, number[]>();
  let definitions: Promise<{ tag: string; definedThen: string[] }[]>;

  before(async function () {
    this.timeout(120_000); // a hundred and more viewport changes
    const css = document.createElement('link');
    css.rel = 'stylesheet';
    css.href = '/demo/placeholder.css';
    await new Promise((resolve) => {
      css.onload = resolve;
      document.head.append(css);
    });
    // The documented use: banners as wide as the page (the top of every page of a site).
    document.body.style.margin = '0';
    // Phones draw scrollbars over the page; a classic 15 px scrollbar would narrow a 320 px screen.
    document.documentElement.style.scrollbarWidth = 'none';
    document.body.innerHTML = [
      `<cst-quick-exit>${EXIT}</cst-quick-exit>`,
      `<cst-quick-exit show-note no-shortcut>${EXIT}</cst-quick-exit>`,
      ...AUDIENCES.map((a) => fallback(`audience="${a}"`)),
      ...AUDIENCES.map((a) => fallback(`audience="${a}" dismissible`)),
      fallback('variant="compact"'),
      fallback('variant="compact" dismissible'),
    ].join('');
    // The widest text is Spanish, so the reserved space is measured in both languages.
    for (const lang of ['en', 'es']) {
      document.documentElement.lang = lang;
      for (const width of WIDTHS) {
        // A width the engine cannot reach (WebKit's narrowest window) is left out.
        if ((await viewport({ width, height: 900 })) === width) heightsBefore.set(`${lang}@${width}`, heights());
      }
    }
    document.documentElement.lang = 'en';
    resourcesBefore = performance.getEntriesByType('resource').map((e) => e.name);
    definitions = Promise.all(
      TAGS.map((tag) => customElements.whenDefined(tag).then(() => ({ tag, definedThen: TAGS.filter((t) => customElements.get(t)) }))),
    );
    await loadScript(BUNDLE);
    await customElements.whenDefined('cst-hotline-banner');
    await Promise.all(reserved().map((el) => (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
    await frame();
  });

  it('defines every widget, one per task, quick exit first, and exposes the CstWidgets global', async () => {
    // In this order (the safety exit soonest), each in a task of its own: when one is defined,
    // the ones after it are not yet.
    const seen = await definitions;
    seen.forEach(({ tag, definedThen }, i) => expect(definedThen, tag).to.deep.equal(TAGS.slice(0, i + 1)));
    for (const tag of TAGS) expect(customElements.get(tag), tag).to.be.a('function');
    expect(api().version).to.match(/^\d+\.\d+\.\d+/);
    expect(errors).to.deep.equal([]);
  });

  it('replaces the fallback markup with the widget', () => {
    for (const banner of banners()) {
      expect((banner.querySelector('p') as HTMLElement).offsetHeight).to.equal(0);
      expect(banner.shadowRoot!.querySelector('[part~="hotline"]')!.getAttribute('href')).to.equal('tel:+18008435678');
    }
  });

  for (const lang of ['en', 'es']) {
    it(`causes no layout shift with the placeholder CSS: banners and quick exits (${lang}, widths from 320 to 1280 px)`, async function () {
      this.timeout(120_000);
      expect([...heightsBefore.keys()].filter((k) => k.startsWith(lang)).length).to.be.greaterThan(40);
      document.documentElement.lang = lang;
      await untilLocale(lang, () => api().getLocale());
      for (const width of WIDTHS.filter((w) => heightsBefore.has(`${lang}@${w}`))) {
        await viewport({ width, height: 900 });
        await frame();
        expect(heights(), `${lang} at ${width}px (page ${document.documentElement.clientWidth}px): ${JSON.stringify([heights(), heightsBefore.get(`${lang}@${width}`)])}`).to.deep.equal(heightsBefore.get(`${lang}@${width}`));
      }
      await viewport({ width: 800, height: 600 });
      document.documentElement.lang = 'en';
    });
  }

  it('switches language through CstWidgets.setLocale and follows <html lang>', async () => {
    const title = () => banners()[0].shadowRoot!.querySelector('[part~="title"]')!.textContent;
    await api().setLocale('es');
    await frame();
    expect(api().getLocale()).to.equal('es');
    expect(title()).to.equal('Línea directa de 24 horas');
    document.documentElement.lang = 'en-US';
    await untilLocale('en', () => api().getLocale());
    expect(api().getLocale()).to.equal('en');
    expect(title()).to.equal('24-Hour Hotline');
  });

  it('requested nothing but itself: every locale is inside the one file', async () => {
    await api().setLocale('es');
    await api().setLocale('en');
    const requested = performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .filter((name) => !resourcesBefore.includes(name));
    expect(requested.map((url) => new URL(url).pathname)).to.deep.equal([BUNDLE]);
  });

  it('ships no Lit development build and no source map reference', async () => {
    const source = await (await fetch(BUNDLE)).text();
    expect(source).not.to.contain('Lit is in dev mode');
    expect(source).not.to.contain('sourceMappingURL');
  });

  it('the placeholder CSS in the README is the tested one', async () => {
    const readme = await (await fetch('/README.md')).text();
    const css = await (await fetch('/demo/placeholder.css')).text();
    expect(readme.replace(/\r/g, '')).to.contain(css.trim());
  });
});
