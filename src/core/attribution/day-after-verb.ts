// A day named right after a cue verb, before the content that follows it ("said Tuesday that …",
// "announced Friday night that …"): annotated as the cue's more often than not, while a phrase
// with a preposition ("said on Friday that …", "in March") mostly is not and is left out.
import type { Tokens } from '../text/tokens.ts';

const DAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const PARTS = new Set(['morning', 'afternoon', 'evening', 'night']);

/** With the cue verb ending at token b and the content starting at token start: the last token of a day between them, or b. */
export function dayAfterVerb(t: Tokens, b: number, start: number): number {
  let j = b + 1;
  if (t.low[j] === 'late' || t.low[j] === 'early') j++;
  if (!DAYS.has(t.low[j] ?? '') || t.poss[j]) return b; // (not "praised Thursday's protests")
  if (PARTS.has(t.low[j + 1] ?? '')) j++;
  let e = j + 1;
  if (t.raw[e] === ',') e++;
  return e === start ? j : b;
}
