// The subject of a sentence's first clause when the sentence subject reader finds none: "She
// spoke on Tuesday, saying …" has a short clause before the comma that is no introductory
// phrase ("On Tuesday, she …") but the main clause itself, with its subject first.
import type { Tokens } from '../text/tokens.ts';
import { nounPhraseRight } from './noun-phrase.ts';
import { DETERMINERS, NP_BOUNDARY, PREPOSITIONS } from '../locales/en/lexicon/word-classes.ts';

const LEAD = new Set(['but', 'and', 'so', 'yet', 'however', 'still', 'meanwhile', 'now', 'then', 'also', 'or', 'even', 'instead', 'indeed']);

/** The noun phrase that opens the sentence and ends before limit, when it is a subject. */
export function clauseSubject(t: Tokens, limit: number): [number, number] | null {
  let j = 0;
  while (j < limit && (!t.word[j] || LEAD.has(t.low[j]!))) j++;
  if (j >= limit) return null;
  const w = t.low[j]!;
  // a preposition or a subordinator opens an introductory phrase, not a subject
  if (NP_BOUNDARY.has(w) || PREPOSITIONS.has(w) || w === 'of' || w.endsWith('ing')) return null;
  const np = nounPhraseRight(t, j);
  if (!np || np[1] >= limit - 1) return null;
  // the subject is followed by its verb: a word, not a comma (a list, an address)
  const v = np[1] + 1;
  if (!t.word[v]) return null;
  return np;
}

// A noun phrase read rightwards may run into its verb ("the engineer closed it", "Ortiz won
// the seat"): a name ends with its capitalized words, a common noun phrase before a past form.
const IRREGULAR_PAST = new Set(['went', 'took', 'made', 'gave', 'came', 'got', 'met', 'ran', 'sat', 'stood', 'left', 'won', 'lost', 'held',
  'brought', 'kept', 'put', 'set', 'spent', 'sent', 'led', 'began', 'drew', 'flew', 'drove', 'rose', 'fell', 'paid', 'sold', 'struck', 'took']);

export function subjectOnly(t: Tokens, np: [number, number]): [number, number] {
  const [a, b] = np;
  if (t.cap[a] && !DETERMINERS.has(t.low[a]!)) {
    let j = a;
    while (j < b && (t.cap[j + 1] || (t.low[j + 1] === 'of' && t.cap[j + 2]))) j++;
    return [a, j];
  }
  for (let j = a + 1; j <= b; j++) {
    const w = t.low[j]!;
    if (!t.cap[j] && ((w.length > 4 && w.endsWith('ed')) || IRREGULAR_PAST.has(w))) {
      // an adverb before the verb is the verb's ("the mayor quickly changed …")
      let e = j - 1;
      while (e > a && !t.cap[e] && t.low[e]!.endsWith('ly') && t.low[e]!.length > 3) e--;
      return [a, e];
    }
  }
  return np;
}
