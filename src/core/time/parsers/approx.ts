// An approximator before a quantity or a date: "nearly two years", "about a decade", "around Nov. 1".
import { APPROXIMATORS, APPROXIMATORS2 } from '../lexicon.ts';
import type { Match, ScanContext } from '../scan-context.ts';
import { monthExpr } from './month-date.ts';
import { quantityExpr } from './quantity.ts';
import { clockExpr } from './clock.ts';

export function approxExpr(c: ScanContext, i: number): Match | null {
  const { w, unitAt } = c;
  const x = w(i);
  let k = -1;
  if (APPROXIMATORS.has(x)) k = i + 1;
  else if (APPROXIMATORS2.get(x)?.includes(w(i + 1))) k = i + 2;
  if (k < 0) return null;
  if (x === 'over' && w(k) === 'the') return null;
  if (x === 'some' && unitAt(k)) return null;
  const core = quantityExpr(c, k) ?? (x === 'around' ? (monthExpr(c, k, k, k + 2) ?? clockExpr(c, k)) : null);
  if (!core) return null;
  return { ...core, start: i };
}
