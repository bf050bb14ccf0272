// What a timex says about the calendar, for the timeline: an ISO date and its precision, or
// nothing (durations, sets, "now", "recently" are not event dates).
import type { DatePrecision, Timex } from '../types.ts';

export interface TimexDate {
  /** ISO date (2023-03-20, 2023-03, 2023), or null when the value stayed relative (no publication date). */
  date: string | null;
  precision: DatePrecision;
}

const pad = (n: number) => String(n).padStart(2, '0');
const SEASON_MONTH: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

export function timexDate(t: Timex): TimexDate | null {
  if (t.type !== 'DATE' && t.type !== 'TIME') return null;
  const v = t.value.split('T')[0]!;
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d\d)-(\d\d)$/.exec(v))) return { date: v, precision: 'day' };
  if ((m = /^(\d{4})-(\d\d)$/.exec(v))) return { date: v, precision: 'month' };
  if (/^\d{4}$/.test(v)) return { date: v, precision: 'year' };
  if ((m = /^(\d{4})-Q([1-4])$/.exec(v))) return { date: `${m[1]}-${pad((Number(m[2]) - 1) * 3 + 1)}`, precision: 'approximate' };
  if ((m = /^(\d{4})-H([12])$/.exec(v))) return { date: `${m[1]}-${m[2] === '1' ? '01' : '07'}`, precision: 'approximate' };
  if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(v))) return { date: `${m[1]}-${pad(SEASON_MONTH[m[2]!]!)}`, precision: 'approximate' };
  if ((m = /^(\d{4})-W(\d\d)(-WE)?$/.exec(v))) return { date: isoWeekStart(Number(m[1]), Number(m[2]), !!m[3]), precision: 'approximate' };
  if (/^\d{3}$/.test(v)) return { date: `${v}0`, precision: 'approximate' };
  // relative values left unresolved for want of a publication date
  if (/^XXXX-WXX-[1-7]$/.test(v) || v === 'XXXX-XX-XX' || /^XXXX-\d\d-\d\d$/.test(v)) return { date: null, precision: 'day' };
  if (/^XXXX-\d\d$/.test(v) || v === 'XXXX-XX') return { date: null, precision: 'month' };
  if (v === 'XXXX') return { date: null, precision: 'year' };
  if (/^XXXX-(WXX|WXX-WE|Q[1-4X]|H[12X]|SP|SU|FA|WI)$/.test(v)) return { date: null, precision: 'approximate' };
  return null;
}

/** Monday (or Saturday, for a weekend) of an ISO week, as an ISO date. */
function isoWeekStart(y: number, w: number, weekend: boolean): string {
  const jan4 = Date.UTC(y, 0, 4);
  const dow = (new Date(jan4).getUTCDay() + 6) % 7; // Monday = 0
  const monday = jan4 - dow * 86400000 + (w - 1) * 7 * 86400000 + (weekend ? 5 * 86400000 : 0);
  const d = new Date(monday);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}
