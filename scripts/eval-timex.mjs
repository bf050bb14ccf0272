#!/usr/bin/env node
// TimeBank timex evaluation (../shared/eval/score-timex.mjs): our parser through
// `sourcelight batch`, and in the same run the plain chrono-node baseline (chrono.parse with the
// document date as reference, one timex per chrono result, DATE / TIME, value at the precision
// chrono is certain of), so the two figures are always measured side by side.
//
//   node scripts/eval-timex.mjs [--corpus DIR] [--no-baseline] [--keep DIR] [--halves] [--kinds] [--answers FILE]
//
// --answers FILE scores a responses file made earlier (another commit's `sourcelight batch` on
// the same requests) instead of running the batch. --kinds prints counts by kind of expression.
//
// --halves also scores the two halves of the corpus split by a hash of the file name (first byte
// of SHA-1 of the name even: tuning half, odd: confirmation half), on the same answers, and
// prints their METRIC lines with the prefixes tuning_ and confirmation_. A rule that helps the
// tuning half and not the confirmation half is fitted to documents.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chrono from 'chrono-node';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, def) => (args.includes(name) ? args[args.indexOf(name) + 1] : def);
const corpus = resolve(root, opt('--corpus', '../shared/corpora/timex/TimeBank'));
const scorer = resolve(root, '../shared/eval/score-timex.mjs');
const dir = opt('--keep') ? resolve(opt('--keep')) : mkdtempSync(join(tmpdir(), 'eval-timex-'));
const req = join(dir, 'requests.jsonl');
const ours = join(dir, 'responses.jsonl');

writeFileSync(req, execFileSync('node', [scorer, '--corpus', corpus, '--make-requests'], { maxBuffer: 1 << 30 }));
const t0 = process.hrtime.bigint();
if (opt('--answers')) writeFileSync(ours, readFileSync(resolve(opt('--answers'))));
else writeFileSync(ours, execFileSync('node', [join(root, 'bin/sourcelight.mjs'), 'batch'], { input: readFileSync(req), maxBuffer: 1 << 30 }));
const ms = Number(process.hrtime.bigint() - t0) / 1e6;

const score = (pred, dir = corpus) => execFileSync('node', [scorer, '--corpus', dir, '--pred', pred], { encoding: 'utf8' });
const metrics = (out) => out.split('\n').filter((l) => l.startsWith('METRIC '));

if (!args.includes('--no-baseline')) {
  const pad = (n, w = 2) => String(n).padStart(w, '0');
  const base = join(dir, 'chrono.jsonl');
  const lines = readFileSync(req, 'utf8').split('\n').filter(Boolean).map((l) => {
    const r = JSON.parse(l);
    const [y, m, d] = (r.published ?? '').slice(0, 10).split('-').map(Number);
    const ref = y ? new Date(y, m - 1, d, 12) : new Date(2000, 0, 1, 12);
    const timexes = chrono.parse(r.text, ref).map((p) => {
      const c = p.start;
      let value = `${c.get('year')}`;
      if (c.isCertain('month') || c.isCertain('day') || c.isCertain('weekday')) value += `-${pad(c.get('month'))}`;
      if (c.isCertain('day') || c.isCertain('weekday')) value += `-${pad(c.get('day'))}`;
      const time = c.isCertain('hour');
      if (time) value += `T${pad(c.get('hour'))}:${pad(c.get('minute'))}`;
      return { start: p.index, end: p.index + p.text.length, text: p.text, type: time ? 'TIME' : 'DATE', value };
    });
    return JSON.stringify({ id: r.id, timexes });
  });
  writeFileSync(base, lines.join('\n') + '\n');
  console.log('# plain chrono-node (baseline)');
  for (const m of metrics(score(base))) console.log(m.replace('METRIC ', 'METRIC chrono_'));
  console.log();
}
const out = score(ours);
console.log(out.split('\n').filter((l) => !l.startsWith('METRIC ')).join('\n'));
console.log(`# sourcelight batch: ${ms.toFixed(0)} ms for the whole run (including start-up); files in ${dir}`);
for (const m of metrics(out)) console.log(m);

if (args.includes('--halves')) {
  // one folder of links per half, scored by the same scorer on the same answers
  const half = (file) => (createHash('sha1').update(file).digest()[0] % 2 === 0 ? 'tuning' : 'confirmation');
  for (const name of ['tuning', 'confirmation']) {
    const sub = join(dir, `half-${name}`);
    mkdirSync(sub, { recursive: true });
    const files = readdirSync(corpus).filter((f) => f.endsWith('.tml') && half(f) === name);
    for (const f of files) {
      try { symlinkSync(join(corpus, f), join(sub, f)); } catch { /* already linked (--keep) */ }
    }
    const o = score(ours, sub);
    console.log(`\n# ${name} half: ${o.split('\n').find((l) => l.startsWith('timex:'))?.replace(/^timex: /, '') ?? `${files.length} documents`}`);
    for (const m of metrics(o)) console.log(m.replace('METRIC ', `METRIC ${name}_`));
  }
}

if (args.includes('--kinds')) {
  // Counts by kind of expression (the kinds of issue 16), from the expression's own words and the
  // word after it: predicted, spurious (overlapping no gold timex), gold, gold found, gold found
  // with the right value. The kinds are read off the text, not the annotation.
  const { loadCorpus } = await import(scorer);
  const KINDS = {
    age: (t, after) => /^\s*-?\s*old\b/i.test(after) || /-old$/i.test(t),
    'now/soon/recent': (t) => /^(right |just )?(now|soon|recent|recently|currently|shortly)$/i.test(t),
    weekday: (t) => /\b(mon|tues|wednes|thurs|fri|satur|sun)day\b/i.test(t),
    'story-time': (t) => /\b(that|same|following|next|previous) (day|morning|afternoon|evening|night|year|month|week)\b|^later that/i.test(t),
    'decade/century': (t) => /\b(decades?|century|centuries)\b/i.test(t),
    holiday: (t) => /\b(christmas|thanksgiving|easter|new year'?s|election day|independence day|memorial day|labor day|halloween)\b/i.test(t),
  };
  const docs = loadCorpus([corpus]);
  const answers = new Map(readFileSync(ours, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)).map((a) => [a.id, a.timexes ?? []]));
  const rows = {};
  for (const k of Object.keys(KINDS)) rows[k] = { predicted: 0, spurious: 0, gold: 0, found: 0, valueRight: 0 };
  const after = (text, end) => text.slice(end, end + 8);
  for (const d of docs) {
    const pred = answers.get(d.id) ?? [];
    const over = (a, b) => a.start < b.end && b.start < a.end;
    for (const [k, is] of Object.entries(KINDS)) {
      for (const p of pred) if (is(d.text.slice(p.start, p.end), after(d.text, p.end))) {
        rows[k].predicted++;
        if (!d.timexes.some((g) => over(g, p))) rows[k].spurious++;
      }
      for (const g of d.timexes) if (is(d.text.slice(g.start, g.end), after(d.text, g.end))) {
        rows[k].gold++;
        const p = pred.find((x) => over(g, x));
        if (p) rows[k].found++;
        if (p && p.value === g.value) rows[k].valueRight++;
      }
    }
  }
  console.log('\n# by kind (predicted / spurious / gold / gold found / gold with the right value)');
  for (const [k, r] of Object.entries(rows)) console.log(`KIND ${k.padEnd(16)} ${r.predicted} / ${r.spurious} / ${r.gold} / ${r.found} / ${r.valueRight}`);
}
