// Calendar arithmetic on plain {y, m, d} triples (proleptic Gregorian, UTC), and TimeML value
// formatting. Pure: Date is used only through Date.UTC with explicit arguments.

export interface Ymd {
  y: number;
  m: number; // 1-12
  d: number;
}

const DAY_MS = 86400000;

export const pad = (n: number, w = 2): string => String(Math.abs(n)).padStart(w, '0');

export function dayNumber(t: Ymd): number {
  return Math.floor(Date.UTC(t.y, t.m - 1, t.d) / DAY_MS);
}

export function fromDayNumber(n: number): Ymd {
  const dt = new Date(n * DAY_MS);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

export const addDays = (t: Ymd, n: number): Ymd => fromDayNumber(dayNumber(t) + n);

/** ISO weekday, Monday = 1 ... Sunday = 7. */
export function weekday(t: Ymd): number {
  const w = (dayNumber(t) + 4) % 7; // 1970-01-01 was a Thursday
  return ((w + 7) % 7) || 7;
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** ISO-8601 week {year, week} of a date. */
export function isoWeek(t: Ymd): { y: number; w: number } {
  const thursday = addDays(t, 4 - weekday(t));
  const jan1 = dayNumber({ y: thursday.y, m: 1, d: 1 });
  return { y: thursday.y, w: Math.floor((dayNumber(thursday) - jan1) / 7) + 1 };
}

export function addMonths(y: number, m: number, n: number): { y: number; m: number } {
  const k = y * 12 + (m - 1) + n;
  return { y: Math.floor(k / 12), m: (k % 12 + 12) % 12 + 1 };
}

export const fmtYear = (y: number): string => pad(y, 4);
export const fmtMonth = (y: number, m: number): string => `${fmtYear(y)}-${pad(m)}`;
export const fmtDay = (t: Ymd): string => `${fmtYear(t.y)}-${pad(t.m)}-${pad(t.d)}`;
export function fmtWeek(t: Ymd): string {
  const w = isoWeek(t);
  return `${fmtYear(w.y)}-W${pad(w.w)}`;
}

/** "2023-03-19", "2023-03-19T08:00:00Z", "19980108" → Ymd, or null when unusable. */
export function parseReference(published: string | null | undefined): Ymd | null {
  if (!published || typeof published !== 'string') return null;
  const m = /^\s*(\d{4})-?(\d{2})-?(\d{2})/.exec(published);
  if (!m) return null;
  const t = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  if (t.m < 1 || t.m > 12 || t.d < 1 || t.d > daysInMonth(t.y, t.m) || t.y < 1000) return null;
  return t;
}
