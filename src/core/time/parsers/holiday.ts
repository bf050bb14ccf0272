// Named days of the calendar: "Christmas", "on Thanksgiving Day", "last Christmas", "Election
// Day", "Easter 1998". The names and their rules (a fixed day, the nth weekday of a month, days
// from Easter) are in locales/en/time/calendar.json. Which year: a stated one, else "last" /
// "next" / "this", else the clause's tense, else the nearest to the publication date.
import calendar from '../../locales/en/time/calendar.json';
import { addDays, dayNumber, daysInMonth, fmtDay, weekday, type Ymd } from '../calendar.ts';
import { NOT_NOUN_AFTER_WEEKDAY } from '../lexicon.ts';
import type { Match, ScanContext } from '../scan-context.ts';
import type { Tense } from '../tense.ts';

export interface Rule { month?: number; day?: number; weekday?: number; nth?: number; from?: number; easter?: number }
const HOLIDAYS: Map<string, Rule> = new Map(Object.entries(calendar.holidays as Record<string, Rule>));
const LONGEST = Math.max(...[...HOLIDAYS.keys()].map((k) => k.split(' ').length));
/** First words of the names ("new" of "new year's day"): one set look-up rejects most tokens. */
const FIRST_WORDS = new Set([...HOLIDAYS.keys()].map((k) => k.split(/[ ']/)[0]!));

/** Easter Sunday of year y (the Gregorian computus). */
function easter(y: number): Ymd {
  const a = y % 19, b = Math.floor(y / 100), c = y % 100, d = Math.floor(b / 4), e = b % 4;
  const f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3), h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4), k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return { y, m: month, d: ((h + l - 7 * m + 114) % 31) + 1 };
}

export function dayOf(rule: Rule, y: number): Ymd {
  if (rule.easter !== undefined) return addDays(easter(y), rule.easter);
  const m = rule.month!;
  if (rule.day !== undefined) return { y, m, d: rule.day };
  const dow = rule.weekday!;
  if (rule.nth! < 0) {
    const last = { y, m, d: daysInMonth(y, m) };
    return addDays(last, -((weekday(last) - dow + 7) % 7));
  }
  const first = { y, m, d: rule.from ?? 1 };
  return addDays(first, ((dow - weekday(first) + 7) % 7) + 7 * (rule.nth! - 1));
}

/** The holiday's day: the year by "last" / "next" / "this" (shift), else by tense, else the nearest. */
export function pick(rule: Rule, ref: Ymd, shift: -1 | 0 | 1 | null, tense: Tense): Ymd {
  const r = dayNumber(ref);
  const c = [ref.y - 1, ref.y, ref.y + 1].map((y) => dayOf(rule, y));
  if (shift === 0) return c[1]!;
  if (shift === -1 || (shift === null && tense === 'past')) return [...c].reverse().find((x) => dayNumber(x) < r || (shift === null && dayNumber(x) === r))!;
  if (shift === 1 || (shift === null && tense === 'future')) return c.find((x) => dayNumber(x) > r || (shift === null && dayNumber(x) === r))!;
  // nearest; about as far ahead as behind: news tells of the past
  let best = c[0]!;
  for (const x of c) if (Math.abs(dayNumber(x) - r) < Math.abs(dayNumber(best) - r)) best = x;
  if (dayNumber(best) > r) {
    const back = c[c.indexOf(best) - 1];
    if (back && r - dayNumber(back) - (dayNumber(best) - r) < 31) best = back;
  }
  return best;
}

export function holidayExpr(c: ScanContext, i: number): Match | null {
  const { toks, R, w, yearNum } = c;
  let k = i;
  const shiftWord = w(k);
  const shift = shiftWord === 'last' ? -1 : shiftWord === 'next' ? 1 : shiftWord === 'this' ? 0 : null;
  if (shift !== null) k++;
  if (!toks[k]?.cap || !FIRST_WORDS.has(w(k))) return null;
  // the longest name that starts at k ("New Year's Day" before "New Year")
  let rule: Rule | undefined;
  let end = k;
  const parts: string[] = [];
  for (let n = k; n < toks.length && parts.length < LONGEST + 2; n++) {
    const x = w(n) === '’' ? "'" : w(n);
    if (x === "'" || x === 's' && parts.at(-1)?.endsWith("'")) parts.push(parts.pop()! + x);
    else parts.push(x);
    const name = parts.join(' ');
    const found = HOLIDAYS.get(name);
    if (found) { rule = found; end = n + 1; }
  }
  if (!rule) return null;
  // "Christmas shopping", "the Thanksgiving dinner": a noun modifier, not the day itself
  const nx = toks[end];
  if (nx && /^[a-z]/.test(nx.raw) && !NOT_NOUN_AFTER_WEEKDAY.has(nx.w)) return null;
  const y = yearNum(end) ?? (w(end) === ',' ? yearNum(end + 1) : null);
  if (y !== null) {
    const yEnd = w(end) === ',' ? end + 2 : end + 1;
    return { start: i, end: yEnd, type: 'DATE', value: fmtDay(dayOf(rule, y)), anchored: false };
  }
  if (!R.ref) return { start: i, end, type: 'DATE', value: rule.day !== undefined ? `XXXX-${String(rule.month).padStart(2, '0')}-${String(rule.day).padStart(2, '0')}` : 'XXXX-XX-XX', anchored: true };
  return { start: i, end, type: 'DATE', value: fmtDay(pick(rule, R.ref, shift, c.tenseOf(i, end))), anchored: true };
}

/** Whether a timex's text holds a holiday's name ("Thanksgiving Day": capitalised, and no title). */
export function namesHoliday(text: string): boolean {
  const low = text.toLowerCase().replace(/’/g, "'");
  for (const name of HOLIDAYS.keys()) if (low.includes(name)) return true;
  return false;
}
