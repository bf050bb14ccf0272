#!/usr/bin/env node
// The reading journal at scale, in real Chromium (issue 18): a journal of 10,000 articles and
// 200,000 statements generated from our own fixture articles (tests/fixtures/e2e/journal/), then
//   - the card's "also quoted" lookup, the journal page's first view, a search, recording one
//     article (the background's work), storage per 1,000 articles;
//   - reading a page with recording on against recording off, alternated in the same run.
// Needs `npm run build` first (it loads dist/chrome-test, whose journal page carries the bench hook).
// Usage: node scripts/bench-journal.mjs [--articles=10000] [--per-article=20] [--rounds=15] [--json]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../tests/e2e/harness/browsers.mjs';
import { startServer } from '../tests/e2e/harness/server.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const arg = (k, d) => Number(process.argv.find((a) => a.startsWith(`--${k}=`))?.split('=')[1] ?? d);
const ARTICLES = arg('articles', 10000);
const PER = arg('per-article', 20);
const ROUNDS = arg('rounds', 15);
const log = (s) => process.stderr.write(`${s}\n`);
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const FIXTURES = ['grain-talks.html', 'insurers.html', 'orchard.html'];

// The fixtures as the parser reads them (the same CLI as `sourcelight read --json`).
const readings = FIXTURES.map((f) => {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/sourcelight.mjs'), 'read', path.join(ROOT, 'tests/fixtures/e2e/journal', f), '--json'], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const j = JSON.parse(r.stdout);
  return { url: `https://fixture.example/${f}`, canonical: null, title: j.title, siteName: j.siteName, lang: 'en', published: j.published, text: j.text,
    analysis: { attributions: j.attributions, entities: j.entities, timexes: j.timexes, timeline: j.timeline } };
});

const profile = await fs.mkdtemp(path.join(os.tmpdir(), 'sl-bench-journal-'));
const server = await startServer();
const b = await launchChromium({ profile });
const out = { browser: `chromium ${b.version}`, articles: ARTICLES, perArticle: PER, date: new Date().toISOString(), loadavgStart: os.loadavg().map((x) => +x.toFixed(1)) };
try {
  const page = await b.openExtensionPage('journal.html');
  await page.waitFor(() => !!globalThis.__slJournalBench, undefined, 20000);
  const now = Date.now();
  log(`filling ${ARTICLES} articles × ${PER} statements…`);
  const fill = await page.evaluate(([r, n, per, t]) => globalThis.__slJournalBench.fill(r, n, per, t), [readings, ARTICLES, PER, now]);
  out.fill = fill;
  out.storagePer1000ArticlesMB = fill.usageAfter != null ? +(((fill.usageAfter - fill.usageBefore) / (ARTICLES / 1000)) / 1e6).toFixed(2) : null;
  log(`filled in ${(fill.ms / 1000).toFixed(1)} s: ${JSON.stringify(fill.counts)}`);

  out.record = await page.evaluate(([r, t]) => globalThis.__slJournalBench.record(r, 60, t), [readings, now]);
  out.alsoQuoted = await page.evaluate(() => globalThis.__slJournalBench.alsoQuoted(200));

  // Search, through the background. The index is built once per background start (the journal page
  // asks for it after its first view); the fill above wrote to IndexedDB directly, so build it again.
  const t0 = performance.now();
  await page.evaluate(() => chrome.runtime.sendMessage({ type: 'journalWarmSearch', rebuild: true }));
  out.searchIndexBuildMs = performance.now() - t0;
  const search = (q) => page.evaluate(async (q) => {
    const t0 = performance.now();
    const hits = await chrome.runtime.sendMessage({ type: 'journalSearch', query: q });
    return { ms: performance.now() - t0, hits: hits.length };
  }, q);
  const first = await search('corridor');
  out.searchFirstMs = first.ms;
  if (!first.hits) throw new Error('search found nothing: the index does not hold the journal');
  const queries = ['insurance question', 'grain', 'ship stopped', 'Nora Berg', 'frost orchard', 'premiums', 'Putin', 'harvest june', 'written agreement', 'Lena'];
  const times = [];
  for (let r = 0; r < 3; r++) for (const q of queries) times.push((await search(q)).ms);
  out.searchMedianMs = median(times);
  out.searchMaxMs = Math.max(...times);
  await page.close();

  // First view of the journal page: navigation start → people list rendered.
  const views = [];
  const boots = []; // navigation start → the page's script running
  for (let i = 0; i < 7; i++) {
    const j = await b.openExtensionPage('journal.html');
    await j.waitFor(() => !!document.documentElement.dataset.slFirstView, undefined, 20000);
    views.push(Number(await j.evaluate(() => document.documentElement.dataset.slFirstView)));
    boots.push(Number(await j.evaluate(() => document.documentElement.dataset.slBoot)));
    await j.close();
  }
  out.firstViewMs = { first: views[0], median: median(views), scriptStartMedian: median(boots) };

  // Reading a page with recording on and off, alternated, on the full journal.
  const ctl = await b.openExtensionPage('journal.html');
  const setPaused = (paused) => ctl.evaluate((p) => chrome.runtime.sendMessage({ type: 'journalSetSettings', patch: { paused: p } }), paused);
  const runs = { on: [], off: [], paintOn: [], paintOff: [] }; // navigation → recorded (or refused); → painted
  for (let r = 0; r < ROUNDS * 2; r++) {
    const on = r % 2 === 0 ? r % 4 === 0 : r % 4 !== 1; // on, off, off, on, …
    await setPaused(!on);
    // The page is new to the journal each time (its canonical URL is forgotten first, on or off).
    const file = FIXTURES[r % 3];
    await ctl.evaluate((u) => chrome.runtime.sendMessage({ type: 'journalForgetArticle', url: u }), server.url(`/fixtures/journal/${file}`));
    const p = await b.newPage();
    await p.goto(server.url(`/fixtures/journal/${file}?round=${r}`));
    await p.waitFor(() => !!document.documentElement.dataset.sourcelightJournalAt, undefined, 20000);
    const t = await p.evaluate(() => Number(document.documentElement.dataset.sourcelightJournalAt));
    (on ? runs.paintOn : runs.paintOff).push(await p.evaluate(() => Number(document.documentElement.dataset.sourcelightPaintedAt)));
    const res = await p.evaluate(() => JSON.parse(document.documentElement.dataset.sourcelightJournal));
    if (on !== !!res?.recorded) throw new Error(`round ${r}: expected recorded=${on}, got ${JSON.stringify(res)}`);
    (on ? runs.on : runs.off).push(t);
    await p.close();
  }
  await setPaused(false);
  // Rounds go on, off, off, on, …: each pair of neighbours (2k, 2k+1) has one of each, measured
  // close in time; the median of the pairs' ratios is less shaken by the machine's load.
  const pairRatio = (on, off) => median(on.map((x, i) => x / off[i]));
  out.readOnOff = { pairedRatio: +pairRatio(runs.on, runs.off).toFixed(3), paintPairedRatio: +pairRatio(runs.paintOn, runs.paintOff).toFixed(3),
    onMedianMs: median(runs.on), offMedianMs: median(runs.off), ratio: +(median(runs.on) / median(runs.off)).toFixed(3), rounds: ROUNDS,
    paintOnMedianMs: median(runs.paintOn), paintOffMedianMs: median(runs.paintOff), paintRatio: +(median(runs.paintOn) / median(runs.paintOff)).toFixed(3) };
} finally {
  await b.close();
  await server.close();
  await fs.rm(profile, { recursive: true, force: true });
}

out.loadavgEnd = os.loadavg().map((x) => +x.toFixed(1));
const f = (x) => (typeof x === 'number' ? x.toFixed(1) : String(x));
const rows = [
  ['journal filled', `${out.fill.counts.articles} articles, ${out.fill.counts.statements} statements, ${out.fill.counts.people} people`, '', ''],
  ['"also quoted" lookup (card), median / p95 / max', `${f(out.alsoQuoted.median)} / ${f(out.alsoQuoted.p95)} / ${f(out.alsoQuoted.max)} ms`, '< 20 ms', out.alsoQuoted.p95 < 20],
  ['journal page first view (navigation → people shown), median of 7 (first; script start)', `${f(out.firstViewMs.median)} ms (${f(out.firstViewMs.first)}; ${f(out.firstViewMs.scriptStartMedian)})`, '< 300 ms', out.firstViewMs.median < 300],
  ['search, median / max of 30', `${f(out.searchMedianMs)} / ${f(out.searchMaxMs)} ms`, '< 100 ms', out.searchMedianMs < 100],
  ['search index build, once per background start', `${f(out.searchIndexBuildMs)} ms`, '', ''],
  ['recording one article, median / p95', `${f(out.record.median)} / ${f(out.record.p95)} ms`, '< 10 ms', out.record.median < 10],
  ['storage per 1,000 articles', `${out.storagePer1000ArticlesMB} MB`, '', ''],
  ['reading with recording on / off: navigation → painted, medians; median of paired ratios', `${f(out.readOnOff.paintOnMedianMs)} / ${f(out.readOnOff.paintOffMedianMs)} ms = ${out.readOnOff.paintRatio}; ${out.readOnOff.paintPairedRatio}`, '< 1.1', out.readOnOff.paintPairedRatio < 1.1],
  ['the same, navigation → recorded (or refused while paused)', `${f(out.readOnOff.onMedianMs)} / ${f(out.readOnOff.offMedianMs)} ms = ${out.readOnOff.ratio}; ${out.readOnOff.pairedRatio}`, '< 1.1', out.readOnOff.pairedRatio < 1.1],
];
if (process.argv.includes('--json')) console.log(JSON.stringify(out, null, 2));
console.log(`load average (1/5/15 min) at start ${out.loadavgStart.join(' / ')}, at end ${out.loadavgEnd.join(' / ')}, ${os.cpus().length} cores`);
console.log(`| what (${out.browser}) | figure | goal | |\n|---|---|---|---|`);
for (const [w, v, g, ok] of rows) console.log(`| ${w} | ${v} | ${g} | ${ok === '' ? '' : ok ? 'PASS' : 'FAIL'} |`);
