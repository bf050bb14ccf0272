// Sentence boundaries over the raw text, as spans (no text is copied or changed).
// A boundary is a run of . ! ? (optionally followed by closing quotes/brackets) and then
// white space and an upper-case letter, digit or opening quote; or a paragraph break.
// Common abbreviations (Mr., Gov., U.S.) do not end a sentence.
import type { Span } from '../types.ts';

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'sgt', 'capt', 'cmdr', 'adm',
  'st', 'jr', 'sr', 'rev', 'hon', 'pres', 'supt', 'messrs', 'mt', 'ft', 'no', 'vs', 'etc', 'inc', 'corp',
  'co', 'ltd', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'ky', 'la',
  'md', 'mass', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'tenn', 'tex',
  'va', 'vt', 'wash', 'wis', 'wyo', 'e.g', 'i.e', 'approx', 'dept', 'est', 'fig', 'op', 'cf', 'al',
]);

/** A word (without its period) that a period after does not end a sentence on: a listed title,
 *  month, state or company abbreviation, a single letter ("J."), or dotted initials ("U.S"). */
export function isAbbreviation(word: string): boolean {
  const w = word.toLowerCase();
  return ABBREVIATIONS.has(w) || /^[a-z]$/.test(w) || /^([a-z]\.)+[a-z]$/.test(w);
}

const SUBJECT_PRONOUNS = /^(?:He|She|They|We|I|It)\b(?![.'’-])/;

// Whether a subject pronoun opens the text at k.
function subjectPronounAt(text: string, k: number): boolean {
  return SUBJECT_PRONOUNS.test(text.slice(k, k + 6));
}

// A space within a line: a plain space, a tab, or a no-break or thin space (web text often
// puts a no-break space after a sentence's period).
function isSpace(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\u00a0' || c === '\u2009' || c === '\u202f';
}

// Two sentences run together with no space, as text pasted from a page often has them ("… for
// the refugees.Breitbart News …", "… he concluded.”Graham …"): a lower-case word of three letters
// or more, the mark, then a capitalised word. (An abbreviation before it is checked as usual.)
function joinedSentence(text: string, i: number, j: number): boolean {
  return /[a-z]{3}$/.test(text.slice(Math.max(0, i - 3), i)) && /^[A-Z][a-z]/.test(text.slice(j, j + 2));
}

export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  const n = text.length;
  const push = (end: number) => {
    let s = start;
    while (s < end && /\s/.test(text[s]!)) s++;
    let e = end;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ start: s, end: e });
  };
  for (let i = 0; i < n; i++) {
    const ch = text[i]!;
    if (ch === '\n') {
      // paragraph break: a blank line, or a single newline (lines are paragraphs in extracted text)
      push(i);
      start = i + 1;
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    let j = i + 1;
    while (j < n && (text[j] === '.' || text[j] === '!' || text[j] === '?')) j++;
    while (j < n && /["'”’»)\]]/.test(text[j]!)) j++;
    if (j < n && !isSpace(text[j]!) && text[j] !== '\n' && !joinedSentence(text, i, j)) { i = j - 1; continue; }
    let k = j;
    while (k < n && isSpace(text[k]!)) k++;
    if (k < n && text[k] !== '\n' && !/[A-Z0-9"“‘'«(\[\u00C0-\u024F]/.test(text[k]!)) { i = j - 1; continue; }
    if (ch === '.') {
      // the word before the period (all its letters: "wściekły." is no "y.", "España." no "a.")
      let w = i;
      while (w > start && /[\p{L}.]/u.test(text[w - 1]!)) w--;
      if (isAbbreviation(text.slice(w, i)) && !subjectPronounAt(text, k)) {
        // "U.S." may end a sentence; only treat as a boundary when followed by a paragraph break
        // or by a subject pronoun, which no abbreviation stands before ("… at 7 p.m. He said …")
        i = j - 1;
        continue;
      }
    }
    push(j);
    start = j;
    i = j - 1;
  }
  push(n);
  return out;
}
