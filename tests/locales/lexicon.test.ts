// The lexicon is data: every word list of a language lives in its pack's lexicon/ folder, and no
// list repeats an entry (a repeat is a sign of two people editing one list without reading it).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.ts$/.test(f) ? [p] : [];
  });
}

/** Each array literal of string literals in a source ([...] with only quoted strings, commas, spreads and comments), with its line. */
export function stringLists(src: string): { line: number; items: string[] }[] {
  const out: { line: number; items: string[] }[] = [];
  const open = /\[\s*(['"])/g;
  for (let m = open.exec(src); m; m = open.exec(src)) {
    let i = m.index + 1;
    const items: string[] = [];
    let ok = true;
    while (i < src.length) {
      const ch = src[i]!;
      if (/\s|,/.test(ch)) { i++; continue; }
      if (ch === '/' && src[i + 1] === '/') { i = src.indexOf('\n', i); continue; }
      if (ch === ']') break;
      if (ch === "'" || ch === '"') {
        let j = i + 1;
        let s = '';
        while (j < src.length && src[j] !== ch) { if (src[j] === '\\') { s += src[j + 1]; j += 2; } else s += src[j++]; }
        items.push(s);
        i = j + 1;
        continue;
      }
      if (src.startsWith('...', i)) { while (i < src.length && !/[,\]]/.test(src[i]!)) i++; continue; }
      ok = false;
      break;
    }
    if (ok && items.length >= 4) out.push({ line: src.slice(0, m.index).split('\n').length, items });
  }
  return out;
}

// Word lists of three or more lower-case words written outside a lexicon/ folder. The English
// reader still has these in its algorithm files: they are listed here and the list may only
// shrink (a new file with a word list fails; move the list to locales/<lang>/lexicon/ instead).
const KNOWN = new Set(readFileSync(join(import.meta.dirname, 'word-lists-outside-lexicon.txt'), 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#')));
const isWordList = (items: string[]) => items.filter((w) => /^[\p{Ll}'’][\p{Ll}\p{M}'’ -]*$/u.test(w)).length >= 3;

describe('lexicon', () => {
  // (the time reader is being rebuilt elsewhere: src/core/time and locales/*/time are not checked here yet)
  const all = files(resolve(root, 'src/core')).filter((p) => !/\/(time|timeline)\//.test(p));
  test('no list in a lexicon repeats an entry', () => {
    for (const f of all.filter((p) => p.includes('/lexicon/'))) {
      for (const { line, items } of stringLists(readFileSync(f, 'utf8'))) {
        const seen = new Set<string>();
        const repeated = items.filter((w) => (seen.has(w) ? true : (seen.add(w), false)));
        expect(repeated, `${relative(root, f)}:${line} repeats`).toEqual([]);
      }
    }
  });

  test('word lists live in lexicon/ (files not yet moved are listed and may only shrink)', () => {
    const outside = new Set<string>();
    for (const f of all.filter((p) => !p.includes('/lexicon/'))) {
      if (stringLists(readFileSync(f, 'utf8')).some((l) => isWordList(l.items))) outside.add(relative(root, f));
    }
    const added = [...outside].filter((f) => !KNOWN.has(f));
    expect(added, 'word lists outside lexicon/: move them to src/core/locales/<lang>/lexicon/').toEqual([]);
    const gone = [...KNOWN].filter((f) => !outside.has(f));
    expect(gone, 'files that no longer hold word lists: remove them from word-lists-outside-lexicon.txt').toEqual([]);
  });

  test('the list reader finds repeats and word lists (it can fail)', () => {
    const lists = stringLists("const A = new Set(['said', 'told', 'said', 'wrote']);\nconst B = [1, 2];\nconst C = ['x', y];");
    expect(lists).toHaveLength(1);
    expect(lists[0]!.items.filter((w, i, a) => a.indexOf(w) !== i)).toEqual(['said']);
    expect(isWordList(lists[0]!.items)).toBe(true);
    expect(isWordList(['Mr', 'Mrs', 'Dr', 'St'])).toBe(false);
  });
});
