// Cumulative layout shift of a page while the script arrives late, for the bench and the
// end-to-end tests (Playwright pages).

/**
 * Before `page.goto`: records every layout shift that no input caused, and holds the release's
 * scripts (dist/cst-widgets.js, dist/cst-hotline-banner.js...) back `delayMs`, as a slow server would.
 */
export async function watchLayoutShift(page, { delayMs = 500 } = {}) {
  await page.addInitScript(() => {
    window.shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.shifts.push(e.value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.route('**/dist/cst-*.js', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, delayMs));
    await route.continue();
  });
}

/** The page's cumulative layout shift so far. */
export const layoutShiftOf = (page) => page.evaluate(() => window.shifts.reduce((a, b) => a + b, 0));
