#!/usr/bin/env node
// What a non-English article costs against an English one of the same length: analyze() on the
// articles of ../shared/corpora/quotes-ml, per language, each cut (or repeated) to the same number
// of characters, CPU time (process.cpuUsage: the machine is shared), median of rounds. The
// language is told from the text (as in the batch command), so the detector's cost is counted.
//   node scripts/bench-languages.mjs [--chars 20000] [--rounds 7] [--gold a.json,b.json]
// --gold reads the articles of other files of quotes-ml's form instead (e.g. our invented exam,
// tests/fixtures/quotes-exam/*.json, which has Italian and Polish: quotes-ml has none).
import { build } from 'esbuild';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, def) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : def);
const CHARS = opt('--chars', 20000);
const ROUNDS = opt('--rounds', 7);
const goldOpt = args.includes('--gold') ? args[args.indexOf('--gold') + 1] : null;
const goldPaths = goldOpt ? goldOpt.split(',').map((f) => path.resolve(f)) : [path.resolve(root, '../shared/corpora/quotes-ml/gold.json')];
if (!goldPaths.every((f) => existsSync(f))) {
  console.error(`no ${goldPaths.join(', ')} (../shared absent?): nothing to measure`);
  process.exit(0);
}
const outfile = path.join(root, '.tmp/bench-languages', `analyze-${process.pid}.mjs`);
await build({
  stdin: { contents: "export { analyze } from './index.ts';", resolveDir: path.join(root, 'src/core'), loader: 'ts', sourcefile: 'entry.ts' },
  bundle: true, format: 'esm', platform: 'node', target: 'es2022', outfile, logLevel: 'error', absWorkingDir: root,
  nodePaths: [path.join(root, 'node_modules')],
});
const { analyze } = await import(pathToFileURL(outfile).href);
rmSync(outfile, { force: true });

const byLang = {};
for (const f of goldPaths) for (const a of Object.values(JSON.parse(readFileSync(f, 'utf8')))) (byLang[a.lang] ??= []).push(a.text);
/** The language's articles, one after another with a paragraph break, repeated to CHARS characters and cut at a paragraph. */
function sample(texts) {
  let s = '';
  while (s.length < CHARS) s += texts.join('\n\n') + '\n\n';
  const cut = s.lastIndexOf('\n\n', CHARS);
  return s.slice(0, cut > CHARS / 2 ? cut : CHARS);
}
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const texts = Object.fromEntries(Object.entries(byLang).map(([l, t]) => [l, sample(t)]));
for (const t of Object.values(texts)) analyze({ text: t, published: null }); // warm up
// (rounds interleave the languages, so that a slow spell of a shared machine falls on all of them alike)
const runs = Object.fromEntries(Object.keys(texts).map((l) => [l, []]));
for (let r = 0; r < ROUNDS; r++) {
  for (const [lang, text] of Object.entries(texts)) {
    const t0 = cpu();
    analyze({ text, published: null });
    runs[lang].push(cpu() - t0);
  }
}
const ms = Object.fromEntries(Object.entries(texts).map(([lang, text]) => [lang, (median(runs[lang]) / text.length) * 10000]));
console.log(`| language | ms per 10,000 characters | × English |`);
console.log(`|---|---|---|`);
for (const lang of Object.keys(ms).sort()) console.log(`| ${lang} | ${ms[lang].toFixed(2)} | ${(ms[lang] / ms.en).toFixed(2)} |`);
const worst = Math.max(...Object.entries(ms).filter(([l]) => l !== 'en').map(([, v]) => v / ms.en));
console.log(`METRIC non_english_cost_ratio_max ${worst.toFixed(2)}`);
