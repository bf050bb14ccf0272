// The person a definite description takes up ("le joueur", "l'attaquant", "il 45enne", "le Néo-Zélandais",
// "il magistrato") when the article never named anyone with its very words: the one person named before it
// who fits — of its gender, of its kind of role, of its age or its nationality. News writing takes up a
// person already introduced; it does not introduce someone new with "the". When several fit, no one: a
// wrong speaker is worse than none.
import type { LanguagePack } from '../../lang/pack.ts';
import type { Persons } from './persons.ts';

/** A definite description in a speech tag, as the reader took it apart. */
export interface Description {
  /** Its role word, demonym or age word, lower case ("attaquant", "néo-zélandais", "45enne"). */
  word: string;
  gender: 'm' | 'f' | null;
  /** An office (the minister, the mayor: only someone named with a role of its kind), a person by what they do (the
   * player, the novelist: also someone named with no role), a nationality or an age (anyone of that gender). */
  kind: 'office' | 'descriptive' | 'demonym' | 'age';
  /** Capitalised complement words that name the office ("il presidente del Senato" → senato): one named for another
   * office of that word is someone else. */
  office: readonly string[];
}

/** What a description word is: an age, a person by what they do, or an office. */
export function descriptionKind(pack: LanguagePack, word: string): Description['kind'] {
  if (pack.ageWord.test(word)) return 'age';
  return pack.descriptiveRoles.has(word) ? 'descriptive' : 'office';
}

/** Whether a person fits a description: gender, then kind of role. */
export function fits(persons: Persons, pack: LanguagePack, d: Description, name: string): boolean {
  const g = persons.personGender(name);
  if (d.gender && g && g !== d.gender) return false;
  // (roles only: a nationality noted beside the name, "el noruego X", is none)
  const roles = persons.rolesOf(name).filter((r) => persons.roleWord(r));
  if (d.kind === 'demonym' || d.kind === 'age') return true;
  if (!roles.length) return d.kind === 'descriptive';
  if (roles.includes(d.word)) return !(d.office.length && persons.otherOffice(name, d.word, d.office));
  return pack.roleKinds.length > 0 && persons.roleFits(d.word, name) && !(d.office.length && persons.otherOffice(name, d.word, d.office));
}

/** The person a description takes up at `at`: the one introduced with its age or nationality ("Fabio Salvetti, 45 anni"
 * for "il 45enne"), else `recent` (the person spoken of last, when the reader found no one else named in the sentence)
 * if they fit, else the only person named before who fits; 'unsure' when several do; null when none does (then the
 * description names someone the article does not). */
export function takenUp(persons: Persons, pack: LanguagePack, d: Description, at: number, recent: string | null): string | 'unsure' | null {
  const found = persons.namedBefore(at).filter((n) => fits(persons, pack, d, n));
  let marked: string[] = [];
  if (d.kind === 'age') {
    // "il 45enne" is the one given 45 years; else the person spoken of last, when not given another age ("la sexagénaire"
    // after a woman quoted with no age); never a guess among all
    const years = /^(\d{1,3})/.exec(d.word);
    const n = years ? Number(years[1]) : null;
    marked = n === null ? [] : found.filter((x) => persons.ageOf(x) === n);
    if (marked.length) return marked.length === 1 ? marked[0]! : 'unsure';
    return recent && fits(persons, pack, d, recent) && (n === null || persons.ageOf(recent) === undefined) ? recent : null;
  }
  // "le Néo-Zélandais" is the one introduced as "néo-zélandais" when there is one
  if (d.kind === 'demonym') marked = found.filter((x) => [...persons.wordsBefore(x)].some((w) => sameDemonym(w, d.word)));
  if (marked.length) return marked.length === 1 ? marked[0]! : 'unsure';
  if (recent && fits(persons, pack, d, recent)) return recent;
  if (found.length === 1) return found[0]!;
  return found.length ? 'unsure' : null;
}

/** Whether two words are one adjective of nationality or place in its forms ("néo-zélandais" / "néo-zélandaise",
 * "ivoirien" / "ivoirienne", "brasiliano" / "brasiliana"). */
export function sameDemonym(a: string, b: string): boolean {
  const x = a.toLowerCase().replace(/[oaie]$/, '');
  const y = b.toLowerCase().replace(/[oaie]$/, '');
  if (Math.min(x.length, y.length) < 4) return false;
  const [s, l] = x.length <= y.length ? [x, y] : [y, x];
  return l.startsWith(s) && l.length - s.length <= 3;
}
