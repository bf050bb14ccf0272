// Modifiers in front of a date: "early next year", "the end of 1990", "late yesterday".
import { WEEKDAYS } from '../lexicon.ts';
import type { Match, ScanContext } from '../scan-context.ts';
import { contextualPeriod } from './story-period.ts';

export function modifiedExpr(c: ScanContext, i: number): Match | null {
  const { w } = c;
  const x = w(i);
  let k = -1;
  let start = i;
  if (x === 'the' && (w(i + 1) === 'early' || w(i + 1) === 'late' || w(i + 1) === 'mid')) {
    // "the late 1970s", "the early 20th century"
    const inner = modifiedExpr(c, i + 1);
    return inner && /^\d{2,3}$/.test(inner.value) ? { ...inner, start: i } : null;
  }
  if (x === 'early' || x === 'late' || x === 'mid' || x === 'earlier' || x === 'later') k = i + 1;
  else if ((x === 'the' || x === 'end' || x === 'beginning' || x === 'start' || x === 'middle') && ['end', 'beginning', 'start', 'middle', 'close', 'turn'].includes(x === 'the' ? w(i + 1) : x)) {
    const o = x === 'the' ? i + 2 : i + 1;
    if (w(o) !== 'of') return null;
    k = o + 1;
  }
  if (k < 0) return null;
  if (w(k) === '-' ) k++;
  const core = c.coreAt(k) ?? contextualPeriod(c, k, true);
  if (!core || core.type === 'DURATION' || core.type === 'SET' || /REF$/.test(core.value)) return null;
  if ((x === 'earlier' || x === 'later') && !['this', 'last', 'next', 'today', 'yesterday', 'tomorrow', 'that'].includes(w(k)) && WEEKDAYS.get(w(k)) === undefined) return null;
  return { ...core, start };
}
