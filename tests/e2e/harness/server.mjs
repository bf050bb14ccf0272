// Static server for the end-to-end tests, on 127.0.0.1 with a random port. Routes:
//   /seed/<file>         ../shared/seed/<file>                       (the acceptance article)
//   /fixtures/<file>     tests/fixtures/e2e/<file>                   (our own pages)
//   /corpus/<name>.html  ../shared/corpora/extraction/html/<name>.html.gz, gunzipped
//   any page + ?noscript: served with CSP script-src 'none' (the page's own scripts don't run)
//   images (*.jpg, *.png, *.gif, *.webp, *.svg) and /favicon.ico: a 1×1 GIF, so pages have no
//   failed loads (a 404 would be an error line in the page's console that is not ours)
//   anything else: 404
// Every request is recorded (server.requests) so a test can see what the pages asked for.
import http from 'node:http';
import fs from 'node:fs/promises';
import path from 'node:path';
import zlib from 'node:zlib';

export const REPO = path.resolve(import.meta.dirname, '../../..');
export const SHARED = path.resolve(REPO, '../shared');
export const FIXTURES = path.resolve(REPO, 'tests/fixtures/e2e');
const CORPUS = path.resolve(SHARED, 'corpora/extraction/html');
const GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.txt': 'text/plain; charset=utf-8' };

/** Resolve `rel` inside `base`, refusing anything that climbs out of it. */
function inside(base, rel) {
  const p = path.resolve(base, '.' + path.posix.normalize('/' + rel));
  return p.startsWith(base + path.sep) ? p : null;
}

export async function startServer() {
  const requests = [];
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push({ method: req.method, path: url.pathname + url.search });
    try {
      const p = decodeURIComponent(url.pathname);
      if (p === '/favicon.ico' || /\.(jpe?g|png|gif|webp|svg|avif)$/i.test(p)) {
        res.writeHead(200, { 'content-type': 'image/gif', 'cache-control': 'max-age=3600' });
        return res.end(GIF);
      }
      let file = null;
      let body = null;
      if (p.startsWith('/seed/')) file = inside(path.join(SHARED, 'seed'), p.slice(6));
      else if (p.startsWith('/fixtures/')) file = inside(FIXTURES, p.slice(10));
      else if (p.startsWith('/corpus/') && p.endsWith('.html')) {
        const gz = inside(CORPUS, p.slice(8) + '.gz');
        if (gz) body = zlib.gunzipSync(await fs.readFile(gz));
        file = gz && gz.slice(0, -3);
      }
      if (!file) throw Object.assign(new Error('not found'), { code: 'ENOENT' });
      body ??= await fs.readFile(file);
      const headers = { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' };
      // ?noscript: the page's own scripts are blocked (saved pages' scripts point at their sites and
      // may redirect or throw); extension content scripts are not subject to a page's CSP.
      if (url.searchParams.has('noscript')) headers['content-security-policy'] = "script-src 'none'";
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address();
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    port,
    requests,
    url: (p) => origin + (p.startsWith('/') ? p : '/' + p),
    close: () => new Promise((r) => { server.closeAllConnections?.(); server.close(() => r()); }),
  };
}

/** Names (without .html.gz) of the extraction corpus pages, sorted. */
export async function corpusPages() {
  try {
    return (await fs.readdir(CORPUS)).filter((f) => f.endsWith('.html.gz')).map((f) => f.slice(0, -8)).sort();
  } catch {
    return [];
  }
}
