// Hyphenated words: "year-earlier", "year-end", "two-year", "nine-month", "mid-1990s", "mid-March".
import { pad } from '../calendar.ts';
import { MONTHS, UNITS, PLURAL_UNITS, NUMBER_WORDS, durationValue } from '../lexicon.ts';
import type { Match, ScanContext } from '../scan-context.ts';
import { relative } from './quantity.ts';

export function hyphenExpr(c: ScanContext, i: number): Match | null {
  const { toks, R, w, unitAt, tenseOf } = c;
  const x = w(i);
  if (!x.includes('-')) return null;
  if (x === 'year-earlier' || x === 'year-ago') {
    if (unitAt(i + 1)?.unit === 'Q' || w(i + 1) === 'period') return null; // handled with "the"
    return { end: i + 1, type: 'DATE', value: relative(c, 'Y', -1, i, false), anchored: true };
  }
  if (x === 'year-end') {
    const y = R.ref ? R.ref.y - (w(i - 1) === 'since' || tenseOf(i, i + 1) === 'past' ? 1 : 0) : null;
    return { end: i + 1, type: 'DATE', value: y !== null ? `${pad(y, 4)}-12-31` : 'XXXX-12-31', anchored: true };
  }
  const parts = x.split('-');
  if (parts.length === 2 || parts.length === 3) {
    const last = parts[parts.length - 1]!;
    const u = UNITS.get(last);
    if (u && !PLURAL_UNITS.has(last)) {
      const numWord = parts.slice(0, -1).join('-');
      let n: number | undefined = /^\d+$/.test(numWord) ? Number(numWord) : NUMBER_WORDS.get(numWord);
      if (n === undefined && parts.length === 3) {
        const a = NUMBER_WORDS.get(parts[0]!);
        const b = NUMBER_WORDS.get(parts[1]!);
        if (a !== undefined && b !== undefined && a >= 20 && b < 10) n = a + b;
      }
      if (n !== undefined && parts[0] !== 'a' && u !== 'WE') {
        if (u === 'Q' && !(/^\d/.test(numWord))) return null;
        return { end: i + 1, type: 'DURATION', value: durationValue(u, n), anchored: false };
      }
    }
  }
  // "mid-1990s", "mid-March", "mid-1989"
  // "a day-long meeting", "a week-long strike": one unit
  const long = /^(\w+)-long$/.exec(x);
  const lu = long ? UNITS.get(long[1]!) : undefined;
  if (lu && lu !== 'WE' && !PLURAL_UNITS.has(long![1]!)) return { end: i + 1, type: 'DURATION', value: durationValue(lu, 1), anchored: false };
  // "late-November", "early-March": the month
  const edge = /^(?:early|late)-(\w+)$/.exec(x);
  const em = edge ? MONTHS.get(edge[1]!) : undefined;
  if (em) return { end: i + 1, type: 'DATE', value: R.monthOf(em, tenseOf(i, i + 1)), anchored: true };
  if (x.startsWith('mid-')) {
    const rest = toks[i]!.raw.slice(4);
    const dec = /^(\d{3})0s$/.exec(rest);
    if (dec) return { end: i + 1, type: 'DATE', value: dec[1]!, anchored: false };
    if (/^\d{4}$/.test(rest)) return { end: i + 1, type: 'DATE', value: rest, anchored: false };
    const m = MONTHS.get(rest.toLowerCase());
    if (m) return { end: i + 1, type: 'DATE', value: R.monthOf(m, tenseOf(i, i + 1)), anchored: true };
  }
  return null;
}
