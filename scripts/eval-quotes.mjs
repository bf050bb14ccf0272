#!/usr/bin/env node
// Quotations and speakers in several languages: runs ../shared/eval/score-quotes.mjs on
// ../shared/corpora/quotes-ml through `sourcelight batch` and prints a table by language, for the
// whole visible part and for its two halves by a hash of the article id (tune / confirm: a rule
// that helps only the tuning half is dropped).
//   node scripts/eval-quotes.mjs [--errors N] [--half tune|confirm] [--pred answers.jsonl] [--gold a.json,b.json]
// --pred scores answers made earlier (e.g. by another commit) instead of running the batch.
// --gold scores other gold files of the same form instead (e.g. our invented exam,
// tests/fixtures/quotes-exam/*.json); they are merged, and their name heads the output.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const scorer = resolve(root, '../shared/eval/score-quotes.mjs');
const args = process.argv.slice(2);
const opt = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const goldFiles = (opt('--gold') ?? resolve(root, '../shared/corpora/quotes-ml/gold.json')).split(',').map((f) => resolve(f));
if (!existsSync(scorer) || !goldFiles.every((f) => existsSync(f))) {
  console.error(`no scorer at ${dirname(scorer)} (../shared absent) or no gold at ${goldFiles.join(', ')}: nothing to measure`);
  process.exit(0);
}
const errors = opt('--errors');
const onlyHalf = opt('--half');
const work = mkdtempSync(join(tmpdir(), 'eval-quotes-'));
const big = { maxBuffer: 1 << 30, encoding: 'utf8' };
const goldPath = join(work, 'gold.json');
writeFileSync(goldPath, JSON.stringify(Object.assign({}, ...goldFiles.map((f) => JSON.parse(readFileSync(f, 'utf8'))))));
const goldName = opt('--gold') ? goldFiles.map((f) => f.replace(root + '/', '')).join(', ') : 'quotes-ml';

/** The half an article belongs to: the first byte of the SHA-1 of its id, even → tune, odd → confirm. */
const halfOf = (id) => (createHash('sha1').update(id).digest()[0] % 2 === 0 ? 'tune' : 'confirm');

const gold = JSON.parse(readFileSync(goldPath, 'utf8'));
let respFile = opt('--pred');
let ms = 0;
if (!respFile) {
  const req = execFileSync('node', [scorer, '--gold', goldPath, '--make-requests'], big);
  const t0 = process.hrtime.bigint();
  const resp = execFileSync('node', [join(root, 'bin/sourcelight.mjs'), 'batch'], { ...big, input: req });
  ms = Number(process.hrtime.bigint() - t0) / 1e6;
  respFile = join(work, 'resp.jsonl');
  writeFileSync(respFile, resp);
}

const FIGS = ['quote_f1', 'speaker_accuracy', 'wrong_speaker_rate', 'speaker_missing_rate', 'attribution_f1', 'cue_accuracy'];
function score(label, ids) {
  const g = Object.fromEntries(ids.map((id) => [id, gold[id]]));
  const gFile = join(work, `${label}.gold.json`);
  writeFileSync(gFile, JSON.stringify(g));
  const extra = errors ? ['--errors', errors] : [];
  const out = execFileSync('node', [scorer, '--gold', gFile, '--pred', respFile, '--by-lang', ...extra], big);
  if (errors) console.log(out.split('\nMETRIC')[0]);
  const m = {};
  for (const line of out.split('\n')) {
    const r = /^METRIC (?:([a-z]{2})_)?([a-z_0-9]+) ([\d.]+)$/.exec(line);
    if (r) (m[r[1] ?? 'all'] ??= {})[r[2]] = r[3];
  }
  const counts = {};
  for (const id of ids) counts[gold[id].lang] = (counts[gold[id].lang] ?? 0) + 1;
  console.log(`\n## ${label} (${ids.length} articles)\n`);
  console.log(`| lang | articles | ${FIGS.join(' | ')} |`);
  console.log(`|---|---|${FIGS.map(() => '---').join('|')}|`);
  for (const lang of [...Object.keys(counts).sort(), 'all']) {
    if (!m[lang]) continue;
    console.log(`| ${lang} | ${lang === 'all' ? ids.length : counts[lang]} | ${FIGS.map((f) => m[lang][f] ?? '–').join(' | ')} |`);
  }
}

const ids = Object.keys(gold);
console.log(`# ${goldName} (batch ${Math.round(ms)} ms; answers in ${respFile})`);
if (!onlyHalf) score('all', ids);
for (const half of ['tune', 'confirm']) if (!onlyHalf || onlyHalf === half) score(half, ids.filter((id) => halfOf(id) === half));
