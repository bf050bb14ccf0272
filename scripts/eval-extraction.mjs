#!/usr/bin/env node
// Article extraction, measured: quality on ../shared/corpora/extraction (the benchmark's own scorer),
// the seed checks on title/date/body, and speed against Readability on the same documents.
// Also ../shared/corpora/extraction-readability (Readability's own test pages): its articleBody is
// Readability's answer, not the truth, so there we report recall on the pages Readability marks
// readerable and how many answers come back empty (pages where we lose the article).
//
// Every quality figure is printed for two halves of each corpus, split by a hash of the page id
// (FNV-1a, low bit): "tune" (0) and "confirm" (1). A rule that helps only one half is not kept.
//
//   node scripts/eval-extraction.mjs              batch + scorer + seed + speed (the reported figures)
//   node scripts/eval-extraction.mjs --fast       in-process scoring only (quick loop while developing)
//   options: --worst N (lowest-F1 pages), --diff ID (what we added / missed on one page), --rounds N,
//            --corpus readability (--worst/--diff on Readability's pages), --half tune|confirm
//            (--worst on one half only), --parser linkedom (the old DOM, to compare),
//            --misses (long lines of Readability's readerable answers that we lose; with --half)
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
const READABILITY = join(SHARED, 'corpora/extraction-readability');
const SCORER = join(SHARED, 'eval/score-extraction.mjs');
const SEED_SCORER = join(SHARED, 'eval/score-seed.mjs');

const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const fast = args.includes('--fast');
const worst = Number(opt('--worst', fast ? 10 : 0));
const diffId = opt('--diff', null);
const rounds = Number(opt('--rounds', 1));
const onlyHalf = opt('--half', null);
const corpusName = opt('--corpus', 'benchmark');
const parser = opt('--parser', 'browser');

const { loadGold, scorePages, summarize, shingles } = await import(SCORER);
const { loadDocument, loadDocumentLinkedom } = await import(join(ROOT, 'src/cli/load-document.ts'));
const load = parser === 'linkedom' ? loadDocumentLinkedom : loadDocument;
const { extractArticle } = await import(join(ROOT, 'src/page/extract/extract-article.ts'));
const { Readability } = await import('@mozilla/readability');
const { gunzipSync } = await import('node:zlib');

const gold = loadGold([CORPUS]);
const goldR = loadGold([READABILITY]);
const html = (id) => {
  const dir = gold.has(id) ? CORPUS : READABILITY;
  return gunzipSync(readFileSync(join(dir, 'html', `${id}.html.gz`))).toString('utf8');
};

/** The half a page belongs to: FNV-1a hash of its id, low bit (0 tune, 1 confirm). */
export function half(id) {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return (h >>> 0) & 1 ? 'confirm' : 'tune';
}
const HALVES = ['tune', 'confirm'];

function run(cmd, argv, input) {
  const r = spawnSync(cmd, argv, { input, encoding: 'utf8', maxBuffer: 1 << 30, cwd: ROOT });
  if (r.status !== 0) throw new Error(`${cmd} ${argv.join(' ')} failed: ${r.stderr}`);
  return r.stdout;
}
const metrics = (out) => out.split('\n').filter((l) => l.startsWith('METRIC'));

// One page, what we added (not in gold) and what we missed, paragraph by paragraph.
function showDiff(id, g) {
  const doc = load(html(id));
  const a = extractArticle(doc, g.url);
  const gs = shingles(g.articleBody);
  const ps = shingles(a.text);
  const mark = (para, other) => {
    const s = [...shingles(para).keys()];
    return s.length ? s.filter((k) => other.has(k)).length / s.length : 1;
  };
  console.log(`${id} (${half(id)}) ${g.url}\ntitle: ${a.title}\nbyline: ${a.byline}\npublished: ${a.published} (${a.publishedSource})${a.reason ? `\nreason: ${a.reason}` : ''}`);
  console.log('--- predicted paragraphs (- = not in gold)');
  for (const p of a.text.split('\n\n')) console.log(`${mark(p, gs) < 0.5 ? '-' : ' '} ${p.slice(0, 160).replace(/\n/g, ' ')}`);
  console.log('--- gold paragraphs missed (+)');
  for (const p of g.articleBody.split('\n')) if (p.trim() && mark(p, ps) < 0.5) console.log(`+ ${p.slice(0, 160)}`);
}

// --misses: on Readability's readerable pages (of --half), the long gold lines (100+ characters,
// prose rather than captions or credits) we do not have: where we lose real article text.
if (args.includes('--misses')) {
  for (const [id, g] of goldR) {
    if (onlyHalf && half(id) !== onlyHalf) continue;
    if (!(String(g.readerable) === 'True' || g.readerable === true)) continue;
    const ps = shingles(extractArticle(load(html(id)), g.url).text);
    for (const p of g.articleBody.split('\n')) {
      if (p.trim().length < 100) continue;
      const s = [...shingles(p).keys()];
      if (s.length && s.filter((k) => ps.has(k)).length / s.length < 0.5) console.log(`${half(id).padEnd(7)} ${id.slice(0, 28).padEnd(28)} ${p.trim().slice(0, 140)}`);
    }
  }
  process.exit(0);
}

if (diffId) {
  const g = corpusName === 'readability' ? goldR : gold;
  const id = [...g.keys()].find((k) => k.startsWith(diffId)) ?? diffId;
  showDiff(id, g.get(id));
  process.exit(0);
}

// In-process: quality (same scorer functions) and speed.
const texts = new Map();
const ours = [];
const theirs = [];
const theirsClone = [];
const parseNew = [];
const parseOld = [];
for (let r = 0; r < rounds; r++) {
  for (const [id, { url }] of gold) {
    const source = html(id);
    // The parser's cost, the two DOMs in alternation on the same page.
    let t0 = performance.now();
    loadDocumentLinkedom(source);
    parseOld.push(performance.now() - t0);
    t0 = performance.now();
    const doc = load(source);
    parseNew.push(performance.now() - t0);
    t0 = performance.now();
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
const textsR = new Map();
const reasonsR = new Map();
for (const [id, { url }] of goldR) {
  const a = extractArticle(load(html(id)), url);
  textsR.set(id, a.text);
  if (!a.text) reasonsR.set(id, a.reason ?? '');
}
const pct = (xs, q) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(q * s.length))]; };
const fx = (x) => x.toFixed(4);

function printWorst(pages, n) {
  const rows = pages.filter((p) => !onlyHalf || half(p.id) === onlyHalf).map((p) => ({ ...p, ...summarize([p]) })).sort((a, b) => a.f1 - b.f1).slice(0, n);
  for (const p of rows) console.log(`${p.f1.toFixed(3)} p=${p.precision.toFixed(3)} r=${p.recall.toFixed(3)} ${half(p.id).padEnd(7)} ${p.id.slice(0, 24)} ${p.url}`);
}

const pages = scorePages(gold, texts);
const total = summarize(pages);
console.log(`benchmark (${gold.size} pages, in-process, ${parser} DOM): f1 ${fx(total.f1)}  precision ${fx(total.precision)}  recall ${fx(total.recall)}  accuracy ${total.accuracy.toFixed(3)}`);
for (const h of HALVES) {
  const part = pages.filter((p) => half(p.id) === h);
  const s = summarize(part);
  console.log(`  ${h.padEnd(7)} ${String(part.length).padStart(3)} pages: f1 ${fx(s.f1)}  precision ${fx(s.precision)}  recall ${fx(s.recall)}`);
  console.log(`METRIC extraction_f1_${h} ${fx(s.f1)}`);
}

// Readability's pages: recall on its readerable pages, empty answers.
const pagesR = scorePages(goldR, textsR);
const readerable = (id) => String(goldR.get(id).readerable) === 'True' || goldR.get(id).readerable === true;
const rowR = (list, label) => {
  const s = summarize(list);
  const rr = list.filter((p) => readerable(p.id));
  const sr = summarize(rr);
  const empty = list.filter((p) => !textsR.get(p.id)).length;
  const emptyR = rr.filter((p) => !textsR.get(p.id)).length;
  console.log(`  ${label.padEnd(7)} ${String(list.length).padStart(3)} pages: recall ${fx(s.recall)} (readerable ${rr.length}: ${fx(sr.recall)})  f1 ${fx(s.f1)}  empty ${empty} (readerable ${emptyR})`);
  return { sr, emptyR, empty };
};
console.log(`readability pages (${goldR.size}; agreement with Readability's answer, not truth):`);
const allR = rowR(pagesR, 'all');
for (const h of HALVES) {
  const { sr, emptyR } = rowR(pagesR.filter((p) => half(p.id) === h), h);
  console.log(`METRIC readability_readerable_recall_${h} ${fx(sr.recall)}`);
  console.log(`METRIC readability_readerable_empty_${h} ${emptyR}`);
}
console.log(`METRIC readability_empty ${allR.empty}`);
for (const [id, why] of reasonsR) console.log(`  empty: ${id}${readerable(id) ? ' (readerable)' : ''}: ${why}`);

if (worst) {
  console.log(`--- worst ${corpusName} pages`);
  printWorst(corpusName === 'readability' ? pagesR.filter((p) => readerable(p.id)) : pages, worst);
}

if (!fast) {
  const dir = mkdtempSync(join(tmpdir(), 'sl-eval-'));
  const req = run('node', [SCORER, '--corpus', CORPUS, '--make-requests']);
  const resp = run('node', ['bin/sourcelight.mjs', 'batch'], req);
  writeFileSync(join(dir, 'ext.resp.jsonl'), resp);
  const score = run('node', [SCORER, '--corpus', CORPUS, '--pred', join(dir, 'ext.resp.jsonl')]);
  console.log(`batch (bin/sourcelight.mjs): ${score.split('\n')[0]}`);
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
console.log(`parse (${gold.size} pages x ${rounds}): ${parser === 'linkedom' ? 'linkedom' : 'parse5 -> linkedom (browser tree)'} median ${f(pct(parseNew, 0.5))} ms p95 ${f(pct(parseNew, 0.95))} ms; ` +
  `linkedom alone median ${f(pct(parseOld, 0.5))} ms p95 ${f(pct(parseOld, 0.95))} ms`);
console.log(`METRIC parse_ratio_median ${(pct(parseNew, 0.5) / pct(parseOld, 0.5)).toFixed(3)}`);
console.log(`speed (${gold.size} pages x ${rounds}): ours median ${f(pct(ours, 0.5))} ms p95 ${f(pct(ours, 0.95))} ms; ` +
  `Readability median ${f(pct(theirs, 0.5))} ms p95 ${f(pct(theirs, 0.95))} ms (with clone ${f(pct(theirsClone, 0.5))} / ${f(pct(theirsClone, 0.95))} ms)`);
console.log(`METRIC extraction_speed_ratio_median ${(pct(ours, 0.5) / pct(theirs, 0.5)).toFixed(3)}`);
console.log(`METRIC extraction_speed_ratio_p95 ${(pct(ours, 0.95) / pct(theirs, 0.95)).toFixed(3)}`);
console.log(`METRIC extraction_speed_ratio_median_vs_clone ${(pct(ours, 0.5) / pct(theirsClone, 0.5)).toFixed(3)}`);
