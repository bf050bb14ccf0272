#!/usr/bin/env node
// Profiles analyze() on PolNeAR dev: CPU time (process.cpuUsage, not wall time: the machine is
// shared) for analyze and, in the same run, for compromise's tagging of the same texts; then the
// growth check (one text repeated 1x, 4x, 16x) per stage. With --prof, run it under
// `node --cpu-prof` and read the top self-time functions of the written .cpuprofile.
//
//   node scripts/profile-analyze.mjs [--rounds N] [--src DIR] [--no-compromise] [--grow] [--stages]
//   node --cpu-prof --cpu-prof-dir=/tmp/prof scripts/profile-analyze.mjs --no-compromise
//   node scripts/profile-analyze.mjs --top /tmp/prof/X.cpuprofile
import { build } from 'esbuild';
import { readdirSync, readFileSync, existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, def) => (args.includes(name) ? args[args.indexOf(name) + 1] : def);

if (args.includes('--top')) {
  // Self time per function (and per file) from a .cpuprofile.
  const prof = JSON.parse(readFileSync(opt('--top'), 'utf8'));
  const dt = new Map();
  for (let i = 0; i < prof.samples.length; i++) dt.set(prof.samples[i], (dt.get(prof.samples[i]) ?? 0) + (prof.timeDeltas[i] ?? 0));
  const self = new Map();
  let total = 0;
  for (const n of prof.nodes) {
    const t = dt.get(n.id) ?? 0;
    total += t;
    const f = n.callFrame;
    const key = `${f.functionName || '(anon)'} ${f.url.replace(/^.*\/(src|node_modules)\//, '$1/')}:${f.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + t);
  }
  const rows = [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(opt('--n', 40)));
  for (const [k, t] of rows) console.log(`${(t / 1000).toFixed(1).padStart(9)} ms ${(100 * t / total).toFixed(1).padStart(5)}%  ${k}`);
  // Inclusive time of the pipeline's stages (a function's own samples and all below it).
  const byId = new Map(prof.nodes.map((n) => [n.id, n]));
  const incl = (n, seen) => (dt.get(n.id) ?? 0) + (n.children ?? []).reduce((s, c) => s + incl(byId.get(c)), 0);
  const stages = (opt('--stages', 'analyze,splitSentences,findEntities,findAttributions,findTimexes,buildTimeline')).split(',');
  const inc = new Map();
  const walk = (n, inside) => {
    const name = n.callFrame.functionName;
    const counted = stages.includes(name) && !inside.has(name);
    if (counted) inc.set(name, (inc.get(name) ?? 0) + incl(n));
    const next = counted ? new Set([...inside, name]) : inside;
    for (const c of n.children ?? []) walk(byId.get(c), next);
  };
  walk(prof.nodes[0], new Set());
  if (args.includes('--incl')) {
    // inclusive time per function name (recursion counted once)
    const tot = new Map();
    const walk2 = (n, inside) => {
      const f = n.callFrame;
      const key = `${f.functionName || '(anon)'} ${f.url.replace(/^.*\/(src|node_modules)\//, '$1/').replace(/^file:.*\//, '')}`;
      const fresh = !inside.has(key);
      if (fresh) tot.set(key, (tot.get(key) ?? 0) + incl(n));
      const next = fresh ? new Set([...inside, key]) : inside;
      for (const c of n.children ?? []) walk2(byId.get(c), next);
    };
    walk2(prof.nodes[0], new Set());
    console.log('inclusive per function:');
    for (const [k, t] of [...tot].sort((a, b) => b[1] - a[1]).slice(0, Number(opt('--incl')) || 60)) console.log(`${(t / 1000).toFixed(1).padStart(9)} ms  ${k}`);
  }
  console.log('inclusive:');
  for (const st of stages) console.log(`${((inc.get(st) ?? 0) / 1000).toFixed(1).padStart(9)} ms  ${st}`);
  // Line ticks of one function: --lines NAME
  if (args.includes('--lines')) {
    const lines = new Map();
    for (const n of prof.nodes) if (n.callFrame.functionName === opt('--lines')) for (const p of n.positionTicks ?? []) lines.set(p.line, (lines.get(p.line) ?? 0) + p.ticks);
    for (const [l, t] of [...lines].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`  line ${l}: ${t} ticks`);
  }
  process.exit(0);
}

// One esbuild bundle of the core (as the bench does, not minified so the profile keeps the names
// and lines); --src points at another copy of src/core to compare two versions.
const src = path.resolve(opt('--src', path.join(root, 'src/core')));
const outfile = path.join(root, '.tmp/profile', `analyze-${process.pid}.mjs`);
// the stages too, for --hostile (the per-stage time of each pathological input)
const entry = `export { analyze } from './index.ts';
export { splitSentences } from './text/sentences.ts';
export { findEntities } from './entities/find-entities.ts';
export { findAttributions } from './attribution/find-attributions.ts';
export { findTimexes } from './time/find-timexes.ts';
export { buildTimeline } from './timeline/build-timeline.ts';
export { countWords } from './text/reading-length.ts';`;
await build({
  stdin: { contents: entry, resolveDir: src, loader: 'ts', sourcefile: 'profile-entry.ts' }, bundle: true, format: 'esm',
  platform: 'node', target: 'es2022', outfile, logLevel: 'error', absWorkingDir: root, nodePaths: [path.join(root, 'node_modules')],
});
const core = await import(pathToFileURL(outfile).href);
const { analyze } = core;
if (!process.env.KEEP_BUNDLE) rmSync(outfile, { force: true });
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const time = (fn) => { const t0 = cpu(); fn(); return cpu() - t0; };
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

if (args.includes('--hostile')) {
  // The pathological inputs of tests/hostile/analyze-huge.test.ts (re-made here), CPU ms per stage.
  const S = ['Maria Keller said the bridge would reopen on Monday.', '"We will not give up," the minister told reporters on Tuesday.',
    'According to officials in Eldoria, the talks ended on March 3, 2021, after 14 hours.', 'Experts believe the plan could fail, sources said.'];
  const paragraph = (chars) => { let s = ''; for (let i = 0; s.length < chars; i++) s += S[i % 4] + ' '; return s.slice(0, chars); };
  const cases = {
    '1MB paragraph': () => paragraph(Number(process.env.PARA_CHARS ?? 1_000_000)),
    'x*200k': () => 'x'.repeat(200_000),
    'Ab word': () => `Maria Keller said ${'Ab'.repeat(100_000)} was the word. ${S.join(' ')}`,
    'A*200k': () => 'A'.repeat(200_000),
    '" words': () => Array.from({ length: 10_000 }, (_, i) => `"word${i}`).join(' '),
    '« words': () => Array.from({ length: 10_000 }, (_, i) => `«word${i}`).join(' '),
    "' words": () => Array.from({ length: 10_000 }, (_, i) => `'word${i}`).join(' '),
    '“ he said': () => '“ he said '.repeat(5000),
    '3000 open quotes': () => Array.from({ length: 3000 }, (_, i) => `“Part ${i}, she said. `).join(''),
    'said*50k': () => 'said '.repeat(50_000),
    'Said, said.': () => Array.from({ length: 20_000 }, (_, i) => ['Said', 'said,', 'said.', '"said"'][i % 4]).join(' '),
    'according to': () => 'according to '.repeat(20_000),
    'cap pairs': () => Array.from({ length: 30_000 }, (_, i) => `Name${i % 97} Surname${i % 89}`).join(' '),
    '20k dates': () => Array.from({ length: 20_000 }, (_, i) => `on Monday ${1 + (i % 28)} March ${1990 + (i % 40)}`).join(', '),
    'Yes.': () => 'Yes. '.repeat(100_000),
    'punct': () => '.,;:!?-–—()[]{}'.repeat(30_000),
    'Arabic': () => 'قال الرئيس إن «الاتفاق سيوقع» يوم الاثنين. '.repeat(5000),
    'bidi': () => '\u202Eevil said\u202C "text" \u2067x\u2069 '.repeat(10_000),
    'emoji': () => '😀👩‍👩‍👧🇪🇺 Maria Keller said "🙂". '.repeat(10_000),
    'surrogates': () => '\uD83D said \uDE00 "x\uD800" '.repeat(10_000),
  };
  const pick = opt('--hostile');
  for (const [name, make] of Object.entries(cases)) {
    if (pick && !pick.startsWith('--') && !name.includes(pick)) continue;
    const text = make();
    const pub = '2021-03-01';
    let sents, ents, tx;
    const t = [
      time(() => { sents = core.splitSentences(text); }),
      time(() => { ents = core.findEntities(text, sents, { published: pub }); }),
      time(() => { core.findAttributions(text, sents, ents); }),
      time(() => { tx = core.findTimexes(text, pub, sents); }),
      time(() => { core.buildTimeline(text, sents, tx, ents.list, pub); }),
    ];
    const tot = t.reduce((a, b) => a + b, 0);
    console.log(`${name.padEnd(18)} ${tot.toFixed(0).padStart(6)} ms | sent ${t[0].toFixed(0)} ent ${t[1].toFixed(0)} att ${t[2].toFixed(0)} tmx ${t[3].toFixed(0)} tl ${t[4].toFixed(0)}`);
  }
  process.exit(0);
}

const dir = path.resolve(root, '../shared/corpora/attribution/dev/text');
if (!existsSync(dir)) { console.error(`no PolNeAR dev texts at ${dir}`); process.exit(1); }
const meta = path.resolve(root, '../shared/corpora/attribution/metadata.tsv');
const dates = new Map();
if (existsSync(meta)) {
  const [head, ...rows] = readFileSync(meta, 'utf8').split('\n');
  const cols = head.split('\t');
  for (const r of rows) { const c = r.split('\t'); dates.set(`${c[cols.indexOf('filename')]}.txt`, c[cols.indexOf('publication_date')] || null); }
}
const docs = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()
  .map((f) => ({ text: readFileSync(path.join(dir, f), 'utf8'), published: dates.get(f) ?? null }));
const words = docs.reduce((s, d) => s + core.countWords(d.text), 0);
const rounds = Number(opt('--rounds', 5));
const runOurs = () => { for (const d of docs) analyze({ text: d.text, published: d.published }); };
runOurs(); runOurs();
// compromise in a worker thread (bench/compromise-worker.mjs): its own heap, so its garbage
// collections do not land in our rounds (sharing one heap, our rounds right after its rounds ran
// 2-3x slower than our steady state); it reports its own CPU time per round.
let worker = null;
if (!args.includes('--no-compromise')) {
  const { Worker } = await import('node:worker_threads');
  worker = new Worker(path.join(root, 'bench/compromise-worker.mjs'), { workerData: { texts: docs.map((d) => d.text) } });
}
const runTheirs = () => new Promise((resolve, reject) => { worker.once('message', (m) => resolve(m.cpu)); worker.once('error', reject); worker.postMessage('run'); });
if (worker) await runTheirs();
const ours = [], theirs = [];
for (let r = 0; r < rounds; r++) {
  ours.push(time(runOurs));
  if (worker) theirs.push(await runTheirs());
}
if (worker) await worker.terminate();
const nlp = worker;
const wps = (ms) => Math.round(words / ms * 1000);
console.log(`analyze: ${docs.length} texts, ${words} words, ${rounds} rounds; CPU ms per round ${ours.map((x) => x.toFixed(0)).join(' ')}`);
console.log(`analyze   ${wps(median(ours))} words/s (CPU)`);
if (nlp) {
  console.log(`compromise ${wps(median(theirs))} words/s (CPU)`);
  const ratios = ours.map((o, i) => theirs[i] / o);
  console.log(`ratio ${median(ratios).toFixed(2)}x (median of per-round ratios)`);
}

if (args.includes('--grow')) {
  // One long article (50 texts joined) against the 50 separately, and one text repeated 1x/4x/16x.
  const picked = docs.slice(0, 50).map((d) => d.text);
  const long = picked.join('\n\n');
  const sep = [], lng = [];
  for (let r = 0; r < 3; r++) {
    sep.push(time(() => { for (const t of picked) analyze({ text: t, published: null }); }));
    lng.push(time(() => analyze({ text: long, published: null })));
  }
  console.log(`linearity: 50 separate ${median(sep).toFixed(0)} ms, one long ${median(lng).toFixed(0)} ms, ratio ${(median(lng) / median(sep)).toFixed(2)}`);
  const base = docs.reduce((a, d) => (d.text.length > a.length ? d.text : a), '');
  for (const k of [1, 4, 16, 64]) {
    const t = Array(k).fill(base).join('\n\n');
    const ms = median([0, 1, 2].map(() => time(() => analyze({ text: t, published: '2016-01-01' }))));
    console.log(`grow ${String(k).padStart(2)}x (${t.length} chars): ${ms.toFixed(1)} ms, ${(ms / k).toFixed(2)} ms per copy`);
  }
}
