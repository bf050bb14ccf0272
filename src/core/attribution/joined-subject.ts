// The subject of a verb joined by "and"/"but" to the clause right before it, when that clause is
// not the sentence's first: "…, who make up most of the investors and see …", "The crowd cheered
// when Trump spotted a sign and asked …", "…; he helped broker a truce and decided …". Reading
// leftwards from the conjunction, the nearest subject of a clause wins: a relative pronoun, a
// nominative pronoun, or a name opening a subordinate clause.
import type { Tokens } from '../text/tokens.ts';
import type { QuoteIndex } from './quote-index.ts';
import { nounPhraseRight } from './noun-phrase.ts';
import { NOMINATIVE } from '../locales/en/lexicon/word-classes.ts';

const SUBORDINATORS = new Set(['when', 'after', 'because', 'while', 'since', 'although', 'though', 'before', 'until', 'once', 'whereas']);
const OPENERS = new Set([',', ';', 'then', 'and', 'but', 'so', 'as']);
const CLAUSE_BREAK = new Set([';', ':', '.', '?', '!', '—', '–']); // (a dash may close an aside: "— as he often does — and …")
const REACH = 30;

/** [first, last] of the subject for the verb after the conjunction at token j, or null. */
export function joinedSubject(t: Tokens, j: number, quotes: QuoteIndex): [number, number] | null {
  let comma = false;
  for (let k = j - 1; k >= 0 && k >= j - REACH; k--) {
    const r = t.raw[k]!;
    if (CLAUSE_BREAK.has(r)) return null;
    if (r === ')') {
      // an aside in parentheses has its own subjects: "(although he allowed that …)"
      let m = k - 1;
      while (m > 0 && m > k - 15 && t.raw[m] !== '(') m--;
      if (t.raw[m] !== '(') return null;
      k = m;
      continue;
    }
    if (r === ',') comma = true;
    if (!t.word[k] || quotes.insideQuote(t.start[k]!)) continue;
    const w = t.low[k]!;
    // "…, who cooperated with him for years and called him …" — a comma after the relative's
    // start may close it ("X, who …, are furious and want …"): then the relative is not ours
    // (a restrictive relative without its comma may sit inside an object: "mothers who have lost
    // children … and said": read on to the sentence's subject)
    if (w === 'who' || w === 'which') return comma || t.raw[k - 1] !== ',' ? null : [k, k];
    // a pronoun opening a clause of its own ("…, she criticized X and challenged …"), not the
    // subject of what someone said ("X said he had … and called …")
    if (NOMINATIVE.has(w) && t.word[k + 1] && !t.poss[k]) return k === 0 || OPENERS.has(t.low[k - 1]!) || SUBORDINATORS.has(t.low[k - 1]!) ? [k, k] : null;
    if (SUBORDINATORS.has(w) && k + 1 < j) {
      const np = nounPhraseRight(t, k + 1);
      if (np && np[1] < j - 1 && t.cap[np[0]] && t.word[np[1] + 1]) return np;
    }
  }
  return null;
}

const NEAR_SUBORDINATORS = new Set(['when', 'after', 'because', 'while', 'since', 'although', 'though', 'before', 'once', 'whereas', 'as']);

/**
 * The subject of a subordinate clause that the words before token p belong to, read leftwards
 * with no punctuation between: "… moments after the senator spoke at a gathering to discuss …".
 */
export function subordinateSubject(t: Tokens, p: number): [number, number] | null {
  for (let k = p; k >= 1 && k >= p - 14; k--) {
    if (!t.word[k]) return null;
    if (!NEAR_SUBORDINATORS.has(t.low[k]!)) continue;
    const np = nounPhraseRight(t, k + 1);
    // a subject and then its verb, before p
    if (!np || np[1] >= p || !t.word[np[1] + 1]) return null;
    const w = t.low[k + 1]!;
    return t.cap[k + 1] || NOMINATIVE.has(w) || w === 'the' ? np : null;
  }
  return null;
}
