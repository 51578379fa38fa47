import { expect, waitUntil } from '@open-wc/testing';

// The real drop-in path: the markup is in the page before the script defines the element.
describe('an element already in the page when the library loads', () => {
  it('upgrades, keeps its fallback in view until the first render replaces it, and follows later locale changes', async () => {
    document.body.innerHTML = `
      <cst-hotline-banner audience="parents">
        <p class="fallback">NCMEC hotline: <a href="tel:+18008435678">1-800-THE-LOST (1-800-843-5678)</a></p>
      </cst-hotline-banner>`;
    const el = document.querySelector<HTMLElement & { updateComplete: Promise<boolean> }>('cst-hotline-banner')!;
    expect(customElements.get('cst-hotline-banner')).to.equal(undefined);
    expect((el.querySelector('.fallback') as HTMLElement).offsetHeight).to.be.greaterThan(0);

    const api = await import('../src/index.js');
    await customElements.whenDefined('cst-hotline-banner');
    // Upgraded, first render not yet done (it waits for a task of its own): the fallback stays in
    // view, so the page does not collapse and jump back.
    expect(el.shadowRoot, 'upgraded').to.not.equal(null);
    expect(el.shadowRoot!.querySelector('[part~="title"]'), 'not rendered yet').to.equal(null);
    expect((el.querySelector('.fallback') as HTMLElement).offsetHeight).to.be.greaterThan(0);
    await el.updateComplete;
    expect((el.querySelector('.fallback') as HTMLElement).offsetHeight).to.equal(0);
    const title = () => el.shadowRoot!.querySelector('[part~="title"]')!.textContent;
    expect(title()).to.equal('24-Hour Hotline');

    await api.setLocale('es');
    await el.updateComplete;
    expect(title()).to.equal('Línea directa de 24 horas');
    expect(api.getLocale()).to.equal('es');

    document.documentElement.lang = 'en';
    await waitUntil(() => api.getLocale() === 'en', 'the widgets never followed <html lang>');
    await el.updateComplete;
    expect(title()).to.equal('24-Hour Hotline');
  });
});
