// Word and punctuation tokens of a stretch of text, with their offsets. Words keep inner
// apostrophes, hyphens and dots (don’t, Xi’s, U.S, well-known); everything else that is not
// white space is a one-character token.
import { classOf, codeAt, isDigit, isLetterOrDigit } from './letter-class.ts';
import { ABBREVIATIONS } from '../locales/en/lexicon/abbreviations.ts';

export interface Tokens {
  start: number[];
  end: number[];
  /** Lower-cased text, possessive ’s / ' removed, curly apostrophes made straight. */
  low: string[];
  /** Raw text of the token. */
  raw: string[];
  /** First character is an upper-case letter. */
  cap: boolean[];
  /** A word (letters or digits) rather than punctuation. */
  word: boolean[];
  /** Ends in a possessive ’s. */
  poss: boolean[];
  length: number;
}

// The tokens are those of /[\p{L}\p{N}]+(?:['’.\-&][\p{L}\p{N}]+)*\.?|\S/gu, found by a scan of
// character codes (a regular expression with Unicode classes costs a match object per token and
// is the slower part of reading a sentence).
/** The test for a word whose final dot is its own: one capital, an initialism, or a listed abbreviation. */
export function abbreviationTest(words: readonly string[]): RegExp {
  const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^(?:[A-Z]\\.|(?:[A-Za-z]\\.){2,}|(?:${escaped.join('|')})\\.)$`);
}
const EN_ABBR = abbreviationTest(ABBREVIATIONS);
// 's that is "is" or "us", not a possessive.
const NOT_POSSESSIVE = new Set(["it's", "he's", "she's", "that's", "there's", "what's", "who's", "let's", "here's", "where's", "how's", "when's"]);

/** End of the run of letters and digits from i (i itself included when it is one). */
function runEnd(text: string, i: number, to: number): number {
  while (i < to) {
    const cp = codeAt(text, i, to);
    if (!isLetterOrDigit(cp)) break;
    i += cp > 0xffff ? 2 : 1;
  }
  return i;
}

// Scratch columns, reused from call to call (one exact-size copy per call instead of seven
// arrays grown a token at a time).
const S_START: number[] = [];
const S_END: number[] = [];
const S_LOW: string[] = [];
const S_RAW: string[] = [];
const S_CAP: boolean[] = [];
const S_WORD: boolean[] = [];
const S_POSS: boolean[] = [];
let count = 0;

export function tokenize(text: string, from: number, to: number, abbreviations: RegExp = EN_ABBR): Tokens {
  count = 0;
  let i = Math.max(0, from);
  const stop = Math.min(to, text.length);
  while (i < stop) {
    const cp = codeAt(text, i, stop);
    const size = cp > 0xffff ? 2 : 1;
    if (!isLetterOrDigit(cp)) {
      // white space is skipped, anything else is a token of one character
      if (cp < 128 ? !(cp === 32 || (cp >= 9 && cp <= 13)) : classOf(cp) !== 2) push(text.slice(i, i + size), i);
      i += size;
      continue;
    }
    let e = runEnd(text, i + size, stop);
    // inner ' ’ . - & joined when a letter or digit follows
    for (;;) {
      const d = e < stop ? text.charCodeAt(e) : -1;
      // a thousands separator (1,100 / 25,000,000) keeps the number one word: its comma ends no clause
      if (d === 44 && thousandsGroup(text, e, stop)) {
        e += 4;
        continue;
      }
      if (!(d === 39 || d === 0x2019 || d === 46 || d === 45 || d === 38) || e + 1 >= stop) break;
      const n = codeAt(text, e + 1, stop);
      if (!isLetterOrDigit(n)) break;
      e = runEnd(text, e + 1, stop);
    }
    const dotted = e < stop && text.charCodeAt(e) === 46;
    const raw = text.slice(i, dotted ? e + 1 : e);
    // Keep a final dot only on abbreviations (Mr., U.S., Sen.); otherwise it is punctuation.
    if (dotted && !abbreviations.test(raw)) {
      push(text.slice(i, e), i);
      push('.', e);
    } else push(raw, i);
    i = dotted ? e + 1 : e;
  }
  const n = count;
  const t: Tokens = {
    start: S_START.slice(0, n), end: S_END.slice(0, n), low: S_LOW.slice(0, n), raw: S_RAW.slice(0, n),
    cap: S_CAP.slice(0, n), word: S_WORD.slice(0, n), poss: S_POSS.slice(0, n), length: n,
  };
  // the scratch columns hold no strings of this text past the call
  S_LOW.fill('', 0, n);
  S_RAW.fill('', 0, n);
  return t;
}

/** Whether the comma at e sits between a digit and a group of exactly three digits. */
function thousandsGroup(text: string, e: number, stop: number): boolean {
  if (e + 3 >= stop) return false;
  if (!isDigit(text.charCodeAt(e - 1))) return false;
  for (let k = 1; k <= 3; k++) if (!isDigit(text.charCodeAt(e + k))) return false;
  return e + 4 >= stop || !isDigit(text.charCodeAt(e + 4));
}

// "he’s", "they’re", "I’m": a pronoun and its auxiliary, as two tokens.
const CONTRACTED = /^(i|you|he|she|it|we|they|who|that|there)(['’](?:s|re|m|ve|d|ll))$/i;

function push(raw: string, s: number): void {
  // (no apostrophe, no contraction: most words skip the pattern)
  const m = raw.length <= 8 && (raw.includes("'") || raw.includes('’')) ? CONTRACTED.exec(raw) : null;
  if (m) {
    pushOne(m[1]!, s);
    pushOne(m[2]!, s + m[1]!.length);
    return;
  }
  pushOne(raw, s);
}

/** Whether raw has a capital or a character past ASCII (else it is its own lower case). */
function needsLowering(raw: string): boolean {
  for (let k = 0; k < raw.length; k++) {
    const c = raw.charCodeAt(k);
    if (c >= 128 || (c >= 65 && c <= 90)) return true;
  }
  return false;
}

function pushOne(raw: string, s: number): void {
  const c = raw.charCodeAt(0);
  // ASCII first characters are classified by their code (the patterns are for the rest)
  const ascii = c < 128;
  const asciiWord = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  const isWord = (ascii ? asciiWord : classOf(c) === 1) || (raw.length > 1 && (c === 39 || c === 0x2019) && /^['’]\p{L}+$/u.test(raw));
  let low = raw;
  if (needsLowering(raw)) {
    low = raw.toLowerCase();
    if (low.includes('’')) low = low.replace(/’/g, "'");
  }
  let poss = false;
  if (isWord && low.length > 2 && (low.endsWith("'s") || low.endsWith("s'")) && !NOT_POSSESSIVE.has(low)) {
    poss = true;
    low = low.endsWith("'s") ? low.slice(0, -2) : low.slice(0, -1);
  }
  const k = count++;
  S_START[k] = s;
  S_END[k] = s + raw.length;
  S_LOW[k] = low;
  S_RAW[k] = raw;
  S_CAP[k] = isWord && (ascii ? c >= 65 && c <= 90 : raw[0] !== raw[0]!.toLowerCase()) && !(c >= 48 && c <= 57);
  S_WORD[k] = isWord;
  S_POSS[k] = poss;
}
