import { expect } from '@open-wc/testing';
import { captureWarnings } from '../helpers.js';
import { api, BUNDLE, captureErrors, frame, loadScript } from './load.js';

describe('dist/cst-widgets.js loaded twice (a CMS that includes the snippet twice)', () => {
  it('throws nothing, warns nothing, and the widgets work', async () => {
    const errors = captureErrors();
    const warnings = captureWarnings();
    document.body.innerHTML = '<cst-hotline-banner audience="parents"></cst-hotline-banner>';
    await loadScript(`${BUNDLE}?copy=1`);
    await loadScript(`${BUNDLE}?copy=2`);
    await customElements.whenDefined('cst-hotline-banner');
    const messages = warnings.restore();
    expect(errors).to.deep.equal([]);
    expect(messages).to.deep.equal([]);

    const banner = document.querySelector('cst-hotline-banner')!;
    await api().setLocale('es');
    await frame();
    expect(banner.shadowRoot!.querySelector('[part~="title"]')!.textContent).to.equal('Línea directa de 24 horas');
  });
});
