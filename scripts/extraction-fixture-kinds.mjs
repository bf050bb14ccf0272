#!/usr/bin/env node
// Issue 15's kinds of failure, counted on our own fixture pages (tests/page/extract/issue15-cases.ts):
// for each kind, how many fixture pages the extractor reads right (every "keeps" string in the text,
// every "leavesOut" string out of it), through the command line's path (loadDocument + extractArticle).
//
//   node scripts/extraction-fixture-kinds.mjs                 the current sources
//   node scripts/extraction-fixture-kinds.mjs --at REV        the sources of a git revision (before/after)
//   (a revision older than the parser change had no loadDocument of a browser's tree: its own
//    load-document.ts is used, as its command line did)
import { execSync } from 'node:child_process';
import { mkdtempSync, readFileSync, symlinkSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { register } from 'tsx/esm/api';

register();
const ROOT = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const at = args.includes('--at') ? args[args.indexOf('--at') + 1] : null;

let src = join(ROOT, 'src');
let tmp = null;
if (at) {
  tmp = mkdtempSync(join(tmpdir(), 'sl-kinds-'));
  execSync(`git archive ${at} src package.json tsconfig.json | tar -x -C ${tmp}`, { cwd: ROOT });
  symlinkSync(join(ROOT, 'node_modules'), join(tmp, 'node_modules'));
  src = join(tmp, 'src');
}
const { CASES } = await import(join(ROOT, 'tests/page/extract/issue15-cases.ts'));
const { loadDocument } = await import(join(src, 'cli/load-document.ts'));
const { extractArticle } = await import(join(src, 'page/extract/extract-article.ts'));

const kinds = new Map();
for (const c of CASES) {
  const html = readFileSync(join(ROOT, 'tests/fixtures/pages', c.file), 'utf8');
  const text = extractArticle(loadDocument(html)).text.toLowerCase();
  const ok = c.keeps.every((k) => text.includes(k.toLowerCase())) && c.leavesOut.every((k) => !text.includes(k.toLowerCase()));
  const row = kinds.get(c.kind) ?? { ok: 0, n: 0, failing: [] };
  row.n++;
  if (ok) row.ok++;
  else row.failing.push(c.file);
  kinds.set(c.kind, row);
}
console.log(`fixture pages read right, per kind (${at ? `at ${at}` : 'current sources'}):`);
let ok = 0;
let n = 0;
for (const [kind, row] of kinds) {
  console.log(`  ${String(row.ok).padStart(2)} / ${row.n}  ${kind}${row.failing.length ? `   (wrong: ${row.failing.join(', ')})` : ''}`);
  ok += row.ok;
  n += row.n;
}
console.log(`METRIC fixture_kinds_ok ${ok}`);
console.log(`METRIC fixture_kinds_total ${n}`);
if (tmp) rmSync(tmp, { recursive: true, force: true });
