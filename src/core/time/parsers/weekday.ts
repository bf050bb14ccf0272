// Weekdays: "Monday", "Monday, March 20, 2023", "Mondays" (a set), "Tuesday night". Which
// Monday: the clause's tense, or the day already named by the same weekday in this document.
import { WEEKDAYS, PARTS_OF_DAY, NOT_NOUN_AFTER_WEEKDAY } from '../lexicon.ts';
import type { Match, ScanContext } from '../scan-context.ts';
import { monthExpr } from './month-date.ts';
import words from '../../locales/en/time/tense.json';
import { clauseTenseSide, cueAt, type Tense } from '../tense.ts';

const DEFERRAL = new Set(words.deferralVerbs);
const RELATIVE_START = new Set(words.relativeStart);
const STARTING = new Set(words.startingWords);
/** Tokens of a clock time between "until" and its weekday ("until noon Friday", "until 5 p.m. on Friday"). */
const CLOCK_WORDS = new Set(['noon', 'midnight', 'midday', 'a', 'p', 'm', '.', ':', 'am', 'pm', 'o', "'", 'clock', 'on', 'late', 'early']);

export function weekdayExpr(c: ScanContext, i: number, shift: -1 | 0 | 1): Match | null {
  const { toks, R, state, w, monthAt, sentRange } = c;
  const t = toks[i];
  if (!t || !t.cap) return null;
  const dow = WEEKDAYS.get(t.w);
  if (dow === undefined) return null;
  let end = i + 1;
  // "Monday, March 20, 2023" is one date
  if (w(end) === ',' || monthAt(end, true)) {
    const k = w(end) === ',' ? end + 1 : end;
    const md = monthAt(k, true) ? monthExpr(c, k, i, k) : null;
    if (md && md.value.length === 10) return { ...md, end: md.end };
  }
  if (t.w.endsWith('s') && t.w !== 'wednesdays'.slice(0, t.w.length)) {
    // "Mondays": a set
    if (t.w.length > 6 && t.w.endsWith('days')) return { end, type: 'SET', value: `XXXX-WXX-${dow}`, anchored: false };
  }
  const part = PARTS_OF_DAY.get(w(end));
  let value: string;
  const known = state.weekdays.get(dow);
  // A weekday named before a noun ("Xi's Monday arrival", "Monday's talks") names an event,
  // not the clause's time: it is the same day as the last mention of that weekday.
  const nx = toks[end];
  const premodifier = !part && nx && ((/^[a-z]/.test(nx.raw) && !NOT_NOUN_AFTER_WEEKDAY.has(nx.w)) || ((nx.w === "'" || nx.w === '’') && w(end + 1) === 's'));
  const [ss, se] = sentRange(i);
  const ts = forwardLooking(c, i, end, ss, se) ?? clauseTenseSide(toks, i, end, Math.min(ss, i), Math.max(se, end));
  const tense = ts.tense;
  // "The opening of the bridge on Tuesday was confirmed": the verb after the date is the
  // subject's, not the date's (the date sits inside the subject, before any verb)
  const inSubject = ts.side === 'after' && tense === 'past' && i > ss && w(i - 1) !== ',' && !fronted(c, i, ss);
  if (shift === 0 && known && R.ref && (premodifier || tense === 'unknown' || inSubject)) value = known;
  else value = R.weekday(dow, tense, shift);
  if (shift === 0 && R.ref) state.weekdays.set(dow, value);
  if (part) return { end: end + 1, type: 'TIME', value: `${value}T${part}`, anchored: true };
  return { end, type: 'DATE', value, anchored: true };
}

export function fronted(c: ScanContext, i: number, ss: number): boolean {
  const { toks } = c;
  for (let k = ss; k < i; k++) {
    const x = toks[k]!;
    if (x.w === ',' ) return true;
    if (/^(is|are|was|were|has|have|had|will|would|said|says|did|does)$/.test(x.w)) return true;
    if (x.w.length > 4 && x.w.endsWith('ed') && !x.cap) return true;
  }
  return false;
}

/**
 * Clauses that look ahead whatever their verb's tense, for a weekday at i (null: the clause's
 * tense decides):
 * - a limit: "put off until Wednesday", "extended until noon Friday", "open until Sunday"; not a
 *   fronted "Until Thursday, they had not ..." nor a past stay ("stayed until Thursday");
 * - an earliest time: "could arrive as early as Monday" (unless the clause is past);
 * - a fronted weekday whose clause's verb comes late: "On Tuesday, the committee, which ..., plans
 *   to release ...": the sentence's main verb, past any relative clause, decides.
 */
function forwardLooking(c: ScanContext, i: number, end: number, ss: number, se: number): { tense: Tense; side: 'before' | 'after' | null } | null {
  const { toks, w } = c;
  let u = i - 1;
  while (u >= ss && u > i - 6 && (CLOCK_WORDS.has(w(u)) || toks[u]!.num)) u--;
  if (u >= ss && (w(u) === 'until' || w(u) === 'till') && u > ss) {
    for (let k = u - 1; k >= ss && k >= u - 6; k--) {
      if (DEFERRAL.has(w(k)) || (w(k) === 'put' && w(k + 1) === 'off')) return { tense: 'future', side: 'before' };
    }
    const plain = clauseTenseSide(toks, i, end, Math.min(ss, i), Math.max(se, end));
    return plain.tense === 'unknown' ? { tense: 'future', side: 'before' } : plain;
  }
  // "The vote is Thursday", "the funeral is on Saturday": the present of a timetable
  const be = w(i - 1) === 'on' ? w(i - 2) : w(i - 1);
  if (be === 'is' || be === 'are') return { tense: 'future', side: 'before' };
  // "starting Monday", "effective Friday": from that day on
  if (STARTING.has(w(i - 1))) {
    const plain = clauseTenseSide(toks, i - 1, end, Math.min(ss, i - 1), Math.max(se, end));
    return plain.tense === 'past' ? plain : { tense: 'future', side: 'before' };
  }
  if (w(i - 1) === 'as' && w(i - 2) === 'early' && w(i - 3) === 'as') {
    const plain = clauseTenseSide(toks, i - 3, end, Math.min(ss, i - 3), Math.max(se, end));
    return plain.tense === 'past' ? plain : { tense: 'future', side: 'before' };
  }
  const first = w(i - 1) === 'on' ? i - 1 : i;
  if (first === ss && w(end) === ',') {
    for (let k = end + 1; k < se && k < end + 40; k++) {
      const x = w(k);
      if (x === ';' || x === ':') break;
      // ", which ...,": a relative clause; its verbs are not the main clause's
      if (x === ',' && RELATIVE_START.has(w(k + 1))) {
        k += 2;
        while (k < se && w(k) !== ',') k++;
        continue;
      }
      const t = cueAt(toks, k, ss);
      if (t) return { tense: t, side: 'after' };
    }
  }
  return null;
}
