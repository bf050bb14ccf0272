// Turns calendar meanings into TimeML values, against the publication date when there is one.
// With no publication date, anything relative stays underspecified (XXXX-XX-XX, XXXX-WXX-1, ...):
// it is never pinned to the day the page happens to be read.
import {
  addDays, addMonths, fmtDay, fmtMonth, fmtWeek, fmtYear, pad, weekday, type Ymd,
} from './calendar.ts';
import type { Tense } from './tense.ts';

export class Resolver {
  constructor(readonly ref: Ymd | null) {}

  day(n: number, base: Ymd | null = this.ref): string {
    return base ? fmtDay(addDays(base, n)) : 'XXXX-XX-XX';
  }
  week(n: number): string {
    return this.ref ? fmtWeek(addDays(this.ref, 7 * n)) : 'XXXX-WXX';
  }
  weekend(n: number): string {
    return `${this.week(n)}-WE`;
  }
  month(n: number): string {
    if (!this.ref) return 'XXXX-XX';
    const t = addMonths(this.ref.y, this.ref.m, n);
    return fmtMonth(t.y, t.m);
  }
  quarter(n: number): string {
    if (!this.ref) return 'XXXX-QX';
    const k = this.ref.y * 4 + Math.floor((this.ref.m - 1) / 3) + n;
    return `${fmtYear(Math.floor(k / 4))}-Q${(k % 4) + 1}`;
  }
  half(n: number): string {
    if (!this.ref) return 'XXXX-HX';
    const k = this.ref.y * 2 + (this.ref.m > 6 ? 1 : 0) + n;
    return `${fmtYear(Math.floor(k / 2))}-H${(k % 2) + 1}`;
  }
  year(n: number): string {
    return this.ref ? fmtYear(this.ref.y + n) : 'XXXX';
  }
  decade(n: number): string {
    return this.ref ? String(Math.floor(this.ref.y / 10) + n).padStart(3, '0') : 'XXX';
  }
  century(n: number): string {
    return this.ref ? String(Math.floor(this.ref.y / 100) + n).padStart(2, '0') : 'XX';
  }

  /** A weekday (1 = Monday): on or before the reference, or on or after it when the clause is future. */
  weekday(dow: number, tense: Tense, shift: -1 | 0 | 1 = 0): string {
    if (!this.ref) return `XXXX-WXX-${dow}`;
    const cur = weekday(this.ref);
    let delta: number;
    if (shift === 1) delta = ((dow - cur + 7) % 7) || 7; // "next Monday": strictly after
    else if (shift === -1) delta = -(((cur - dow + 7) % 7) || 7); // "last Monday": strictly before
    else if (tense === 'future') delta = (dow - cur + 7) % 7;
    else delta = -((cur - dow + 7) % 7);
    return fmtDay(addDays(this.ref, delta));
  }

  /** A month named without a year: the one nearest the reference, moved back (or on) by the clause's tense. */
  monthOf(m: number, tense: Tense): string {
    if (!this.ref) return `XXXX-${pad(m)}`;
    const r = this.ref;
    let diff = m - r.m; // months from the reference month, within the same year
    if (diff > 6) diff -= 12;
    else if (diff < -6) diff += 12;
    // next month in a past clause is still most often next month ("gave them until November")
    if (tense === 'past' && diff > 1) diff -= 12;
    else if (tense === 'future' && diff < 0) diff += 12;
    else if (tense === 'unknown' && diff > 4) diff -= 12; // news tells more of the past
    const t = addMonths(r.y, r.m, diff);
    return fmtMonth(t.y, t.m);
  }

  /** A month and day without a year: the year that puts it nearest the reference, unless tense says otherwise. */
  monthDay(m: number, d: number, tense: Tense): string {
    if (!this.ref) return `XXXX-${pad(m)}-${pad(d)}`;
    const r = this.ref;
    const cands = [r.y - 1, r.y, r.y + 1].map((y) => ({ y, k: (y - r.y) * 372 + (m - r.m) * 31 + (d - r.d) }));
    let best = cands[1]!;
    for (const c of cands) if (Math.abs(c.k) < Math.abs(best.k)) best = c;
    // about as far ahead as behind: news tells of the past
    if (best.k > 0) {
      const back = cands.find((c) => c.y === best.y - 1);
      if (back && Math.abs(back.k) - best.k < 31) best = back;
    }
    let y = best.y;
    // more than two months into next year needs a clause that looks ahead
    if (tense === 'past' && best.k > 62) y--;
    if (tense === 'future' && best.k < -62) y++;
    return `${fmtYear(y)}-${pad(m)}-${pad(d)}`;
  }

  /** A season: the reference year's, or the last / next one. */
  season(code: string, n: number): string {
    if (!this.ref) return `XXXX-${code}`;
    return `${fmtYear(this.ref.y + n)}-${code}`;
  }
}
