import { expect, waitUntil } from '@open-wc/testing';
import { captureWarnings } from '../helpers.js';
import { api, BUNDLE, captureErrors, frame, loadScript } from './load.js';

describe('dist/cst-widgets.js next to a different version of itself', () => {
  it('throws nothing, warns once naming both versions, and the widgets work', async () => {
    const errors = captureErrors();
    const warnings = captureWarnings();
    document.body.innerHTML = '<cst-hotline-banner></cst-hotline-banner>';
    await loadScript(BUNDLE);
    const first = api().version;
    // The test runner serves this as the same build with its version changed to 9.9.9-test.
    await loadScript('/test/bundle/other-version.js');
    // The second copy meets the first as it defines its elements, one per task: the first clash
    // warns, and the ones after it stay silent.
    await waitUntil(() => warnings.messages.length > 0, 'no warning', { timeout: 2000 });
    await new Promise((resolve) => setTimeout(resolve, 200));
    const messages = warnings.restore();
    expect(errors).to.deep.equal([]);
    expect(messages).to.have.length(1);
    expect(messages[0]).to.contain(first).and.contain('9.9.9-test');

    // Either copy's API reaches the elements that the first copy defined.
    await api().setLocale('es');
    await frame();
    const banner = document.querySelector('cst-hotline-banner')!;
    expect(banner.shadowRoot!.querySelector('[part~="title"]')!.textContent).to.equal('Línea directa de 24 horas');
    expect(api().getLocale()).to.equal('es');
  });
});
