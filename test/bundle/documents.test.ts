import { expect, waitUntil } from '@open-wc/testing';

/**
 * The widgets when a page changes documents under them: a document rewritten by
 * `document.open()` and `write()`, and a widget moved into a same-origin frame and back. Each case
 * is a page of its own (a frame) that loads a release file from dist/.
 */
const frames: HTMLIFrameElement[] = [];
afterEach(() => frames.splice(0).forEach((f) => f.remove()));

async function page(markup: string, parent: Document = document): Promise<HTMLIFrameElement> {
  const frame = parent.createElement('iframe');
  frames.push(frame);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = markup;
  parent.body.append(frame);
  await loaded;
  return frame;
}

const title = (doc: Document) => doc.querySelector('cst-hotline-banner')?.shadowRoot?.querySelector('[part~="title"]')?.textContent?.trim() ?? '';

describe('a document rewritten by document.open() and write()', () => {
  it("follows the new document's <html lang>, and later changes of it", async () => {
    const frame = await page('<!doctype html><html lang="en"><head><script src="/dist/cst-hotline-banner.js"></script></head><body><cst-hotline-banner></cst-hotline-banner></body></html>');
    const win = frame.contentWindow!;
    await waitUntil(() => title(win.document) === '24-Hour Hotline', 'the banner never rendered');
    win.document.open();
    win.document.write('<!doctype html><html lang="es"><head></head><body><cst-hotline-banner></cst-hotline-banner></body></html>');
    win.document.close();
    await waitUntil(() => title(win.document) === 'Línea directa de 24 horas', `the new document is in Spanish; the banner says "${title(win.document)}"`);
    win.document.documentElement.lang = 'en';
    await waitUntil(() => title(win.document) === '24-Hour Hotline', 'a later change of the new <html lang> is followed');
  });
});

describe('a widget moved into a same-origin frame, and back', () => {
  it('keeps its styles in the frame and back in its page', async () => {
    const host = await page('<!doctype html><html lang="en"><head><script src="/dist/cst-stat.js"></script></head><body><cst-stat></cst-stat></body></html>');
    const doc = host.contentDocument!;
    const other = await page('<!doctype html><html lang="en"><body><p>Another document</p></body></html>', doc);
    const stat = doc.querySelector('cst-stat')!;
    await waitUntil(() => stat.hasAttribute('rendered'), 'never rendered');
    const look = () => {
      const number = stat.shadowRoot!.querySelector('.number')!;
      const view = stat.ownerDocument.defaultView!;
      return { display: view.getComputedStyle(stat).display, size: view.getComputedStyle(number).fontSize };
    };
    const styled = look();
    expect(styled.display).to.equal('block');
    expect(parseFloat(styled.size)).to.be.greaterThan(30);
    other.contentDocument!.body.append(stat);
    expect(stat.ownerDocument).to.equal(other.contentDocument);
    expect(look(), 'in the frame').to.deep.equal(styled);
    doc.body.prepend(stat);
    expect(look(), 'back in its page').to.deep.equal(styled);
  });
});
