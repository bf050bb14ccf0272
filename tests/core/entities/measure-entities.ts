// Measures the entity finder on PolNeAR (a measure only: nothing here feeds the finder).
//   npx tsx tests/core/entities/measure-entities.ts [dev|train]
// Prints: CPU speed of findEntities and of the whole analyze(); how resolve() reads the
// annotated source spans (share resolved, pronouns resolved, named sources covered by an
// entity the finder found on its own); the count of entities by type.
import { readFileSync, readdirSync } from 'node:fs';
import { splitSentences } from '../../../src/core/text/sentences.ts';
import { findEntities } from '../../../src/core/entities/find-entities.ts';
import { analyze } from '../../../src/core/index.ts';
import { looksCommon } from '../../../src/core/entities/entity-registry.ts';
import { hasShared, sharedPath } from '../../helpers/shared.ts';

if (!hasShared) {
  console.log('../shared not found: nothing to measure');
  process.exit(0);
}
const split = process.argv[2] ?? 'dev';
const base = sharedPath('corpora/attribution', split);
const files = readdirSync(`${base}/text`);
const anns = readdirSync(`${base}/attributions`);
const docs = files.map((f) => {
  const text = readFileSync(`${base}/text/${f}`, 'utf8');
  const ann = anns.find((a) => a.startsWith(f.replace(/\.txt$/, '')));
  const published = /_(\d{4}-\d\d-\d\d)_/.exec(f)?.[1] ?? null;
  return { f, text, published, ann: ann ? readFileSync(`${base}/attributions/${ann}`, 'utf8') : '', sentences: splitSentences(text) };
});
const words = docs.reduce((n, d) => n + (d.text.match(/\S+/g)?.length ?? 0), 0);

// speed, in CPU time (the machine may be shared), best of 6
const cpu = (f: () => void) => {
  const c0 = process.cpuUsage();
  f();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
};
let e = Infinity;
let a = Infinity;
for (let r = 0; r < 6; r++) {
  e = Math.min(e, cpu(() => docs.forEach((d) => findEntities(d.text, d.sentences, { published: d.published }))));
  a = Math.min(a, cpu(() => docs.forEach((d) => analyze({ text: d.text, published: d.published }))));
}
console.log(`PolNeAR ${split}: ${docs.length} docs, ${words} words`);
console.log(`METRIC entities_words_per_s ${Math.round((words / e) * 1000)}`);
console.log(`METRIC analyze_words_per_s ${Math.round((words / a) * 1000)}`);

// the annotated sources, read by resolve()
let n = 0, resolved = 0, named = 0, covered = 0, pron = 0, pronResolved = 0;
const types: Record<string, number> = {};
for (const d of docs) {
  const idx = findEntities(d.text, d.sentences, { published: d.published });
  const found = idx.list.flatMap((x) => x.mentions.map((m) => ({ ...m, type: x.type })));
  for (const line of d.ann.split('\n')) {
    const m = /^T\d+\tSource (\d+) (\d+)/.exec(line);
    if (!m) continue;
    const s = +m[1]!;
    const t = +m[2]!;
    const src = d.text.slice(s, t).trim();
    n++;
    if (/^(he|she|they|it|i|we|you)$/i.test(src)) {
      pron++;
      if (idx.resolve({ start: s, end: t })) pronResolved++;
      continue;
    }
    if (idx.resolve({ start: s, end: t })) resolved++;
    // a source written as a name: capitalized words only, not a lone common word ("Republicans")
    const caps = /^[A-Z][a-z]+(?: [A-Z][a-z.]+)*$/.test(src) && !/^(The|A|An|Some|Many)\b/.test(src);
    if (caps && (src.includes(' ') || !looksCommon(src.toLowerCase()))) {
      named++;
      if (found.some((x) => x.start < t && x.end > s && x.type !== 'anonymous')) covered++;
    }
  }
  for (const x of idx.list) types[x.type] = (types[x.type] ?? 0) + 1;
}
console.log(`METRIC sources_resolved ${(resolved / (n - pron)).toFixed(3)}  (${n - pron} non-pronoun source spans)`);
console.log(`METRIC pronoun_sources_resolved ${(pronResolved / pron).toFixed(3)}  (${pron} bare pronouns)`);
console.log(`METRIC name_sources_found ${(covered / named).toFixed(3)}  (${named} sources written as a capitalized name)`);
console.log(`entities found by type: ${JSON.stringify(types)}`);
