import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import { getLocale, matchLocale, setLocale } from '../src/localization.js';
import { VERSION } from '../src/internal/version.js';
import { captureWarnings, untilLocale } from './helpers.js';

const settle = (locale: string) => untilLocale(locale);

describe('localization', () => {
  afterEach(async () => {
    document.documentElement.lang = 'en';
    await settle('en');
  });

  it('maps language tags by their primary language', () => {
    expect(['es', 'es-MX', 'es-419', 'ES-us', 'es_ES'].map(matchLocale)).to.deep.equal(['es', 'es', 'es', 'es', 'es']);
    expect(['en', 'en-GB'].map(matchLocale)).to.deep.equal(['en', 'en']);
    expect(['fr', '', 'x', undefined, null].map(matchLocale)).to.deep.equal([undefined, undefined, undefined, undefined, undefined]);
  });

  for (const lang of ['es', 'es-MX', 'es-419']) {
    it(`follows <html lang="${lang}"> without a reload`, async () => {
      const el = await fixture(html`<cst-hotline-banner></cst-hotline-banner>`);
      document.documentElement.lang = lang;
      await settle('es');
      expect(getLocale()).to.equal('es');
      expect(el.shadowRoot!.querySelector('[part~="title"]')!.textContent).to.equal('Línea directa de 24 horas');
    });
  }

  for (const lang of ['fr', 'en-US', '']) {
    it(`shows English for <html lang="${lang}">`, async () => {
      document.documentElement.lang = 'es';
      await settle('es');
      document.documentElement.lang = lang;
      await settle('en');
      expect(getLocale()).to.equal('en');
    });
  }

  it('setLocale accepts regional tags and warns, then shows English, for unsupported ones', async () => {
    await setLocale('es-MX');
    expect(getLocale()).to.equal('es');
    const warnings = captureWarnings();
    await setLocale('de');
    const messages = warnings.restore();
    expect(getLocale()).to.equal('en');
    expect(messages).to.have.length(1);
    expect(messages[0]).to.contain('"de"').and.contain('English');
  });

  it('setLocale with a value that is not a language tag warns and shows English, without rejecting', async () => {
    await setLocale('es');
    for (const bad of [5, null, {}, Object.create(null), Symbol('es')]) {
      const warnings = captureWarnings();
      await setLocale(bad as never);
      const messages = warnings.restore();
      expect(getLocale(), String(typeof bad)).to.equal('en');
      expect(messages, String(typeof bad)).to.have.length(1);
      await setLocale('es');
    }
  });

  it('a setLocale call wins over a change of <html lang> made just before it, in the same task', async () => {
    const el = await fixture(html`<cst-hotline-banner></cst-hotline-banner>`);
    document.documentElement.lang = 'en';
    await setLocale('es');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(getLocale()).to.equal('es');
    expect(el.shadowRoot!.querySelector('[part~="title"]')!.textContent).to.equal('Línea directa de 24 horas');
    // A later change of <html lang> is followed again.
    document.documentElement.lang = 'en-US';
    await settle('en');
    expect(getLocale()).to.equal('en');
  });

  it('keeps VERSION equal to package.json', async () => {
    const pkg = await (await fetch('/package.json')).json();
    expect(VERSION).to.equal(pkg.version);
  });
});
