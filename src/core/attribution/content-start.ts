// Where the content after a cue verb begins: past the hearer ("told reporters") and the adjuncts
// of time, place and medium ("in a statement on Friday"), at a that-clause, a quotation or a clause.
import type { Tokens } from './tokens.ts';
import type { CueVerb } from './cue-lexicon.ts';
import { CUE_FORMS } from './cue-lexicon.ts';
import { AUXILIARIES, DETERMINERS, PREPOSITIONS, PRONOUNS, TRUE_PREPOSITIONS } from './word-classes.ts';
import { nounPhraseRight } from './noun-phrase.ts';
import { isOpenQuote } from './token-spans.ts';

// Where the content after a cue begins (token index), -1 for none, -2 when the sentence
// ends in a colon (the quotation follows).
export function contentStart(t: Tokens, k: number, verb: CueVerb, particle: boolean): number {
  const n = t.length;
  // after its particle ("warned of a battle") a verb has no hearer left to skip
  let j = particle ? k : afterHearer(t, k, verb);
  const base = j;
  // adjuncts: in a statement, on Friday, last week, in an interview with CNN
  for (let guard = 0; guard < 14 && j < n; guard++) {
    const w = t.low[j]!;
    if (w === 'to' && verb.infinitive && t.word[j + 1] && !t.cap[j + 1] && !DETERMINERS.has(t.low[j + 1]!)) break; // vows to impose
    if (isOpenQuote(t.raw[j]!) && j > base && titleQuote(t, t.start[j]!, j)) return -1; // said on “Meet the Press.”
    if (w === 'that' || isOpenQuote(t.raw[j]!)) break;
    if (t.raw[j] === ':' || t.raw[j] === ',') {
      if (j + 1 >= n) return t.raw[j] === ':' ? -2 : -1;
      j++;
      break;
    }
    // after a complete phrase ("on Friday"), a determiner starts the content ("the border …")
    if (guard > 1 && (DETERMINERS.has(w) || PRONOUNS.has(w)) && !TRUE_PREPOSITIONS.has(t.low[j - 1]!) && t.word[j - 1]) break;
    if (PREPOSITIONS.has(w) || (guard === 0 && w === 'of') || (guard > 0 && j > base && isAdjunctContinuation(t, j, base))) {
      j++;
      continue;
    }
    break;
  }
  if (j >= n) {
    // only adjuncts: "he said on Friday."
    if (t.raw[n - 1] === ':') return -2;
    return -1;
  }
  if (j > base && !isAdjunctStart(t, base) && t.raw[base] !== ':' && t.raw[base] !== ',') j = base; // nothing skipped really
  return j;
}

// The token after the hearer of a verb that takes one (told reporters / told The New York
// Times Tuesday), or k when there is none.
function afterHearer(t: Tokens, k: number, verb: CueVerb): number {
  if (verb.recipient && t.low[k] !== 'that' && !isOpenQuote(t.raw[k]!)) {
    const r = nounPhraseRight(t, k);
    if (r && r[1] - r[0] < 8) return r[1] + 1;
  }
  return k;
}

// After a preposition, the words of its noun phrase (a statement, Friday, an interview with CNN).
function isAdjunctContinuation(t: Tokens, j: number, k: number): boolean {
  if (!isAdjunctStart(t, k)) return false;
  const w = t.low[j]!;
  if (w === 'that' || t.raw[j] === ',' || t.raw[j] === ':') return false;
  return t.word[j]! && !AUXILIARIES.has(w) && !CUE_FORMS.has(w) && !PRONOUNS.has(w);
}

function isAdjunctStart(t: Tokens, k: number): boolean {
  return PREPOSITIONS.has(t.low[k]!) || t.low[k] === 'of';
}

// Whether the quotation opening at offset start names a title: right after a possessive or a
// preposition ("CNN’s “State of the Union”", "on “Meet the Press”"), and capitalized.
export function titleQuote(t: Tokens, start: number, from: number): boolean {
  let j = from;
  while (j > 0 && t.start[j]! > start) j--;
  if (t.start[j] !== start || j < 1) return false;
  const p = j - 1;
  if (!(t.poss[p] || TRUE_PREPOSITIONS.has(t.low[p]!))) return false;
  return !!t.cap[j + 1];
}

