// "not forthcoming with voters regarding the flood risk", "particularly regarding the new tax":
// without an "as" after its object, "regarding" is the preposition of a topic (about), not the
// verb "regard" of holding a view ("regarding the plan as a giveaway"), so it is no cue.
import type { Tokens } from '../text/tokens.ts';

const CLAUSE_END = new Set(['.', ';', ':', '!', '?', '—', '–', '(', ')']);

/** Whether "regarding" at i is a preposition: no "as" follows it in its clause. */
export function topicRegarding(t: Tokens, i: number): boolean {
  if (t.low[i] !== 'regarding') return false;
  for (let k = i + 1; k < t.length && !CLAUSE_END.has(t.raw[k]!); k++) if (t.low[k] === 'as') return false;
  return true;
}
