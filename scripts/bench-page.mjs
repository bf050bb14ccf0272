#!/usr/bin/env node
// In-page benchmark (issue 6): the extraction corpus's real pages (../shared/corpora/extraction/
// html/*.html.gz) served from 127.0.0.1 and opened in Chromium and/or Firefox ESR with the test
// builds (automatic reading on 127.0.0.1). Per browser it reports:
//   - share of pages that get highlights (goal ≥ 0.9)
//   - time from navigation start to painted highlights, median and p95 (ms, performance.now() of
//     the page: the content script's own paintedAt, and the page's own first sight of a
//     sourcelight-* highlight from a requestAnimationFrame watcher)
//   - the longest main-thread task caused by the extension: the content script times every
//     synchronous slice of its work (longestTaskMs, median/p95/max over pages); in Chromium also the
//     browser's own long-task entries (PerformanceObserver 'longtask') that overlap the content
//     script's work (an upper bound: a page task in that window counts too)
// Prints one JSON object on stdout (progress on stderr). Needs `npm run build` first.
//
//   node scripts/bench-page.mjs [--browser chromium|firefox|both] [--limit N] [--page-scripts] [--rows]
//   (--rows: every page's own figures too)
//
// By default the pages' own scripts are blocked (?noscript → CSP script-src 'none'): saved pages'
// scripts point at their live sites (unreachable here) and some redirect; --page-scripts lets them run.
import { startServer, corpusPages } from '../tests/e2e/harness/server.mjs';
import { LAUNCHERS } from '../tests/e2e/harness/browsers.mjs';
import { dump } from '../tests/e2e/harness/page-state.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : dflt;
};
const browsers = (opt('browser', 'both') === 'both' ? ['chromium', 'firefox'] : [opt('browser')]);
const limit = Number(opt('limit', 0)) || Infinity;
const pageScripts = args.includes('--page-scripts');
const log = (s) => process.stderr.write(s + '\n');

const quantile = (xs, q) => {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  const i = (s.length - 1) * q;
  const lo = Math.floor(i);
  return +(s[lo] + (s[Math.min(lo + 1, s.length - 1)] - s[lo]) * (i - lo)).toFixed(1);
};
const summary = (xs) => ({ n: xs.length, median: quantile(xs, 0.5), p95: quantile(xs, 0.95), max: xs.length ? +Math.max(...xs).toFixed(1) : null });

// Runs in the page's own world before its scripts: notes when a sourcelight-* highlight first has
// ranges, and (where supported) the long tasks.
function watcher() {
  window.__slBench = { firstPaint: null, longtasks: [] };
  const look = () => {
    try {
      for (const [name, h] of CSS.highlights) {
        if (name.startsWith('sourcelight-') && name !== 'sourcelight-flash' && h.size > 0) {
          window.__slBench.firstPaint = performance.now();
          return;
        }
      }
    } catch { /* no highlight API */ }
    requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__slBench.longtasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch { /* Firefox: no longtask entries */ }
}

async function benchBrowser(name, server, pages) {
  const b = await LAUNCHERS[name]();
  log(`${name} ${b.version}: ${pages.length} pages`);
  const rows = [];
  let page = await b.newPage();
  const addWatcher = async (p) => {
    if (name === 'chromium') await p.raw.addInitScript(watcher);
    else await p.raw.evaluateOnNewDocument(watcher);
  };
  await addWatcher(page);
  for (const [i, slug] of pages.entries()) {
    const row = { page: slug, ok: false };
    try {
      await page.goto(server.url(`/corpus/${slug}.html${pageScripts ? '' : '?noscript'}`));
      await page.waitFor(() => Number(document.documentElement.dataset.sourcelightReadings ?? 0) >= 1, undefined, 20000);
      const d = await dump(page);
      // the page's rAF watcher sees the paint at the next frame
      await page.waitFor(() => window.__slBench?.firstPaint != null, undefined, 1000).catch(() => {});
      const w = await page.evaluate(() => window.__slBench ?? null);
      const t = d.reading?.timings ?? {};
      const painted = Object.values(d.reading?.painted ?? {}).reduce((s, n) => s + n, 0);
      // long tasks between the start of our reading and just after the paint (the browser's
      // rendering of the new highlights comes in the frames after paintedAt)
      const ours = (w?.longtasks ?? []).filter(([s, dur]) => s < (t.paintedAt ?? 0) + 250 && s + dur > (t.startedAt ?? 0));
      Object.assign(row, {
        ok: true, found: !!d.reading?.found, painted, chars: d.reading?.text.length ?? 0,
        paintedAt: t.paintedAt ?? null, firstPaintSeen: w?.firstPaint ?? null,
        extractMs: t.extractMs, analyzeMs: t.analyzeMs, paintMs: t.paintMs, longestTaskMs: t.longestTaskMs,
        longestExtractTaskMs: t.longestTaskByStage?.extract ?? 0,
        longestOtherTaskMs: Math.max(0, ...Object.entries(t.longestTaskByStage ?? {}).filter(([k]) => k !== 'extract').map(([, v]) => v)),
        byStage: t.longestTaskByStage ?? {},
        longtaskInWindowMs: ours.length ? Math.max(...ours.map(([, dur]) => dur)) : 0,
      });
    } catch (e) {
      row.error = String(e?.message ?? e).split('\n')[0];
      // a stuck tab is replaced rather than trusted again
      await page.close().catch(() => {});
      page = await b.newPage();
      await addWatcher(page);
    }
    rows.push(row);
    log(`  [${i + 1}/${pages.length}] ${slug.slice(0, 12)} ${row.ok ? `painted=${row.painted} at=${row.paintedAt?.toFixed(0)}ms longest=${row.longestTaskMs?.toFixed(1)}ms` : `ERROR ${row.error}`}`);
  }
  await b.close();
  const ok = rows.filter((r) => r.ok);
  const withHl = ok.filter((r) => r.painted > 0);
  const num = (k, rs = withHl) => rs.map((r) => r[k]).filter((v) => typeof v === 'number');
  return {
    version: b.version,
    pages: rows.length,
    read: ok.length,
    withHighlights: withHl.length,
    shareWithHighlights: rows.length ? +(withHl.length / rows.length).toFixed(3) : null,
    navigationToPaintedMs: summary(num('paintedAt')),
    navigationToPaintSeenMs: summary(num('firstPaintSeen')),
    extractMs: summary(num('extractMs', ok)),
    analyzeMs: summary(num('analyzeMs', ok)),
    paintMs: summary(num('paintMs', ok)),
    longestExtensionTaskMs: summary(num('longestTaskMs', ok)),
    // split: the article extraction (one synchronous pass over the DOM) vs. everything else of ours
    longestExtractTaskMs: summary(num('longestExtractTaskMs', ok)),
    longestOtherTaskMs: summary(num('longestOtherTaskMs', ok)),
    ...(name === 'chromium' ? { longtaskOverlappingExtensionMs: summary(num('longtaskInWindowMs', ok)) } : {}),
    noHighlights: ok.filter((r) => r.painted === 0).map((r) => ({ page: r.page, found: r.found, chars: r.chars })),
    errors: rows.filter((r) => !r.ok).map((r) => ({ page: r.page, error: r.error })),
    ...(args.includes('--rows') ? { rows } : {}),
  };
}

const pages = (await corpusPages()).slice(0, limit);
if (!pages.length) {
  process.stdout.write(JSON.stringify({ error: 'no corpus pages (../shared/corpora/extraction/html)' }) + '\n');
  process.exit(0);
}
const server = await startServer();
const t0 = Date.now();
const result = { corpus: 'extraction', pageScripts, browsers: {} };
try {
  for (const name of browsers) result.browsers[name] = await benchBrowser(name, server, pages);
} finally {
  await server.close();
}
result.seconds = Math.round((Date.now() - t0) / 1000);
process.stdout.write(JSON.stringify(result, null, 2) + '\n');
