// A cue participle that modifies the common noun before it: "a group backing Cruz", "donors
// supporting her campaign", "a petition calling on him to resign", "evidence suggesting that
// …". The noun phrase is the holder; what the participle takes is the content. (Names and
// heads of unnamed sources before a participle are read by the verb reader already.)
import type { Tokens } from '../text/tokens.ts';
import type { QuoteIndex } from './quote-index.ts';
import type { CueVerb, VerbForm } from '../locales/en/lexicon/cue-lexicon.ts';
import type { OtherCue } from './other-cues.ts';
import { CUE_FORMS } from '../locales/en/lexicon/cue-lexicon.ts';
import { nounPhraseLeft } from './noun-phrase.ts';
import { clauseLastToken, spanOf } from './token-spans.ts';
import { AUXILIARIES, DETERMINERS, MONTHS_DAYS, NP_BOUNDARY, PREPOSITIONS, PRONOUNS, TRUE_PREPOSITIONS } from '../locales/en/lexicon/word-classes.ts';
import { complementStart } from './verb-complement.ts';
import { predicateOwner } from './predicate-owner.ts';

// nouns of time and quantity after which an -ing form is an adverbial ("spent hours calling")
const NOT_HOLDERS = new Set(['time', 'times', 'hours', 'hour', 'minutes', 'days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year',
  'night', 'morning', 'afternoon', 'evening', 'way', 'money', 'lot', 'bit', 'something', 'nothing', 'anything', 'everything', 'himself',
  'herself', 'themselves', 'itself', 'myself', 'ourselves', 'yourself', 'there', 'here', 'too', 'well', 'again', 'instead', 'fact',
  'perhaps', 'maybe', 'thus', 'together', 'always', 'sometimes', 'nevertheless', 'nonetheless', 'besides', 'afterwards', 'towards']);

// verbs of putting out a text (a statement, letter, paper)
const ISSUED = new Set(['issued', 'issues', 'issue', 'sent', 'sends', 'send', 'published', 'publishes', 'publish', 'posted', 'posts', 'post', 'circulated', 'circulates', 'signed', 'signs', 'filed', 'files', 'wrote', 'writes', 'unveiled', 'unveils', 'distributed', 'delivered']);

const OBJECTS = new Set(['him', 'her', 'them', 'it', 'us', 'me', 'you', 'himself', 'herself', 'themselves', 'itself']);

export function participleRelative(t: Tokens, i: number, quotes: QuoteIndex, entry: { verb: CueVerb; form: VerbForm } | undefined): OtherCue | null {
  if (!entry || entry.form !== 'ing' || t.cap[i]) return null;
  const verb = entry.verb;
  if (verb.quoteOnly || !(verb.object || verb.recipient || (verb.that && t.low[i + 1] === 'that'))) return null;
  const p = i - 1;
  if (p < 1 || !t.word[p] || t.cap[p] || t.poss[p]) return null;
  const w = t.low[p]!;
  if (w.length < 3 || w.endsWith('ly') || w.endsWith('ing') || w.endsWith('ed') || /\d/.test(w)) return null;
  if (NOT_HOLDERS.has(w) || DETERMINERS.has(w) || PREPOSITIONS.has(w) || TRUE_PREPOSITIONS.has(w) || NP_BOUNDARY.has(w) || AUXILIARIES.has(w) || PRONOUNS.has(w) || MONTHS_DAYS.has(w) || CUE_FORMS.has(w)) return null;
  const np = nounPhraseLeft(t, p);
  // a bare noun is too often a verb's object or a compound ("campaign finance"): want a determiner or a plural
  if (!np || (np[0] === np[1] && !w.endsWith('s'))) return null;
  const holder = senderOf(t, np);
  const complement = complementStart(t, i, verb);
  if (!complement) return null;
  const { verbEnd: b, start: k } = complement;
  // what a participle takes starts like a noun phrase or a clause; an -ing noun ("a strong
  // showing in Iowa", "a consulting firm") is followed by a preposition or a bare noun
  const c = t.low[k]!;
  if (!(t.cap[k] || DETERMINERS.has(c) || OBJECTS.has(c) || /^\d/.test(c) || (c === 'that' && verb.that))) return null;
  const last = clauseLastToken(t, k, quotes);
  if (last < k) return null;
  // "The council approved a resolution condemning …", "super PACs bankrolled ads attacking …":
  // a phrase that opens with a finite verb is that verb's object, held by the verb's subject
  const owner = !t.cap[holder[0]] && holder[0] < holder[1] ? predicateOwner(t, holder[0] + 1) : null;
  return {
    content: [spanOf(t, k, last, quotes)],
    source: owner ? { start: t.start[owner.subject[0]]!, end: t.end[owner.subject[1]]! } : { start: t.start[holder[0]]!, end: t.end[holder[1]]! },
    cue: { start: t.start[owner ? owner.groupStart : i]!, end: t.end[b]! },
    contentEnd: last,
  };
}

// "it issued a policy paper calling for …", "McConnell released a statement saying …": a
// lowercase verb before the noun phrase's determiner has the noun phrase as its object, and the
// one who issued the text holds what it says: the subject before that verb.
function senderOf(t: Tokens, np: [number, number]): [number, number] {
  let d = -1;
  for (let k = np[0] + 1; k < np[1]; k++) if (DETERMINERS.has(t.low[k]!)) { d = k; break; }
  if (d < 0) return np;
  const v = d - 1;
  if (t.cap[v] || !ISSUED.has(t.low[v]!)) return np;
  return (v - 1 >= 0 ? nounPhraseLeft(t, v - 1) : null) ?? [d, np[1]];
}
