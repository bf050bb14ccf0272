// A determiner and a unit: "this year", "last week", "the past three years", "next month",
// "last Monday", "last March", "this summer", "this morning".
import { addDays, fmtDay, fmtWeek, pad, weekday } from '../calendar.ts';
import { WEEKDAYS, SEASONS, PARTS_OF_DAY, SEASON_START, LAST, NEXT, durationValue } from '../lexicon.ts';
import type { Match, ScanContext } from '../scan-context.ts';
import { weekdayExpr } from './weekday.ts';

export function deicticUnit(c: ScanContext, i: number): Match | null {
  const { toks, R, state, w, number, unitAt, monthAt, dayNum, tenseOf, quarterContext, comparisonBefore, weekendValue } = c;
  let k = i;
  let the = false;
  if (w(k) === 'the') { the = true; k++; }
  let dir: -1 | 0 | 1 | null = null;
  const x = w(k);
  if (x === 'this' && !the) {
    // "ABC's "This Week"": a programme's name
    if (toks[k]!.cap && toks[k + 1]?.cap && i > 0 && !/[.!?]/.test(w(i - 1))) return null;
    dir = 0;
  }
  else if (x === 'current' || (x === 'same' && the)) dir = 0;
  else if (LAST.has(x) || (x === 'last' && the)) dir = -1;
  // "following" and "coming" alone are a preposition and a participle ("following Monday's debate")
  else if (NEXT.has(x) && (the || x !== 'following')) dir = 1;
  else if (x === 'that' && !the) dir = 0;
  if (dir === null) return null;
  k++;
  // "that same day": the story's day
  if (x === 'that' && w(k) === 'same' && unitAt(k + 1)?.unit === 'D') k++;
  // "the past three years", "the next few months", "the last several quarters": durations
  const q = x === 'that' ? null : number(k);
  if (q && !(toks[k]!.w === 'a' || toks[k]!.w === 'an')) {
    const u = unitAt(q.end);
    if (u && u.plural) {
      const end = q.end + 1;
      if (q.n === 'X') return { end, type: 'DURATION', value: durationValue(u.unit, 'X'), anchored: false };
      return { end, type: 'DURATION', value: durationValue(u.unit, q.n), anchored: false };
    }
  }
  // "past years", "coming months": vague
  const u = unitAt(k);
  if (u && u.plural) {
    if (dir === -1) return { end: k + 1, type: 'DATE', value: 'PAST_REF', anchored: true };
    if (dir === 1) return { end: k + 1, type: 'DATE', value: 'FUTURE_REF', anchored: true };
    return null;
  }
  // "this fiscal year"
  if (w(k) === 'fiscal' && unitAt(k + 1)) k++;
  if (u && !u.plural) {
    const end = k + 1;
    const anchorNarrative = x === 'following' || x === 'previous' || x === 'preceding' || x === 'prior' || x === 'same' || x === 'that';
    // "the next day" in a story is the day after the story's day
    if ((anchorNarrative || (the && x === 'next')) && u.unit === 'D') {
      // without a publication date the story's day can only come from a date stated in full
      const base = state.lastDay ?? R.ref;
      if (!base) return { end, type: 'DATE', value: 'XXXX-XX-XX', anchored: true };
      return { end, type: 'DATE', value: fmtDay(addDays(base, dir)), anchored: !!R.ref };
    }
    // "the following year", "the previous month", "that year": the story's time, see contextualPeriod
    if (anchorNarrative && the && u.unit !== 'Q') return null;
    if (x === 'that' && (u.unit === 'Y' || u.unit === 'M')) return null;
    // "that week": the week of the story's day
    if (x === 'that' && u.unit === 'W' && state.lastDay) return { end, type: 'DATE', value: fmtWeek(state.lastDay), anchored: !!R.ref };
    const anchored = true;
    switch (u.unit) {
      case 'D': return dir === 0 ? { end, type: 'DATE', value: R.day(0), anchored } : { end, type: 'DATE', value: R.day(dir), anchored };
      case 'W': return { end, type: 'DATE', value: R.week(dir), anchored };
      case 'WE': return { end, type: 'DATE', value: weekendValue(tenseOf(i, end), dir), anchored };
      case 'M': return { end, type: 'DATE', value: R.month(dir), anchored };
      case 'Q': return { end, type: 'DATE', value: R.quarter(dir), anchored };
      case 'Y': {
        // "compared with $3 million last year" in a quarterly report: that quarter a year back
        const lq = dir === -1 && x === 'last' && !the ? quarterContext(i, 3) : null;
        if (lq && comparisonBefore(i)) return { end, type: 'DATE', value: `${pad(lq.y - 1, 4)}-Q${lq.q}`, anchored };
        return { end, type: 'DATE', value: R.year(dir), anchored };
      }
      case 'DE': return { end, type: 'DATE', value: R.decade(dir), anchored };
      case 'CE': return { end, type: 'DATE', value: R.century(dir), anchored };
      default: return null;
    }
  }
  // "last Monday", "next Friday", "this Thursday"
  // "the previous Friday", "the following Monday": that weekday before / after the story's day
  const dow = WEEKDAYS.get(w(k));
  if (the && dir !== 0 && dow !== undefined && toks[k]!.cap && state.lastDay && R.ref && PARTS_OF_DAY.get(w(k + 1)) === undefined) {
    const cur = weekday(state.lastDay);
    const delta = dir === 1 ? ((dow - cur + 7) % 7) || 7 : -(((cur - dow + 7) % 7) || 7);
    return { end: k + 1, type: 'DATE', value: fmtDay(addDays(state.lastDay, delta)), anchored: true };
  }
  const wd = weekdayExpr(c, k, dir === 0 ? 0 : dir);
  if (wd) return { ...wd };
  // "last March", "this September"
  const mo = monthAt(k, true);
  if (mo && !dayNum(mo.end)) {
    if (!R.ref) return { end: mo.end, type: 'DATE', value: `XXXX-${pad(mo.m)}`, anchored: true };
    const r = R.ref;
    let y = r.y;
    if (dir === -1) y = mo.m < r.m ? r.y : r.y - 1;
    else if (dir === 1) y = mo.m > r.m ? r.y : r.y + 1;
    return { end: mo.end, type: 'DATE', value: `${pad(y, 4)}-${pad(mo.m)}`, anchored: true };
  }
  // "last summer", "this spring"
  const se = SEASONS.get(w(k));
  if (se) {
    if (!R.ref) return { end: k + 1, type: 'DATE', value: `XXXX-${se}`, anchored: true };
    const start = SEASON_START.get(se)!;
    let n = 0;
    if (dir === -1) n = R.ref.m >= start + 3 ? 0 : -1;
    else if (dir === 1) n = R.ref.m < start ? 0 : 1;
    return { end: k + 1, type: 'DATE', value: R.season(se, n), anchored: true };
  }
  // "last night", "this morning", "this afternoon"
  const part = PARTS_OF_DAY.get(w(k));
  if (part && (x === 'this' || (x === 'last' && w(k) === 'night'))) {
    return { end: k + 1, type: 'TIME', value: `${R.day(x === 'last' ? -1 : 0)}T${part}`, anchored: true };
  }
  // "the next morning", "the following night", "that evening": a part of the story's day
  if (part && (x === 'that' || (the && (x === 'next' || x === 'following' || x === 'previous')))) {
    const base = state.lastDay ?? R.ref;
    if (!base) return { end: k + 1, type: 'TIME', value: `XXXX-XX-XXT${part}`, anchored: true };
    return { end: k + 1, type: 'TIME', value: `${fmtDay(addDays(base, dir))}T${part}`, anchored: !!R.ref };
  }
  return null;
}
