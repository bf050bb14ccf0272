// Words with offsets, in one linear pass, for name finding. A word keeps inner apostrophes,
// hyphens and dots ("O'Brien", "Kassym-Jomart", "U.S"); a trailing possessive ('s, ’s) is
// noted and left out of the word's key; a following dot is noted (initials, "Mr.", "U.S.").
import type { Span } from '../types.ts';

export interface Word {
  start: number;
  /** End of the word itself, without a possessive "'s" or a final dot. */
  end: number;
  /** Lower-case key: curly apostrophes made straight, no possessive. */
  key: string;
  /** First letter upper-case. */
  cap: boolean;
  /** Two or more letters, all upper-case ("NATO", "CRISTINO"). */
  allCaps: boolean;
  /** Followed by 's or ’s. */
  poss: boolean;
  /** Immediately followed by a dot. */
  dot: boolean;
  /** 0: only spaces up to the next word; 1: a dot then spaces; 2: anything else (punctuation, line break). */
  gap: 0 | 1 | 2;
  /** First word of a sentence, or right after an opening quote or bracket. */
  initial: boolean;
  /** Looks broken: glued words ("ParliamentPAP"), a digit, or touching a slash (photo credits). */
  odd: boolean;
}

function isLetterCode(c: number): boolean {
  if (c < 0x80) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
  if (c < 0xc0) return false;
  if (c === 0xd7 || c === 0xf7) return false;
  if (c >= 0x2000 && c <= 0x2bff) return false; // punctuation, symbols, arrows
  if (c >= 0x3000 && c <= 0x303f) return false; // CJK punctuation
  if (c >= 0xfe30 && c <= 0xfe4f) return false;
  if (c >= 0xff00 && c <= 0xff20) return false;
  return true;
}

function isUpperCode(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return c >= 65 && c <= 90;
  const ch = text[i]!;
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}
function isLowerCode(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return c >= 97 && c <= 122;
  const ch = text[i]!;
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

const OPENERS = '"“„«‹‘‚「(\'[';
/** The same characters by code (one comparison per word instead of a string search). */
const OPENER_CODES = new Set(Array.from(OPENERS, (ch) => ch.charCodeAt(0)));

export function tokenizeWords(text: string, sentences: Span[] = [], from = 0, to = text.length): Word[] {
  const words: Word[] = [];
  let si = 0;
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (!isLetterCode(c)) {
      i++;
      continue;
    }
    const start = i;
    let j = i + 1;
    let hasDigit = c >= 48 && c <= 57;
    while (j < to) {
      const d = text.charCodeAt(j);
      if (isLetterCode(d)) {
        if (d >= 48 && d <= 57) hasDigit = true;
        j++;
        continue;
      }
      // inner ' ’ - . – joined only when a letter follows (and for dots, a short piece before: U.S, e.g)
      if ((d === 39 || d === 0x2019 || d === 45 || d === 46) && j + 1 < to && isLetterCode(text.charCodeAt(j + 1))) {
        if (d === 46) {
          // a dot joins only initialisms: the piece before it is one letter
          let p = j - 1;
          while (p > start && text.charCodeAt(p - 1) !== 46) p--;
          if (j - p !== 1) break;
        }
        j += 2;
        continue;
      }
      break;
    }
    let end = j;
    let poss = false;
    // possessive: the word ends with 's / ’s
    if (end - start > 2) {
      const a = text.charCodeAt(end - 2);
      const s = text.charCodeAt(end - 1);
      if ((a === 39 || a === 0x2019) && (s === 115 || s === 83)) {
        poss = true;
        end -= 2;
      }
    }
    if (!poss && j < to && (text.charCodeAt(j) === 39 || text.charCodeAt(j) === 0x2019) && (text.charCodeAt(j - 1) === 115)) {
      // plural possessive "officials'" — treat as possessive, word unchanged
      poss = j + 1 >= to || !isLetterCode(text.charCodeAt(j + 1));
    }
    const cap = isUpperCode(text, start);
    let allCaps = false;
    let odd = hasDigit;
    if (cap && end - start > 1) {
      // all capitals ("NATO"), or glued words: a lower-case letter then two capitals ("ParliamentPAP")
      let lowers = 0;
      let uppers = 1;
      let prevLower = false; // the letter before k is lower-case
      for (let k = start + 1; k < end; k++) {
        const d = text.charCodeAt(k);
        const lower = d < 0x80 ? d >= 97 && d <= 122 : isLowerCode(text, k);
        if (lower) lowers++;
        else if (d < 0x80 ? d >= 65 && d <= 90 : isUpperCode(text, k)) {
          uppers++;
          if (prevLower && k + 1 < end && isUpperCode(text, k + 1)) odd = true;
        }
        prevLower = lower;
      }
      allCaps = lowers === 0 && uppers > 1;
    }
    if (cap && !odd) {
      // "Kremlin-backed", "Brussels-based": a compound adjective, not a name
      let h = end - 1;
      while (h > start && text.charCodeAt(h) !== 45) h--;
      if (h > start && end - h > 3) {
        let lower = true;
        for (let k = h + 1; k < end && lower; k++) lower = isLowerCode(text, k);
        if (lower) odd = true;
      }
    }
    if ((start > 0 && text.charCodeAt(start - 1) === 47) || (j < text.length && text.charCodeAt(j) === 47)) odd = true;
    // sentence start
    while (si < sentences.length && sentences[si]!.end <= start) si++;
    const sent = sentences[si];
    const prevWord = words[words.length - 1];
    let initial = !prevWord || (sent !== undefined && sent.start <= start && prevWord.start < sent.start);
    if (!initial && start > 0 && OPENER_CODES.has(text.charCodeAt(start - 1))) initial = true;
    if (!initial && prevWord && prevWord.gap === 2) {
      // after a colon or a line break the next word opens a new phrase
      for (let k = prevWord.end; k < start; k++) {
        const ch = text.charCodeAt(k);
        if (ch === 10 || ch === 58) {
          initial = true;
          break;
        }
      }
    }
    let key = text.slice(start, end).toLowerCase();
    if (key.includes('’')) key = key.replace(/’/g, "'");
    const dot = j < to && text.charCodeAt(j) === 46;
    words.push({ start, end, key, cap, allCaps, poss, dot, gap: 2, initial, odd });
    // gap to the next word
    let k = j;
    let g: 0 | 1 | 2 = 0;
    if (dot) {
      g = 1;
      k++;
    }
    let spaces = 0;
    while (k < to) {
      const ch = text.charCodeAt(k);
      if (ch !== 32 && ch !== 0xa0 && ch !== 9) break;
      k++;
      spaces++;
    }
    if (k >= to || !isLetterCode(text.charCodeAt(k)) || (g === 1 && spaces === 0) || (g === 0 && spaces === 0)) g = 2;
    words[words.length - 1]!.gap = g;
    i = j;
  }
  return words;
}
