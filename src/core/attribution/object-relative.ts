// A cue verb inside a relative clause whose object is the clause's antecedent: "the plan, which
// critics rejected in May, …", "a judge that Republicans like", "a deal she once supported",
// "an offer the leadership rebuffed". What was rejected, liked or supported is the antecedent
// (or the relative pronoun that stands for it), not the words after the verb, which go on with
// the sentence the clause sits in.
import type { Tokens } from '../text/tokens.ts';
import { CUE_FORMS, type CueVerb } from '../locales/en/lexicon/cue-lexicon.ts';
import { nounPhraseLeft } from './noun-phrase.ts';
import { DETERMINERS, MONTHS_DAYS, NOMINATIVE, PRONOUNS, TRUE_PREPOSITIONS } from '../locales/en/lexicon/word-classes.ts';
import { TIME_NOUNS } from './time-adjunct.ts';

export interface ObjectRelative {
  /** The antecedent or relative pronoun: the content. */
  object: [number, number];
  /** The clause's subject: the source. */
  subject: [number, number];
}

// Words after a verb that show its object is missing: the clause ends or an adjunct follows.
const GAP_LEADS = new Set(['while', 'when', 'because', 'before', 'after', 'since', 'until', 'if', 'though', 'although', 'and', 'but', 'or']);
const GAP_MARKS = new Set(['.', ',', ';', ':', '—', '–', ')', '!', '?']);
// Pronoun objects stand for the antecedent only as relatives: "which critics rejected".
const RELATIVE_OBJECTS = new Set(['which', 'whom']);

/** The object relative around a cue verb ending at token b whose subject is subj, or null. */
// finite: the verb has an auxiliary or is a past form, so it is no noun ending its phrase ("for
// networks that own their old shows.").
export function objectRelative(t: Tokens, subj: [number, number], b: number, verb: CueVerb, finite: boolean): ObjectRelative | null {
  if (!verb.object || verb.quoteOnly || verb.particleOnly) return null;
  if (!objectMissing(t, b)) return null;
  let [s, e] = subj;
  // "a judge that Republicans like": the noun phrase reader may take "that" as a determiner
  if (t.low[s] === 'that' && e > s) return relativeThat(t, s, [s + 1, e]);
  // (a base or -s form with no auxiliary after a common noun may be a noun itself: "own their old shows.")
  if (!finite && !(PRONOUNS.has(t.low[s]!) || t.cap[s])) return null;
  const r = s - 1;
  if (r < 1) return null;
  const w = t.low[r]!;
  if (RELATIVE_OBJECTS.has(w)) return { object: [r, r], subject: [s, e] };
  if (w === 'that') return relativeThat(t, r, [s, e]);
  // no relative pronoun: a pronoun subject right after a noun phrase ("a deal she once supported")
  if (s === e && NOMINATIVE.has(t.low[s]!) && t.word[r] && !TRUE_PREPOSITIONS.has(w) && !DETERMINERS.has(w)) {
    const np = nounPhraseLeft(t, r);
    if (np && np[0] > 0 && t.word[np[0] - 1] && !timePhrase(t, np)) return { object: np, subject: [s, e] };
    return null;
  }
  // or a noun phrase with a determiner of its own inside the one the reader took ("an offer the
  // leadership rebuffed")
  if (!finite) return null;
  for (let m = s + 1; m < e; m++) {
    if (!(t.low[m] === 'the' || t.low[m] === 'a' || t.low[m] === 'an') || !t.word[m - 1] || t.low[m - 1] === 'of' || t.low[m - 1] === 'for' || DETERMINERS.has(t.low[m - 1]!)) continue;
    const np: [number, number] = [s, m - 1];
    if (s > 0 && t.word[s - 1] && !timePhrase(t, np)) return { object: np, subject: [m, e] };
    return null;
  }
  return null;
}

// "a judge that Republicans like": the antecedent noun phrase, or the "that" alone. After a noun
// of saying or believing, "that" opens its clause instead ("no doubt that he would endorse in …").
function relativeThat(t: Tokens, r: number, subject: [number, number]): ObjectRelative | null {
  if (r > 0 && CUE_FORMS.get(t.low[r - 1]!)?.verb.noun) return null;
  const np = r > 0 ? nounPhraseLeft(t, r - 1) : null;
  return { object: np && !timePhrase(t, np) ? np : [r, r], subject };
}

function objectMissing(t: Tokens, b: number): boolean {
  const x = b + 1;
  if (x >= t.length) return true;
  if (GAP_MARKS.has(t.raw[x]!)) return true;
  const w = t.low[x]!;
  if (GAP_LEADS.has(w)) return true;
  // an adjunct: "rejected in May", "proposed under a flat rate" — but "of"/"for"/"as" open a
  // complement ("described as", "called for")
  return TRUE_PREPOSITIONS.has(w) && w !== 'of' && w !== 'for' && w !== 'as' && w !== 'to' && w !== 'that';
}

function timePhrase(t: Tokens, np: [number, number]): boolean {
  const w = t.low[np[1]]!;
  return TIME_NOUNS.has(w) || MONTHS_DAYS.has(w) || /^\d/.test(w) || TIME_NOUNS.has(w.replace(/s$/, ''));
}
