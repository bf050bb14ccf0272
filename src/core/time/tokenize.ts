// Word-level tokens with offsets, for the time-expression grammar. One linear regex pass:
// words (hyphenated compounds kept whole: "third-quarter", "two-year", "mid-1990s"; letters
// then digits stay one word: "h3Pm" in a link is no clock time),
// numbers (with their separators and a letter suffix: "1,000", "19.03.2023", "1990s", "20th"),
// and single punctuation characters.
import { isDigit } from '../text/letter-class.ts';

export interface Token {
  start: number;
  end: number;
  /** The token as written. */
  raw: string;
  /** Lower case. */
  w: string;
  /** Starts with an upper-case letter. */
  cap: boolean;
  num: boolean;
}

const TOKEN = /[0-9]+(?:[.,:/-][0-9]+)*(?:[a-zA-Z]+)?|[A-Za-z\u00C0-\u024F][A-Za-z0-9\u00C0-\u024F]*(?:-[A-Za-z0-9\u00C0-\u024F]+)*|\S/g;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const raw = m[0];
    const c = raw.charCodeAt(0);
    out.push({
      start: m.index,
      end: m.index + raw.length,
      raw,
      w: raw.toLowerCase(),
      cap: c >= 65 && c <= 90,
      num: c >= 48 && c <= 57,
    });
  }
  return out;
}

// The same tokens as TOKEN, by a scan of character codes (no match object per token).
const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** [A-Za-z\u00C0-\u024F] */
const isWordStart = (c: number): boolean => isAsciiLetter(c) || (c >= 0xc0 && c <= 0x24f);
/** [A-Za-z0-9\u00C0-\u024F] */
const isWordChar = (c: number): boolean => isWordStart(c) || isDigit(c);
/** JavaScript's \s. */
function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
/** Whether raw has a capital or a character past ASCII (else it is its own lower case). */
function needsLowering(raw: string): boolean {
  for (let k = 0; k < raw.length; k++) {
    const c = raw.charCodeAt(k);
    if (c >= 128 || (c >= 65 && c <= 90)) return true;
  }
  return false;
}
/** The end of the TOKEN match at p (text[p] is not white space). */
function tokenEnd(text: string, p: number): number {
  const n = text.length;
  const c = text.charCodeAt(p);
  let q = p + 1;
  if (isDigit(c)) {
    while (q < n && isDigit(text.charCodeAt(q))) q++;
    for (;;) {
      const d = q + 1 < n ? text.charCodeAt(q) : -1;
      if (!(d === 46 || d === 44 || d === 58 || d === 47 || d === 45) || !isDigit(text.charCodeAt(q + 1))) break;
      q += 2;
      while (q < n && isDigit(text.charCodeAt(q))) q++;
    }
    while (q < n && isAsciiLetter(text.charCodeAt(q))) q++;
  } else if (isWordStart(c)) {
    while (q < n && isWordChar(text.charCodeAt(q))) q++;
    while (q + 1 < n && text.charCodeAt(q) === 45 && isWordChar(text.charCodeAt(q + 1))) {
      q += 2;
      while (q < n && isWordChar(text.charCodeAt(q))) q++;
    }
  }
  return q;
}

/** Stands between two windows of tokenizeNear: no rule matches across it. */
export const GAP = '\u0000';

/**
 * Tokens only near the places an anchor pattern matches (a time word, a year, a clock time):
 * `back` characters before and `fwd` after each, windows merged, a GAP token between windows.
 * Articles are mostly words that are no part of any time expression; this keeps the cost of
 * the grammar proportional to the time expressions, not to the article.
 */
export function tokenizeNear(text: string, anchor: RegExp, back: number, fwd: number): Token[] {
  const out: Token[] = [];
  anchor.lastIndex = 0;
  let winStart = -1;
  let winEnd = -1;
  const flush = () => {
    if (winStart < 0) return;
    // start on a word boundary so no word is cut in half
    let s = winStart;
    while (s > 0 && !isSpace(text.charCodeAt(s - 1))) s--;
    let e = winEnd;
    while (e < text.length && !isSpace(text.charCodeAt(e))) e++;
    if (out.length) {
      const last = out[out.length - 1]!;
      if (s < last.end) s = last.end;
      out.push({ start: s, end: s, raw: GAP, w: GAP, cap: false, num: false });
    }
    // the tokens that start before e
    for (let p = s; p < text.length; ) {
      const c = text.charCodeAt(p);
      if (isSpace(c)) {
        p++;
        continue;
      }
      if (p >= e) break;
      const q = tokenEnd(text, p);
      const raw = text.slice(p, q);
      out.push({ start: p, end: q, raw, w: needsLowering(raw) ? raw.toLowerCase() : raw, cap: c >= 65 && c <= 90, num: c >= 48 && c <= 57 });
      p = q;
    }
  };
  for (let m = anchor.exec(text); m; m = anchor.exec(text)) {
    if (m[0].length === 0) { anchor.lastIndex++; continue; }
    const a = Math.max(0, m.index - back);
    const b = Math.min(text.length, m.index + m[0].length + fwd);
    if (winStart >= 0 && a <= winEnd) winEnd = Math.max(winEnd, b);
    else {
      flush();
      winStart = a;
      winEnd = b;
    }
  }
  flush();
  return out;
}
