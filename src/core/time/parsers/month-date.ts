// Month dates: "19 March 2023", "March 19", "March 1998", "July last year", "until January".
import { fmtDay, pad } from '../calendar.ts';
import { DEADLINE_PREPS } from '../lexicon.ts';
import type { Match, ScanContext } from '../scan-context.ts';

export function monthExpr(c: ScanContext, i: number, ta: number, tb: number): Match | null {
  const { toks, R, w, monthAt, dayNum, yearNum, yearAt, tenseOf } = c;
  // "19 March 2023"
  const d0 = dayNum(i);
  if (d0 !== null) {
    const mo = monthAt(i + 1, true);
    if (!mo) return null;
    const y = yearNum(mo.end);
    if (y !== null) return { end: mo.end + 1, type: 'DATE', value: fmtDay({ y, m: mo.m, d: d0 }), anchored: false };
    return { end: mo.end, type: 'DATE', value: R.monthDay(mo.m, d0, tenseOf(ta, tb)), anchored: true };
  }
  const mo = monthAt(i);
  if (!mo) return null;
  let k = mo.end;
  const d = dayNum(k);
  if (d !== null && !(toks[k + 1]?.w === ',' && dayNum(k + 2) !== null && yearNum(k + 2) === null)) {
    k++;
    let k2 = k;
    if (w(k2) === ',') k2++;
    const y = yearNum(k2);
    if (y !== null) return { end: k2 + 1, type: 'DATE', value: fmtDay({ y, m: mo.m, d }), anchored: false };
    return { end: k, type: 'DATE', value: R.monthDay(mo.m, d, tenseOf(ta, tb)), anchored: true };
  }
  let k2 = k;
  if (w(k2) === ',' || w(k2) === 'of') k2++;
  const y = yearAt(k2);
  if (y !== null) return { end: y.end, type: 'DATE', value: `${pad(y.y, 4)}-${pad(mo.m)}`, anchored: false };
  // "July last year", "March this year"
  const rel = w(k) === 'last' ? -1 : w(k) === 'this' ? 0 : w(k) === 'next' ? 1 : null;
  if (rel !== null && w(k + 1) === 'year') {
    return { end: k + 2, type: 'DATE', value: R.ref ? `${pad(R.ref.y + rel, 4)}-${pad(mo.m)}` : `XXXX-${pad(mo.m)}`, anchored: true };
  }
  // "until January", "by February": a deadline ahead
  const deadline = DEADLINE_PREPS.has(w(i - 1)) || (DEADLINE_PREPS.has(w(i - 2)) && (w(i - 1) === 'early' || w(i - 1) === 'mid' || w(i - 1) === 'late'));
  return { end: k, type: 'DATE', value: R.monthOf(mo.m, deadline ? 'future' : tenseOf(ta, tb)), anchored: true };
}
