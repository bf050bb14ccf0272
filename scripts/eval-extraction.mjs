#!/usr/bin/env node
// Article extraction, measured: quality on ../shared/corpora/extraction (the benchmark's own scorer),
// the seed checks on title/date/body, and speed against Readability on the same linkedom documents.
//
//   node scripts/eval-extraction.mjs              batch + scorer + seed + speed (the reported figures)
//   node scripts/eval-extraction.mjs --fast       in-process scoring only (quick loop while developing)
//   options: --worst N (lowest-F1 pages), --diff ID (what we added / missed on one page), --rounds N
//
// Speed: each page is parsed once by linkedom (not timed), then our extractArticle runs on the
// document (read-only) and Readability runs on a clone (it modifies what it reads, and a content
// script must not modify the live page). Both are timed per page; we report median and p95 and the
// ratio ours / Readability (parse-only time, and clone + parse).
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { performance } from 'node:perf_hooks';
import { register } from 'tsx/esm/api';

register();
const ROOT = resolve(import.meta.dirname, '..');
const SHARED = resolve(ROOT, '../shared');
const CORPUS = join(SHARED, 'corpora/extraction');
const SCORER = join(SHARED, 'eval/score-extraction.mjs');
const SEED_SCORER = join(SHARED, 'eval/score-seed.mjs');

const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const fast = args.includes('--fast');
const worst = Number(opt('--worst', fast ? 10 : 0));
const diffId = opt('--diff', null);
const rounds = Number(opt('--rounds', 1));

const { loadGold, scorePages, summarize, shingles } = await import(SCORER);
const { loadDocument } = await import(join(ROOT, 'src/cli/load-document.ts'));
const { extractArticle } = await import(join(ROOT, 'src/page/extract/extract-article.ts'));
const { Readability } = await import('@mozilla/readability');
const { gunzipSync } = await import('node:zlib');

const gold = loadGold([CORPUS]);
const html = (id) => gunzipSync(readFileSync(join(CORPUS, 'html', `${id}.html.gz`))).toString('utf8');

function run(cmd, argv, input) {
  const r = spawnSync(cmd, argv, { input, encoding: 'utf8', maxBuffer: 1 << 30, cwd: ROOT });
  if (r.status !== 0) throw new Error(`${cmd} ${argv.join(' ')} failed: ${r.stderr}`);
  return r.stdout;
}
const metrics = (out) => out.split('\n').filter((l) => l.startsWith('METRIC'));

// One page, what we added (not in gold) and what we missed, paragraph by paragraph.
function showDiff(id) {
  const g = gold.get(id);
  const doc = loadDocument(html(id));
  const a = extractArticle(doc, g.url);
  const gs = shingles(g.articleBody);
  const ps = shingles(a.text);
  const mark = (para, other) => {
    const s = [...shingles(para).keys()];
    return s.length ? s.filter((k) => other.has(k)).length / s.length : 1;
  };
  console.log(`${id} ${g.url}\ntitle: ${a.title}\nbyline: ${a.byline}\npublished: ${a.published} (${a.publishedSource})`);
  console.log('--- predicted paragraphs (- = not in gold)');
  for (const p of a.text.split('\n\n')) console.log(`${mark(p, gs) < 0.5 ? '-' : ' '} ${p.slice(0, 160).replace(/\n/g, ' ')}`);
  console.log('--- gold paragraphs missed (+)');
  for (const p of g.articleBody.split('\n')) if (p.trim() && mark(p, ps) < 0.5) console.log(`+ ${p.slice(0, 160)}`);
}

if (diffId) {
  showDiff([...gold.keys()].find((k) => k.startsWith(diffId)) ?? diffId);
  process.exit(0);
}

// In-process: quality (same scorer functions) and speed.
const texts = new Map();
const ours = [];
const theirs = [];
const theirsClone = [];
for (let r = 0; r < rounds; r++) {
  for (const [id, { url }] of gold) {
    const doc = loadDocument(html(id));
    let t0 = performance.now();
    const a = extractArticle(doc, url);
    ours.push(performance.now() - t0);
    texts.set(id, a.text);
    t0 = performance.now();
    const clone = doc.cloneNode(true);
    const t1 = performance.now();
    try { new Readability(clone).parse(); } catch { /* counted anyway */ }
    const t2 = performance.now();
    theirs.push(t2 - t1);
    theirsClone.push(t2 - t0);
  }
}
const pct = (xs, q) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(q * s.length))]; };
const pages = scorePages(gold, texts);
const total = summarize(pages);

if (fast || worst) {
  console.log(`in-process: f1 ${total.f1.toFixed(4)}  precision ${total.precision.toFixed(4)}  recall ${total.recall.toFixed(4)}  accuracy ${total.accuracy.toFixed(3)}`);
  if (worst) {
    const rows = pages.map((p) => ({ ...p, ...summarize([p]) })).sort((a, b) => a.f1 - b.f1).slice(0, worst);
    for (const p of rows) console.log(`${p.f1.toFixed(3)} p=${p.precision.toFixed(3)} r=${p.recall.toFixed(3)} ${p.id.slice(0, 10)} ${p.url}`);
  }
}

if (!fast) {
  const dir = mkdtempSync(join(tmpdir(), 'sl-eval-'));
  const req = run('node', [SCORER, '--corpus', CORPUS, '--make-requests']);
  const resp = run('node', ['bin/sourcelight.mjs', 'batch'], req);
  writeFileSync(join(dir, 'ext.resp.jsonl'), resp);
  const score = run('node', [SCORER, '--corpus', CORPUS, '--pred', join(dir, 'ext.resp.jsonl')]);
  console.log(score.split('\n')[0]);
  for (const l of metrics(score)) console.log(l);
  const seedReq = run('node', [SEED_SCORER, '--make-requests']);
  writeFileSync(join(dir, 'seed.resp.jsonl'), run('node', ['bin/sourcelight.mjs', 'batch'], seedReq));
  const seed = run('node', [SEED_SCORER, '--pred', join(dir, 'seed.resp.jsonl')]).split('\n');
  const mine = seed.filter((l) => / (published is|title found|body (includes|excludes))/.test(l));
  console.log(`seed title/date/body checks: ${mine.filter((l) => l.startsWith('PASS')).length}/${mine.length} pass`);
  for (const l of mine.filter((l) => !l.startsWith('PASS'))) console.log(`  ${l}`);
  console.log(`METRIC seed_extract_failed ${mine.filter((l) => !l.startsWith('PASS')).length}`);
}

const f = (x) => x.toFixed(2);
console.log(`speed (linkedom, ${gold.size} pages x ${rounds}): ours median ${f(pct(ours, 0.5))} ms p95 ${f(pct(ours, 0.95))} ms; ` +
  `Readability median ${f(pct(theirs, 0.5))} ms p95 ${f(pct(theirs, 0.95))} ms (with clone ${f(pct(theirsClone, 0.5))} / ${f(pct(theirsClone, 0.95))} ms)`);
console.log(`METRIC extraction_speed_ratio_median ${(pct(ours, 0.5) / pct(theirs, 0.5)).toFixed(3)}`);
console.log(`METRIC extraction_speed_ratio_p95 ${(pct(ours, 0.95) / pct(theirs, 0.95)).toFixed(3)}`);
console.log(`METRIC extraction_speed_ratio_median_vs_clone ${(pct(ours, 0.5) / pct(theirsClone, 0.5)).toFixed(3)}`);
