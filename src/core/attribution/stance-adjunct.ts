// A noun of hoping or believing in an adjunct of the clause ("…, in the hope that …", "in hopes
// that …", "under the belief that …", "clung to the hope that …") is held by the clause's subject:
// "Nurses protested on Monday, in the hope that the council would listen" — the nurses hope.
// The noun has no owner of its own there, so its source is the subject that opens the clause.
import type { Tokens } from '../text/tokens.ts';
import type { OtherCue } from './other-cues.ts';
import { sentenceSubject } from './noun-phrase.ts';
import { clauseSubject, subjectOnly } from './clause-subject.ts';

const ATTITUDES = new Set(['hope', 'hopes', 'belief', 'conviction', 'expectation', 'impression']);
const ADJUNCT = new Set(['in', 'under', 'with']);
const CLING = new Set(['cling', 'clings', 'clung', 'clinging', 'hold', 'holds', 'held', 'holding']);

/** Gives an ownerless noun of attitude in a clause adjunct the clause's subject as its source. */
export function adjunctHolder(t: Tokens, i: number, o: OtherCue | null): OtherCue | null {
  if (!o || o.source || !ATTITUDES.has(t.low[i]!)) return o;
  let p = i - 1;
  if (t.low[p] === 'the') p--;
  const w = t.low[p] ?? '';
  const adjunct = ADJUNCT.has(w) || (w === 'to' && t.low[p + 1] === 'the' && CLING.has(t.low[p - 1] ?? ''));
  if (!adjunct || p < 1) return o;
  const limit = w === 'to' ? p - 1 : p;
  const np = sentenceSubject(t, i) ?? clauseSubject(t, i);
  if (!np) return o;
  const [a, whole] = subjectOnly(t, np);
  // (the subject ends before the verb the adjunct goes with: "The nurses clung to …")
  const b = Math.min(whole, limit - 1);
  if (b < a || t.low[a] === 'it' || t.low[a] === 'there') return o;
  o.source = { start: t.start[a]!, end: t.end[b]! };
  return o;
}
