// Adverbials inside a verb group, between the subject (or an auxiliary) and the cue verb:
// "critics have in particular noted", "Clinton has nevertheless called", "Trump seldom speaks
// of", "Bolton and Gorka both denounced". They belong to the cue, so the subject is read before
// them ("the past" and "both" name no one). A closed class of English adverbs and set phrases.
import type { Tokens } from '../text/tokens.ts';
import { AUXILIARIES } from '../locales/en/lexicon/word-classes.ts';

const ADVERBS = new Set(['nevertheless', 'nonetheless', 'seldom', 'rarely', 'twice', 'thrice', 'quite', 'hardly', 'scarcely', 'barely',
  'certainly', 'indeed', 'therefore', 'thus', 'meanwhile', 'instead', 'ultimately', 'eventually', 'subsequently', 'initially',
  'originally', 'finally']);
// two- and three-word adverbials: "in fact", "in the past", "for example"
const PHRASES = [
  ['in', 'fact'], ['in', 'particular'], ['in', 'turn'], ['in', 'effect'], ['in', 'general'], ['at', 'times'], ['at', 'first'],
  ['of', 'course'], ['for', 'example'], ['for', 'instance'], ['in', 'the', 'past'], ['in', 'the', 'end'], ['in', 'the', 'meantime'],
  ['at', 'the', 'time'], ['at', 'one', 'point'], ['by', 'contrast'], ['in', 'private'], ['in', 'public'],
];
// floating quantifiers after a subject: "they both said", "the three all agreed"
const FLOATING = new Set(['both', 'all', 'each']);

/** The first token of an adverbial that ends right before token a (a verb or an auxiliary), or -1. */
export function adverbialBefore(t: Tokens, a: number): number {
  const p = a - 1;
  if (p < 1 || !t.word[p]) return -1;
  const w = t.low[p]!;
  if (ADVERBS.has(w) && !t.cap[p]) return p;
  // a floating quantifier needs the end of a noun phrase before it (a name, a plural, a pronoun)
  if (FLOATING.has(w) && !t.cap[p]) {
    const q = p - 1;
    const before = t.low[q] ?? '';
    const nounEnd = t.raw[q] === ')' || (t.word[q] && !AUXILIARIES.has(before) && (t.cap[q] || before === 'they' || before === 'we' || (before.length > 3 && before.endsWith('s'))));
    return nounEnd ? p : -1;
  }
  for (const ph of PHRASES) {
    const s = a - ph.length;
    if (s < 1) continue;
    let ok = true;
    for (let k = 0; k < ph.length && ok; k++) ok = t.low[s + k] === ph[k] && !!t.word[s + k];
    // set off by commas it is an aside the subject reader already steps over
    if (ok && t.word[s - 1]) return s;
  }
  return -1;
}
