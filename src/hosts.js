/**
 * The host pages the widgets really land on, as archetypes: a CMS's serif column, a sidebar, the
 * narrowest box the widgets promise to fit (240 px), a dark page, a school's brand by tokens on
 * `:root`, and a phone. `npm run gallery` draws every widget in
 * each, Storybook offers them in its toolbar, and test/host-pages.test.ts checks every widget in
 * each (nothing past its box, every text readable, the host's font). Like examples.js, this is
 * never imported by the library, so nothing here ships. Types in hosts.d.ts.
 *
 * Each host's CSS styles only the page and the box it gives the widget (`.host-box`): what a real
 * site's stylesheet does. The brand sets the library's tokens on `:root`, as docs/theming.md says.
 */
export const HOSTS = [
  {
    name: 'column',
    label: 'A CMS column: 640 px of Georgia at 19 px',
    viewport: { width: 1280, height: 900 },
    css: `body { margin: 0; font: 19px/1.6 Georgia, 'Times New Roman', serif; color: #222; background: #fff; }
.host-page { max-width: 640px; margin: 0 auto; padding: 24px 0; }`,
  },
  {
    name: 'sidebar',
    label: 'A 300 px sidebar beside the page',
    viewport: { width: 1280, height: 900 },
    css: `body { margin: 0; font: 16px/1.5 Arial, sans-serif; color: #1b1b1b; background: #f4f4f4; }
.host-page { display: flex; gap: 32px; max-width: 1100px; margin: 0 auto; padding: 24px; }
.host-page::before { content: ''; flex: 1 1 auto; min-height: 200px; background: #fff; }
.host-box { flex: 0 0 300px; width: 300px; background: #fff; }`,
  },
  {
    name: 'narrow',
    label: 'A 240 px box, the narrowest the widgets promise to fit',
    viewport: { width: 1280, height: 900 },
    css: `body { margin: 0; font: 16px/1.5 Arial, sans-serif; color: #1b1b1b; background: #fff; }
.host-page { padding: 24px; }
.host-box { width: 240px; }`,
  },
  {
    name: 'dark',
    // What this page tests is colour, which the language does not change.
    coloursOnly: true,
    label: 'A dark page that sets only its own colours',
    viewport: { width: 1280, height: 900 },
    css: `html, body { background: #121212; color: #eeeeee; }
body { margin: 0; font: 16px/1.5 system-ui, sans-serif; }
.host-page { max-width: 960px; margin: 0 auto; padding: 24px; }`,
  },
  {
    name: 'brand',
    // What this page tests is colour, which the language does not change.
    coloursOnly: true,
    label: "A school's maroon and gold, by tokens on :root",
    viewport: { width: 1280, height: 900 },
    css: `:root {
  --cst-color-link: #7a1f2b;
  --cst-color-decoration: #c99700;
  --cst-color-strong: #5c1420;
  --cst-color-tint: #fdf5e1;
  --cst-color-focus: #f2c94c;
}
body { margin: 0; font: 16px/1.5 'Trebuchet MS', sans-serif; color: #1b1b1b; background: #fff; }
.host-page { max-width: 960px; margin: 0 auto; padding: 24px; }`,
  },
  {
    name: 'phone',
    label: 'A phone, 375 x 812',
    viewport: { width: 375, height: 812 },
    css: `body { margin: 0; font: 16px/1.5 system-ui, sans-serif; color: #1b1b1b; background: #fff; }
.host-page { padding: 16px; }`,
  },
];

/**
 * The font the placeholder CSS's heights are measured in (scripts/placeholder-css.mjs), and the
 * layout-shift tests' pages are set in: a system sans, what most sites use. The widgets take the
 * page's font, so a page in a wider one may see a widget grow a little as it renders.
 */
export const MEASURING_FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

/**
 * Resolves when every `cst-*` element in `root` (the widgets inside a guide's parts too) has
 * rendered (its `rendered` attribute) and its pending updates are done, with the time it was done
 * (`performance.now()`). A guide puts its parts' widgets in one a turn, so it waits until no new
 * widget comes; at least one widget must be there. Self-contained, so Node scripts hand it to
 * `page.evaluate` (the gallery, the screenshots, the long-task bench, the end-to-end tests) and the
 * browser tests import it: one wait for all of them.
 */
export async function allRendered({ root = document, timeout = 15000 } = {}) {
  const widgets = (node) =>
    [...node.querySelectorAll('*')].filter((el) => el.localName.startsWith('cst-')).flatMap((el) => [el, ...(el.shadowRoot ? widgets(el.shadowRoot) : [])]);
  // `root` itself too, when it is a widget, and the widgets in its shadow root.
  const own = () => (root instanceof Element && root.localName.startsWith('cst-') ? [root, ...(root.shadowRoot ? widgets(root.shadowRoot) : [])] : []);
  const inRoot = () => [...own(), ...widgets(root)];
  const end = performance.now() + timeout;
  for (let count = -1; count !== inRoot().length; ) {
    count = inRoot().length;
    while (!inRoot().length || inRoot().some((el) => !el.hasAttribute('rendered'))) {
      if (performance.now() > end) {
        const waiting = inRoot().filter((el) => !el.hasAttribute('rendered')).map((el) => el.localName);
        throw new Error(`not rendered after ${timeout} ms: ${waiting.join(', ') || 'no cst-* element'}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    // A failed update is for the caller's own checks to find, not for the wait.
    await Promise.all(inRoot().map((el) => Promise.resolve(el.updateComplete).catch(() => {})));
  }
  return performance.now();
}

/** The markup of a host page's body around `widget` (HTML): the page, and the widget's box in it. */
export function hostBody(widget) {
  return `<div class="host-page"><div class="host-box">${widget}</div></div>`;
}
