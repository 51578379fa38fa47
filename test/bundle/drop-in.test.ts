import { expect, waitUntil } from '@open-wc/testing';
import { AUDIENCES } from '../../src/content/types.js';
import { checkedExample, exampleMarkup, WIDGETS } from '../../src/examples.js';
import { MEASURING_FONT } from '../../src/hosts.js';
import { untilLocale, viewport } from '../helpers.js';
import { api, BUNDLE, captureErrors, frame, loadScript } from './load.js';

// Every 16 px from a small phone to a desktop, plus the common device widths.
const WIDTHS = [...new Set([375, 390, 414, 768, 1024, ...Array.from({ length: 61 }, (_, i) => 320 + i * 16)])];

function fallback(attrs: string) {
  return `<cst-hotline-banner ${attrs}>
    <p>If a child is in immediate danger, <a href="tel:911">call 911</a>.</p>
    <p>NCMEC 24-Hour Hotline: <a href="tel:+18008435678">1-800-THE-LOST (1-800-843-5678)</a></p>
  </cst-hotline-banner>`;
}

const EXIT = '<a href="https://www.weather.gov/" rel="nofollow noreferrer" target="_top">Exit this page</a>';

/** Every widget, in the order the drop-in defines them: src/widgets.json's, the quick exit first. */
const TAGS = WIDGETS.map((w) => w.tag);
const banners = () => [...document.querySelectorAll('cst-hotline-banner')] as HTMLElement[];
const reserved = () => [...document.querySelectorAll('cst-hotline-banner, cst-quick-exit')];
/**
 * Where the page below each banner and quick exit begins. (A sticky quick exit takes no box of its
 * own once drawn: its bar and note are laid out in the page, so the space is measured after it.)
 */
const after = (el: Element) => {
  let next = el.nextElementSibling!;
  while (next.localName === 'cst-quick-exit') next = next.nextElementSibling!;
  return next;
};
const heights = () => reserved().map((el) => Math.round(after(el).getBoundingClientRect().top));

// The page is set in the font the placeholder CSS's heights are measured in (the widgets take the page's).
const font = document.createElement('style');
font.textContent = `body { font-family: ${MEASURING_FONT}; }`;
document.head.append(font);

describe('dist/cst-widgets.js, the drop-in script', () => {
  const errors = captureErrors();
  let resourcesBefore: string[];
  const heightsBefore = new Map<string, number[]>();
  let definitions: Promise<{ tag: string; definedThen: string[] }[]>;
  const framesInBetween: string[] = [];
  let framesFallback = 0;
  let framesDrawn = 0;

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
      '<p>The page goes on.</p>',
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
    // Every frame painted while the widgets start: each banner and quick exit is either its
    // fallback, still styled by the placeholder CSS, or the rendered widget; never in between.
    let sampling = true;
    const sample = () => {
      for (const el of reserved()) {
        const drawn = Boolean(el.shadowRoot?.querySelector('[part~="base"]'));
        const marked = el.hasAttribute('rendered');
        const background = getComputedStyle(el).backgroundColor;
        if (drawn !== marked) framesInBetween.push(`${el.localName}: drawn ${drawn}, rendered attribute ${marked}`);
        else if (!drawn && el.localName === 'cst-hotline-banner' && background !== 'rgb(22, 46, 81)') framesInBetween.push(`fallback banner on ${background}`);
        else if (drawn) framesDrawn++;
        else framesFallback++;
      }
      if (sampling) requestAnimationFrame(sample);
    };
    requestAnimationFrame(sample);
    await loadScript(BUNDLE);
    await customElements.whenDefined('cst-hotline-banner');
    await Promise.all(reserved().map((el) => (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
    await frame();
    sampling = false;
  });

  it('keeps the placeholder CSS on the fallback until the very frame the widget is drawn', () => {
    expect(framesInBetween.slice(0, 5)).to.deep.equal([]);
    expect(framesFallback, 'frames that showed the styled fallback').to.be.greaterThan(0);
    expect(framesDrawn, 'frames that showed the widgets').to.be.greaterThan(0);
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

  it('shows the guide each red flag and each type of trafficking comes from (the build keeps those citations)', async () => {
    const host = document.createElement('div');
    host.innerHTML = '<cst-red-flags></cst-red-flags><cst-trafficking-type type="familial"></cst-trafficking-type>';
    document.body.append(host);
    try {
      const [flags, type] = [...host.children] as (HTMLElement & { updateComplete: Promise<unknown> })[];
      await waitUntil(() => flags.shadowRoot?.querySelector('[part~="toggle"]') && type.shadowRoot?.querySelector('[part~="toggle"]'), 'never rendered', { timeout: 5000 });
      for (const el of [flags, type]) {
        el.shadowRoot!.querySelector<HTMLElement>('[part~="toggle"]')!.click();
        await el.updateComplete;
        const source = el.shadowRoot!.querySelector<HTMLElement>('.source')!;
        expect(source.checkVisibility(), el.localName).to.equal(true);
        expect(source.textContent, el.localName).to.match(/^Sources?: Child Sex Trafficking.* \(20\d\d\)/);
      }
    } finally {
      host.remove();
    }
  });

  it('draws every icon as its source does: the minified markup closes each SVG shape (no shape inside another)', async () => {
    const host = document.createElement('div');
    host.innerHTML = WIDGETS.map((w) => exampleMarkup(w.tag, checkedExample(w.tag))).join('');
    document.body.append(host);
    try {
      const widgets = [...host.children] as (HTMLElement & { updateComplete: Promise<unknown> })[];
      await waitUntil(() => widgets.every((el) => el.hasAttribute('rendered')), 'never rendered', { timeout: 5000 });
      const shapes = 'circle, ellipse, line, path, polygon, polyline, rect';
      let icons = 0;
      for (const el of widgets) {
        for (const svg of el.shadowRoot!.querySelectorAll('svg')) {
          icons++;
          const nested = [...svg.querySelectorAll(shapes)].filter((shape) => shape.children.length);
          expect(nested.map((n) => n.outerHTML), `${el.localName}: ${svg.outerHTML.slice(0, 80)}`).to.deep.equal([]);
        }
      }
      expect(icons, 'icons checked').to.be.greaterThan(5);
    } finally {
      host.remove();
    }
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
});
