// Polish names under inflection: "Putina", "Putinowi", "Putinem" → Putin; "Jana Kowalskiego",
// "Annie Nowak", "Władysławem Kosiniakiem-Kamyszem" → the nominative. A surname alone has several
// readings (its bases); a full name opening with a known given name has one: the given name's
// ending tells the case and the gender, and the surname is put back in the nominative from them.
import { GIVEN_FEMALE, GIVEN_MALE } from './lexicon/words.ts';

/** Case endings of names and what the nominative ends in instead ("Putinowi" → "Putin", "Kowalskiego" →
 * "Kowalski", "Dudy" → "Duda"), the longest ending last: the last base is the likeliest. */
const ENDINGS: [string, string][] = ([
  ['owi', ''], ['iem', ''], ['em', ''], ['ie', ''], ['u', ''], ['a', ''], ['iego', 'i'], ['ego', 'y'], ['iemu', 'i'],
  ['emu', 'y'], ['im', 'i'], ['ym', 'y'], ['iej', 'a'], ['ej', 'a'], ['ą', 'a'], ['y', 'a'], ['i', 'a'],
] as [string, string][]).sort((a, b) => a[0].length - b[0].length);

/** The base forms a single name may have, the word itself first. */
export function nameBases(w: string): string[] {
  const out = [w];
  for (const [end, nom] of ENDINGS) if (w.length > end.length + 2 && w.endsWith(end)) out.push(w.slice(0, -end.length) + nom);
  return out;
}

type Case = 'nom' | 'gen' | 'dat' | 'acc' | 'ins' | 'loc';

const MALE = new Set(GIVEN_MALE);
const FEMALE = new Set(GIVEN_FEMALE);

/** A given name's endings by case, and what the nominative has instead. Men: Jan, Jana, Janowi, Janem, Janie;
 * Paweł, Pawła (a fleeting e: "pawł" + "a"); Piotr, Piotrze. Women: Anna, Anny, Annie, Annę, Anną; Agnieszki,
 * Agnieszce; Marta, Marcie; Olga, Oldze; Maria, Marii. */
const MALE_ENDINGS: [string, Case, string][] = [
  ['owi', 'dat', ''], ['em', 'ins', ''], ['iem', 'ins', ''], ['a', 'gen', ''], ['rze', 'loc', 'r'], ['ie', 'loc', ''], ['u', 'loc', ''],
];
const FEMALE_ENDINGS: [string, Case, string][] = [
  ['y', 'gen', 'a'], ['i', 'gen', 'a'], ['ii', 'gen', 'ia'], ['ji', 'gen', 'ja'], ['ie', 'dat', 'a'], ['ce', 'dat', 'ka'],
  ['dze', 'dat', 'ga'], ['cie', 'dat', 'ta'], ['dzie', 'dat', 'da'], ['rze', 'dat', 'ra'], ['le', 'dat', 'ła'], ['ę', 'acc', 'a'], ['ą', 'ins', 'a'],
];

/** The nominative of a given name in lower case and the case and gender its ending says, or null when it is no known given name. */
function givenCase(low: string): { case: Case; gender: 'm' | 'f' } | null {
  if (MALE.has(low)) return { case: 'nom', gender: 'm' };
  if (FEMALE.has(low)) return { case: 'nom', gender: 'f' };
  for (const [end, c, nom] of MALE_ENDINGS) {
    if (!low.endsWith(end) || low.length < end.length + 2) continue;
    const stem = low.slice(0, -end.length) + nom;
    // (a fleeting e: "pawł" → "paweł", "mark" → "marek", "jack" → "jacek")
    const fleeting = stem.length >= 3 ? stem.slice(0, -1) + 'e' + stem.slice(-1) : '';
    if (MALE.has(stem) || MALE.has(fleeting)) return { case: c, gender: 'm' };
  }
  for (const [end, c, nom] of FEMALE_ENDINGS) {
    if (!low.endsWith(end) || low.length < end.length + 2) continue;
    if (FEMALE.has(low.slice(0, -end.length) + nom)) return { case: c, gender: 'f' };
  }
  return null;
}

/** What a given name is in the nominative, with its capital ("Pawła" → "Paweł"), or the word when unknown. */
function givenNominative(word: string): string {
  const low = word.toLowerCase();
  if (MALE.has(low) || FEMALE.has(low)) return word;
  const cap = (s: string) => word[0]! + s.slice(1);
  for (const [end, , nom] of MALE_ENDINGS) {
    if (!low.endsWith(end) || low.length < end.length + 2) continue;
    const stem = low.slice(0, -end.length) + nom;
    if (MALE.has(stem)) return cap(stem);
    const fleeting = stem.length >= 3 ? stem.slice(0, -1) + 'e' + stem.slice(-1) : '';
    if (MALE.has(fleeting)) return cap(fleeting);
  }
  for (const [end, , nom] of FEMALE_ENDINGS) {
    if (!low.endsWith(end) || low.length < end.length + 2) continue;
    const stem = low.slice(0, -end.length) + nom;
    if (FEMALE.has(stem)) return cap(stem);
  }
  return word;
}

/** Surname endings by gender and case, and the nominative's instead (the longest that fits is used). A woman's
 * surname that does not end like an adjective or in -a (Nowak, Szydło) does not change. */
const SURNAME: Record<'m' | 'f', Partial<Record<Case, [string, string][]>>> = {
  m: {
    gen: [['skiego', 'ski'], ['ckiego', 'cki'], ['dzkiego', 'dzki'], ['iego', 'i'], ['ego', 'y'], ['y', 'a'], ['i', 'a'], ['a', '']],
    dat: [['skiemu', 'ski'], ['ckiemu', 'cki'], ['iemu', 'i'], ['emu', 'y'], ['owi', '']],
    ins: [['skim', 'ski'], ['ckim', 'cki'], ['im', 'i'], ['ym', 'y'], ['iem', ''], ['em', ''], ['ą', 'a']],
    loc: [['skim', 'ski'], ['ckim', 'cki'], ['im', 'i'], ['ym', 'y'], ['u', '']],
  },
  f: {
    gen: [['skiej', 'ska'], ['ckiej', 'cka'], ['dzkiej', 'dzka'], ['iej', 'ia'], ['ej', 'a'], ['y', 'a']],
    dat: [['skiej', 'ska'], ['ckiej', 'cka'], ['dzkiej', 'dzka'], ['ej', 'a']],
    acc: [['ską', 'ska'], ['cką', 'cka'], ['dzką', 'dzka'], ['ą', 'a'], ['ę', 'a']],
    ins: [['ską', 'ska'], ['cką', 'cka'], ['dzką', 'dzka'], ['ą', 'a']],
  },
};

function surnameNominative(word: string, gender: 'm' | 'f', c: Case): string {
  // "Kosiniaka-Kamysza", "Kidawy-Błońskiej": each part
  if (word.includes('-')) return word.split('-').map((p) => surnameNominative(p, gender, c)).join('-');
  const low = word.toLowerCase();
  for (const [end, nom] of SURNAME[gender][c] ?? []) {
    if (low.endsWith(end) && low.length >= end.length + 3) return word.slice(0, word.length - end.length) + nom;
  }
  return word;
}

/** The words of a full name in the nominative, when it opens with a known given name in another case ("Jana
 * Kowalskiego" → Jan Kowalski, "Annę Nowak" → Anna Nowak); null when the name is in the nominative or unsure. */
export function nominative(words: readonly string[]): string[] | null {
  if (words.length < 2) return null;
  const first = givenCase(words[0]!.toLowerCase());
  if (!first || first.case === 'nom') return null;
  const out = [...words];
  // the given names (one or two), then particles ("von der") as written, then the surname
  let k = 0;
  while (k < out.length - 1 && givenCase(out[k]!.toLowerCase())) {
    out[k] = givenNominative(out[k]!);
    k++;
  }
  const last = out.length - 1;
  out[last] = surnameNominative(out[last]!, first.gender, first.case);
  return out;
}
