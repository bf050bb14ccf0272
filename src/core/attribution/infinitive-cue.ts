// A cue verb in an infinitive of purpose, after a verb that is no cue itself: "Trump took to
// Twitter to accuse Clinton of …", "She went on CNN to declare the race over", "the first member
// of Congress to endorse him". The holder is the clause's subject (or the noun phrase the
// infinitive qualifies, after first/last/only). An infinitive after a cue verb ("wants to
// discuss", "declined to say") is part of that verb's content and never read here.
import type { Span } from '../types.ts';
import type { Tokens } from '../text/tokens.ts';
import type { QuoteIndex } from './quote-index.ts';
import type { CueVerb, VerbForm } from '../locales/en/lexicon/cue-lexicon.ts';
import type { OtherCue } from './other-cues.ts';
import { CUE_FORMS } from '../locales/en/lexicon/cue-lexicon.ts';
import { sentenceSubject } from './noun-phrase.ts';
import { clauseSubject, subjectOnly } from './clause-subject.ts';
import { clauseLastToken, spanOf } from './token-spans.ts';
import { AUXILIARIES, DETERMINERS, TRUE_PREPOSITIONS } from '../locales/en/lexicon/word-classes.ts';
import { complementStart } from './verb-complement.ts';
import { infinitiveSubject } from './infinitive-subject.ts';
import { subordinateSubject } from './joined-subject.ts';

const WH = new Set(['whether', 'if', 'what', 'why', 'how', 'who', 'when', 'where', 'which']);
const SUBJECTS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'there']);
const RANKS = new Set(['first', 'last', 'only', 'latest', 'earliest', 'second', 'third', 'next']);
// verbs after which "to" + verb is a complement, not a purpose ("is going to say", "has to say")
const NOT_PURPOSE = new Set(['going', 'have', 'has', 'had', 'having', 'ought', 'used', 'able', 'unable', 'likely', 'unlikely', 'about', 'need', 'needs', 'needed',
  // verbs of trying and beginning take the infinitive as their complement
  'try', 'tries', 'tried', 'trying', 'begin', 'begins', 'began', 'beginning', 'start', 'starts', 'started', 'starting', 'proceed', 'proceeds',
  'proceeded', 'manage', 'managed', 'fail', 'failed', 'fails', 'tend', 'tends', 'tended', 'choose', 'chose', 'chosen', 'get', 'got', 'gets', 'come',
  'came', 'seem', 'seems', 'seemed', 'appear', 'appears', 'appeared', 'continue', 'continues', 'continued', 'struggle', 'struggled', 'struggling',
  // adjectives and nouns that take an infinitive ("hard to say", "an effort to identify", "the right to challenge")
  'hard', 'difficult', 'easy', 'easier', 'harder', 'impossible', 'possible', 'free', 'soon', 'best', 'enough', 'too', 'ready', 'willing',
  'eager', 'happy', 'glad', 'proud', 'sorry', 'quick', 'slow', 'first', 'time', 'way', 'chance', 'opportunity', 'effort', 'efforts', 'attempt',
  'attempts', 'tendency', 'right', 'rights', 'power', 'ability', 'bid', 'plan', 'plans', 'decision', 'reason', 'desire', 'move', 'push', 'order',
  'authority', 'freedom', 'place', 'money', 'funds', 'platform', 'stage', 'forum', 'opening', 'occasion', 'room', 'firepower', 'license', 'mandate']);

export function infinitiveCue(t: Tokens, i: number, quotes: QuoteIndex, entry: { verb: CueVerb; form: VerbForm } | undefined): OtherCue | null {
  if (!entry || entry.form !== 'base' || t.low[i - 1] !== 'to' || t.cap[i]) return null;
  const verb = entry.verb;
  if (verb.quoteOnly || !(verb.object || verb.that || verb.recipient)) return null;
  const p = i - 2; // the word before "to"
  const pw = t.low[p]!;
  if (p < 1 || !t.word[p] || NOT_PURPOSE.has(pw) || AUXILIARIES.has(pw) || CUE_FORMS.has(pw)) return null;
  // a participle or an adjective before "to" governs it ("authorized to discuss", "designed to champion")
  if (!t.cap[p] && (pw.endsWith('ed') || pw.endsWith('ble') || pw.endsWith('ful') || pw.endsWith('ous') || pw.endsWith('ive') || pw.endsWith('ic'))) return null;
  const complement = complementStart(t, i, verb);
  if (!complement) return null;
  const { verbEnd: b, start: k } = complement;
  // a verb that takes no object needs a clause ("to say goodbye" reports nothing)
  const c = t.low[k]!;
  if (!verb.object && !verb.recipient && !(c === 'that' || WH.has(c) || SUBJECTS.has(c) || DETERMINERS.has(c) || t.cap[k])) return null;
  const last = clauseLastToken(t, k, quotes);
  if (last < k) return null;
  // the holder: "the first member of Congress to endorse"
  let src: [number, number] | null = null;
  let r = p;
  while (r > 0 && r > p - 5 && !RANKS.has(t.low[r]!)) r--;
  const doer = infinitiveSubject(t, p); // "force Sanders to acknowledge", "was the first to endorse"
  if (doer) src = doer;
  else if (RANKS.has(t.low[r]!) && DETERMINERS.has(t.low[r - 1] ?? '')) src = [r - 1, p];
  else {
    const np = subordinateSubject(t, p) ?? sentenceSubject(t, p) ?? clauseSubject(t, p); // "… after the senator spoke at a rally to discuss …"
    src = np && subjectOnly(t, np);
  }
  if (!src || src[1] > p) return null;
  const source: Span = { start: t.start[src[0]]!, end: t.end[src[1]]! };
  // the predicate between the subject and "to" is the cue's too ("went on to say", "has done
  // nothing to explain", "are taking pains to say"): PolNeAR's cue is all of the predicate that is
  // neither source nor content
  const from = doer ? i - 1 : predicateStart(t, src[1] + 1, i - 1);
  return { content: [spanOf(t, k, last, quotes)], source, cue: { start: t.start[from]!, end: t.end[b]! }, contentEnd: last };
}

// The first token of the predicate from a (right after the subject) to "to" at x when it is a
// short run of words (up to four: "went on", "has done nothing", "was trying insistently"), else x
// ("to" alone): a comma, a dash or a quotation mark sets off an aside, and a longer stretch is
// mostly a clause of its own ("had been facing growing pressure from donors to back …").
function predicateStart(t: Tokens, a: number, x: number): number {
  if (a >= x || x - a > 4) return x;
  for (let j = a; j < x; j++) {
    if (!t.word[j]) return x;
    // a phrase of place or medium makes the infinitive one of purpose ("went on the radio to defend …",
    // "spoke at a rally to discuss …"); a particle at the end does not ("went on to say")
    if (TRUE_PREPOSITIONS.has(t.low[j]!) && j + 1 < x) return x;
  }
  return a;
}
