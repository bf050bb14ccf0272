// Years, decades and centuries: "1998", "fiscal 1989", "the 1990s", "'80s", "the 20th century",
// and numeric adjectival durations ("10-year", "30-day").
import { pad } from '../calendar.ts';
import { UNITS, PLURAL_UNITS, DECADE_WORDS, NOT_YEAR_AFTER, NOT_YEAR_BEFORE, durationValue, OLD_YEAR_BEFORE, WORD_YEAR_BEFORE } from '../lexicon.ts';
import type { Match, ScanContext } from '../scan-context.ts';

/** "dating to 1994", "dates back to 1962". */
const DATING = new Set(['dating', 'dates', 'dated', 'date', 'back']);

export function yearExpr(c: ScanContext, i: number): Match | null {
  const { toks, w, adjacent, yearNum, wordYear } = c;
  const t = toks[i]!;
  if (!t.num) {
    // "fiscal 1989"
    if (t.w === 'fiscal') {
      const y = yearNum(i + 1);
      if (y !== null) return { end: i + 2, type: 'DATE', value: pad(y, 4), anchored: false };
    }
    // "nineteen ninety-six" (spoken style); "two thousand" only where a year is expected
    const wy = wordYear(i);
    if (wy && (t.w !== 'two' || WORD_YEAR_BEFORE.has(w(i - 1)))) return { end: wy.end, type: 'DATE', value: pad(wy.y, 4), anchored: false };
    // "the nineties", "the eighties"
    const dw = DECADE_WORDS.get(t.w);
    if (dw && w(i - 1) === 'the') return { start: i - 1, end: i + 1, type: 'DATE', value: dw, anchored: false };
    // "the 20th century", "the twentieth century"
    return null;
  }
  const dec = /^(\d{3})0s$/.exec(t.raw);
  if (dec) return { start: w(i - 1) === 'the' ? i - 1 : i, end: i + 1, type: 'DATE', value: dec[1]!, anchored: false };
  // "'80s"
  if (/^\d0s$/.test(t.raw) && (w(i - 1) === "'" || w(i - 1) === '’')) return { start: i - 1, end: i + 1, type: 'DATE', value: `19${t.raw[0]}`, anchored: false };
  // "20th century"
  const cent = /^(\d{1,2})(st|nd|rd|th)$/.exec(t.w);
  if (cent && w(i + 1) === 'century') return { end: i + 2, type: 'DATE', value: pad(Number(cent[1]) - 1), anchored: false };
  // "10-year", "30-day": durations as adjectives
  if (/^\d+$/.test(t.raw) && w(i + 1) === '-' && adjacent(i + 1) && adjacent(i + 2)) {
    // "a 9-year-old girl", "the 40-year-old treaty": an age, no time the story talks about
    if (/-olds?$/.test(w(i + 2)) || w(i + 3) === 'old') return null;
    const head = w(i + 2).split('-')[0]!;
    const u = UNITS.get(head);
    if (u && !PLURAL_UNITS.has(head) && u !== 'WE') return { end: i + 3, type: 'DURATION', value: durationValue(u, Number(t.raw)), anchored: false };
  }
  const y = yearNum(i);
  if (y === null) return null;
  const prev = w(i - 1);
  const next = toks[i + 1];
  // "from 1991 to 1997", "dating to 1994": "to" after a year or a verb of dating ends a range of years
  const rangeEnd = prev === 'to' && (yearNum(i - 2) !== null || yearNum(i - 3) !== null || DATING.has(w(i - 2)));
  if (NOT_YEAR_BEFORE.has(prev) && !rangeEnd) return null;
  if (prev === '-' || prev === '/' || prev === '.') return null;
  if (next && (next.w === '%' || NOT_YEAR_AFTER.has(next.w))) return null;
  // "1984-85" is a range of years, "1984 -- part of" is not
  if (next && next.w === '-' && adjacent(i + 1) && toks[i + 2]?.num && adjacent(i + 2)) return null;
  // "1994, 1995 and 1997" is a list of years after a preposition of time; "1,500, 2,000" a list of amounts
  const yearList = yearNum(i + 2) !== null && (OLD_YEAR_BEFORE.has(prev) || (prev === ',' && yearNum(i - 2) !== null));
  if (next && next.w === ',' && toks[i + 2]?.num && adjacent(i + 1) && !yearList) return null;
  // a plural noun right after a number in the 2000s is a count ("2000 troops"), not a year
  if (y >= 2000 && next && !next.cap && !next.num && next.w.length > 3 && next.w.endsWith('s') && next.w !== 'is' && next.w !== 'was') return null;
  if (y < 1800 && !OLD_YEAR_BEFORE.has(prev)) return null;
  return { end: i + 1, type: 'DATE', value: pad(y, 4), anchored: false };
}
