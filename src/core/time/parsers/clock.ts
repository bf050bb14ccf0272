// Clock times ("10 p.m. Wednesday", "noon Thursday", "5 p.m. yesterday") through chrono-node
// (clock-time.ts), and numeric dates ("3/19/98").
import { fmtDay } from '../calendar.ts';
import { DEICTIC_DAY, TIME_ZONES } from '../lexicon.ts';
import type { Match, ScanContext } from '../scan-context.ts';
import { monthExpr } from './month-date.ts';
import { weekdayExpr } from './weekday.ts';
import { parseClock } from '../clock-time.ts';

export function clockExpr(c: ScanContext, i: number): Match | null {
  const { toks, R, text, w } = c;
  const t = toks[i]!;
  let k = i;
  let value: string | null = null;
  let anchored = true;
  if (t.w === 'noon' || t.w === 'midnight' || t.w === 'midday') {
    value = `${R.day(0)}T${t.w === 'midnight' ? '24:00' : '12:00'}`;
    k = i + 1;
  } else if (t.num) {
    // a clock time needs a.m./p.m., o'clock or hh:mm before chrono is asked
    const ampm = /^\d{1,2}(:\d\d)?(am|pm)$/.test(t.w) || ((w(i + 1) === 'a' || w(i + 1) === 'p') && w(i + 2) === '.' && w(i + 3) === 'm') ||
      w(i + 1) === 'am' || w(i + 1) === 'pm' || (w(i + 1) === 'o' && w(i + 2) === "'");
    const hhmm = /^\d{1,2}:\d\d$/.test(t.w) && Number(t.w.split(':')[0]) < 24;
    if (!ampm && !hhmm) return null;
    let we = i + 1;
    if ((w(we) === 'a' || w(we) === 'p') && w(we + 1) === '.' && w(we + 2) === 'm') we += w(we + 3) === '.' ? 4 : 3;
    else if (w(we) === 'am' || w(we) === 'pm') we++;
    else if (w(we) === 'o' && w(we + 1) === "'" && w(we + 2) === 'clock') we += 3;
    const win = text.slice(t.start, toks[we - 1]!.end);
    const ck = parseClock(win, R.ref);
    if (!ck || ck.type !== 'TIME') return null;
    const endChar = t.start + ck.length;
    k = i;
    while (k < toks.length && toks[k]!.end <= endChar) k++;
    if (k < toks.length && w(k) === '.' && toks[k]!.start === endChar) k++;
    value = ck.value;
    anchored = ck.anchored;
    // keep a time zone
    if (TIME_ZONES.has(w(k)) && toks[k]!.cap) k++;
  } else return null;
  // "10 p.m. Wednesday", "noon Thursday", "5 p.m. yesterday"
  const wdk = w(k) === ',' ? k + 1 : k;
  const wd = weekdayExpr(c, wdk, 0);
  const time = value.slice(value.indexOf('T'));
  if (wd && wd.type === 'DATE') return { end: wd.end, type: 'TIME', value: `${wd.value}${time}`, anchored: true };
  const dd = DEICTIC_DAY.get(w(k));
  if (dd !== undefined) return { end: k + 1, type: 'TIME', value: `${R.day(dd)}${time}`, anchored: true };
  const md = monthExpr(c, wdk, i, wdk);
  if (md && md.value.length === 10) return { end: md.end, type: 'TIME', value: `${md.value}${time}`, anchored: md.anchored };
  // "at 3 a.m." in a past account of a dated day (within the last three sentences) is that day
  const { state, sentOf } = c;
  if (anchored && R.ref && state.lastDay && sentOf[i]! - state.lastDaySentence <= 3 && c.tenseOf(i, k) === 'past') {
    return { end: k, type: 'TIME', value: `${fmtDay(state.lastDay)}${time}`, anchored };
  }
  return { end: k, type: 'TIME', value, anchored };
}

/** "3/19/98", "19.03.2023": a numeric date, read by chrono-node. */
export function numericDate(c: ScanContext, i: number): Match | null {
  const t = c.toks[i]!;
  if (!t.num || !/^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$/.test(t.raw)) return null;
  const ck = parseClock(t.raw, c.R.ref);
  if (!ck || ck.length !== t.raw.length) return null;
  return { end: i + 1, type: ck.type, value: ck.value, anchored: ck.anchored };
}
