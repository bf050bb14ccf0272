// Every extraction-corpus page (123) and the seed pages, loaded in Chromium with the test build of the
// extension (reads 127.0.0.1 pages automatically), plus hostile pages (10,000-level nesting, 100,000
// Text nodes, a 5 MB page, a frameset): the extension finishes its reading, throws nothing, and asks
// for nothing off the machine. Pages are served with their own scripts blocked (?noscript), so any
// exception or request that remains is the extension's; exceptions are also caught in the content
// script's isolated world (CDP Runtime.exceptionThrown), which page listeners never see.
// Run: npm run build && node --test tests/e2e/corpus-extension.test.mjs   (SL_CORPUS_PAGES=N: first N only)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { launchChromium } from './harness/browsers.mjs';
import { startServer, corpusPages } from './harness/server.mjs';

const LIMIT = Number(process.env.SL_CORPUS_PAGES ?? Infinity);
const READ_TIMEOUT = 30000;
const local = (u) => /^(https?:\/\/127\.0\.0\.1[:/]|data:|blob:|about:|chrome-extension:)/.test(u);

// Hostile pages: deep trees are built by a page script (HTML parsers cap nesting at 512 levels).
// Chromium itself crashes laying out ~3,000 nested visible blocks (seen without any extension), so the
// visible tree is 2,000 levels deep and the 10,000-level one is hidden (walked, not laid out).
const PROSE = 'Maria Keller said the bridge would reopen on Monday. "We will not give up," the minister told reporters. ';
const nest = (n, hidden) => `<!doctype html><html lang="en"><head><title>Deep</title></head><body><article><p>${PROSE}</p></article><div id="r"${hidden ? ' hidden' : ''}></div><script>
    let at = document.getElementById('r');
    for (let i = 0; i < ${n}; i++) { const d = document.createElement('div'); if (i % 100 === 0) { const p = document.createElement('p'); p.textContent = ${JSON.stringify(PROSE)}; at.appendChild(p); } at.appendChild(d); at = d; }
  </script></body></html>`;
const HOSTILE = {
  'nested-2000': nest(2000, false),
  'nested-10000-hidden': nest(10000, true),
  'text-nodes-100000': `<!doctype html><html lang="en"><head><title>Many</title></head><body><article><p id="p"></p></article><script>
    const p = document.getElementById('p');
    for (let i = 0; i < 100000; i++) p.appendChild(document.createTextNode(i % 13 === 12 ? ${JSON.stringify(PROSE)} : 'word' + i + ' '));
  </script></body></html>`,
  '5mb-page': `<!doctype html><html lang="en"><head><title>Big</title></head><body><article><h1>Big</h1>${`<p>${PROSE}${PROSE}${PROSE}</p>\n`.repeat(Math.ceil(5_000_000 / (PROSE.length * 3 + 8)))}</article></body></html>`,
  frameset: '<!doctype html><html><head><title>Frames</title></head><frameset cols="50%,50%"><frame src="about:blank"><frame src="about:blank"></frameset></html>',
  broken: `<p <p><div></p></div>${'<b>'.repeat(3000)}${PROSE.repeat(20)}<table><tr><td>${PROSE}`,
};

async function hostileServer() {
  const server = http.createServer((req, res) => {
    const name = decodeURIComponent(new URL(req.url, 'http://x').pathname.slice(1));
    if (!(name in HOSTILE)) { res.writeHead(404); return res.end(); }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(HOSTILE[name]);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { url: (n) => `http://127.0.0.1:${server.address().port}/${n}`, close: () => new Promise((r) => { server.closeAllConnections?.(); server.close(r); }) };
}

const withTimeout = (p, ms, what) => Promise.race([p, new Promise((_, rej) => setTimeout(() => rej(new Error(`${what}: no answer within ${ms} ms`)), ms).unref())]);

/** Load one page; return what the extension did there. A page whose renderer hangs is crashed and reported. */
async function visit(b, url) {
  const page = await b.newPage();
  const raw = page.raw;
  const cdp = await raw.context().newCDPSession(raw);
  const ours = new Set(); // execution contexts of the extension (its isolated world)
  const exceptions = [];
  const extRequests = [];
  let worldName = null;
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    if (context.origin?.startsWith('chrome-extension://') || context.auxData?.type === 'isolated') {
      ours.add(context.id);
      worldName ??= context.name || context.origin;
    }
  });
  cdp.on('Runtime.exceptionThrown', ({ exceptionDetails: d }) => {
    const where = `${d.url ?? ''} ${d.stackTrace?.callFrames?.map((f) => f.url).join(' ') ?? ''}`;
    if (ours.has(d.executionContextId) || where.includes('chrome-extension://'))
      exceptions.push(`${d.exception?.description ?? d.text}`.split('\n').slice(0, 3).join(' | '));
  });
  cdp.on('Network.requestWillBeSent', ({ request, initiator }) => {
    const from = `${initiator?.url ?? ''} ${initiator?.stack?.callFrames?.map((f) => f.url).join(' ') ?? ''}`;
    if (from.includes('chrome-extension://') && !local(request.url)) extRequests.push(request.url);
  });
  await cdp.send('Runtime.enable');
  await cdp.send('Network.enable');
  const t0 = Date.now();
  let state = null;
  let hung = false;
  try {
    await raw.goto(url, { waitUntil: 'load', timeout: 60000 });
    await raw.waitForFunction(() => document.documentElement?.dataset.sourcelight, null, { timeout: READ_TIMEOUT, polling: 100 });
    state = await withTimeout(raw.evaluate(() => document.documentElement.dataset.sourcelight), 10000, 'reading the page state');
  } catch (err) {
    state = `not finished: ${String(err.message).split('\n')[0]}`;
    hung = true;
  }
  const ms = Date.now() - t0;
  // console errors that name the extension (page scripts are blocked, their CSP reports are not ours)
  const consoleErrors = page.errors.filter((e) => e.includes('chrome-extension://'));
  if (hung) await withTimeout(cdp.send('Page.crash'), 5000, 'crash').catch(() => {}); // a busy renderer would block close()
  await withTimeout(cdp.detach(), 5000, 'detach').catch(() => {});
  await withTimeout(page.close(), 10000, 'close').catch(() => {});
  if (process.env.SL_VERBOSE) console.error(`${url} ${state} ${ms} ms`);
  return { state, ms, exceptions, extRequests, consoleErrors, worldName };
}

test('corpus, seed and hostile pages in Chromium with the extension: no error, nothing off the machine', { timeout: 30 * 60 * 1000 }, async (t) => {
  const names = (await corpusPages()).slice(0, LIMIT);
  if (!names.length) { t.skip('../shared corpus not found'); return; }
  const server = await startServer();
  const b = await launchChromium();
  const swRequests = [];
  b.context.on('request', (r) => { if (r.serviceWorker() && !local(r.url())) swRequests.push(r.url()); });
  const problems = [];
  const states = {};
  try {
    const urls = [
      ...names.map((n) => [n, server.url(`/corpus/${n}.html?noscript`)]),
      ['seed-page', server.url('/seed/seed-page.html?noscript')],
      ['seed-page-nometa', server.url('/seed/seed-page-nometa.html?noscript')],
    ];
    for (const [name, url] of urls) {
      const r = await visit(b, url);
      states[r.state] = (states[r.state] ?? 0) + 1;
      if (r.state?.startsWith('not finished')) problems.push(`${name}: the extension did not finish reading (${r.state})`);
      // proof that the exception listener watched the content script's own world on this page
      if (!r.worldName) problems.push(`${name}: the content script's isolated world was not seen`);
      for (const e of r.exceptions) problems.push(`${name}: exception in the extension: ${e}`);
      for (const e of r.consoleErrors) problems.push(`${name}: console error from the extension: ${e}`);
      for (const u of r.extRequests) problems.push(`${name}: the extension requested ${u}`);
      if (r.ms > 20000) t.diagnostic(`${name}: ${r.ms} ms`);
    }
    for (const u of swRequests) problems.push(`service worker requested ${u}`);
    t.diagnostic(`${urls.length} pages; states: ${JSON.stringify(states)}`);
  } finally {
    await b.close();
    await server.close();
  }
  assert.deepEqual(problems, []);
});

// Each hostile page in a browser of its own, so a page the extension hangs cannot stall the others.
test('hostile pages in Chromium with the extension: read within seconds, no error', { timeout: 15 * 60 * 1000 }, async (t) => {
  const hostile = await hostileServer();
  const problems = [];
  try {
    for (const name of Object.keys(HOSTILE)) {
      const b = await launchChromium();
      try {
        const r = await withTimeout(visit(b, hostile.url(name)), 120000, 'visit').catch((e) => ({ state: `not finished: ${e.message}`, exceptions: [], extRequests: [], consoleErrors: [], ms: 120000 }));
        t.diagnostic(`hostile/${name}: ${r.state} in ${r.ms} ms`);
        if (r.state?.startsWith('not finished')) problems.push(`${name}: the extension did not finish reading (${r.state})`);
        for (const e of r.exceptions) problems.push(`${name}: exception in the extension: ${e}`);
        for (const e of r.consoleErrors) problems.push(`${name}: console error from the extension: ${e}`);
        for (const u of r.extRequests) problems.push(`${name}: the extension requested ${u}`);
      } finally {
        await withTimeout(b.close(), 20000, 'browser close').catch((e) => problems.push(`${name}: ${e.message}`));
      }
    }
  } finally {
    await hostile.close();
  }
  assert.deepEqual(problems, []);
});
