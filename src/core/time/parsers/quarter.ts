// Quarters and halves: "the third quarter of 1998", "1989's first half", "this year's fourth
// quarter". A quarter that has ended is the one reported on (ScanState.lastQuarter).
import { pad } from '../calendar.ts';
import { ORDINALS } from '../lexicon.ts';
import type { Match, ScanContext } from '../scan-context.ts';

export function quarterExpr(c: ScanContext, i: number): Match | null {
  const { R, state, sentOf, w, yearNum, tenseOf } = c;
  let k = i;
  if (w(k) === 'the') k++;
  // "1989's third quarter", "this year's fourth quarter", "last year's first half"
  let y: number | null = null;
  let yRel: number | null = null;
  const y0 = yearNum(k);
  if (y0 !== null && (w(k + 1) === "'" || w(k + 1) === '’') && w(k + 2) === 's') { y = y0; k += 3; }
  else if (y0 !== null && k > i) { y = y0; k++; }
  else if (k > i && (w(k) === 'year-ago' || w(k) === 'year-earlier' || (w(k) === 'comparable' && (w(k + 1) === 'year-ago' || w(k + 1) === 'year-earlier')))) {
    if (w(k) === 'comparable') k++;
    yRel = -1;
    k++;
  }
  else if ((w(k) === 'this' || w(k) === 'last' || w(k) === 'next') && w(k + 1) === 'year' && (w(k + 2) === "'" || w(k + 2) === '’') && w(k + 3) === 's') {
    yRel = w(k) === 'this' ? 0 : w(k) === 'last' ? -1 : 1;
    k += 4;
  }
  if (w(k) === 'fiscal') k++;
  let ord: number | undefined;
  let half = false;
  let end: number;
  const tk = w(k);
  const hy = /^(first|second|third|fourth|1st|2nd|3rd|4th)-(quarter|half)$/.exec(tk);
  if (hy) {
    // "the third-quarter loss": the adjective alone is the expression
    if (k > i && w(k - 1) === 'the' && y === null && yRel === null) return null;
    ord = ORDINALS.get(hy[1]!);
    half = hy[2] === 'half';
    end = k + 1;
  } else {
    ord = ORDINALS.get(tk);
    if (ord === undefined || ord < 0 && tk !== 'last') return null;
    if (w(k + 1) === 'fiscal') k++;
    if (w(k + 1) === 'quarter') half = false;
    else if (w(k + 1) === 'half') half = true;
    else return null;
    if (ord < 0) return null;
    end = k + 2;
  }
  if (ord === undefined || ord < 1 || ord > (half ? 2 : 4)) return null;
  // "of 1990", ", 1990", "1990" after
  let k2 = end;
  if (w(k2) === 'of' || w(k2) === ',') k2++;
  const y2 = yearNum(k2);
  if (y === null && y2 !== null) { y = y2; end = k2 + 1; }
  else if (y === null && w(end) === 'of' && (w(end + 1) === 'this' || w(end + 1) === 'last' || w(end + 1) === 'next') && w(end + 2) === 'year') {
    yRel = w(end + 1) === 'this' ? 0 : w(end + 1) === 'last' ? -1 : 1;
    end += 3;
  }
  const code = half ? `H${ord}` : `Q${ord}`;
  const yearStated = y !== null;
  let value: string;
  if (y !== null) value = `${pad(y, 4)}-${code}`;
  else if (R.ref) {
    // a quarter (half) that has not begun yet, in a clause that does not look ahead, is last year's
    let yy = R.ref.y + (yRel ?? 0);
    const startMonth = half ? (ord - 1) * 6 + 1 : (ord - 1) * 3 + 1;
    if (yRel === null && startMonth > R.ref.m && tenseOf(i, end) !== 'future') yy--;
    y = yy;
    value = `${pad(yy, 4)}-${code}`;
  } else value = `XXXX-${code}`;
  if (!half && R.ref) {
    const yy = y ?? R.ref.y + (yRel ?? 0);
    // a quarter not yet over is a forecast; the quarter reported on is one that has ended
    const cur = R.ref.y * 4 + Math.floor((R.ref.m - 1) / 3);
    if (yy * 4 + ord - 1 < cur) state.lastQuarter = { y: yy, q: ord, sentence: sentOf[i]! };
  }
  return { end, type: 'DATE', value, anchored: !yearStated };
}
