// Subjects of a cue verb that the word right before it does not show on its own:
//   - a quantifier standing as a pronoun: "Most believe …", "Many said …", "A few argue …";
//   - a plural head followed by a prepositional phrase, before a present base form, which
//     agrees with the head and not with the nearest noun: "Voters in each state say …",
//     "Audit files from the vendor show that …", "Officials on and off the island believe …".
import type { Tokens } from '../text/tokens.ts';
import type { CueVerb, VerbForm } from '../locales/en/lexicon/cue-lexicon.ts';
import { CUE_FORMS } from '../locales/en/lexicon/cue-lexicon.ts';
import { nounPhraseLeft } from './noun-phrase.ts';
import { AUXILIARIES, DETERMINERS, PRONOUNS, TRUE_PREPOSITIONS } from '../locales/en/lexicon/word-classes.ts';

const QUANTIFIERS = new Set(['most', 'many', 'few', 'some', 'both', 'all', 'several', 'others', 'half']);
const NUMBERS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozen', 'hundred']);
const CLAUSE_WORDS = new Set(['that', 'who', 'which', 'whom', 'whose', 'when', 'where', 'if', 'because', 'but', 'than', 'as']);
const PP_PREPOSITIONS = new Set([...TRUE_PREPOSITIONS, 'across', 'around', 'among', 'throughout', 'within', 'outside', 'inside', 'near', 'like', 'off']);

// Whether a noun-like verb (support, report, claim) is used as a verb here: a clause follows.
function verbUse(t: Tokens, i: number, form: VerbForm, verb: CueVerb): boolean {
  if (form === 'past' || !verb.noun) return true;
  // after its particle ("point out that …")
  const next = (verb.particles.includes(t.low[i + 1] ?? '') ? t.low[i + 2] : t.low[i + 1]) ?? '';
  return next === 'that' || PRONOUNS.has(next) || (DETERMINERS.has(next) && next !== 'more');
}

function isPlural(t: Tokens, h: number): boolean {
  const hw = t.low[h] ?? '';
  return !!t.word[h] && !t.poss[h] && ((hw.length > 3 && hw.endsWith('s') && !hw.endsWith('ss')) || QUANTIFIERS.has(hw) || /^\d/.test(hw) || hw === 'people');
}

/** The subject [first, last] of the cue verb at i when the word before it (p) is a quantifier or ends a plural head's phrase. */
export function pluralSubject(t: Tokens, p: number, i: number, form: VerbForm, verb: CueVerb): [number, number] | null {
  if (p < 0 || !t.word[p] || form === 'ing') return null;
  if (!verbUse(t, i, form, verb)) return null;
  const w = t.low[p]!;
  // "Two in three said", "one in four voters say", "all but two said": a proportion
  const j = p - 1;
  if ((NUMBERS.has(w) || /^\d/.test(w)) && (t.low[j] === 'in' || t.low[j] === 'of' || t.low[j] === 'but') && j >= 1 && (NUMBERS.has(t.low[j - 1]!) || /^\d/.test(t.low[j - 1]!) || t.low[j - 1] === 'all')) {
    return [j - 1, p];
  }
  if (QUANTIFIERS.has(w)) {
    const before = t.low[p - 1] ?? '';
    if (w === 'few' && before === 'a') return [p - 1, p];
    // "the most said", "of all said", "in some": not a pronoun
    if (p > 0 && t.word[p - 1] && (DETERMINERS.has(before) || TRUE_PREPOSITIONS.has(before) || AUXILIARIES.has(before))) return null;
    return [p, p];
  }
  // "Labor leaders point out that …": a plural noun right before a noun-like verb in its verb use
  if (form === 'base' && verb.noun && isPlural(t, p) && verbUse(t, i, form, verb)) return nounPhraseLeft(t, p);
  if (form === 's') return isPlural(t, p) ? headBeforePhrase(t, p, false) : null;
  if (form !== 'base') return null;
  return headBeforePhrase(t, p, true);
}

// Back over the prepositional phrase ending at p to its preposition, then the head before it,
// plural for a base form, singular for an -s form ("A poll of likely voters shows …").
function headBeforePhrase(t: Tokens, p: number, plural: boolean): [number, number] | null {
  for (let x = p; x >= 1 && x >= p - 7; x--) {
    if (!t.word[x]) return null;
    const lx = t.low[x]!;
    const cue = t.cap[x] ? undefined : CUE_FORMS.get(lx);
    if (CLAUSE_WORDS.has(lx) || AUXILIARIES.has(lx) || (cue && (cue.form === 'past' || cue.form === 'ing'))) return null;
    if (!PP_PREPOSITIONS.has(lx) || x === p) continue;
    const h = x - 1;
    const fits = plural ? isPlural(t, h) : !!t.word[h] && !t.poss[h] && !isPlural(t, h) && !DETERMINERS.has(t.low[h]!) && !PRONOUNS.has(t.low[h]!) && !PP_PREPOSITIONS.has(t.low[h]!) && !AUXILIARIES.has(t.low[h]!);
    if (!fits) {
      if (lx === 'and' || lx === 'of') continue;
      return null;
    }
    const np = nounPhraseLeft(t, h);
    return np ? [np[0], p] : null;
  }
  return null;
}
