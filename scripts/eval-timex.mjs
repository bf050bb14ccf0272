#!/usr/bin/env node
// TimeBank timex evaluation (../shared/eval/score-timex.mjs): our parser through
// `sourcelight batch`, and in the same run the plain chrono-node baseline (chrono.parse with the
// document date as reference, one timex per chrono result, DATE / TIME, value at the precision
// chrono is certain of), so the two figures are always measured side by side.
//
//   node scripts/eval-timex.mjs [--corpus DIR] [--no-baseline] [--keep DIR] [--halves]
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
writeFileSync(ours, execFileSync('node', [join(root, 'bin/sourcelight.mjs'), 'batch'], { input: readFileSync(req), maxBuffer: 1 << 30 }));
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
