// Weekdays: "Monday", "Monday, March 20, 2023", "Mondays" (a set), "Tuesday night". Which
// Monday: the clause's tense, or the day already named by the same weekday in this document.
import { WEEKDAYS, PARTS_OF_DAY, NOT_NOUN_AFTER_WEEKDAY } from '../lexicon.ts';
import type { Match, ScanContext } from '../scan-context.ts';
import { monthExpr } from './month-date.ts';
import { clauseTenseSide } from '../tense.ts';

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
  const ts = clauseTenseSide(toks, i, end, Math.min(ss, i), Math.max(se, end));
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
