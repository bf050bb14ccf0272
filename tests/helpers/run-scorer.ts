// Runs one of ../shared/eval's scorers end to end through our batch command, as CONTRACT.md says:
// make the requests, answer them with `node bin/sourcelight.mjs batch`, score the answers.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { sharedPath } from './shared.ts';

const BIN = resolve(import.meta.dirname, '../../bin/sourcelight.mjs');

function run(args: string[], input?: string): string {
  const r = spawnSync(process.execPath, args, { input, encoding: 'utf8', maxBuffer: 1 << 30, timeout: 15 * 60_000 });
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} exited ${r.status}: ${r.stderr?.slice(0, 2000)}`);
  return r.stdout;
}

export interface ScoreReport {
  metrics: Record<string, number>;
  output: string;
}

/** scorer: file name in ../shared/eval; args: its corpus arguments (--corpus …, --split …). */
export function runScorer(scorer: string, args: string[]): ScoreReport {
  const script = sharedPath('eval', scorer);
  const dir = mkdtempSync(join(tmpdir(), 'sl-score-'));
  const requests = run([script, ...args, '--make-requests']);
  const answers = run([BIN, 'batch'], requests);
  const pred = join(dir, 'answers.jsonl');
  writeFileSync(pred, answers);
  const output = run([script, ...args, '--pred', pred]);
  const metrics: Record<string, number> = {};
  for (const m of output.matchAll(/^METRIC (\S+) (\S+)$/gm)) metrics[m[1]!] = Number(m[2]);
  return { metrics, output };
}

export const readJson = (p: string) => JSON.parse(readFileSync(p, 'utf8'));
