#!/usr/bin/env node
// Do chrono-node's own locales fit our time reader for de, fr, es, it, pt (chrono has no Polish)?
// On the invented cases of tests/locales/<lang>/time-cases.json, with the same publication date:
// each expected timex counts as found by chrono when a chrono result overlaps its extent and gives
// the same calendar value at the expected precision (day; month; year; ISO week for weeks and
// weekends; the date part of a part of the day; day and hh:mm of a clock time). Chrono has no durations. A chrono result that overlaps no
// expected timex is an extra. Our reader (analyze with lang) is scored the same way, and both
// time readers are timed on the cases' text repeated to 20,000 characters (CPU time, median of
// rounds; ours is findTimexes with the sentences already split).
// The cases were written alongside our grammar: our score on them is no accuracy estimate.
//   node scripts/compare-chrono-locales.mjs
import { build } from 'esbuild';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as chrono from 'chrono-node';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outfile = path.join(root, '.tmp/compare-chrono', `analyze-${process.pid}.mjs`);
await build({
  stdin: { contents: "export { analyze } from './index.ts'; export { findTimexes } from './time/find-timexes.ts'; export { splitSentences } from './text/sentences.ts';", resolveDir: path.join(root, 'src/core'), loader: 'ts', sourcefile: 'entry.ts' },
  bundle: true, format: 'esm', platform: 'node', target: 'es2022', outfile, logLevel: 'error', absWorkingDir: root,
  nodePaths: [path.join(root, 'node_modules')],
});
const { analyze, findTimexes, splitSentences } = await import(pathToFileURL(outfile).href);
rmSync(outfile, { force: true });

const pad = (n) => String(n).padStart(2, '0');
const ymd = (d) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
function isoWeek(d) {
  const t = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  const dow = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - dow);
  const jan1 = Date.UTC(t.getUTCFullYear(), 0, 1);
  return `${t.getUTCFullYear()}-W${pad(Math.floor((t - jan1) / 86400000 / 7) + 1)}`;
}
/** A chrono result written at the precision of an expected TimeML value. */
function asValue(r, expected) {
  const date = r.start.date();
  if (/T\d\d:\d\d$/.test(expected)) return r.start.isCertain('hour') ? `${ymd(date)}T${pad(r.start.get('hour'))}:${pad(r.start.get('minute') ?? 0)}` : null;
  const v = expected.replace(/T.*$/, '');
  if (/^\d{4}-\d\d-\d\d$/.test(v)) return ymd(date);
  if (/^\d{4}-\d\d$/.test(v)) return ymd(date).slice(0, 7);
  if (/^\d{4}$/.test(v)) return ymd(date).slice(0, 4);
  if (/^\d{4}-W\d\d(-WE)?$/.test(v)) return isoWeek(date) + (v.endsWith('-WE') ? '-WE' : '');
  return null;
}
const overlaps = (a0, a1, b0, b1) => a0 < b1 && b0 < a1;

function cpuMs(fn, rounds = 7) {
  const times = [];
  for (let r = 0; r < rounds; r++) {
    const a = process.cpuUsage();
    fn();
    const b = process.cpuUsage(a);
    times.push((b.user + b.system) / 1000);
  }
  return times.sort((x, y) => x - y)[rounds >> 1];
}

const rows = [];
for (const lang of ['de', 'fr', 'es', 'it', 'pt', 'pl']) {
  const data = JSON.parse(readFileSync(path.join(root, 'tests/locales', lang, 'time-cases.json'), 'utf8'));
  const parser = chrono[lang];
  let gold = 0, durations = 0, chronoHit = 0, chronoExtra = 0, oursHit = 0, oursExtra = 0;
  const misses = [];
  for (const c of data.cases) {
    const published = c.published ?? data.published;
    const instant = new Date(`${published}T12:00:00Z`);
    const expected = c.expect.map(([text, type, value]) => {
      const at = c.text.indexOf(text);
      return { start: at, end: at + text.length, type, value };
    });
    gold += expected.length;
    durations += expected.filter((e) => e.type === 'DURATION').length;
    const ours = analyze({ text: c.text, published, lang }).timexes;
    for (const e of expected) if (ours.some((t) => t.start === e.start && t.end === e.end && t.value === e.value)) oursHit++;
    oursExtra += ours.filter((t) => !expected.some((e) => overlaps(t.start, t.end, e.start, e.end))).length;
    if (!parser) continue;
    const found = parser.parse(c.text, { instant, timezone: 0 });
    for (const e of expected) {
      const hit = found.some((r) => overlaps(r.index, r.index + r.text.length, e.start, e.end) && asValue(r, e.value) === e.value.replace(/T[A-Z]{2}$/, ''));
      if (hit) chronoHit++;
      else misses.push(`${c.text.slice(e.start, e.end)} → ${e.value}; chrono: ${found.map((r) => `"${r.text}" ${ymd(r.start.date())}`).join(', ') || 'nothing'}`);
    }
    chronoExtra += found.filter((r) => !expected.some((e) => overlaps(r.index, r.index + r.text.length, e.start, e.end))).length;
  }
  // cost: the cases' text repeated to 20,000 characters
  let text = data.cases.map((c) => c.text).join(' ');
  while (text.length < 20000) text += ' ' + text;
  text = text.slice(0, 20000);
  const instant = new Date(`${data.published}T12:00:00Z`);
  const sentences = splitSentences(text);
  const oursMs = cpuMs(() => findTimexes(text, data.published, sentences, lang));
  const chronoMs = parser ? cpuMs(() => parser.parse(text, { instant, timezone: 0 })) : null;
  rows.push({ lang, gold, durations, chronoHit, chronoExtra, oursHit, oursExtra, chronoMs, oursMs, hasChrono: !!parser });
  if (parser && process.argv.includes('--misses')) for (const m of misses) console.log(`  ${lang} miss: ${m}`);
}

console.log('| lang | expected timexes (durations) | chrono-node locale: right value | chrono extras | ours: right extent+value | ours extras | chrono ms / 20k chars | ours ms / 20k chars |');
console.log('|---|---|---|---|---|---|---|---|');
for (const r of rows) {
  const ch = r.hasChrono ? `${r.chronoHit}/${r.gold} (${(r.chronoHit / r.gold).toFixed(2)})` : 'no locale';
  console.log(`| ${r.lang} | ${r.gold} (${r.durations}) | ${ch} | ${r.hasChrono ? r.chronoExtra : '–'} | ${r.oursHit}/${r.gold} | ${r.oursExtra} | ${r.chronoMs === null ? '–' : r.chronoMs.toFixed(1)} | ${r.oursMs.toFixed(1)} |`);
}
const withChrono = rows.filter((r) => r.hasChrono);
const hit = withChrono.reduce((s, r) => s + r.chronoHit, 0);
const all = withChrono.reduce((s, r) => s + r.gold, 0);
console.log(`METRIC chrono_locale_value_recall ${(hit / all).toFixed(3)}`);
