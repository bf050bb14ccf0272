// Noun phrases read off tokens without a tagger: a run of words with no conjunction,
// preposition (except of/for, which live inside titles: Secretary of State, spokesman for
// the campaign), auxiliary or cue verb in it.
import type { Tokens } from '../text/tokens.ts';
import { CUE_FORMS } from '../locales/en/lexicon/cue-lexicon.ts';
import { ANONYMOUS_NOUNS, GROUP_NOUNS } from '../locales/en/lexicon/source-nouns.ts';
import { AUXILIARIES, DETERMINERS, MONTHS_DAYS, NOMINAL_PARTICIPLES, NP_BOUNDARY, PRONOUNS, TRUE_PREPOSITIONS } from '../locales/en/lexicon/word-classes.ts';

const MAX = 12;
const CLOSE_TO = new Set(['familiar', 'close', 'briefed', 'knowledgeable', 'loyal', 'allied', 'opposed', 'sympathetic', 'connected']);
const INNER = new Set(['of', 'for']);
const LEAD = new Set(['but', 'and', 'so', 'yet', 'however', 'still', 'meanwhile', 'now', 'then', 'also', 'or', 'even', 'instead', 'indeed']);

function stops(t: Tokens, x: number): boolean {
  if (!t.word[x]) return t.raw[x] !== '&';
  const w = t.low[x]!;
  if (INNER.has(w)) return false;
  if (NP_BOUNDARY.has(w) || AUXILIARIES.has(w) || MONTHS_DAYS.has(w)) return true;
  const cue = CUE_FORMS.get(w);
  if (cue && (cue.form === 'past' || cue.form === 'ing') && !t.cap[x] && !nominalParticiple(t, x)) return true;
  return false;
}

/** "the accused": a participle that is a noun after a determiner. */
export function nominalParticiple(t: Tokens, x: number): boolean {
  return NOMINAL_PARTICIPLES.has(t.low[x]!) && x > 0 && DETERMINERS.has(t.low[x - 1]!);
}

/** The noun phrase ending at token end, as [first, last], or null. */
export function nounPhraseLeft(t: Tokens, end: number): [number, number] | null {
  let e = end;
  if (t.raw[e] === ')') {
    // "Sen. Lindsey Graham (R-SC) said"
    let k = e - 1;
    while (k >= 0 && k > e - 8 && t.raw[k] !== '(') k--;
    if (k <= 0 || t.raw[k] !== '(') return null;
    const inner = nounPhraseLeft(t, k - 1);
    return inner ? [inner[0], end] : null;
  }
  if (!t.word[e]) return null;
  const w = t.low[e]!;
  if (PRONOUNS.has(w)) return [e, e];
  if (stops(t, e) || INNER.has(w)) return null;
  let j = e;
  while (j - 1 >= 0 && end - (j - 1) < MAX) {
    const x = j - 1;
    const lx = t.low[x]!;
    if (lx === 'and' && x - 1 >= 0 && t.cap[x - 1] && t.cap[j]) {
      j = x;
      continue;
    }
    // "people familiar with the talks", "a source close to the campaign"
    if ((lx === 'with' || lx === 'to' || lx === 'on' || lx === 'about') && x - 1 >= 0 && CLOSE_TO.has(t.low[x - 1]!)) {
      j = x;
      continue;
    }
    // "one person said": before a noun, "one" is a numeral, not a pronoun
    if ((PRONOUNS.has(lx) && lx !== 'one') || stops(t, x)) break;
    j = x;
    if (lx === 'one') break;
  }
  while (j < e && (INNER.has(t.low[j]!) || t.low[j] === 'and')) j++;
  // "Marine insurers in London said": a name after in/from/at that follows a plural common noun
  // only places that noun; the subject is the noun phrase it modifies
  if (j >= 2 && LOCATING.has(t.low[j - 1]!) && allNames(t, j, e) && pluralNoun(t, j - 2)) {
    const head = nounPhraseLeft(t, j - 2);
    if (head) return [head[0], e];
  }
  return [j, e];
}

const LOCATING = new Set(['in', 'from', 'at', 'on']);

function allNames(t: Tokens, a: number, b: number): boolean {
  for (let k = a; k <= b; k++) if (!t.word[k] || !t.cap[k]) return false;
  return true;
}

// A plural common noun ("insurers", "Residents" opening the sentence), not a verb or function word.
function pluralNoun(t: Tokens, x: number): boolean {
  const w = t.low[x]!;
  if (!t.word[x] || (t.cap[x] && x > 0 && t.word[x - 1]) || w.length < 4 || PRONOUNS.has(w) || stops(t, x) || CUE_FORMS.has(w)) return false;
  return GROUP_NOUNS.has(w) || ANONYMOUS_NOUNS.has(w) || /[^s]s$/.test(w);
}

/** The noun phrase starting at token start, as [first, last], or null. */
export function nounPhraseRight(t: Tokens, start: number): [number, number] | null {
  const n = t.length;
  let j = start;
  if (j >= n || !t.word[j]) return null;
  const w = t.low[j]!;
  if (PRONOUNS.has(w) && w !== 'who' && w !== 'which') return [j, j];
  if (stops(t, j) && !(w === 'the' || w === 'a')) return null;
  let e = j;
  while (e + 1 < n && e + 1 - start < MAX) {
    const x = e + 1;
    const lx = t.low[x]!;
    if (lx === 'and' && t.cap[x + 1] && t.cap[e]) {
      e = x;
      continue;
    }
    if (t.raw[x] === '(' ) break;
    // "people familiar with the matter", "a source close to the campaign": the adjective's
    // complement stays in the noun phrase
    if ((lx === 'with' || lx === 'to' || lx === 'on' || lx === 'about') && CLOSE_TO.has(t.low[e]!) && x + 1 < n && t.word[x + 1]) {
      e = x;
      continue;
    }
    if (lx === 'who' || lx === 'which' || stops(t, x)) break;
    // "Rubio flipped his choice": a lowercase -ed word right after a name is its verb
    if (t.cap[e] && !t.poss[e] && t.word[x] && !t.cap[x] && lx.length > 4 && lx.endsWith('ed')) break;
    e = x;
  }
  while (e > j && (INNER.has(t.low[e]!) || t.low[e] === 'and')) e--;
  return [j, e];
}

/** The subject at the start of the sentence, before token limit: "Clinton, on Friday, visited". */
export function sentenceSubject(t: Tokens, limit: number): [number, number] | null {
  let j = 0;
  // a dateline ("WASHINGTON (AFP) –", "Paris, France —") is no part of the sentence
  for (let k = 1; k < Math.min(limit, 7); k++) {
    const r = t.raw[k]!;
    if (r !== '–' && r !== '—' && r !== '-') continue;
    let line = true;
    for (let m = 0; m < k; m++) if (t.word[m] && !t.cap[m]) line = false;
    if (line) j = k + 1;
    break;
  }
  while (j < limit && (!t.word[j] || LEAD.has(t.low[j]!))) j++;
  // a short introductory phrase ending in a comma: "On Thursday, Clinton …"
  // (one that opens with a preposition may run longer: "In the spin room after the debate, …")
  const opensWithPreposition = TRUE_PREPOSITIONS.has(t.low[j] ?? '');
  const reach = opensWithPreposition ? 10 : 7;
  for (let k = j; k < Math.min(limit, j + reach); k++) {
    if (t.raw[k] === ',' && !inNumber(t, k)) {
      j = k + 1;
      break;
    }
  }
  // the phrase may go on past its comma: a state after a city, then a time ("At an event in
  // Ames, Iowa, on Sunday, Clinton …")
  for (let guard = 0; opensWithPreposition && guard < 2 && j < limit; guard++) {
    let e = j;
    while (e < limit && t.word[e] && t.cap[e] && e - j < 3) e++;
    if (e === j || t.raw[e] !== ',' || !(TRUE_PREPOSITIONS.has(t.low[e + 1] ?? '') || MONTHS_DAYS.has(t.low[e + 1] ?? ''))) break;
    let c = e + 1;
    while (c < limit && c - e < 6 && t.word[c]) c++;
    if (t.raw[c] !== ',') break;
    j = c + 1;
  }
  if (j >= limit) return null;
  const np = nounPhraseRight(t, j);
  if (!np || np[1] >= limit) return null;
  return np;
}

// Whether the comma at token k groups the digits of a number ("2,000 supporters").
function inNumber(t: Tokens, k: number): boolean {
  return k > 0 && t.end[k - 1] === t.start[k] && t.start[k + 1] === t.end[k] && /^\d+$/.test(t.raw[k - 1]!) && /^\d{3}/.test(t.raw[k + 1] ?? '');
}
