// "the first nine months", "the six months": a span named with "the".
import { durationValue } from '../lexicon.ts';
import type { Match, ScanContext } from '../scan-context.ts';

export function theDuration(c: ScanContext, i: number): Match | null {
  const { toks, w, number, unitAt } = c;
  if (w(i) !== 'the') return null;
  let k = i + 1;
  if (w(k) === 'first' || w(k) === 'final' || w(k) === 'initial' || w(k) === 'entire' || w(k) === 'whole' || w(k) === 'full') k++;
  const q = number(k);
  if (!q || toks[k]!.w === 'a' || toks[k]!.w === 'an' || toks[k]!.w === 'one') return null;
  const u = unitAt(q.end);
  if (!u || !u.plural || u.unit === 'WE') return null;
  return { end: q.end + 1, type: 'DURATION', value: durationValue(u.unit, q.n), anchored: false };
}
