// Clock times and numeric dates ("10:30 a.m. EST", "3 p.m.", "19.03.2023", "3/19/98") through
// chrono-node's strict English parser, run on a short window at one candidate token only (chrono
// over whole articles costs more than our budget and misreads prose: "000 a", "may", "march").
import * as chrono from 'chrono-node/en';
import { pad } from './calendar.ts';
import type { Ymd } from './calendar.ts';

export interface ClockMatch {
  /** Length in characters from the window start. */
  length: number;
  /** TimeML value: date part (given by the text, or the reference day, or XXXX-XX-XX) and time. */
  value: string;
  type: 'DATE' | 'TIME';
  /** The date part came from the reference (the text gave only a time). */
  anchored: boolean;
}

// The common written forms ("10 a.m.", "3:30 pm", "14:05") read without chrono: the answer is
// the one chrono gives for them (checked form by form over every hour and minute), at a fraction
// of the cost (chrono tries each of its parsers on the window; its first call also builds them).
const SIMPLE = /^(\d{1,2})(?::(\d\d))?(?: ?(a\.m\.|p\.m\.|A\.M\.|P\.M\.|am|pm|AM|PM))?$/;

/** The reading of a simple clock time, null when it is no time, undefined when not simple. */
function simpleClock(win: string, ref: Ymd | null): ClockMatch | null | undefined {
  const m = SIMPLE.exec(win);
  if (!m || (m[2] === undefined && m[3] === undefined)) return undefined;
  let h = Number(m[1]);
  const min = m[2] === undefined ? 0 : Number(m[2]);
  if (min > 59) return null;
  if (m[3] !== undefined) {
    if (h > 12) return null;
    const pm = m[3][0] === 'p' || m[3][0] === 'P';
    if (pm && h < 12) h += 12;
    else if (!pm && h === 12) h = 0;
  } else if (h > 23) return null;
  const date = ref ? `${pad(ref.y, 4)}-${pad(ref.m)}-${pad(ref.d)}` : 'XXXX-XX-XX';
  return { length: win.length, value: `${date}T${pad(h)}:${pad(min)}`, type: 'TIME', anchored: true };
}

/** Parse the expression starting exactly at the window's first character, or null. */
export function parseClock(win: string, ref: Ymd | null): ClockMatch | null {
  const simple = simpleClock(win, ref);
  if (simple !== undefined) return simple;
  return chronoClock(win, ref);
}

/** What chrono-node reads in the text window (null when nothing). */
export function chronoClock(win: string, ref: Ymd | null): ClockMatch | null {
  let results: chrono.ParsedResult[];
  try {
    // The reference only feeds chrono's own guesses; we read back only what the text states.
    results = chrono.strict.parse(win, ref ? new Date(Date.UTC(ref.y, ref.m - 1, ref.d, 12)) : new Date(Date.UTC(2000, 0, 1, 12)));
  } catch {
    return null;
  }
  const r = results[0];
  if (!r || r.index !== 0) return null;
  const c = r.start;
  const hasTime = c.isCertain('hour');
  const hasDay = c.isCertain('day');
  const hasMonth = c.isCertain('month');
  const hasYear = c.isCertain('year');
  let date: string;
  let anchored = false;
  if (hasDay && hasMonth) {
    const y = hasYear ? pad(c.get('year')!, 4) : ref ? pad(ref.y, 4) : 'XXXX';
    date = `${y}-${pad(c.get('month')!)}-${pad(c.get('day')!)}`;
    anchored = !hasYear;
  } else if (hasTime) {
    date = ref ? `${pad(ref.y, 4)}-${pad(ref.m)}-${pad(ref.d)}` : 'XXXX-XX-XX';
    anchored = true;
  } else return null;
  if (!hasTime) return { length: r.text.length, value: date, type: 'DATE', anchored };
  const min = c.get('minute') ?? 0;
  return { length: r.text.length, value: `${date}T${pad(c.get('hour')!)}:${pad(min)}`, type: 'TIME', anchored };
}
