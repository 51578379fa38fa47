import { expect, waitUntil } from '@open-wc/testing';

/**
 * `window.CstWidgets` as a page meets it: each case is a page of its own (a frame), loading release
 * files from dist/ as classic scripts, with a first script that records what the console says.
 */
interface Logged {
  warnings: string[];
  errors: string[];
  CstWidgets?: { version: string; setLocale(code: string): Promise<void>; getLocale(): string };
  kept?: unknown;
}

const RECORD = `<script>
  window.logged = { warnings: [], errors: [] };
  const warn = console.warn, error = console.error;
  console.warn = (...a) => { logged.warnings.push(a.map(String).join(' ')); warn(...a); };
  console.error = (...a) => { logged.errors.push(a.map(String).join(' ')); error(...a); };
  addEventListener('error', (e) => logged.errors.push(String(e.message)));
</script>`;

const frames: HTMLIFrameElement[] = [];
afterEach(() => frames.splice(0).forEach((f) => f.remove()));

/** A page whose head runs `head` (after the recorder) and whose body holds `body`; resolves once it has loaded. */
async function page(head: string, body: string): Promise<{ win: Window & { logged: Logged; CstWidgets?: Logged['CstWidgets'] }; doc: Document }> {
  const frame = document.createElement('iframe');
  frames.push(frame);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = `<!doctype html><html lang="en"><head>${RECORD}${head}</head><body>${body}</body></html>`;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & { logged: Logged };
  return { win, doc: frame.contentDocument! };
}

const script = (file: string) => `<script src="/dist/${file}"></script>`;
const title = (doc: Document, tag: string) => doc.querySelector(tag)?.shadowRoot?.querySelector('h2, h3, [part~="title"]')?.textContent?.trim() ?? '';
const rendered = (doc: Document, ...tags: string[]) =>
  waitUntil(() => tags.every((tag) => doc.querySelector(tag)?.hasAttribute('rendered')), `${tags.join(', ')} never rendered`, { timeout: 5000 });

describe('window.CstWidgets, from every release file', () => {
  it("is there with an element's own file alone, and its setLocale and getLocale work", async () => {
    const { win, doc } = await page(script('cst-hotline-banner.js'), '<cst-hotline-banner></cst-hotline-banner>');
    await rendered(doc, 'cst-hotline-banner');
    expect(win.CstWidgets?.version).to.match(/^\d+\.\d+\.\d+/);
    await win.CstWidgets!.setLocale('es');
    await waitUntil(() => title(doc, 'cst-hotline-banner') === 'Línea directa de 24 horas', 'the banner stayed in English');
    expect(win.CstWidgets!.getLocale()).to.equal('es');
    expect(win.logged.warnings).to.deep.equal([]);
    expect(win.logged.errors).to.deep.equal([]);
  });

  it('is one object whichever files a page mixes, and its setLocale reaches the widgets of every file', async () => {
    const { win, doc } = await page(
      `${script('cst-hotline-banner.js')}<script>logged.kept = window.CstWidgets;</script>${script('cst-widgets.js')}${script('cst-hotline-banner.js')}`,
      '<cst-hotline-banner></cst-hotline-banner><cst-trafficking-types></cst-trafficking-types>',
    );
    await rendered(doc, 'cst-hotline-banner', 'cst-trafficking-types');
    expect(win.logged.kept, 'the first file set it').to.be.an('object');
    expect(win.CstWidgets === win.logged.kept, 'the later files kept the first one').to.equal(true);
    await win.CstWidgets!.setLocale('es');
    await waitUntil(() => /Tipos de trata/.test(doc.querySelector('cst-trafficking-types')!.shadowRoot!.textContent ?? ''), 'the types (from cst-widgets.js) stayed in English');
    expect(title(doc, 'cst-hotline-banner')).to.equal('Línea directa de 24 horas');
    expect(win.logged.warnings).to.deep.equal([]);
    expect(win.logged.errors).to.deep.equal([]);
  });

  it("leaves a page's own read-only CstWidgets alone: the widgets start, and one warning (not an error) says what is missing", async () => {
    const { win, doc } = await page(
      `<script>Object.defineProperty(window, 'CstWidgets', { value: { mine: true }, writable: false, configurable: false });</script>${script('cst-hotline-banner.js')}${script('cst-widgets.js')}`,
      '<cst-hotline-banner></cst-hotline-banner><cst-stat></cst-stat>',
    );
    await rendered(doc, 'cst-hotline-banner', 'cst-stat');
    expect((win.CstWidgets as unknown as { mine: boolean }).mine).to.equal(true);
    expect(win.logged.warnings, 'one warning from two files').to.have.length(1);
    expect(win.logged.warnings[0]).to.contain('window.CstWidgets').and.contain('setLocale');
    expect(win.logged.errors).to.deep.equal([]);
  });

  it('never blames a start that worked: a CstWidgets setter that throws gives the warning, no "could not start"', async () => {
    const { win, doc } = await page(
      `<script>Object.defineProperty(window, 'CstWidgets', { get() { return undefined; }, set() { throw new Error('read-only here'); } });</script>${script('cst-hotline-banner.js')}`,
      '<cst-hotline-banner></cst-hotline-banner>',
    );
    await rendered(doc, 'cst-hotline-banner');
    expect(title(doc, 'cst-hotline-banner')).to.equal('24-Hour Hotline');
    expect(win.logged.errors).to.deep.equal([]);
    expect(win.logged.warnings).to.have.length(1);
    expect(win.logged.warnings[0]).to.contain('window.CstWidgets');
  });

  it("on a page that set Object.prototype[0] (which hangs Lit's templates), starts nothing: one error naming it, the fallback markup stays, the page answers", async () => {
    // Without the guard, the first template without parts loops for good: this frame, and the
    // test page with it, would stop answering.
    const { win, doc } = await page(
      `<script>Object.prototype[0] = 'polluted';</script>${script('cst-widgets.js')}`,
      '<cst-hotline-banner><p><a href="tel:+18008435678">1-800-THE-LOST (1-800-843-5678)</a></p></cst-hotline-banner><cst-red-flags></cst-red-flags>',
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(win.logged.errors).to.have.length(1);
    expect(win.logged.errors[0]).to.contain('Object.prototype[0]').and.contain('hangs Lit');
    const banner = doc.querySelector('cst-hotline-banner')!;
    expect(banner.hasAttribute('rendered')).to.equal(false);
    expect(banner.querySelector('a')!.checkVisibility()).to.equal(true);
  });
});
