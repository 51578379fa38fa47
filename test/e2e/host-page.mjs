// Shared by the host-page suites (CSP, host CSS, third-party stylesheets, privacy, bad input):
// every widget on one page, a way to open such a page and record what it does, and a reader's
// tour of every widget.
import assert from 'node:assert/strict';
import { checkedExample, exampleMarkup, WIDGETS } from '../../src/examples.js';
import { allRendered } from '../../src/hosts.js';

/** The hotline as the fallback markup of the README shows it. */
export const HOTLINE_FALLBACK =
  '<p>If a child is in immediate danger, <a href="tel:911">call 911</a>.</p><p>NCMEC 24-Hour Hotline: <a href="tel:+18008435678">1-800-THE-LOST (1-800-843-5678)</a></p>';

/**
 * Asserts that `element` (a Playwright locator) shows the README's fallback markup, as a reader
 * without the script sees it: "call 911" first, then the hotline, both working tel: links.
 */
export async function assertFallback(element, name = 'fallback') {
  // Locator calls only: a page that broke the script's globals (MutationObserver) can still be read.
  const links = await element.locator(':scope > p:not([slot]) > a').all();
  const seen = [];
  for (const link of links) {
    seen.push([await link.getAttribute('href'), await link.textContent()]);
    assert.ok(await link.isVisible(), `${name}: ${await link.textContent()} is visible`);
  }
  assert.deepEqual(seen, [
    ['tel:911', 'call 911'],
    ['tel:+18008435678', '1-800-THE-LOST (1-800-843-5678)'],
  ], name);
}

/**
 * The widgets one page holds together: every widget of src/widgets.json but one that holds the
 * others (the guide, whose landmarks would repeat theirs: it has its own suite, guide.test.mjs).
 */
export const TOGETHER = WIDGETS.filter((w) => !w.composite).map((w) => w.tag);

/** Those widgets on one page, each as its `checked` example (<widget>.examples.json) with its fallback markup. */
export const EVERY_WIDGET = TOGETHER.map((tag) => exampleMarkup(tag, checkedExample(tag))).join('\n');

/**
 * A host page's body with every widget one page holds: those it places in its own markup, then,
 * before its `</main>`, each other one as its checked example, so no widget is left untried.
 */
export function withEveryWidget(body) {
  const rest = TOGETHER.filter((tag) => !body.includes(`<${tag}`)).map((tag) => exampleMarkup(tag, checkedExample(tag)));
  return body.replace('</main>', `${rest.join('\n')}\n</main>`);
}

/** Every widget, from src/widgets.json. */
export const TAGS = WIDGETS.map((w) => w.tag);

const scriptTag = (script) => {
  const { src, ...attributes } = typeof script === 'string' ? { src: script } : script;
  const extra = Object.entries(attributes).map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${value}"`));
  return `<script src="${src}"${extra.join('')}></script>`;
};

/**
 * A host page. No inline script or style anywhere, so it works under a strict CSP: helper scripts
 * and styles come as files (`styles`: paths; `scripts`: paths, or `{ src, defer: true, ... }`).
 */
export function hostPage({ title = 'Host page', lang = 'en', styles = [], scripts = [], body = EVERY_WIDGET, head = '' } = {}) {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="/test/e2e/fixtures/host/icon.svg">
<title>${title}</title>
${styles.map((href) => `<link rel="stylesheet" href="${href}">`).join('\n')}
${scripts.map(scriptTag).join('\n')}
${head}
</head>
<body>
${body}
</body>
</html>`;
}

/** Opens `url` in a fresh context, recording uncaught errors, console errors and warnings, and requests. */
export async function openPage(browser, url, { contextOptions, beforeGoto } = {}) {
  const context = await browser.newContext(contextOptions);
  const page = await context.newPage();
  const log = { pageErrors: [], errors: [], warnings: [], requests: [] };
  page.on('pageerror', (error) => log.pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') log.errors.push(message.text());
    if (message.type() === 'warning') log.warnings.push(message.text());
  });
  page.on('request', (request) => log.requests.push(request.url()));
  await beforeGoto?.(context, page);
  await page.goto(url);
  return { context, page, log, close: () => context.close() };
}

/** Waits until every widget on the page has rendered, a guide's parts included (src/hosts.js's `allRendered`). */
export async function everyWidgetRendered(page, timeout = 15000) {
  await page.evaluate(allRendered, { timeout });
}

/** What each widget shows of itself: its heading (or main text) and its links, read from the shadow roots. */
export function widgetSummary(page) {
  return page.evaluate(() => {
    const out = {};
    for (const el of document.querySelectorAll('*')) {
      if (!el.localName.startsWith('cst-')) continue;
      const root = el.shadowRoot;
      // Its heading, or the main text of a widget without one (a figure's sentence).
      const heading = root?.querySelector('[part~="heading"], [part~="name"], [part~="title"], [part~="link"]') ?? root?.querySelector('[part~="text"]');
      out[el.localName] ??= {
        heading: heading?.textContent.replace(/\s+/g, ' ').trim(),
        lang: root?.querySelector('[part~="base"]')?.getAttribute('lang'),
        links: [...(root?.querySelectorAll('a[href]') ?? [])].map((a) => a.getAttribute('href')),
      };
    }
    return out;
  });
}

/**
 * A reader's tour of every widget, checking each step as a person would see it: a red-flag topic
 * filter, a sign opened, a search, a card's "Learn more", the banner's hotline link (its
 * `cst-hotline-call` event is caught by `window.__calls` when the page loads fixtures/probe.js),
 * and the banner dismissed. Uses only clicks and typing, so it also runs under a strict CSP.
 */
export async function tourEveryWidget(page, { search = true, dismiss = true } = {}) {
  await everyWidgetRendered(page);
  // The first of each widget on the page.
  const widget = (tag) => page.locator(tag).first();

  // The red-flag explorer: one topic chosen shows that topic only.
  const filter = widget('cst-red-flags').locator('[part~="filter"]').first();
  const topic = (await filter.locator('span').first().textContent()).trim();
  await filter.click();
  assert.equal(await filter.getAttribute('aria-pressed'), 'true');
  const groupHeadings = await widget('cst-red-flags').locator('[part~="group"] .group-heading').allTextContents();
  assert.deepEqual(groupHeadings.map((t) => t.trim()), [topic], 'one topic chosen shows that topic only');

  // A sign opens to its explanation.
  const sign = widget('cst-red-flags').locator('[part~="item"] [part~="toggle"]').first();
  const panel = widget('cst-red-flags').locator('[part~="item"] [part~="panel"]').first();
  assert.equal(await panel.isVisible(), false);
  await sign.click();
  assert.equal(await sign.getAttribute('aria-expanded'), 'true');
  assert.ok(await panel.isVisible(), 'an opened sign shows its explanation');

  if (search) {
    await widget('cst-red-flags').locator('[part~="button"]').first().click(); // Clear filters
    await widget('cst-red-flags').locator('[part~="search"]').fill('PHONES');
    await widget('cst-red-flags').locator('[part~="item"]').nth(5).waitFor({ state: 'detached' });
    const titles = (await widget('cst-red-flags').locator('[part~="item"] [part~="toggle"]').allTextContents()).map((t) => t.trim());
    assert.ok(titles.includes('Secret or several phones'), `a search finds its sign (${titles})`);
    assert.ok(titles.length < 5, `a search narrows the list (${titles})`);
    // Once typing pauses, the count is announced: every sign shown counted (warning signs, and
    // risk factors where the widget lists both).
    const status = widget('cst-red-flags').locator('[part~="status"]').filter({ hasText: /shown$/ });
    await status.waitFor();
    const counted = ((await status.textContent()).match(/\d+/g) ?? []).reduce((sum, n) => sum + Number(n), 0);
    assert.equal(counted, titles.length, await status.textContent());
  }

  // Cards: "Learn more" opens the details, in the set and in the single card.
  for (const tag of ['cst-trafficking-types', 'cst-trafficking-type']) {
    const toggle = widget(tag).locator('[part~="toggle"]').first();
    const details = widget(tag).locator('[part~="details"]').first();
    assert.equal(await details.isVisible(), false);
    await toggle.click();
    assert.ok(await details.isVisible(), `${tag}: "Learn more" shows the details`);
  }

  // Do and Don't: three of each.
  assert.equal(await widget('cst-do-dont').locator('[part~="do"] [part~="item"]').count(), 3);
  assert.equal(await widget('cst-do-dont').locator('[part~="dont"] [part~="item"]').count(), 3);

  // The quick exit offers its link.
  const exit = widget('cst-quick-exit').locator('[part~="link"]');
  assert.ok(await exit.isVisible());
  assert.equal(await exit.getAttribute('href'), 'https://www.weather.gov/');

  // The banner: the hotline link dials NCMEC, and the host hears of it.
  const hotline = widget('cst-hotline-banner').locator('[part~="hotline"]');
  assert.equal(await hotline.getAttribute('href'), 'tel:+18008435678');
  assert.equal((await hotline.textContent()).trim(), '1-800-THE-LOST (1-800-843-5678)');
  await hotline.click();
  assert.deepEqual(await page.evaluate(() => window.__calls), [{ line: 'hotline', number: '+18008435678' }]);

  if (dismiss) {
    await widget('cst-hotline-banner').locator('[part~="dismiss-button"]').click();
    await widget('cst-hotline-banner').waitFor({ state: 'hidden' });
  }
}

/** axe on the whole page, each violation's nodes split into those inside a widget and the host's. */
export function axeByOwner(tab) {
  return tab.evaluate(async () => {
    const { violations } = await window.axe.run(document, { resultTypes: ['violations'] });
    // The outermost element a target names (a target inside shadow roots is a list, host first).
    const outer = (target) => document.querySelector(Array.isArray(target[0]) ? target[0][0] : target[0]);
    const inWidget = (el) => {
      for (let node = el; node; node = node.parentElement) if (node.localName.startsWith('cst-')) return true;
      return false;
    };
    const ours = [];
    const host = [];
    for (const v of violations) {
      for (const n of v.nodes) {
        (inWidget(outer(n.target)) ? ours : host).push(`${v.id} (${v.impact}): ${JSON.stringify(n.target)}`);
      }
    }
    return { ours, host };
  });
}
