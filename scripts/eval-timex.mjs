#!/usr/bin/env node
// TimeBank timex evaluation (../shared/eval/score-timex.mjs): our parser through
// `sourcelight batch`, and in the same run the plain chrono-node baseline (chrono.parse with the
// document date as reference, one timex per chrono result, DATE / TIME, value at the precision
// chrono is certain of), so the two figures are always measured side by side.
//
//   node scripts/eval-timex.mjs [--corpus DIR] [--no-baseline] [--keep DIR]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
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

const score = (pred) => execFileSync('node', [scorer, '--corpus', corpus, '--pred', pred], { encoding: 'utf8' });
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
