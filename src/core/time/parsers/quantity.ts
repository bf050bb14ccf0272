// A quantity and a unit: "three years", "two years ago", "a year earlier", "24 hours", and the
// date n units away from the publication date (or from the story's day or quarter).
import { addDays, fmtDay, pad } from '../calendar.ts';
import { MODALS, durationValue, type Unit } from '../lexicon.ts';
import type { Match, ScanContext } from '../scan-context.ts';

export function quantityExpr(c: ScanContext, i: number): Match | null {
  const { toks, w, number, unitAt } = c;
  const q0 = number(i);
  if (!q0) return null;
  // "5 1/2 hours", "2½ years": a whole number and a fraction
  const frac = q0.n !== 'X' && toks[i]!.num ? fractionAt(c, q0.end) : null;
  const q = frac ? { n: (q0.n as number) + frac.f, end: frac.end } : q0;
  let k = q.end;
  // "a year and a half", "at least 20 more years"
  if (w(k) === 'more' || w(k) === 'additional' || w(k) === 'straight' || w(k) === 'consecutive') k++;
  const u = unitAt(k);
  if (!u || u.unit === 'WE') return null;
  if (q.n === 1 && u.plural && toks[i]!.w === 'a') return null;
  // "a second group" (the ordinal), "a quarter of the market" (the fraction)
  if (u.unit === 'S' && !u.plural && !toks[i]!.num) return null;
  if (u.unit === 'Q' && !u.plural && w(k + 1) === 'of') return null;
  k++;
  // the fraction gives the span only ("2 1/2 years ago" stays a span rather than a half year)
  if (frac) return { end: k, type: 'DURATION', value: fractionalDuration(u.unit, q.n as number), anchored: false };
  const after = w(k);
  const n = q.n;
  if (after === 'old' || after === 'of' && w(k + 1) === 'age') return null;
  // "at the age of 57 years", "aged nine years": an age
  if (w(i - 1) === 'aged' || (w(i - 1) === 'of' && w(i - 2) === 'age')) return null;
  // "will one day be": some time in the future
  if (toks[i]!.w === 'one' && u.unit === 'D' && !u.plural && MODALS.has(w(i - 1))) return { end: k, type: 'DATE', value: 'FUTURE_REF', anchored: true };
  // "1988 second": a singular unit after a plain number other than one is no quantity
  if (!u.plural && toks[i]!.num && q.n !== 1) return null;
  if (after === 'ago' || after === 'earlier' || after === 'before' || after === 'later' || after === 'after' || (after === 'from' && w(k + 1) === 'now') || after === 'hence') {
    // "before" / "after" only when not followed by a clause or noun ("two years before the war")
    if ((after === 'before' || after === 'after') && /^[a-z]/.test(w(k + 1)) && w(k + 1) !== 'that') return { end: k, type: 'DURATION', value: durationValue(u.unit, n), anchored: false };
    // "three days later", "a day earlier" in a narrative: a span, the word left out
    if ((after === 'later' || after === 'earlier') && (u.unit === 'D' || u.unit === 'W' || u.unit === 'H' || u.unit === 'MIN')) {
      return { end: k - 0, type: 'DURATION', value: durationValue(u.unit, n), anchored: false };
    }
    const sign = after === 'ago' || after === 'earlier' || after === 'before' ? -1 : 1;
    const end = after === 'from' ? k + 2 : k + 1;
    if (n === 'X') return { end, type: 'DATE', value: sign < 0 ? 'PAST_REF' : 'FUTURE_REF', anchored: true };
    return { end, type: 'DATE', value: relative(c, u.unit, sign * n, i, after === 'ago' || after === 'from' || after === 'hence'), anchored: true };
  }
  if (u.unit === 'Q' && q.n !== 'X' && toks[i]!.w !== 'a' && toks[i]!.w !== 'one') return { end: k, type: 'DURATION', value: durationValue('Q', n), anchored: false };
  return { end: k, type: 'DURATION', value: durationValue(u.unit, n), anchored: false };
}

export function relative(c: ScanContext, unit: Unit, n: number, at: number, fromNow: boolean): string {
  const { R, state, quarterContext } = c;
  switch (unit) {
    case 'D': return fromNow || !state.lastDay ? R.day(n) : fmtDay(addDays(state.lastDay, n));
    case 'W': return R.week(n);
    case 'M': return R.month(n);
    case 'Q': return R.quarter(n);
    case 'Y': {
      // in an earnings report "a year earlier" is the same quarter a year back
      const lq = quarterContext(at);
      if (lq && n < 0 && Number.isInteger(n)) return `${pad(lq.y + n, 4)}-Q${lq.q}`;
      return R.year(n);
    }
    // "a decade ago" is the year ten years back, not the previous decade
    case 'DE': return R.year(10 * n);
    case 'CE': return R.year(100 * n);
    case 'H': case 'MIN': case 'S': return R.day(0);
    default: return R.year(0);
  }
}

/** A fraction token at k: "1/2", "3/4", "½". */
function fractionAt(c: ScanContext, k: number): { f: number; end: number } | null {
  const t = c.toks[k];
  if (!t) return null;
  const m = /^([1-3])\/([24])$/.exec(t.raw);
  if (m && Number(m[1]) < Number(m[2])) return { f: Number(m[1]) / Number(m[2]), end: k + 1 };
  const g = ({ '½': 0.5, '¼': 0.25, '¾': 0.75 } as Record<string, number>)[t.raw];
  return g !== undefined && c.adjacent(k) ? { f: g, end: k + 1 } : null;
}

/** A duration with a fraction, in whole smaller units where they divide ("5 1/2 hours" → PT5H30M). */
function fractionalDuration(unit: Unit, n: number): string {
  const whole = Math.floor(n);
  const rest = n - whole;
  const smaller: Partial<Record<Unit, [string, number, string]>> = { Y: ['M', 12, ''], D: ['H', 24, 'T'], H: ['M', 60, ''], MIN: ['S', 60, ''] };
  const s = smaller[unit];
  if (s && Number.isInteger(rest * s[1])) {
    const head = durationValue(unit, whole);
    return `${head}${s[2]}${rest * s[1]}${s[0]}`;
  }
  return durationValue(unit, n);
}
