#!/usr/bin/env node
// `npm run bench`: every figure of issue 8 measured on this machine in one run, each against a
// baseline measured in the same run (the machine is noisy). Writes bench/results.json (git-ignored)
// and bench/results.md, and prints the table with the budgets (PASS/FAIL).
// Options: --quick (fewer rounds/pages), --only=analyze,linearity,extract_node,extract_chromium,memory,pages,payloads (section names; an unknown one is an error)
//          --no-build (use dist/ as it is instead of building into .tmp/bench).
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, hasShared, extractionPages, polnearDev, seedPages } from '../bench/lib/corpus.mjs';
import { buildBundles, OUT } from '../bench/build-bundles.mjs';
import { benchAnalyzeSpeed, benchLinearity } from '../bench/analyze-speed.mjs';
import { benchExtractionNode } from '../bench/extraction-node.mjs';
import { benchExtractionChromium } from '../bench/extraction-chromium.mjs';
import { benchMemory } from '../bench/memory-chromium.mjs';
import { payloadSizes } from '../bench/payload-sizes.mjs';
import { renderTable } from '../bench/render-table.mjs';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const noBuild = args.includes('--no-build');
const only = (args.find((a) => a.startsWith('--only=')) ?? '').slice(7).split(',').filter(Boolean);
const SECTIONS = ['analyze', 'linearity', 'extract_node', 'extract_chromium', 'memory', 'pages', 'payloads'];
const unknown = only.filter((k) => !SECTIONS.includes(k));
if (unknown.length) {
  process.stderr.write(`bench: no section ${unknown.join(', ')} (sections: ${SECTIONS.join(', ')})\n`);
  process.exit(2);
}
const want = (k) => !only.length || only.includes(k);
const log = (s) => process.stderr.write(s + '\n');
process.chdir(ROOT);

const results = {
  date: new Date().toISOString(),
  machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model ?? null, loadavg: os.loadavg().map((x) => Math.round(x * 100) / 100), node: process.version },
  git: spawnSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).stdout.trim() || null,
  quick, notes: [],
};
const notMeasured = (why) => ({ measured: false, why });
async function section(key, fn) {
  if (!want(key)) return;
  const t0 = Date.now();
  log(`== ${key}`);
  try { results[key] = await fn(); }
  catch (err) { results[key] = notMeasured(String(err?.stack ?? err).split('\n').slice(0, 4).join(' | ')); }
  log(`== ${key} done in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

if (!hasShared) results.notes.push('../shared not found: corpus figures not measured');

// 1. bundles of the current sources (public entry points only)
let bundles = null;
try { bundles = await buildBundles(); }
catch (err) { results.notes.push(`bench bundles failed to build: ${String(err?.message ?? err).split('\n')[0]}`); }
const mod = bundles ? await import(pathToFileURL(bundles.node).href + `?t=${Date.now()}`) : null;

// 2. the extension, built into .tmp/bench so a bench never races other users of dist/
function buildExtension(mode) {
  const out = path.join(OUT, `dist-${mode}`);
  if (noBuild) return path.join(ROOT, 'dist', mode);
  const r = spawnSync('npx', ['vite', 'build', '--mode', mode, '--outDir', out, '--emptyOutDir', '--logLevel', 'error'], { encoding: 'utf8' });
  if (r.status === 0 && existsSync(path.join(out, 'manifest.json'))) return out;
  const fallback = path.join(ROOT, 'dist', mode);
  results.notes.push(`vite build --mode ${mode} failed (${(r.stderr || r.stdout || '').split('\n').find((l) => /error/i.test(l))?.trim().slice(0, 200) ?? 'exit ' + r.status}); ${existsSync(fallback) ? 'used the existing dist/' + mode + ' (may be stale)' : 'no build to measure'}`);
  return existsSync(path.join(fallback, 'manifest.json')) ? fallback : null;
}
const needExt = want('payloads') || want('memory');
const distChrome = needExt && want('payloads') ? buildExtension('chrome') : null;
const distChromeTest = needExt && want('memory') ? buildExtension('chrome-test') : null;

const texts = hasShared ? polnearDev() : [];
const pages = hasShared ? extractionPages() : [];

await section('analyze', async () => {
  if (!mod) return notMeasured('no bundle'); if (!texts.length) return notMeasured('no PolNeAR dev texts');
  return benchAnalyzeSpeed({ texts, analyze: mod.analyze, countWords: mod.countWords, rounds: quick ? 2 : 5, log });
});
await section('linearity', async () => {
  if (!mod) return notMeasured('no bundle'); if (texts.length < 50) return notMeasured('fewer than 50 texts');
  return benchLinearity({ texts, analyze: mod.analyze, countWords: mod.countWords, n: 50, rounds: quick ? 3 : 7, log });
});
await section('extract_node', async () => {
  if (!mod) return notMeasured('no bundle'); if (!pages.length) return notMeasured('no corpus pages');
  const r = await benchExtractionNode({ pages, extractArticle: mod.extractArticle, reps: quick ? 1 : 3 });
  return { ...r.summary, perPage: r.perPage };
});
await section('extract_chromium', async () => {
  if (!bundles) return notMeasured('no bundle'); if (!pages.length) return notMeasured('no corpus pages');
  const r = await benchExtractionChromium({ pages: quick ? pages.slice(0, 30) : pages, bundlePath: bundles.page, reps: quick ? 3 : 5, log });
  return { ...r.summary, perPage: r.perPage };
});
await section('memory', async () => {
  if (!distChromeTest) return notMeasured('no chrome-test build');
  const sample = pages.filter((_, i) => i % (quick ? 20 : 8) === 0).concat(seedPages());
  return { dist: path.relative(ROOT, distChromeTest), ...(await benchMemory({ pages: sample, extDir: distChromeTest, log })) };
});
await section('pages', async () => {
  // Time to painted highlights and the longest main-thread task on the real corpus pages in Chromium:
  // scripts/bench-page.mjs (issue 6; it loads dist/chrome-test through tests/e2e/harness).
  const script = path.join(ROOT, 'scripts/bench-page.mjs');
  if (!existsSync(script)) return notMeasured('scripts/bench-page.mjs does not exist yet');
  const r = spawnSync(process.execPath, [script, '--browser', 'chromium', ...(quick ? ['--limit', '20'] : [])], { encoding: 'utf8', maxBuffer: 1 << 26, timeout: 20 * 60 * 1000 });
  const out = (r.stdout ?? '').trim();
  const start = out.lastIndexOf('\n{') >= 0 ? out.lastIndexOf('\n{') + 1 : out.indexOf('{');
  let j;
  try { j = JSON.parse(out.slice(start)); }
  catch { return notMeasured(`bench-page.mjs exit ${r.status}, no JSON on stdout: ${(r.stderr ?? '').slice(-300)}`); }
  const c = j.browsers?.chromium;
  if (!c) return notMeasured(`bench-page.mjs gave no Chromium figures: ${JSON.stringify(j).slice(0, 300)}`);
  return {
    source: 'scripts/bench-page.mjs --browser chromium (dist/chrome-test, page scripts blocked)',
    chromium: c.version, pages: c.pages, read: c.read, share_with_highlights: c.shareWithHighlights,
    painted_ms_median: c.navigationToPaintedMs?.median ?? null, painted_ms_p95: c.navigationToPaintedMs?.p95 ?? null,
    paint_seen_ms_median: c.navigationToPaintSeenMs?.median ?? null, paint_seen_ms_p95: c.navigationToPaintSeenMs?.p95 ?? null,
    // the content script's own longest synchronous slice, and the browser's long-task entries overlapping it
    longest_task_self_ms_median: c.longestExtensionTaskMs?.median ?? null, longest_task_self_ms_p95: c.longestExtensionTaskMs?.p95 ?? null,
    longest_task_browser_ms_median: c.longtaskOverlappingExtensionMs?.median ?? null, longest_task_browser_ms_p95: c.longtaskOverlappingExtensionMs?.p95 ?? null,
    extract_ms_median: c.extractMs?.median ?? null, analyze_ms_median: c.analyzeMs?.median ?? null, paint_ms_median: c.paintMs?.median ?? null,
    errors: c.errors ?? [], exit: r.status,
  };
});
await section('payloads', async () => {
  if (!distChrome) return notMeasured('no chrome build');
  const p = payloadSizes(distChrome);
  return { dist: path.relative(ROOT, distChrome), content_script_gzip_bytes: p.content.gzip_bytes, ...p };
});

// budgets (issue 8)
const KB = 1024;
// the larger of the content script's own figure and the browser's long-task entries (conservative)
const lt = [results.pages?.longest_task_self_ms_median, results.pages?.longest_task_browser_ms_median].filter((x) => Number.isFinite(x));
const pageLongTask = lt.length ? Math.max(...lt) : null;
const budget = (name, value, limit, cmp, unit) => ({
  name, value, limit, unit,
  status: value == null || !Number.isFinite(value) ? 'NOT MEASURED' : (cmp === '>=' ? value >= limit : value <= limit) ? 'PASS' : 'FAIL',
  cmp,
});
results.budgets = [
  budget('analyze speed vs compromise tagging', results.analyze?.ratio ?? null, 15, '>=', '×'),
  budget('one 50× article vs 50 articles (time ratio)', results.linearity?.ratio ?? null, 2, '<=', '×'),
  budget('content script, minified + gzip', results.payloads?.content_script_gzip_bytes != null ? results.payloads.content_script_gzip_bytes / KB : null, 60, '<=', 'KB'),
  budget('longest main-thread task caused by the extension, median page', pageLongTask, 50, '<=', 'ms'),
];

mkdirSync(path.join(ROOT, 'bench'), { recursive: true });
writeFileSync(path.join(ROOT, 'bench/results.json'), JSON.stringify(results, null, 2) + '\n');
const md = renderTable(results);
writeFileSync(path.join(ROOT, 'bench/results.md'), md);
process.stdout.write(md);
