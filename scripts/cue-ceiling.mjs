#!/usr/bin/env node
// How far better cue spans alone could take PolNeAR's cue F1 (issue 4's one open goal).
//   node scripts/cue-ceiling.mjs [--split dev] [--split train]
// Runs `sourcelight batch` on the scorer's requests, pairs predictions with gold attributions the
// way ../shared/eval/score-attribution.mjs does (contents sharing at least half of the shorter
// one's tokens, one-to-one, greedy), and prints cue-token P/R/F1 for:
//   ours                 the answers as they are (the scorer's cue_f1)
//   exact cues, matched  every matched prediction's cue replaced by its gold attribution's cue, the
//                        unmatched predictions' cues dropped: the most that perfect cue spans on the
//                        attributions we find could give
//   exact cues + ours    the same, the unmatched predictions keeping their own cues
// and, for the gold attributions no prediction matches, how many of their cue tokens sit in a cue
// text (lower-cased) that occurs only once among them: the long tail a rule would have to reach.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const evalDir = resolve(root, '../shared/eval');
const corpus = resolve(root, '../shared/corpora/attribution');
if (!existsSync(join(evalDir, 'score-attribution.mjs'))) {
  console.error(`no scorer in ${evalDir}`);
  process.exit(1);
}
const { loadCorpus, tokenize } = await import(pathToFileURL(join(evalDir, 'score-attribution.mjs')).href);
const { matchGreedy, prf } = await import(pathToFileURL(join(evalDir, 'common.mjs')).href);

const args = process.argv.slice(2);
const splits = args.flatMap((a, i) => (a === '--split' ? [args[i + 1]] : []));
const big = { maxBuffer: 1 << 30, encoding: 'utf8' };
const spansOf = (x) => (!x ? [] : Array.isArray(x) ? x : [x]);
const tokensIn = (spans, tokens) => {
  const out = new Set();
  tokens.forEach((t, i) => { if (spans.some((s) => s.start < t.end && t.start < s.end)) out.add(i); });
  return out;
};
const tally = (pred, gold, c) => {
  for (const x of pred) gold.has(x) ? c.tp++ : c.fp++;
  for (const x of gold) if (!pred.has(x)) c.fn++;
};
const matchScore = (g, p) => {
  let n = 0;
  for (const x of p.content) if (g.content.has(x)) n++;
  return n > 0 && n >= 0.5 * Math.min(g.content.size, p.content.size) ? [n, (2 * n) / (g.content.size + p.content.size)] : null;
};

for (const split of splits.length ? splits : ['dev']) {
  const req = execFileSync('node', [join(evalDir, 'score-attribution.mjs'), '--corpus', corpus, '--split', split, '--make-requests'], big);
  const resp = execFileSync('node', [join(root, 'bin/sourcelight.mjs'), 'batch'], { ...big, input: req });
  const answers = new Map(resp.trim().split('\n').map((l) => JSON.parse(l)).map((a) => [a.id, a]));
  const ours = { tp: 0, fp: 0, fn: 0 }, exact = { tp: 0, fp: 0, fn: 0 }, mixed = { tp: 0, fp: 0, fn: 0 };
  const missedByCueText = new Map();
  let unmatchedGold = 0;
  for (const doc of loadCorpus(corpus, split)) {
    const tokens = tokenize(doc.text);
    const gold = doc.attributions.map((g) => ({
      content: tokensIn(spansOf(g.content), tokens),
      cue: tokensIn(spansOf(g.cue), tokens),
      cueText: spansOf(g.cue).map((s) => doc.text.slice(s.start, s.end)).join(' … ').toLowerCase().replace(/\s+/g, ' '),
    }));
    const pred = (answers.get(doc.id)?.attributions ?? []).map((a) => {
      const cue = tokensIn(spansOf(a.cue), tokens);
      const source = tokensIn(spansOf(a.source), tokens);
      return { cue, content: new Set([...tokensIn(spansOf(a.content), tokens)].filter((i) => !cue.has(i) && !source.has(i))) };
    });
    const matches = matchGreedy(gold, pred, matchScore);
    const goldCue = new Set(gold.flatMap((g) => [...g.cue]));
    const predCue = new Set(pred.flatMap((p) => [...p.cue]));
    const exactCue = new Set(matches.flatMap((m) => [...m.gold.cue]));
    const unmatchedPred = pred.filter((p) => !matches.some((m) => m.pred === p));
    tally(predCue, goldCue, ours);
    tally(exactCue, goldCue, exact);
    tally(new Set([...exactCue, ...unmatchedPred.flatMap((p) => [...p.cue])]), goldCue, mixed);
    for (const g of gold) {
      if (matches.some((m) => m.gold === g)) continue;
      unmatchedGold++;
      const missed = [...g.cue].filter((i) => !predCue.has(i)).length;
      const e = missedByCueText.get(g.cueText) ?? { n: 0, missed: 0 };
      e.n++;
      e.missed += missed;
      missedByCueText.set(g.cueText, e);
    }
  }
  const line = (name, c) => {
    const { p, r, f1 } = prf(c);
    return `${name.padEnd(22)} P ${p.toFixed(3)}  R ${r.toFixed(3)}  F1 ${f1.toFixed(3)}`;
  };
  const all = [...missedByCueText.values()];
  const missed = all.reduce((s, e) => s + e.missed, 0);
  const once = all.filter((e) => e.n === 1);
  console.log(`# ${split}: cue tokens`);
  console.log(line('ours', ours));
  console.log(line('exact cues, matched', exact));
  console.log(line('exact cues + ours', mixed));
  console.log(`unmatched gold attributions: ${unmatchedGold}, with ${missed} cue tokens we miss; ${all.length} distinct cue texts, ` +
    `${once.length} of them seen once, holding ${once.reduce((s, e) => s + e.missed, 0)} of those tokens`);
  console.log(`METRIC cue_f1_ceiling_exact_cues ${prf(exact).f1.toFixed(3)}`);
}
