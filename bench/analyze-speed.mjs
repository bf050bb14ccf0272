// analyze() throughput on PolNeAR dev against compromise's tagging on the same texts, same run,
// and the linearity check (one article 50x longer vs 50 separate articles).
import nlp from 'compromise';
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { SHARED, countWords } from './lib/corpus.mjs';
import { median, round, sum } from './lib/stats.mjs';

const now = () => performance.now();

/** Publication date per PolNeAR file name, from the corpus' metadata.tsv (null when absent). */
export function polnearDates() {
  const file = path.join(SHARED, 'corpora/attribution/metadata.tsv');
  const dates = new Map();
  if (!existsSync(file)) return dates;
  const [head, ...rows] = readFileSync(file, 'utf8').split('\n');
  const cols = head.split('\t');
  const fi = cols.indexOf('filename'), di = cols.indexOf('publication_date');
  for (const r of rows) {
    const c = r.split('\t');
    if (c[fi]) dates.set(`${c[fi]}.txt`, /^\d{4}-\d{2}-\d{2}$/.test(c[di] ?? '') ? c[di] : null);
  }
  return dates;
}

// compromise tags on construction (tokenize, pre- and post-tagger); .terms() reads the tagged terms.
const compromiseTag = (text) => nlp(text).terms().length;

export function benchAnalyzeSpeed({ texts, analyze, rounds = 5, log = () => {} }) {
  const dates = polnearDates();
  const docs = texts.map((t) => ({ ...t, published: dates.get(t.name) ?? null, words: countWords(t.text) }));
  const words = sum(docs.map((d) => d.words));
  const runOurs = () => { const t0 = now(); for (const d of docs) analyze({ text: d.text, published: d.published }); return now() - t0; };
  const runTheirs = () => { const t0 = now(); for (const d of docs) compromiseTag(d.text); return now() - t0; };
  // warm-up (JIT) for both, not timed
  runOurs(); runTheirs();
  const ours = [], theirs = [], ratios = [];
  for (let r = 0; r < rounds; r++) {
    // alternate the order so a burst of load on the machine does not always hit the same one
    let a, b;
    if (r % 2) { b = runTheirs(); a = runOurs(); } else { a = runOurs(); b = runTheirs(); }
    ours.push(a); theirs.push(b); ratios.push(b / a);
    log(`  analyze round ${r + 1}/${rounds}: ours ${Math.round(words / a * 1000)} w/s, compromise ${Math.round(words / b * 1000)} w/s`);
  }
  const oursWps = words / (median(ours) / 1000);
  const theirsWps = words / (median(theirs) / 1000);
  // per-document latency: the "1,000-word article" figure
  const perDoc = docs.map((d) => { const t0 = now(); analyze({ text: d.text, published: d.published }); return (now() - t0) / d.words * 1000; });
  return {
    texts: docs.length, words, rounds,
    compromise_call: 'nlp(text).terms().length',
    ours_words_per_s: Math.round(oursWps), compromise_words_per_s: Math.round(theirsWps),
    ratio: round(median(ratios), 2),
    ms_per_1000_words_median: round(median(perDoc), 3),
  };
}

export function benchLinearity({ texts, analyze, n = 50, rounds = 5, log = () => {} }) {
  const picked = texts.slice(0, n).map((t) => t.text);
  const long = picked.join('\n\n');
  const runSeparate = () => { const t0 = now(); for (const t of picked) analyze({ text: t, published: null }); return now() - t0; };
  const runLong = () => { const t0 = now(); analyze({ text: long, published: null }); return now() - t0; };
  runSeparate(); runLong();
  const sep = [], lng = [], ratios = [];
  for (let r = 0; r < rounds; r++) {
    let a, b;
    if (r % 2) { b = runLong(); a = runSeparate(); } else { a = runSeparate(); b = runLong(); }
    sep.push(a); lng.push(b); ratios.push(b / a);
    log(`  linearity round ${r + 1}/${rounds}: separate ${a.toFixed(1)} ms, one long ${b.toFixed(1)} ms`);
  }
  return {
    articles: picked.length, chars: long.length, words: countWords(long), rounds,
    separate_ms: round(median(sep), 2), long_ms: round(median(lng), 2), ratio: round(median(ratios), 3),
  };
}
