// The one who does what an infinitive says when it is not the clause's subject:
//   - the object of a verb of causing, allowing or asking: "The results will force Sanders to
//     acknowledge …", "a tool allowing users to tell …", "prompted the senator to advocate …";
//   - the noun after "for": "an opening for Clinton to highlight …", "easier for courts to dismiss";
//   - the subject of "be" before a rank: "Grijalva was the first Democrat to endorse …".
// A closed class of English control verbs.
import type { Tokens } from '../text/tokens.ts';
import { nounPhraseLeft } from './noun-phrase.ts';
import { CUE_FORMS, regularForms } from '../locales/en/lexicon/cue-lexicon.ts';
import { DETERMINERS, PREPOSITIONS } from '../locales/en/lexicon/word-classes.ts';

const CONTROL = new Set<string>();
for (const base of ['allow', 'force', 'prompt', 'push', 'urge', 'require', 'encourage', 'enable', 'pressure', 'invite',
  'cause', 'spur', 'inspire', 'compel', 'permit', 'motivate', 'press', 'challenge', 'tempt', 'lead', 'drive', 'leave', 'get', 'ask', 'help']) {
  const { s, past, ing } = regularForms(base, false);
  for (const f of [base, s, past, ing]) CONTROL.add(f);
}
// irregular forms, and the doubled consonant of "getting"
for (const f of ['led', 'drove', 'driven', 'left', 'got', 'gotten', 'getting']) CONTROL.add(f);
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me']);
const BE = new Set(['is', 'was', 'are', 'were', 'became', 'becomes', 'become', 'remains', 'remained']);
const RANKS = new Set(['first', 'last', 'only', 'latest', 'earliest', 'second', 'third', 'next']);

/** [first, last] of the doer of the infinitive whose "to" follows token p, or null when it is the clause's subject. */
export function infinitiveSubject(t: Tokens, p: number): [number, number] | null {
  if (!t.word[p]) return null;
  // the verb or "for" before the object: back over the object's words (at most nine)
  for (let lead = p - 1; lead >= 1 && lead >= p - 9; lead--) {
    if (!t.word[lead]) return null;
    const lw = t.low[lead]!;
    if (RANKS.has(lw)) {
      // "X was the first member of Congress to endorse": the subject of "be"
      const det = DETERMINERS.has(t.low[lead - 1] ?? '') ? lead - 1 : lead;
      if (!BE.has(t.low[det - 1] ?? '') || det - 2 < 0) return null;
      const subj = nounPhraseLeft(t, det - 2);
      return subj && !DETERMINERS.has(t.low[subj[1]]!) ? subj : null;
    }
    const control = (CONTROL.has(lw) && !t.cap[lead]) || lw === 'for' || (lw === 'on' && CONTROL.has(t.low[lead - 1] ?? ''));
    if (!control) continue;
    // a control verb that is a cue of its own ("urged X to release …") holds the report itself
    // ("allowing users to tell …" only permits)
    if (CUE_FORMS.has(lw) && CUE_FORMS.get(lw)!.verb.base !== 'allow') return null;
    // the object: the words between the verb and "to" ("Sanders", "users in the area", "him")
    const o = lead + 1;
    if (o > p || PREPOSITIONS.has(t.low[o]!)) return null;
    return OBJECT_PRONOUNS.has(t.low[p]!) || o === p || DETERMINERS.has(t.low[o]!) || t.cap[o] || nounPhraseLeft(t, p)?.[0] === o ? [o, p] : null;
  }
  return null;
}
