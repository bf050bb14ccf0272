// A static server on 127.0.0.1 (random port) for the Chromium benches: GET /p/<name> answers the
// page registered under that name. Optional Content-Security-Policy per server (e.g. no page scripts).
import http from 'node:http';

export async function startPageServer(pages, { csp = null } = {}) {
  const byPath = new Map(pages.map((p) => [`/p/${encodeURIComponent(p.name)}`, p.html]));
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    const html = byPath.get(url.pathname);
    if (html == null) { res.statusCode = 404; return res.end(); }
    res.setHeader('content-type', 'text/html; charset=utf-8');
    if (csp) res.setHeader('content-security-policy', csp);
    res.end(html);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address();
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    urlOf: (name) => `${origin}/p/${encodeURIComponent(name)}`,
    close: () => new Promise((r) => { server.closeAllConnections?.(); server.close(r); }),
  };
}

/** True for URLs that stay on this machine. */
export const isLocal = (u) => /^(data:|blob:|about:|chrome-extension:|chrome:|devtools:)/.test(u) ||
  /^https?:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?\//.test(u);
