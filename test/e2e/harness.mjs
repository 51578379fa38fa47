// Shared by the end-to-end suites: Chromium through playwright-core, and the project's own
// static server on a free loopback port.
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from '../../scripts/chrome.mjs';
import { serve } from '../../scripts/serve.mjs';

/**
 * Starts a browser and a server on `root` (plus in-memory `pages`, and per-path response headers
 * from `headersFor`) for the enclosing suite; read them from the result.
 */
export function useBrowserAndServer(root = '.', pages = {}, { headersFor } = {}) {
  const harness = { browser: undefined, origin: undefined };
  let server;
  before(async () => {
    harness.browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });
    server = await serve({ root, port: 0, pages, headersFor });
    harness.origin = `http://127.0.0.1:${server.address().port}`;
  });
  after(async () => {
    await harness.browser?.close();
    server?.close();
  });
  return harness;
}
