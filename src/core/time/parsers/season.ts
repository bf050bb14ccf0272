// Seasons: "the summer of 1998", "in winter".
import { pad } from '../calendar.ts';
import { SEASON_PREPS, SEASONS } from '../lexicon.ts';
import type { Match, ScanContext } from '../scan-context.ts';

export function seasonExpr(c: ScanContext, i: number): Match | null {
  const { R, w, yearAt } = c;
  let k = i;
  if (w(k) === 'the') k++;
  const se = SEASONS.get(w(k));
  if (!se) return null;
  const y = yearAt(w(k + 1) === 'of' ? k + 2 : k + 1);
  if (y !== null) return { end: y.end, type: 'DATE', value: `${pad(y.y, 4)}-${se}`, anchored: false };
  // a bare season word needs "the" or a preposition ("fall" and "spring" are verbs too)
  if (k === i && !SEASON_PREPS.has(w(i - 1))) return null;
  if (k === i && (se === 'FA' || se === 'SP')) return null;
  return { end: k + 1, type: 'DATE', value: R.season(se, 0), anchored: true };
}
