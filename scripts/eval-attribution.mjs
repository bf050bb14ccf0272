#!/usr/bin/env node
// Runs the attribution scorer (../shared/eval/score-attribution.mjs) on PolNeAR through the
// batch command and prints its METRIC lines.
//   node scripts/eval-attribution.mjs [--split dev] [--split train] [--full]
// --full prints the scorer's whole report, not only the METRIC lines.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(root, '../shared');
const scorer = join(shared, 'eval/score-attribution.mjs');
const corpus = join(shared, 'corpora/attribution');
if (!existsSync(scorer)) {
  console.error(`no scorer at ${scorer}`);
  process.exit(1);
}
const args = process.argv.slice(2);
const splits = args.flatMap((a, i) => (a === '--split' ? [args[i + 1]] : []));
const full = args.includes('--full');
const work = mkdtempSync(join(tmpdir(), 'eval-attribution-'));
const big = { maxBuffer: 1 << 30, encoding: 'utf8' };

for (const split of splits.length ? splits : ['dev']) {
  const req = execFileSync('node', [scorer, '--corpus', corpus, '--split', split, '--make-requests'], big);
  const t0 = process.hrtime.bigint();
  const resp = execFileSync('node', [join(root, 'bin/sourcelight.mjs'), 'batch'], { ...big, input: req });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const respFile = join(work, `${split}.resp.jsonl`);
  writeFileSync(respFile, resp);
  const report = execFileSync('node', [scorer, '--corpus', corpus, '--split', split, '--pred', respFile], big);
  console.log(`# ${split} (batch ${Math.round(ms)} ms, answers in ${respFile})`);
  for (const line of report.split('\n')) if (full || line.startsWith('METRIC')) console.log(line);
}
