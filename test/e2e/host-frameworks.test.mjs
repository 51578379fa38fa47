// The widgets on host pages built with real third-party stylesheets, with those frameworks' usual
// markup around them: Bootstrap 5 and the U.S. Web Design System (USWDS) 3. axe checks the whole
// page; a violation inside a widget fails the test, the host's own are reported only.
// Screenshots go to screenshots/host-frameworks/.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import { useBrowserAndServer } from './harness.mjs';
import { axeByOwner, HOTLINE_FALLBACK, hostPage, openPage, tourEveryWidget, everyWidgetRendered, withEveryWidget } from './host-page.mjs';

const SHOTS = 'screenshots/host-frameworks';
const SCRIPTS = ['/test/e2e/fixtures/host/probe.js', '/node_modules/axe-core/axe.min.js', { src: '/dist/cst-widgets.js', defer: true }];
const QUICK_EXIT = `<cst-quick-exit show-note>
  <a href="https://www.weather.gov/" rel="nofollow noreferrer" target="_top">Exit this page</a>
</cst-quick-exit>`;

const bootstrap = hostPage({
  title: 'Child safety · County Family Services (Bootstrap 5)',
  styles: ['/demo/placeholder.css', '/node_modules/bootstrap/dist/css/bootstrap.min.css'],
  scripts: SCRIPTS,
  body: withEveryWidget(`${QUICK_EXIT}
<cst-hotline-banner audience="parents" dismissible>
  ${HOTLINE_FALLBACK}
  <p slot="local">County child abuse line: <a href="tel:+15555550100">555-0100</a></p>
</cst-hotline-banner>
<nav class="navbar navbar-expand-lg bg-body-tertiary border-bottom" aria-label="Site">
  <div class="container">
    <a class="navbar-brand fw-bold" href="#">County Family Services</a>
    <button class="btn btn-outline-secondary" type="button" aria-controls="menu">Menu</button>
    <ul class="navbar-nav me-auto">
      <li class="nav-item"><a class="nav-link" href="#">Services</a></li>
      <li class="nav-item"><a class="nav-link active" aria-current="page" href="#">Child safety</a></li>
      <li class="nav-item"><a class="nav-link" href="#">Contact</a></li>
    </ul>
  </div>
</nav>
<div class="offcanvas offcanvas-start" tabindex="-1" id="menu" aria-labelledby="menu-title">
  <div class="offcanvas-header"><h2 class="offcanvas-title h5" id="menu-title">Menu</h2></div>
  <div class="offcanvas-body"><cst-hotline-banner variant="compact" class="in-menu">${HOTLINE_FALLBACK}</cst-hotline-banner></div>
</div>
<main class="container py-4">
  <h1 class="display-5 fw-bold">Child safety resources</h1>
  <p class="lead">What to look for, and what to do, if you are worried about a child.</p>
  <div class="alert alert-info" role="note">This page uses Bootstrap 5 as its stylesheet.</div>
  <div class="row g-4">
    <div class="col-lg-8">
      <div class="card shadow-sm"><div class="card-body">
        <cst-red-flags audience="parents">${HOTLINE_FALLBACK}</cst-red-flags>
      </div></div>
    </div>
    <div class="col-lg-4">
      <aside class="card" aria-label="Learn more"><div class="card-body">
        <cst-trafficking-type type="familial" heading-level="2"></cst-trafficking-type>
      </div></aside>
    </div>
  </div>
  <section class="my-5"><cst-trafficking-types>${HOTLINE_FALLBACK}</cst-trafficking-types></section>
  <section class="p-4 bg-light rounded-3"><cst-do-dont audience="parents">${HOTLINE_FALLBACK}</cst-do-dont></section>
</main>
<footer class="bg-dark text-white py-4 mt-5"><div class="container"><p class="mb-0">County Family Services</p></div></footer>`),
});

const uswds = hostPage({
  title: 'Child safety · State Department of Children (USWDS 3)',
  styles: ['/demo/placeholder.css', '/node_modules/@uswds/uswds/dist/css/uswds.min.css'],
  scripts: SCRIPTS,
  body: withEveryWidget(`${QUICK_EXIT}
<section class="usa-banner" aria-label="Official website of the United States government">
  <div class="usa-accordion">
    <header class="usa-banner__header">
      <div class="usa-banner__inner">
        <div class="grid-col-auto"><img aria-hidden="true" class="usa-banner__header-flag" src="/node_modules/@uswds/uswds/dist/img/us_flag_small.png" alt=""></div>
        <div class="grid-col-fill tablet:grid-col-auto" aria-hidden="true">
          <p class="usa-banner__header-text">An official website of the United States government</p>
        </div>
      </div>
    </header>
  </div>
</section>
<cst-hotline-banner variant="compact" dismissible>${HOTLINE_FALLBACK}</cst-hotline-banner>
<header class="usa-header usa-header--basic">
  <div class="usa-nav-container">
    <div class="usa-navbar"><div class="usa-logo"><em class="usa-logo__text"><a href="#" title="Home">State Department of Children</a></em></div></div>
    <nav aria-label="Primary navigation" class="usa-nav">
      <ul class="usa-nav__primary usa-accordion">
        <li class="usa-nav__primary-item"><a href="#" class="usa-nav-link"><span>Services</span></a></li>
        <li class="usa-nav__primary-item"><a href="#" class="usa-nav-link usa-current"><span>Child safety</span></a></li>
      </ul>
    </nav>
  </div>
</header>
<main class="usa-section">
  <div class="grid-container">
    <div class="usa-prose">
      <h1>Child safety resources</h1>
      <p class="usa-intro">What to look for, and what to do, if you are worried about a child.</p>
    </div>
    <div class="usa-alert usa-alert--info usa-alert--slim margin-y-3"><div class="usa-alert__body"><p class="usa-alert__text">This page uses the U.S. Web Design System.</p></div></div>
    <div class="grid-row grid-gap">
      <div class="tablet:grid-col-8 usa-prose">
        <cst-red-flags audience="professionals" kind="all">${HOTLINE_FALLBACK}</cst-red-flags>
      </div>
      <aside class="tablet:grid-col-4" aria-label="How to respond">
        <div class="usa-summary-box"><div class="usa-summary-box__body">
          <cst-do-dont variant="compact" audience="professionals" heading-level="2">${HOTLINE_FALLBACK}</cst-do-dont>
        </div></div>
      </aside>
    </div>
    <section class="margin-y-5 usa-prose"><cst-trafficking-types types="familial buyer-perpetrated">${HOTLINE_FALLBACK}</cst-trafficking-types></section>
    <ul class="usa-card-group">
      <li class="usa-card tablet:grid-col-6"><div class="usa-card__container"><div class="usa-card__body">
        <cst-trafficking-type type="gang-controlled" heading-level="2"></cst-trafficking-type>
      </div></div></li>
      <li class="usa-card tablet:grid-col-6"><div class="usa-card__container">
        <div class="usa-card__header"><h2 class="usa-card__heading">Report a concern</h2></div>
        <div class="usa-card__body"><p>Call the state hotline, <a class="usa-link" href="tel:+15555550101">555-0101</a>, at any hour.</p></div>
      </div></li>
  </div>
</main>
<footer class="usa-footer usa-footer--slim"><div class="usa-footer__primary-section"><div class="grid-container"><p>State Department of Children</p></div></div></footer>`),
});

const harness = useBrowserAndServer('.', { '/bootstrap.html': bootstrap, '/uswds.html': uswds });

describe('on pages built with third-party stylesheets', () => {
  mkdirSync(SHOTS, { recursive: true });

  for (const [name, path] of [
    ['Bootstrap 5', '/bootstrap.html'],
    ['USWDS 3', '/uswds.html'],
  ]) {
    it(`${name}: every widget renders in its own look, works, and axe finds nothing inside the widgets`, async (t) => {
      const { page: tab, log, close } = await openPage(harness.browser, `${harness.origin}${path}`, {
        contextOptions: { viewport: { width: 1280, height: 900 } },
      });
      try {
        await everyWidgetRendered(tab);
        // The framework's CSS is in force on the host page...
        const hostFont = await tab.evaluate(() => getComputedStyle(document.querySelector('main h1')).fontFamily);
        assert.match(hostFont, name.startsWith('Bootstrap') ? /system-ui|apple-system/ : /Source Sans Pro|Merriweather/);
        // ...and the widgets keep their own type: the README's size (the reader's default) and line-height.
        const type = await tab.evaluate(() =>
          [...document.querySelectorAll('*')]
            .filter((el) => el.localName.startsWith('cst-') && el.shadowRoot)
            .map((el) => {
              const s = getComputedStyle(el.shadowRoot.querySelector('[part~="base"]'));
              return `${el.localName} ${s.fontSize} ${s.lineHeight}`;
            }),
        );
        for (const line of type) assert.match(line, / 16px 24px$/);

        const { ours, host } = await axeByOwner(tab);
        for (const line of host) t.diagnostic(`${name}, the host page's own (not ours): ${line}`);
        assert.deepEqual(ours, []);

        await tab.screenshot({ path: `${SHOTS}/${name.split(' ')[0].toLowerCase()}.png`, fullPage: true });
        await tourEveryWidget(tab, { search: false });
        assert.deepEqual(log.pageErrors, []);
        assert.deepEqual(log.errors, []);
      } finally {
        await close();
      }
    });
  }

  it('Bootstrap 5: a widget in a closed off-canvas menu is hidden and takes no keyboard focus', async () => {
    const { page: tab, close } = await openPage(harness.browser, `${harness.origin}/bootstrap.html`);
    try {
      await everyWidgetRendered(tab);
      const link = tab.locator('cst-hotline-banner.in-menu [part~="hotline"]');
      assert.equal(await link.isVisible(), false);
      // Tab from the top until focus reaches the main content, which comes after the menu.
      // Focus inside a shadow root shows as its host element, so a widget in the menu would show.
      const path = [];
      for (let i = 0; i < 30 && !path.at(-1)?.startsWith('main'); i++) {
        await tab.keyboard.press('Tab');
        path.push(await tab.evaluate(() => (document.activeElement.closest('main') ? 'main' : document.activeElement.closest('.offcanvas') ? 'menu' : 'before')));
      }
      assert.equal(path.at(-1), 'main', 'focus reached the main content');
      assert.ok(!path.includes('menu'), `focus went into the closed menu: ${path}`);
    } finally {
      await close();
    }
  });
});
