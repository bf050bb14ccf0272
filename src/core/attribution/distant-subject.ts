// The subject of a cue verb set off from it by an appositive or an aside: "Another delegate on
// the slate, Jim Poolman, said …", "Mr. Lee, citing the polls, said …", "Insiders in both
// states — Nevada and Ohio — said …", "When the director, James Comey, said …". The subject
// opens the clause; everything from it to the verb (the aside included) is the source.
import type { Tokens } from '../text/tokens.ts';
import type { QuoteIndex } from './quote-index.ts';
import { CUE_FORMS } from '../locales/en/lexicon/cue-lexicon.ts';
import { AUXILIARIES, DETERMINERS, MONTHS_DAYS, PREPOSITIONS, TRUE_PREPOSITIONS } from '../locales/en/lexicon/word-classes.ts';
import { isOpenQuote } from './token-spans.ts';

const SUBORDINATORS = new Set(['when', 'as', 'while', 'after', 'if', 'because', 'though', 'although', 'since', 'before', 'once', 'but', 'and', 'yet', 'so']);
const CLAUSE_WORDS = new Set(['that', 'who', 'which', 'whom', 'whose', 'what', 'where', 'said', 'says', 'is', 'are', 'was', 'were', 'has', 'have', 'had']);
const SET_OFF = new Set([',', '—', '–', '(', '--']);

/** [first, last] of the source ending before the comma or dash at token c, or null. */
export function distantSubject(t: Tokens, c: number, quotes: QuoteIndex): [number, number] | null {
  if (c < 3 || !SET_OFF.has(t.raw[c]!) || quotes.insideQuote(t.start[c]!)) return null;
  // the clause start: the sentence start, after a leading conjunction or subordinator
  let s = 0;
  while (s < c && !t.word[s] && !isOpenQuote(t.raw[s]!)) s++;
  if (s < c && SUBORDINATORS.has(t.low[s]!)) s++;
  if (s >= c || !t.word[s]) return null;
  const w = t.low[s]!;
  // a subject starts with a name, a determiner or a number, not with a preposition or an adverb
  if (!(t.cap[s] || DETERMINERS.has(w) || /^\d/.test(w)) || (PREPOSITIONS.has(w) && !DETERMINERS.has(w)) || MONTHS_DAYS.has(w)) return null;
  // the head phrase before the first comma or dash: words only, no verb of its own
  let f = s;
  while (f < c && t.word[f]) {
    const x = t.low[f]!;
    // ("of that report": after a preposition "that" is a determiner)
    const determiner = (x === 'that' || x === 'what') && f > s && TRUE_PREPOSITIONS.has(t.low[f - 1]!);
    if ((CLAUSE_WORDS.has(x) && !determiner) || (AUXILIARIES.has(x) && x !== 'to')) return null;
    const cue = CUE_FORMS.get(x);
    if (cue && !t.cap[f] && (cue.form === 'past' || cue.form === 's') && f > s) return null;
    f++;
  }
  if (f === s || f >= c + 1 || !SET_OFF.has(t.raw[f]!) || t.raw[f] !== t.raw[c] && !(t.raw[f] === '(' && t.raw[c] === ',')) return null;
  if (f === c) return null; // "X, said …" has no aside: the inverted or appositive readers decide
  // the aside is short
  if (c - f > 30) return null;
  return [s, c - 1];
}
