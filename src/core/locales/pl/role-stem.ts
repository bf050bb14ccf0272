// Role nouns under inflection (Polish): "burmistrza", "burmistrzowi" and "burmistrz" are one role, as are "ministra"
// and "minister" (a fleeting e), "prezesa" and "prezes". A description in the nominative takes up the person named
// with the role in another case ("proces byłego burmistrza X … Były burmistrz nie przyznał się").
import { ROLE_CASE_ENDINGS } from './lexicon/words.ts';

const CASE_ENDINGS = [...ROLE_CASE_ENDINGS].sort((a, b) => b.length - a.length);

/** The stem of a role noun: without a case ending, and without the fleeting e of its last syllable. */
export function roleStem(low: string): string {
  let w = low;
  for (const e of CASE_ENDINGS) if (w.length - e.length >= 4 && w.endsWith(e)) { w = w.slice(0, -e.length); break; }
  return w.replace(/e([bcćdfghjklłmnńprsśtwzźż])$/, '$1');
}

/** Whether two role nouns are one role in different cases. */
export function sameRole(a: string, b: string): boolean {
  return a === b || roleStem(a) === roleStem(b);
}
