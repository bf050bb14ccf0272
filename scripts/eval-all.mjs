#!/usr/bin/env node
// Every accuracy figure in the README, in one run: the shared scorers (../shared/eval) on our
// batch answers. Prints each scorer's METRIC lines and a summary table.
//   node scripts/eval-all.mjs
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const SHARED = resolve(ROOT, '../shared');
if (!existsSync(join(SHARED, 'eval/CONTRACT.md'))) {
  console.log(`../shared not found (${SHARED}): nothing to measure`);
  process.exit(0);
}
const C = join(SHARED, 'corpora');
const RUNS = [
  ['seed', 'score-seed.mjs', []],
  ['extraction (123 pages)', 'score-extraction.mjs', ['--corpus', join(C, 'extraction')]],
  ['attribution (PolNeAR dev)', 'score-attribution.mjs', ['--corpus', join(C, 'attribution'), '--split', 'dev']],
  ['attribution (PolNeAR train)', 'score-attribution.mjs', ['--corpus', join(C, 'attribution'), '--split', 'train']],
  ['time expressions (TimeBank)', 'score-timex.mjs', ['--corpus', join(C, 'timex/TimeBank')]],
];
const node = (args, input) => {
  const r = spawnSync(process.execPath, args, { input, encoding: 'utf8', maxBuffer: 1 << 30, cwd: ROOT });
  if (r.status !== 0) throw new Error(`node ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
};
const dir = mkdtempSync(join(tmpdir(), 'sl-eval-'));
const rows = [];
for (const [label, scorer, args] of RUNS) {
  const script = join(SHARED, 'eval', scorer);
  const t0 = Date.now();
  const answers = node([join(ROOT, 'bin/sourcelight.mjs'), 'batch'], node([script, ...args, '--make-requests']));
  const secs = (Date.now() - t0) / 1000;
  const pred = join(dir, `${scorer}.jsonl`);
  writeFileSync(pred, answers);
  const metrics = node([script, ...args, '--pred', pred]).split('\n').filter((l) => l.startsWith('METRIC'));
  console.log(`\n## ${label} (batch ${secs.toFixed(1)} s)\n${metrics.join('\n')}`);
  rows.push([label, metrics.map((m) => m.split(' ').slice(1).join(' ')).join(', ')]);
}
console.log('\n| corpus | figures |\n|---|---|');
for (const [l, m] of rows) console.log(`| ${l} | ${m} |`);
