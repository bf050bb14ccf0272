// Where the content after a cue verb begins: past the hearer ("told reporters") and the adjuncts
// of time, place and medium ("in a statement on Friday"), at a that-clause, a quotation or a clause.
import type { Tokens } from '../text/tokens.ts';
import type { CueVerb } from '../locales/en/lexicon/cue-lexicon.ts';
import { CUE_FORMS } from '../locales/en/lexicon/cue-lexicon.ts';
import { AUXILIARIES, DETERMINERS, MONTHS_DAYS, NOMINATIVE, PREPOSITIONS, PRONOUNS, TRUE_PREPOSITIONS } from '../locales/en/lexicon/word-classes.ts';
import { nounPhraseRight } from './noun-phrase.ts';
import { isCloseQuote, isOpenQuote } from './token-spans.ts';
import { TIME_NOUNS } from './time-adjunct.ts';

// Where the content after a cue begins (token index), -1 for none, -2 when the sentence
// ends in a colon (the quotation follows); with the last token of the content when a phrase
// of its own bounds it (-1: no bound of its own), and whether that is a topic's phrase.
// nounLike: the cue is a base or -s form without an auxiliary (it may be a noun: "reports of").
export interface ContentStart {
  start: number;
  last: number;
  topic: boolean;
}

export function contentStart(t: Tokens, k: number, verb: CueVerb, particle: boolean, nounLike = false): ContentStart {
  const n = t.length;
  // after its particle ("warned of a battle") a verb has no hearer left to skip
  let j = particle ? k : afterHearer(t, k, verb);
  const base = j;
  // The preposition naming what the speech is about ("spoke Tuesday about the death …", "learned
  // of the plan", "ruled against the law"): unless a clause or a quotation follows its phrase,
  // the phrase is what was said, not an adjunct.
  let topic = -1;
  let clause = false; // the skip stopped where a clause or a quotation starts
  let afterParticle = false; // the topic's preposition follows the verb's particle
  // adjuncts: in a statement, on Friday, last week, in an interview with CNN
  for (let guard = 0; guard < 14 && j < n; guard++) {
    const w = t.low[j]!;
    if (w === 'to' && (verb.infinitive || t.low[j + 1] === 'be' || t.low[j + 1] === 'have') && t.word[j + 1] && !t.cap[j + 1] && !DETERMINERS.has(t.low[j + 1]!)) { clause = true; break; } // vows to impose, claimed to be
    if (isOpenQuote(t.raw[j]!) && j > base && titleQuote(t, t.start[j]!, j)) {
      // ("said on ABC’s “This Week” that …": the title is an adjunct and the clause follows)
      const clauseAt = clauseAfterTitle(t, j);
      if (clauseAt < 0) return topicPhrase(t, topic, phraseEnd(t, j)) ?? NONE; // said on “Meet the Press.”
      j = clauseAt;
      continue;
    }
    // (a quotation after a preposition inside the topic's phrase is a title: "about racism in “13th”")
    if (isOpenQuote(t.raw[j]!) && topic >= 0 && TRUE_PREPOSITIONS.has(t.low[j - 1]!)) break;
    if (w === 'that' || isOpenQuote(t.raw[j]!)) { clause = true; break; }
    if (t.raw[j] === ':' || t.raw[j] === ',') {
      if (j + 1 >= n) return t.raw[j] === ':' ? { start: -2, last: -1, topic: false } : (topicPhrase(t, topic, j) ?? NONE);
      // "… about the death of a man in Tulsa, Oklahoma, arguing …": a phrase with no clause after it
      // (but "chimed in on Twitter, saying …": a medium before a participle of saying)
      if (t.raw[j] === ',' && !isOpenQuote(t.raw[j + 1]!) && !(afterParticle && CUE_FORMS.get(t.low[j + 1] ?? '')?.form === 'ing')) {
        const own = topicPhrase(t, topic, phraseEnd(t, j));
        if (own) return own;
      }
      // "said Friday, as they …": a clause of time or reason after the comma is no content
      if (t.raw[j] === ',' && j > base && ADVERBIAL_OPENERS.has(t.low[j + 1]!)) return NONE;
      j++;
      clause = true;
      break;
    }
    // after a complete phrase ("on Friday"), a determiner starts the content ("the border …")
    if (guard > 1 && (DETERMINERS.has(w) || PRONOUNS.has(w)) && !TRUE_PREPOSITIONS.has(t.low[j - 1]!) && !DETERMINERS.has(t.low[j - 1]!) && t.word[j - 1]) { clause = PRONOUNS.has(w); break; }
    if (adjunctWord(t, j) || (guard === 0 && w === 'of') || (guard > 0 && j > base && isAdjunctContinuation(t, j, base))) {
      if (topic < 0 && isTopic(t, j, base, guard, nounLike)) topic = j;
      else if (topic < 0 && particleTopic(t, j, base, particle)) {
        topic = j;
        afterParticle = true;
      }
      j++;
      continue;
    }
    clause = PRONOUNS.has(w);
    break;
  }
  if (t.raw[n - 1] === ':' && j >= n) return { start: -2, last: -1, topic: false };
  if (topic >= 0 && !clause) return topicPhrase(t, topic, phraseEnd(t, j)) ?? NONE;
  // only adjuncts: "he said on Friday."
  if (j >= n) return NONE;
  if (j > base && !isAdjunctStart(t, base) && t.raw[base] !== ':' && t.raw[base] !== ',') j = base; // nothing skipped really
  return { start: j, last: -1, topic: false };
}

const ADVERBIAL_OPENERS = new Set(['as', 'while', 'when', 'because', 'after', 'before', 'although', 'though', 'since', 'until', 'unless', 'whereas']);
const NONE: ContentStart = { start: -1, last: -1, topic: false };

// The object of the topic preposition at p, up to the token before end.
function topicPhrase(t: Tokens, p: number, end: number): ContentStart | null {
  if (p < 0 || end - p < 2) return null;
  return { start: p + 1, last: end - 1, topic: true };
}

// Whether the preposition at j names the verb's topic: "about" and "against" near the verb
// ("about five minutes" counts), "of" right after the verb or its time words — and not after a
// base or -s form with no auxiliary, which is as often a noun ("some sense of", "reports of").
function isTopic(t: Tokens, j: number, base: number, guard: number, nounLike: boolean): boolean {
  const w = t.low[j]!;
  if (w === 'of') return !nounLike && onlyTimeWords(t, base, j);
  if (w !== 'about' && w !== 'against') return false;
  return guard < 3 && !(w === 'about' && isNumber(t.low[j + 1] ?? ''));
}

// Right after a verb's particle, "on", "at", "over" and "for" name its topic ("weighed in on the
// race", "lashed out at critics", "pushed back on the plan").
const PARTICLE_TOPICS = new Set(['on', 'at', 'over', 'for']);
function particleTopic(t: Tokens, j: number, base: number, particle: boolean): boolean {
  return particle && j === base && PARTICLE_TOPICS.has(t.low[j]!) && !MONTHS_DAYS.has(t.low[j + 1] ?? '') && !/^\d/.test(t.low[j + 1] ?? '');
}

const NUMBER_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'a', 'an', 'half', 'twenty', 'thirty', 'forty', 'fifty', 'hundred', 'dozen']);
function isNumber(w: string): boolean {
  return NUMBER_WORDS.has(w) || /^[$\d]/.test(w);
}

// Whether tokens a..b-1 are single words of time or manner ("Tuesday", "earlier", "publicly"):
// an "of" after them still belongs to the verb ("learned Friday of the plan"), not to a noun.
function onlyTimeWords(t: Tokens, a: number, b: number): boolean {
  for (let x = a; x < b; x++) {
    if (t.low[x] === 'on' && MONTHS_DAYS.has(t.low[x + 1]!)) continue; // on Friday
    if (!PREPOSITIONS.has(t.low[x]!) || TRUE_PREPOSITIONS.has(t.low[x]!)) return false;
  }
  return true;
}

// Where a phrase going on at token j ends (the index after its last token): at a comma, a
// semicolon, a dash, a bracket or the sentence's end — but a comma inside a place or a list of
// names ("Tulsa, Oklahoma", "Mills, Samuelson and Bentel") goes on.
function phraseEnd(t: Tokens, j: number): number {
  let e = j;
  const n = t.length;
  for (; e < n && e - j < 60; e++) {
    if (t.word[e] || isOpenQuote(t.raw[e]!) || isCloseQuote(t.raw[e]!)) continue;
    if (t.raw[e] === ',' && t.cap[e - 1] && t.cap[e + 1] && t.word[e + 1] && !MONTHS_DAYS.has(t.low[e - 1]!)) continue;
    break;
  }
  return e;
}

// The token after the hearer of a verb that takes one (told reporters / told The New York
// Times Tuesday), or k when there is none.
function afterHearer(t: Tokens, k: number, verb: CueVerb): number {
  // (a nominative pronoun is the subject of the reported clause: "tells reporters he …" but "tells he …")
  if (verb.recipient && t.low[k] !== 'that' && !isOpenQuote(t.raw[k]!) && !NOMINATIVE.has(t.low[k]!)) {
    const r = nounPhraseRight(t, k);
    // (a programme after its network: "told MSNBC’s “Morning Joe” that …")
    if (r && r[1] - r[0] < 8 && t.poss[r[1]] && isOpenQuote(t.raw[r[1] + 1] ?? '') && titleQuote(t, t.start[r[1] + 1]!, r[1] + 1)) {
      const clauseAt = clauseAfterTitle(t, r[1] + 1);
      if (clauseAt >= 0) return clauseAt;
    }
    // (a verb that takes an object too, "promised lower taxes and jobs": with nothing after it
    // but a conjunction or the clause's end, the phrase is what was promised, not the hearer)
    if (r && verb.object && ENDS_OBJECT.has(t.raw[r[1] + 1] ?? '.')) return k;
    if (r && r[1] - r[0] < 8) return r[1] + 1;
  }
  return k;
}
const ENDS_OBJECT = new Set(['and', 'or', 'but', '.', ',', ';', '!', '?', '—', '–']);

// The token after a short quoted title opening at j (after its closing mark and a comma inside
// or after it), or j when it does not close within a few words.
function afterTitle(t: Tokens, j: number): number {
  for (let e = j + 1; e < t.length && e <= j + 10; e++) {
    if (!isCloseQuote(t.raw[e]!)) continue;
    if (e === j + 1) return j;
    let a = e + 1;
    if (t.raw[a] === ',') a++;
    return a;
  }
  return j;
}

// The token after the quoted title opening at j when a that-clause or a clause with a pronoun
// subject follows it ("“This Week” that …", "“Morning Joe” he …"), or -1.
function clauseAfterTitle(t: Tokens, j: number): number {
  const e = afterTitle(t, j);
  return t.low[e] === 'that' || PRONOUNS.has(t.low[e] ?? '') ? e : -1;
}

// After a preposition, the words of its noun phrase (a statement, Friday, an interview with CNN).
function isAdjunctContinuation(t: Tokens, j: number, k: number): boolean {
  if (!isAdjunctStart(t, k)) return false;
  const w = t.low[j]!;
  if (w === 'that' || t.raw[j] === ',' || t.raw[j] === ':') return false;
  // (a cue form after a determiner, closing the phrase before a clause or the sentence's end, is
  // the phrase's noun, not the next verb: "said after the attacks.", "said in his remarks that …")
  const noun = CUE_FORMS.has(w) && DETERMINERS.has(t.low[j - 1]!) && t.low[j - 1] !== 'that' && closesPhrase(t, j + 1);
  return t.word[j]! && !AUXILIARIES.has(w) && (!CUE_FORMS.has(w) || noun) && !PRONOUNS.has(w);
}

// Whether token x opens a clause or a quotation, or ends the sentence.
function closesPhrase(t: Tokens, x: number): boolean {
  const r = t.raw[x];
  return r === undefined || r === '.' || r === '?' || r === '!' || r === ':' || t.low[x] === 'that' || isOpenQuote(r);
}

function isAdjunctStart(t: Tokens, k: number): boolean {
  return adjunctWord(t, k) || t.low[k] === 'of';
}

// A word that opens an adjunct of time, place or medium after the verb. "this", "last" and
// "next" do only before a time noun ("said this week", "said last Friday"); otherwise they open
// the reported clause ("believe this provides …", "says this plan …").
function adjunctWord(t: Tokens, j: number): boolean {
  const w = t.low[j]!;
  if (!PREPOSITIONS.has(w)) return false;
  if (w !== 'this' && w !== 'last' && w !== 'next') return true;
  const x = t.low[j + 1] === 'past' ? j + 2 : j + 1;
  const next = t.low[x] ?? '';
  return TIME_NOUNS.has(next) || MONTHS_DAYS.has(next) || TIME_NOUNS.has(next.replace(/s$/, ''));
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

