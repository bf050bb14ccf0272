// Dates for people: "20 March 2023", "March 2023", "2023". Written by hand (no Intl, no clock) so
// the popup says the same thing in every browser and locale, and tests can pin it down.
import type { DatePrecision } from '../../../core/types.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

interface IsoParts {
  year: number;
  month: number | null;
  day: number | null;
}

/** Reads YYYY, YYYY-MM, YYYY-MM-DD (and a date-time, whose time is ignored); null otherwise. */
export function parseIsoDate(iso: string | null | undefined): IsoParts | null {
  if (!iso) return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:$|T)/.exec(iso.trim());
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] ? Number(m[2]) : null;
  const day = m[3] ? Number(m[3]) : null;
  if (month != null && (month < 1 || month > 12)) return null;
  if (day != null && (day < 1 || day > 31)) return null;
  return { year, month, day };
}

/** "20 March 2023" / "March 2023" / "2023"; an unreadable value is shown as written. */
export function formatIsoDate(iso: string | null | undefined, precision?: DatePrecision): string {
  const p = parseIsoDate(iso);
  if (!p) return iso ?? '';
  const month = p.month != null ? MONTHS[p.month - 1] : null;
  let out: string;
  if (p.day != null && month && precision !== 'month' && precision !== 'year') out = `${p.day} ${month} ${p.year}`;
  else if (month && precision !== 'year') out = `${month} ${p.year}`;
  else out = String(p.year);
  return precision === 'approximate' ? `around ${out}` : out;
}

export const PRECISION_LABEL: Record<DatePrecision, string> = {
  day: 'day',
  month: 'month',
  year: 'year',
  approximate: 'approximate',
};
