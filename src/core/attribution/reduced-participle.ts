// "A poll released Monday showed that …", "the report published this week found …": a past
// participle with only a time phrase between it and a finite cue verb modifies the subject of
// that verb (a reduced relative clause); it is no cue of its own, and the later verb is the cue.
import type { Tokens } from './tokens.ts';
import { CUE_FORMS } from './cue-lexicon.ts';
import { MONTHS_DAYS } from './word-classes.ts';

const TIME_LEADS = new Set(['this', 'last', 'earlier', 'late', 'early']);
const TIME_NOUNS = new Set(['week', 'month', 'year', 'morning', 'afternoon', 'evening', 'night', 'weekend']);

/** Whether the past form ending at b is followed by a time phrase and then a finite cue verb. */
export function reducedBeforeVerb(t: Tokens, b: number): boolean {
  let j = b + 1;
  const start = j;
  while (j < t.length && j - start < 3 && (MONTHS_DAYS.has(t.low[j]!) || TIME_LEADS.has(t.low[j]!) || TIME_NOUNS.has(t.low[j]!)) && !t.poss[j]) j++;
  if (j === start) return false;
  const e = CUE_FORMS.get(t.low[j] ?? '');
  return !!e && (e.form === 'past' || e.form === 's') && !e.verb.noun && !t.cap[j];
}
