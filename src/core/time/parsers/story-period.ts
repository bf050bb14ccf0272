// Periods named by the story: "the quarter", "the year-earlier period", "that year", "the
// following year", "the weekend", "the end of the month".
import { pad } from '../calendar.ts';
import { PERIOD_MODS } from '../lexicon.ts';
import { lastCompletedQuarter, type Match, type ScanContext } from '../scan-context.ts';

export function contextualPeriod(c: ScanContext, i: number, inModifier = false): Match | null {
  const { R, state, w, monthAt, yearNum, yearAt, tenseOf, quarterContext, weekendValue } = c;
  if (w(i) !== 'the' && w(i) !== 'that') return null;
  let k = i + 1;
  let mod = w(i) === 'that' ? 'that' : w(k);
  let year: number | null = null;
  if (mod === 'that') { /* "that quarter", "that year" */ }
  else if (PERIOD_MODS.has(mod)) {
    if (mod === 'most' && w(k + 1) === 'recent') k++;
    if (mod === 'comparable' && (w(k + 1) === 'year-ago' || w(k + 1) === 'year-earlier')) { k++; mod = 'year-ago'; }
    k++;
  } else if (yearNum(k) !== null) {
    year = yearNum(k);
    mod = 'year';
    k++;
  } else mod = '';
  if (w(k) === 'fiscal') k++;
  const u = w(k);
  const end = k + 1;
  if (u === 'quarter' || (u === 'period' && mod && mod !== 'full')) {
    const ctx = quarterContext(i, 1000);
    const latest = R.ref ? lastCompletedQuarter(R.ref) : null;
    // "the latest quarter" is the last one completed; "the quarter" is the one the story is about
    let yq = mod === 'latest' || mod === 'most' || mod === 'recent' ? latest : ctx ?? latest;
    if (u === 'quarter' && (w(end) === 'ended' || w(end) === 'ending')) {
      // "the quarter ended July 31": the calendar quarter holding most of those three months
      const mo = monthAt(end + 1, true);
      if (mo && R.ref) {
        const mid = mo.m === 1 ? 12 : mo.m - 1;
        const y = mo.m > R.ref.m || mid > R.ref.m ? R.ref.y - 1 : R.ref.y;
        yq = { y, q: Math.floor((mid - 1) / 3) + 1 };
      }
    }
    if (year !== null) return { end, type: 'DATE', value: `${pad(year, 4)}-Q${(yq ?? { q: 0 }).q || 'X'}`, anchored: false };
    if (mod === 'year-ago' || mod === 'year-earlier') {
      if (!yq) return { end, type: 'DATE', value: 'XXXX-QX', anchored: true };
      yq = { y: yq.y - 1, q: yq.q };
    } else if (mod === 'previous' || mod === 'prior') {
      if (u !== 'quarter' || !yq) return null;
      yq = yq.q === 1 ? { y: yq.y - 1, q: 4 } : { y: yq.y, q: yq.q - 1 };
    } else if (u === 'period' && !['latest', 'comparable', 'same', 'current', 'recent', 'most', 'that'].includes(mod)) return null;
    if (!yq) return { end, type: 'DATE', value: 'XXXX-QX', anchored: true };
    return { end, type: 'DATE', value: `${pad(yq.y, 4)}-Q${yq.q}`, anchored: true };
  }
  if (u === 'year') {
    // "the year ended Sept. 30" is a period of a year; "for the year" is this (fiscal) year
    const nx = w(end);
    if (nx === 'ended' || nx === 'ending') return { end, type: 'DURATION', value: 'P1Y', anchored: false };
    if (nx === 'earlier' || nx === 'before' || nx === 'after' || nx === 'later') return null;
    // "the year two thousand", "the year 2000"
    const y = yearAt(end);
    if (y && mod === '') return { end: y.end, type: 'DATE', value: pad(y.y, 4), anchored: false };
    if (mod === 'year-ago' || mod === 'year-earlier') return { end, type: 'DATE', value: R.year(-1), anchored: true };
    // "that year", "the following year": the year the story is in, not the publication's
    const ld = state.lastDate;
    // from the story's own last date (not anchored on publication) when it has one
    if (mod === 'that' || mod === 'same') return { end, type: 'DATE', value: ld ? pad(ld.y, 4) : R.year(0), anchored: !ld };
    if (mod === 'previous' || mod === 'prior') return { end, type: 'DATE', value: ld ? pad(ld.y - 1, 4) : R.year(-1), anchored: !ld };
    if (mod === 'following' || mod === 'next') return { end, type: 'DATE', value: ld ? pad(ld.y + 1, 4) : R.year(1), anchored: !ld };
    if (mod && mod !== 'full' && mod !== 'fiscal' && mod !== 'current') return null;
    return { end, type: 'DATE', value: R.year(0), anchored: true };
  }
  if (u === 'month' && (mod === 'following' || mod === 'previous' || mod === 'prior' || mod === 'that' || mod === 'same')) {
    const ld = state.lastDate;
    const n0 = mod === 'following' ? 1 : mod === 'previous' || mod === 'prior' ? -1 : 0;
    if (!ld || ld.m === null) return { end, type: 'DATE', value: R.month(n0), anchored: true };
    const n = mod === 'following' ? 1 : mod === 'previous' ? -1 : 0;
    const t = { y: ld.y + Math.floor((ld.m - 1 + n) / 12), m: ((ld.m - 1 + n) % 12 + 12) % 12 + 1 };
    return { end, type: 'DATE', value: `${pad(t.y, 4)}-${pad(t.m)}`, anchored: false };
  }
  if (u === 'weekend' && (mod === '' || mod === 'past')) return { end, type: 'DATE', value: weekendValue(tenseOf(i, end), -1), anchored: true };
  // "the end of the month", "by the end of the week"
  if (inModifier && mod === '') {
    if (u === 'month') return { end, type: 'DATE', value: R.month(0), anchored: true };
    if (u === 'week') return { end, type: 'DATE', value: R.week(0), anchored: true };
    if (u === 'day') return { end, type: 'DATE', value: R.day(0), anchored: true };
    if (u === 'decade') return { end, type: 'DATE', value: R.decade(0), anchored: true };
    if (u === 'century') return { end, type: 'DATE', value: R.century(0), anchored: true };
  }
  return null;
}
