// A small static file server for the demo page and the end-to-end tests. No dependencies.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.map': 'application/json; charset=utf-8',
};

/**
 * Serves `root` on `port`. `headersFor(path)` may add response headers per path (a test page's
 * Content-Security-Policy, for example); `pages` maps paths to HTML generated in memory.
 * Resolves with the server once it listens.
 */
export function serve({ root = '.', port = 8000, host = '127.0.0.1', headersFor = () => ({}), redirects = {}, pages = {} } = {}) {
  const base = resolve(root);
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (pages[url.pathname]) {
      res.writeHead(200, { 'content-type': TYPES['.html'], 'cache-control': 'no-store', ...headersFor(url.pathname) });
      res.end(pages[url.pathname]);
      return;
    }
    if (redirects[url.pathname]) {
      res.writeHead(302, { location: redirects[url.pathname] });
      res.end();
      return;
    }
    let path = normalize(join(base, decodeURIComponent(url.pathname)));
    if (!path.startsWith(base)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
    if (!existsSync(path)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
      ...headersFor(url.pathname),
    });
    createReadStream(path).pipe(res);
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => done(server));
  });
}
