// Dates for people, with Intl in the browser's UI locale: "20 March 2023" / "March 20, 2023" /
// "20. März 2023", "March 2023", "2023". Computed in UTC from the ISO parts (no clock, no time zone
// shift), so tests can pin them down for a given locale.
import type { DatePrecision } from '../../../core/types.ts';
import { localizer, t } from '../i18n.ts';

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

const formats = new Map<string, Intl.DateTimeFormat>();
function format(locale: string, shape: 'day' | 'month' | 'year'): Intl.DateTimeFormat {
  const key = `${locale}|${shape}`;
  let f = formats.get(key);
  if (!f) {
    const opts: Intl.DateTimeFormatOptions =
      shape === 'day' ? { day: 'numeric', month: 'long', year: 'numeric' } : shape === 'month' ? { month: 'long', year: 'numeric' } : { year: 'numeric' };
    try {
      f = new Intl.DateTimeFormat(locale, { ...opts, timeZone: 'UTC' });
    } catch {
      f = new Intl.DateTimeFormat('en', { ...opts, timeZone: 'UTC' });
    }
    formats.set(key, f);
  }
  return f;
}

/** The date in the UI locale at its precision; an unreadable value is shown as written. */
export function formatIsoDate(iso: string | null | undefined, precision?: DatePrecision, locale = localizer().locale): string {
  const p = parseIsoDate(iso);
  if (!p) return iso ?? '';
  const shape = p.day != null && p.month != null && precision !== 'month' && precision !== 'year' ? 'day' : p.month != null && precision !== 'year' ? 'month' : 'year';
  const at = new Date(Date.UTC(2000, (p.month ?? 1) - 1, p.day ?? 1));
  at.setUTCFullYear(p.year); // years 0–99 stay themselves
  const out = format(locale, shape).format(at);
  return precision === 'approximate' ? t('aroundDate', out) : out;
}
