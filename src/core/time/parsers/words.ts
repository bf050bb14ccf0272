// Single words and fixed phrases: "today", "tonight", "now", "recently", "currently", "for years",
// "the weeks ahead", "the past", "a later date", "these days", "daily", "every week", "$5 million a
// year". Each parser starts on its own words, so at most one of them matches at a token.
import {
  ADVERB_SETS, DEICTIC_DAY, MONTHS, NOT_PLURAL, NOT_PRESENT_AFTER_CURRENT, ORDINALS, PARTS_OF_DAY, PLURAL_UNITS,
  RATE_BEFORE, REF_WORDS, SEASONS, UNITS, WEEKDAYS, durationValue,
} from '../lexicon.ts';
import { pad } from '../calendar.ts';
import type { Match, ScanContext } from '../scan-context.ts';

const PAST_AUX = new Set(['was', 'were', 'had']);
const BE_FORMS = new Set(['is', 'are', 'am', 'was', 'were', 'be', 'been', 'being']);
const NP_START = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'one']);

/** "today", "yesterday morning", "tomorrow". */
export function dayWord(c: ScanContext, i: number): Match | null {
  const { toks, R, w } = c;
  const x = w(i);
  const dd = DEICTIC_DAY.get(x);
  if (dd === undefined) return null;
  // "today's world", "the people of tomorrow": not a day
  // "VOA Today", a programme's name
  if (toks[i]!.cap && toks[i - 1]?.cap && w(i - 1) !== 'i' && !/[.!?"“]/.test(w(i - 1))) return null;
  if (x === 'tomorrow' && w(i - 1) === 'of') return null;
  const part = PARTS_OF_DAY.get(w(i + 1));
  if (part) return { end: i + 2, type: 'TIME', value: `${R.day(dd)}T${part}`, anchored: true };
  return { end: i + 1, type: 'DATE', value: R.day(dd), anchored: true };
}

/** "for years", "within weeks", "in months.": a plural unit alone is a vague duration. */
export function unitsAlone(c: ScanContext, i: number): Match | null {
  const { w } = c;
  const x = w(i);
  const pu = UNITS.get(x);
  if (pu && PLURAL_UNITS.has(x) && (w(i - 1) === 'for' || w(i - 1) === 'within' || (w(i - 1) === 'in' && /^[.,;]$/.test(w(i + 1)))) && pu !== 'WE' && w(i + 1) !== 'of' && w(i + 1) !== 'ago') {
    return { end: i + 1, type: 'DURATION', value: durationValue(pu, 'X'), anchored: false };
  }
  return null;
}

/** "year end", "year's end". */
export function yearEnd(c: ScanContext, i: number): Match | null {
  const { R, w } = c;
  if (w(i) === 'year' && (w(i + 1) === 'end' || ((w(i + 1) === "'" || w(i + 1) === '’') && w(i + 2) === 's' && w(i + 3) === 'end'))) {
    return { end: w(i + 1) === 'end' ? i + 2 : i + 4, type: 'DATE', value: R.year(0), anchored: true };
  }
  return null;
}

/** "mid-afternoon", "mid morning yesterday". */
export function midPartOfDay(c: ScanContext, i: number): Match | null {
  const { R, w } = c;
  const x = w(i);
  if (x === 'mid-afternoon' || x === 'mid-morning' || (x === 'mid' && (w(i + 1) === 'afternoon' || w(i + 1) === 'morning'))) {
    const end = x === 'mid' ? i + 2 : i + 1;
    const dd2 = DEICTIC_DAY.get(w(end));
    const part = x.endsWith('morning') || w(i + 1) === 'morning' ? 'MO' : 'AF';
    if (dd2 !== undefined) return { end: end + 1, type: 'TIME', value: `${R.day(dd2)}T${part}`, anchored: true };
    return { end, type: 'TIME', value: `${R.day(0)}T${part}`, anchored: true };
  }
  return null;
}

/** "tonight". */
export function tonight(c: ScanContext, i: number): Match | null {
  return c.w(i) === 'tonight' ? { end: i + 1, type: 'TIME', value: `${c.R.day(0)}TNI`, anchored: true } : null;
}

/** "now", "right now", "recently", "more recently", "soon", "currently". */
export function refWord(c: ScanContext, i: number): Match | null {
  const { w } = c;
  const x = w(i);
  const ref = REF_WORDS.get(x);
  if (!ref) return null;
  // "as soon as", "soon after": a conjunction, no time of its own
  if ((x === 'soon' || x === 'shortly') && (w(i - 1) === 'as' || w(i + 1) === 'after' || w(i + 1) === 'before' || w(i + 1) === 'as')) return null;
  // "was soon released", "soon captured": in a past narrative "soon" is soon after the story's
  // event, no FUTURE_REF ("said he would soon resign" stays: the future of what was said)
  if (x === 'soon' && (PAST_AUX.has(w(i - 1)) || /^[a-z]{3,}ed$/.test(c.toks[i + 1]?.raw ?? ''))) return null;
  // "He is now the front-runner": between "be" and a noun phrase, a state adverb with no time of its own
  if (x === 'now' && BE_FORMS.has(w(i - 1)) && NP_START.has(w(i + 1))) return null;
  if (x === 'now' && (w(i - 1) === 'right' || w(i - 1) === 'just')) return { start: i - 1, end: i + 1, type: 'DATE', value: ref, anchored: true };
  if (x === 'recently' && (w(i - 1) === 'more' || w(i - 1) === 'most')) {
    return { start: i - 1, end: i + 1, type: 'DATE', value: ref, anchored: true };
  }
  return { end: i + 1, type: 'DATE', value: ref, anchored: true };
}

/** "current" before a noun of state: the present ("the current government"). */
export function current(c: ScanContext, i: number): Match | null {
  const { toks, w } = c;
  if (w(i) !== 'current' || toks[i]!.cap) return null;
  // "the current account" / "current affairs" are not the present
  if (NOT_PRESENT_AFTER_CURRENT.has(w(i + 1))) return null;
  return { end: i + 1, type: 'DATE', value: 'PRESENT_REF', anchored: true };
}

/** "recent": the past; "in recent years": a vague duration. */
export function recent(c: ScanContext, i: number): Match | null {
  const { w, unitAt } = c;
  if (w(i) !== 'recent') return null;
  const u = unitAt(i + 1);
  if (u && u.plural) return { end: i + 2, type: 'DURATION', value: durationValue(u.unit, 'X'), anchored: false };
  if (w(i - 1) === 'most' || w(i - 1) === 'the' && w(i + 1) === 'past') return null;
  // "the recent law": an adjective before its noun, no time of its own
  if (/^[a-z]/.test(c.toks[i + 1]?.raw ?? '')) return null;
  return { end: i + 1, type: 'DATE', value: 'PAST_REF', anchored: true };
}

/** "in the weeks ahead", "over the years", "in the days before the vote": an unspecified stretch. */
export function theUnitsAhead(c: ScanContext, i: number): Match | null {
  const { w } = c;
  const around = w(i + 2) === 'before' || w(i + 2) === 'after' || (w(i + 2) === 'leading' && w(i + 3) === 'up');
  if (w(i) === 'the' && PLURAL_UNITS.has(w(i + 1)) && (w(i + 2) === 'ahead' || w(i - 1) === 'over' || w(i - 1) === 'through' || (around && w(i - 1) === 'in'))) {
    const pu2 = UNITS.get(w(i + 1))!;
    if (pu2 !== 'WE') return { end: w(i + 2) === 'ahead' ? i + 3 : i + 2, type: 'DURATION', value: durationValue(pu2, 'X'), anchored: false };
  }
  return null;
}

/** "a later date": the future. */
export function laterDate(c: ScanContext, i: number): Match | null {
  const { w } = c;
  return w(i) === 'a' && w(i + 1) === 'later' && w(i + 2) === 'date' ? { end: i + 3, type: 'DATE', value: 'FUTURE_REF', anchored: true } : null;
}

/** "the past", "the future", "at present", "the near future", "the short term". */
export function pastFuture(c: ScanContext, i: number): Match | null {
  const { w, unitAt, number } = c;
  const x = w(i);
  if (x !== 'the' && x !== 'at') return null;
  const y = w(i + 1);
  if (y === 'past' && !unitAt(i + 2) && !number(i + 2) && !ORDINALS.get(w(i + 2)) && !(MONTHS.get(w(i + 2)) || WEEKDAYS.get(w(i + 2)) || SEASONS.get(w(i + 2)))) return { end: i + 2, type: 'DATE', value: 'PAST_REF', anchored: true };
  if (y === 'future') return { end: i + 2, type: 'DATE', value: 'FUTURE_REF', anchored: true };
  if (y === 'present' && x === 'at') return { start: i + 1, end: i + 2, type: 'DATE', value: 'PRESENT_REF', anchored: true };
  if (x === 'the' && (y === 'near' || y === 'short') && (w(i + 2) === 'future' || w(i + 2) === 'term')) return { end: i + 3, type: 'DATE', value: 'FUTURE_REF', anchored: true };
  return null;
}

/** "as soon as possible": the future. */
export function asSoonAsPossible(c: ScanContext, i: number): Match | null {
  const { w } = c;
  return w(i) === 'as' && w(i + 1) === 'soon' && w(i + 2) === 'as' && w(i + 3) === 'possible' ? { end: i + 4, type: 'DATE', value: 'FUTURE_REF', anchored: true } : null;
}

/** "these days": the present. */
export function theseDays(c: ScanContext, i: number): Match | null {
  const { w } = c;
  return w(i) === 'these' && w(i + 1) === 'days' ? { end: i + 2, type: 'DATE', value: 'PRESENT_REF', anchored: true } : null;
}

/** "daily", "annually" as adverbs at the end of a clause ("trades daily."), not "the daily newspaper". */
export function adverbSet(c: ScanContext, i: number): Match | null {
  const { toks, w } = c;
  const x = w(i);
  const v = ADVERB_SETS.get(x);
  if (v === undefined) return null;
  const nx = toks[i + 1];
  if (nx && /^[a-z]/.test(nx.w) && nx.w !== 'and' && nx.w !== 'or') return null;
  // "People's Daily", "the Daily Telegraph": a name
  if (toks[i]!.cap && i > 0 && !/^[.!?"“]$/.test(w(i - 1))) return null;
  return { end: i + 1, type: 'SET', value: v, anchored: false };
}

/** "every week", "each Monday", "every March". */
export function everySet(c: ScanContext, i: number): Match | null {
  const { toks, w, unitAt, monthAt } = c;
  const x = w(i);
  if (x !== 'every' && x !== 'each') return null;
  const u = unitAt(i + 1);
  if (u && !u.plural) return { end: i + 2, type: 'SET', value: durationValue(u.unit, 1), anchored: false };
  const dow = WEEKDAYS.get(w(i + 1));
  if (dow && toks[i + 1]!.cap) return { end: i + 2, type: 'SET', value: `XXXX-WXX-${dow}`, anchored: false };
  const mo = monthAt(i + 1, true);
  if (mo) return { end: mo.end, type: 'SET', value: `XXXX-${pad(mo.m)}`, anchored: false };
  return null;
}

/** A rate: "$5 million a year", "four flights a week", "twice a day". */
export function rate(c: ScanContext, i: number): Match | null {
  const { toks, w, unitAt } = c;
  const x = w(i);
  if (x !== 'a' && x !== 'per') return null;
  const pw = w(i - 1);
  const isRate = toks[i - 1]?.num || RATE_BEFORE.has(pw) || (pw.length > 3 && pw.endsWith('s') && !pw.endsWith('ss') && /^[a-z]/.test(toks[i - 1]!.raw) && !NOT_PLURAL.has(pw));
  if (!isRate) return null;
  const u = unitAt(i + 1);
  const after = w(i + 2);
  if (u && !u.plural && u.unit !== 'WE' && after !== 'ago' && after !== 'earlier' && after !== 'later' && after !== 'before' && after !== 'after') {
    return { end: i + 2, type: 'SET', value: durationValue(u.unit, 1), anchored: false };
  }
  return null;
}
