// The people an article in a packed language names: full names found anywhere in it ("Angela
// Merkel", "Donalda Tuska" → "Donald Tusk"), so that a surname alone, an inflected form or a
// title can be taken back to the person. Entities are made only for the people and bodies that
// speak, and for known leaders.
import type { Entity, EntityType, Span } from '../../types.ts';
import type { LanguagePack, TitleEntry } from '../../lang/pack.ts';
import type { Tokens } from '../../text/tokens.ts';
import { leaderTerms, soloNames } from '../../knowledge/leaders.ts';
import { genderOfGivenName } from '../en/lexicon/given-names.ts';
import { byFirstWord, perPack, remembered } from './per-pack.ts';
import { roleStem, sameRole } from '../pl/role-stem.ts';
import { formatRole, knownRole, isLeaderOffice, officeHolder } from '../../entities/leader-knowledge.ts';

/** German nouns by their endings: a capital with one of these is a common noun, not a name. */
const NOUN_ENDINGS = /(?:ung|heit|keit|schaft|tion|sion|ität|ismus|chen|nis|tum)$/;

let leaderNames: Map<string, string> | null = null;
/** Every known leader's name and alias (lower case) → the name. */
function leadersByName(): Map<string, string> {
  if (leaderNames) return leaderNames;
  leaderNames = new Map();
  for (const t of leaderTerms()) {
    leaderNames.set(t.name.toLowerCase(), t.name);
    for (const a of t.aliases) leaderNames.set(a.toLowerCase(), t.name);
  }
  return leaderNames;
}
let solo: Map<string, string> | null = null;

/** A word without its elided article or preposition ("l'institut" → "institut", "dell'economia" → "economia"). */
export function unelided(low: string): string {
  const m = /^[a-zà-ü]{1,5}'(.+)$/.exec(low);
  return m ? m[1]! : low;
}

export class Persons {
  /** First word of a full name (lower case) → the full names it opens: "Marcelo" alone is Marcelo Rebelo de Sousa. */
  private byFirst = new Map<string, Set<string>>();
  /** Surname (a base form, lower case) → the full names seen with it. */
  private bySurname = new Map<string, Set<string>>();
  /** Role word (lower case) → the full names it was written next to ("Umweltministerin Steffi Lemke"), with where. */
  private byRole = new Map<string, { name: string; at: number; words?: string }[]>();
  /** Office and country → the people the article names with that title, with where. */
  private byOffice = new Map<string, { name: string; at: number }[]>();
  private entities = new Map<string, Entity>();
  private list: Entity[] = [];

  constructor(private pack: LanguagePack, private published: string | null) {
    this.titlesByFirst = titlesByFirst(pack);
    this.roleWords = roleWordsOf(pack);
    this.bodyWords = bodyWordsOf(pack);
  }

  /** The pack's titles by their first word, in the pack's order (titleAt tries only those that can match). */
  private readonly titlesByFirst: ReadonlyMap<string, readonly { item: TitleEntry; words: string[] }[]>;
  /** roleWord's and bodyWord's answers: they depend only on the word and the pack, and each tries every
   * role noun or body word of the pack (German compounds by their ending). */
  private readonly roleWords: Map<string, boolean>;
  private readonly bodyWords: Map<string, boolean>;

  /** Whether token k can be part of a name. */
  nameToken(t: Tokens, k: number): boolean {
    if (!t.word[k] || !t.cap[k] || /\d/.test(t.raw[k]!)) return false;
    const low = t.low[k]!;
    const p = this.pack;
    // (a vague head is a name's after its particles: "Juan Ramón de la Fuente")
    const afterParticle = k > 1 && p.nameParticles.has(t.low[k - 1]!) && !t.cap[k - 1] && (t.cap[k - 2] || (k > 2 && p.nameParticles.has(t.low[k - 2]!) && t.cap[k - 3]));
    // (a preposition with a capital inside a name: "Massimo Dalla Torre", "Luca Della Valle")
    const midName = !p.capitalisedNouns && k > 0 && !!t.word[k - 1] && !!t.cap[k - 1] && !p.stopwords.has(t.low[k - 1]!) && !!t.word[k + 1] && !!t.cap[k + 1]
      && !p.stopwords.has(t.low[k + 1] ?? '') && (p.nameParticles.has(low) || p.genitiveLinks.has(low) || p.articlePrepositions.includes(low));
    if ((p.stopwords.has(low) && !midName) || p.institutions.has(low) || p.determiners.has(low) || p.pronouns.has(low) || (p.vagueHeads.has(low) && !afterParticle) || p.cueVerbs.has(low)) return false;
    // (a capitalised role word after a name's first part is the name's: "Bruno Le Maire")
    const inName = !p.capitalisedNouns && k > 0 && t.word[k - 1] && t.cap[k - 1] && !p.stopwords.has(t.low[k - 1]!) || (k > 1 && p.nameParticles.has(t.low[k - 1]!) && t.cap[k - 1] && t.cap[k - 2]);
    if (!inName && (this.roleWord(low) || this.titleAt(t, k))) return false;
    if (t.raw[k] === t.raw[k]!.toUpperCase() && t.raw[k]!.length > 1) return false; // NATO, EU: a body, named as such elsewhere
    return true;
  }

  /** Whether the role word at k is an ordinal adjective before its noun ("au premier tour, X", "en première ligne, X"):
   * no role of the name after the comma. */
  private adverbialWord(t: Tokens, k: number): boolean {
    if (!this.pack.ordinalRoles.has(t.low[k]!)) return false;
    const next = t.low[k + 1];
    return !!next && !!t.word[k + 1] && !t.cap[k + 1] && !this.roleWord(next) && !this.pack.genitiveLinks.has(next) && !this.pack.stopwords.has(next);
  }

  /** The gender a description beside a name says ("Klubobfrau Sigrid Maurer", "Anna Weber, Sprecherin"), by name. */
  private described = new Map<string, 'm' | 'f' | null>();

  private noteGender(name: string, determiner: string | null, head: string): void {
    const g = this.pack.descriptionGender(determiner && this.pack.determiners.has(determiner) ? determiner : null, head);
    if (!g) return;
    // (two descriptions of both genders: unsure)
    const had = this.described.get(name);
    this.described.set(name, had === undefined || had === g ? g : null);
  }

  /** The gender of a person by name: their given name's, else what a description beside the name said. */
  personGender(name: string): 'm' | 'f' | undefined {
    const words = name.split(' ');
    return this.gender(words[0]!.toLowerCase()) ?? this.described.get(name) ?? (words.length === 1 ? this.described.get(this.resolveName(words) ?? '') : undefined) ?? undefined;
  }

  /** The gender of a given name (lower case): the pack's own names first, then the English list. */
  gender(low: string): 'm' | 'f' | undefined {
    return this.pack.givenNames[low] ?? genderOfGivenName(low);
  }

  /** Whether a lower-case word heads the name of a body (Institut, Instytutu, ministère, Landesamts): the
   * pack's body words as beginnings (short ones whole), or, for German compounds, a body ending (past a genitive s). */
  bodyWord(low: string): boolean {
    return remembered(this.bodyWords, low, () => this.bodyWordOf(low));
  }

  private bodyWordOf(low: string): boolean {
    const w = unelided(low);
    for (const b of this.pack.bodyWords) if (w === b || (b.length >= 5 && w.startsWith(b))) return true;
    if (!this.pack.bodyEndings.length) return false;
    const bases = [w, w.replace(/e?s$/, '')];
    return bases.some((x) => this.pack.bodyEndings.some((e) => x.endsWith(e)));
  }

  /** Whether a lower-case word is a role noun of the pack (Sprecher, Ministerin, porte-parole), whole or as a German compound's head. */
  roleWord(low: string): boolean {
    return remembered(this.roleWords, low, () => this.roleWordOf(low));
  }

  private roleWordOf(low: string): boolean {
    if (this.pack.roleNouns.has(low)) return true;
    // a former one: "o ex-lateral", "l'ex-ministre", "der Ex-Kanzler"
    if (low.startsWith('ex-') && low.length > 5 && this.roleWord(low.slice(3))) return true;
    // "l'élu", "l'économiste", "dell'assessore"
    if (unelided(low) !== low) return this.roleWord(unelided(low));
    // "die 54-Jährige", "le quinquagénaire": an age describes a person
    if (this.pack.ageWord.test(low)) return true;
    // "die Liebhaberin", "die Prokuristin": a noun of a person by its ending (not a given name: Severin)
    if (this.pack.personNoun?.test(low) && this.gender(low) === undefined) return true;
    // (a role noun in another case: "burmistrza", "prezesowi", "kapitanem")
    if (this.pack.inflectsNames && low.length >= 5) {
      const stem = roleStem(low);
      if (stem !== low && stem.length >= 4) for (const r of this.pack.roleNouns) if (roleStem(r) === stem) return true;
    }
    if (!this.pack.capitalisedNouns) return false;
    for (const r of this.pack.roleNouns) if (r.length >= 4 && low.length > r.length && low.endsWith(r)) return true;
    return false;
  }

  /** A title of office starting at token k, with its last token index. */
  titleAt(t: Tokens, k: number): { office: string; country: string | null; end: number } | null {
    for (const { item: title, words } of this.titlesByFirst.get(t.low[k] ?? '') ?? []) {
      let ok = true;
      for (let w = 0; w < words.length && ok; w++) ok = t.low[k + w] === words[w];
      if (!ok) continue;
      let country = title.country ?? null;
      // "der russische Präsident", "le président russe"
      const before = this.pack.countryAdjectives[t.low[k - 1] ?? ''];
      const after = this.pack.countryAdjectives[t.low[k + words.length] ?? ''];
      if (!country) country = before ?? after ?? (title.needsCountry ? null : this.articleCountry(title.office));
      const end = k + words.length - 1 + (after && !before ? 1 : 0);
      if (!title.country && !before && !after) {
        // "der Kanzler der Universität", "le président du club", "prezydent miasta": an office of something else
        if (this.complementAt(t, end + 1)) return null;
        // "der bayerische Ministerpräsident", "le Premier ministre québécois": a place the pack does not know
        const place = (j: number) => !!this.pack.placeAdjective && !!t.word[j] && !t.cap[j] && this.pack.placeAdjective.test(t.low[j]!) && !this.pack.stopwords.has(t.low[j]!) && !this.pack.cueVerbs.has(t.low[j]!);
        if (place(k - 1) || place(end + 1)) country = null;
      }
      // "der frühere Kanzler", "l'ancien président", "były premier": not the officeholder of the day
      if (this.pack.formerWords.has(t.low[k - 1] ?? '') || this.pack.formerWords.has(unelided(t.low[k - 1] ?? ''))) country = null;
      return { office: title.office, country, end };
    }
    return null;
  }

  /** The country a bare title refers to: the pack's own, unless the article names holders of that office only for one
   * other country ("le Premier ministre belge, X" … "le Premier ministre": Belgium's), or with a place the pack does
   * not know (null: the one named, no officeholder of the day). */
  private articleCountry(office: string): string | null {
    const own = this.pack.country;
    if (this.byOffice.has(`${office}|${own ?? ''}`)) return own;
    let other: string | undefined;
    for (const key of this.byOffice.keys()) {
      const [o, c] = key.split('|');
      if (o !== office) continue;
      if (other !== undefined && other !== c) return own;
      other = c;
    }
    return other === undefined ? own : other || null;
  }

  /** Whether a complement of a noun starts at token j: a genitive link ("der", "du", "della", "d'Ontario"), or in
   * Polish a bare word in the genitive that is no name of a person and no small word ("prezydent miasta", "premier Bawarii"). */
  complementAt(t: Tokens, j: number): boolean {
    const w = t.low[j];
    if (!w || !t.word[j]) return false;
    if (this.pack.genitiveLinks.has(w)) return true;
    if (unelided(w) !== w && this.pack.genitiveLinks.has(w.slice(0, w.length - unelided(w).length))) return true;
    if (/^d'/.test(w) && this.pack.genitiveLinks.has('de')) return true;
    if (!this.pack.bareGenitive) return false;
    const p = this.pack;
    if (p.stopwords.has(w) || p.auxiliaries.has(w) || p.cueVerbs.has(w) || p.determiners.has(w) || p.pronouns.has(w) || p.subordinators.has(w)) return false;
    if (p.countryAdjectives[w] || this.roleWord(w)) return false;
    if (t.cap[j]) {
      // a person's name: a given name, a leader, a surname the article gives in full
      solo ??= soloNames();
      if (this.gender(w) !== undefined || leadersByName().has(w) || p.nameBases(t.raw[j]!).some((b) => solo!.has(b.toLowerCase()) || leadersByName().has(b.toLowerCase()) || this.bySurname.has(b.toLowerCase()))) return false;
      return true;
    }
    return true;
  }

  /** A small word inside a name (von, da, "Le" of Le Maire); a lower-case article only after another particle (von der Leyen). */
  particleAt(t: Tokens, k: number): boolean {
    const w = t.low[k];
    if (!w || !this.pack.nameParticles.has(w)) return false;
    // ("Vodanovic y Edwards", "Ana López y Pedro Gómez": a coordinator before a given name or a surname already
    // known joins two people, not the parts of one name as in "Ortega y Gasset")
    if (this.pack.coordinators.has(w) && t.low[k + 1] && (this.gender(t.low[k + 1]!) !== undefined || this.bySurname.has(t.low[k + 1]!))) return false;
    return !this.pack.definiteArticles.includes(w) || t.cap[k]! || this.pack.nameParticles.has(t.low[k - 1] ?? '');
  }

  /** Where a person's name starts in a run of capitals after a role (Polish "trener Legii Goncalo Feio", "rzecznik
   * Kremla Dmitrij Pieskow"): past the leading words in a genitive ending that are no given name, while two words are
   * left; k itself when the pack has no bare genitive or the run does not follow a role. */
  nameAfterComplement(t: Tokens, k: number, e: number): number {
    if (!this.pack.bareGenitive || e - k < 2 || !(this.roleWord(t.low[k - 1] ?? '') || this.titleAt(t, k - 1))) return k;
    let s = k;
    while (e - s >= 2 && this.gender(t.low[s]!) === undefined && /(?:ii|i|y|u|a|ej|iej|ego|ów)$/.test(t.low[s]!)) s++;
    // ("ekonomista Banku Pekao Ernest Pytlarczyk": a complement not in the genitive's endings; with no given name known,
    // the name is the last two words)
    if (e - s >= 2) {
      let given = false;
      for (let j = s; j <= e && !given; j++) given = this.gender(t.low[j]!) !== undefined || this.pack.nominative(t.raw.slice(j, j + 2)) !== null;
      if (!given) s = e - 1;
    }
    return s;
  }

  /** Reads the names in a run of tokens (a paragraph), remembering full names and the roles beside them. */
  learn(t: Tokens): void {
    for (let k = 0; k < t.length; k++) {
      if (!this.nameToken(t, k)) continue;
      let e = k;
      // (one or two small words inside: "da Silva", "de la Fuente", "van der Bellen")
      while (e + 1 < t.length && (this.nameToken(t, e + 1) || (this.particleAt(t, e + 1) && (this.nameToken(t, e + 2) || (this.particleAt(t, e + 2) && this.nameToken(t, e + 3)))))) e++;
      // two particles: "Ursula von der Leyen"
      while (this.particleAt(t, e + 1) && this.particleAt(t, e + 2) && this.nameToken(t, e + 3)) e += 3;
      // "trener Legii Goncalo Feio": past the role's complement
      k = this.nameAfterComplement(t, k, e);
      // a run that starts with another capital ("Neben Maria Keller", "prezes Krajowej Rady Marek Zieliński") starts at its given name
      // (or a given name in another case: "burmistrza Będzina Łukasza Komoniewskiego")
      if (this.gender(t.low[k]!) === undefined && this.pack.nominative(t.raw.slice(k, k + 2)) === null) {
        for (let j = k + 1; j < e; j++) if (this.gender(t.low[j]!) !== undefined || this.pack.nominative(t.raw.slice(j, j + 2)) !== null) { k = j; break; }
      }
      // a run headed by a body's word ("Fondo Monetario Internacional", "Instituto Nacional") is no person's name
      if (this.bodyWord(t.low[k]!) && this.gender(t.low[k]!) === undefined) { k = e; continue; }
      const runEnd = e;
      // a broadcaster's name of two capitals ("Polsat News", "Radio Zet") is no person's
      if (this.pack.hearers.has(t.low.slice(k, e + 1).join(' '))) { k = e; continue; }
      // (Polish: nor the complement of a role before an acronym and a name, "analityk Domu Maklerskiego BOŚ Sobiesław Kozłowski")
      if (this.pack.bareGenitive && this.complementBeforeAcronym(t, k, e)) { k = e; continue; }
      // (Polish: nor a run opened by an adjective, "Złote Lwy", "Polskie Sieci", "Wielkiej Orkiestry", when it is no given name)
      if (this.pack.bareGenitive && this.gender(t.low[k]!) === undefined && /(?:[^i]e|ie|ej|ego|ych|ymi)$/.test(t.low[k]!)) { k = e; continue; }
      e = this.nameEnd(t, k, e);
      // (a run that is the whole of a quotation is a title in marks, «Maré Cheia», "Tierra adentro": no one's name)
      if (k > 0 && /^["“«„‘]$/.test(t.raw[k - 1]!) && /^["”»“’]$/.test(t.raw[e + 1] ?? '')) { k = e; continue; }
      const words = [];
      for (let j = k; j <= e; j++) words.push(t.raw[j]!);
      const germanNoun = this.pack.capitalisedNouns && this.gender(t.low[k]!) === undefined && (this.pack.determiners.has(t.low[k - 1] ?? '') || (t.word[k - 1] && !t.cap[k - 1] && /e[nrms]?$/.test(t.low[k - 1]!)));
      const sentenceStart = k === 0 || /[.!?:„“"«»–—]/.test(t.raw[k - 1]!);
      // (in German every noun has a capital: a run is a name when it opens with a given name or
      // follows a title or a role: "Sogar Malariaparasiten" is none, "Forscherin Eliane Steinmeyer" is one)
      const named = !this.pack.capitalisedNouns || this.gender(t.low[k]!) !== undefined || this.roleWord(t.low[k - 1] ?? '') || !!this.titleAt(t, k - 1) || leadersByName().has(words.join(' ').toLowerCase()) || this.apposedAfterRole(t, k, e);
      // (one name alone after a role in small letters, in the languages whose press names people so, "o técnico Tite", "el
      // presidente Boric": a person known by one name)
      const mononym = e === k && this.pack.proDrop && !this.pack.inflectsNames && k > 0 && t.word[k - 1] && !t.cap[k - 1] && this.roleWord(t.low[k - 1]!)
        && !this.bodyWord(t.low[k]!) && !this.pack.institutions.has(t.low[k]!) && !/^["”»“’]$/.test(t.raw[k + 1] ?? '');
      if ((e > k || mononym) && named && !germanNoun && !(this.pack.capitalisedNouns && words.some((w) => NOUN_ENDINGS.test(w.toLowerCase())))) {
        const full = this.fullName(words);
        if (!(sentenceStart && this.pack.stopwords.has(words[0]!.toLowerCase()))) {
          for (const base of this.pack.nameBases(words[words.length - 1]!)) add(this.bySurname, base.toLowerCase(), full);
          // (a surname in the middle of a longer name is one too: "Luis Cerezo Mena" → "Cerezo", "Marcelo Tavares
          // Filho" → "Tavares"; not a second given name, "Francisco Javier Olmos"), after a given name we know
          if (this.gender(words[0]!.toLowerCase()) !== undefined) for (let j = 1; j < words.length - 1; j++) {
            const low = words[j]!.toLowerCase();
            if (/^\p{Lu}/u.test(words[j]!) && !this.pack.nameParticles.has(low) && this.gender(low) === undefined) add(this.bySurname, low, full);
          }
          add(this.byFirst, words[0]!.toLowerCase(), full);
          this.fullNames.add(full);
          if (!this.firstAt.has(full)) this.firstAt.set(full, t.start[k]!);
          // (a name only ever written after "à", "au", "al" is a place or someone spoken to: "au Roazhon Park")
          // (or after another preposition: "in Sala Grande", "avec X" — a genitive's name may be the person: "un doublé de X")
          const before = t.low[k - 1] ?? '';
          const to = k > 0 && (this.pack.hearerPrepositions.has(before) || (this.pack.stopwords.has(before) && !this.pack.genitiveLinks.has(before) && !this.pack.determiners.has(before) && !this.pack.timeWords.has(before)
            && !this.pack.coordinators.has(before) && !this.pack.subordinators.has(before) && !this.pack.auxiliaries.has(before) && !this.pack.nameParticles.has(before)));
          if (!to) this.notOnlyAfterTo.add(full);
          this.noteAgeAndWords(t, k, e, full);
          // (a name right after "del", "da", "de" is a noun's complement, not the holder of the role before: "el
          // entrenador del Real Betis")
          // (nor one after a preposition of the hearer, "afirmou o autarca ao Sul Informação": spoken to, not the role's)
          const complement = k >= 1 && !t.cap[k - 1] && (this.pack.genitiveLinks.has(t.low[k - 1]!) || this.pack.nameParticles.has(t.low[k - 1]!) || this.pack.hearerPrepositions.has(t.low[k - 1]!));
          // a title of office before the name ("Premier Donald Tusk", "Bundeskanzler Olaf Scholz"), or before its comma
          // ("le Premier ministre belge, Pieter Claes,")
          const titleEnd = t.raw[k - 1] === ',' ? k - 2 : k - 1;
          if (!complement) for (let j = titleEnd; j >= 0 && j >= titleEnd - 3 && t.word[j]; j--) {
            const title = this.titleAt(t, j);
            if (title && title.end === titleEnd) { addAt(this.byOffice, `${title.office}|${title.country ?? ''}`, full, t.start[k]!); break; }
          }
          // the role before the name, past a complement ("Minister rolnictwa Czesław Siekierski", "ministre de l'Intérieur Gérald X")
          let roleAt = -1;
          if (!complement) for (let j = k - 1; j >= 0 && j >= k - 4 && t.word[j]; j--) if (this.roleWord(t.low[j]!)) { roleAt = j; addAt(this.byRole, unelided(t.low[j]!), full, t.start[k]!, t.low.slice(j, k).join(' ')); if (j === k - 1) this.noteGender(full, t.low[j - 1] ?? null, t.low[j]!); break; }
          // (a role of two words names both: "l'amministratore delegato X" is an amministratore and a delegato)
          if (roleAt > 0 && this.roleWord(t.low[roleAt - 1]!) && t.word[roleAt - 1]) addAt(this.byRole, unelided(t.low[roleAt - 1]!), full, t.start[k]!, t.low.slice(roleAt - 1, k).join(' '));
          // (the role that heads the phrase after its article says the gender: "el senador republicano Rojo X", "la
          // senadora socialista Paulina X")
          if (!complement && !this.pack.capitalisedNouns) for (let j = k - 2; j >= 1 && j >= k - 4 && t.word[j]; j--) {
            if (!this.roleWord(t.low[j]!) || !this.pack.determiners.has(t.low[j - 1]!)) continue;
            if (!this.pack.genitiveLinks.has(t.low[j - 2] ?? '') && !this.pack.articlePrepositions.includes(t.low[j - 2] ?? '') && !this.pack.genitiveLinks.has(t.low[j - 1]!) && !this.pack.articlePrepositions.includes(t.low[j - 1]!)) this.noteGender(full, t.low[j - 1]!, t.low[j]!);
            break;
          }
          // a nationality or a place of origin right before the name ("al noruego Erik Lindqvist", "el tenista español
          // Daniel Barrera"): a description that may take them up later ("ha admitido el noruego")
          if (!complement && this.placeWord(t, k - 1)) addAt(this.byRole, unelided(t.low[k - 1]!), full, t.start[k]!, t.low[k - 1]!);
          // (past a longer complement of places and bodies: "A vereadora da oposição na Câmara de Setúbal Carla Mourão")
          if (!complement && roleAt < 0 && !this.pack.capitalisedNouns) for (let j = k - 5; j >= 0 && j >= k - 9 && t.word[j]; j--) {
            if (!this.roleWord(t.low[j]!)) continue;
            if (this.complementRun(t, j + 1, k)) { addAt(this.byRole, unelided(t.low[j]!), full, t.start[k]!, t.low.slice(j, k).join(' ')); this.noteGender(full, t.low[j - 1] ?? null, t.low[j]!); }
            break;
          }
          // "El ministro de Economía, Luis Caputo,": the role before the comma
          // (past a courtesy title after the comma: "L'avocat de la famille, Me Henri Leclerc,")
          // (and past a role that opens the apposition: "O relator do caso, ministro Alexandre Fontoura,")
          const comma = k >= 2 && ((t.cap[k - 1] && this.pack.courtesyTitles.has(t.low[k - 1]!.replace(/\.$/, ''))) || (!t.cap[k - 1] && this.roleWord(t.low[k - 1]!) && t.raw[k - 2] === ',')) ? k - 2 : k - 1;
          // (past an acronym in brackets before the comma: "La presidenta del Consejo Nacional Electoral (CNE), X,")
          const bracketed = t.raw[comma] === ',' && t.raw[comma - 1] === ')' && t.raw[comma - 3] === '(' ? 3 : 0;
          if (t.raw[comma] === ',' && bracketed) for (let j = comma - 4; j >= 0 && j >= comma - 11 && t.word[j]; j--) if (this.roleWord(t.low[j]!)) {
            addAt(this.byRole, unelided(t.low[j]!), full, t.start[k]!, t.low.slice(j, comma - 3).join(' '));
            if (!this.pack.genitiveLinks.has(t.low[j - 2] ?? '') && !this.pack.articlePrepositions.includes(t.low[j - 2] ?? '')) this.noteGender(full, t.low[j - 1] ?? null, t.low[j]!);
          }
          if (t.raw[comma] === ',') {
            // (every role word of that phrase: "il procuratore capo di Palermo, X" is a procuratore and a capo)
            let first = true;
            for (let j = comma - 1; j >= 0 && j >= comma - 8 && t.word[j]; j--) if (this.roleWord(t.low[j]!) && !this.adverbialWord(t, j)) {
              addAt(this.byRole, unelided(t.low[j]!), full, t.start[k]!, t.low.slice(j, comma).join(' '));
              // (the head of the phrase says the gender: "Su editor en España, Jordi X," — not a role in its complement,
              // "El portavoz de la ministra, Juan X,")
              if (first && !this.pack.genitiveLinks.has(t.low[j - 2] ?? '') && !this.pack.articlePrepositions.includes(t.low[j - 2] ?? '')) this.noteGender(full, t.low[j - 1] ?? null, t.low[j]!);
              first = false;
            }
          }
          // "Markus Hofer, chancelier autrichien," / "Valdis X, le vice-président de la Commission": the role after the comma
          const r = t.raw[e + 1] === ',' ? (this.pack.determiners.has(t.low[e + 2] ?? '') ? e + 3 : e + 2) : -1;
          // (not a role with a name of its own: "Jair Bolsonaro, o técnico Tite declarou" is Tite's)
          const after = r > 0 && !this.nameToken(t, r + 1) ? t.low[r] : undefined;
          if (after && this.roleWord(after)) { let c = r + 1; while (c < t.length && c < r + 8 && t.word[c]) c++; addAt(this.byRole, unelided(after), full, t.start[k]!, t.low.slice(r, c).join(' ')); this.noteGender(full, r > e + 2 ? t.low[e + 2]! : null, after); }
          const title = r > 0 ? this.titleAt(t, r) : null;
          if (title) addAt(this.byOffice, `${title.office}|${title.country ?? ''}`, full, t.start[k]!);
        }
      }
      k = runEnd;
    }
  }

  /** Whether token k is an adjective of a country or a place, in small letters (español, noruego, murciano), in a language
   * whose nouns have no capitals. */
  placeWord(t: Tokens, k: number): boolean {
    const p = this.pack;
    if (k < 0 || p.capitalisedNouns || !t.word[k] || t.cap[k]) return false;
    const w = t.low[k]!;
    return !!p.countryAdjectives[w] || (!!p.placeAdjective && p.placeAdjective.test(w) && !p.stopwords.has(w) && !p.cueVerbs.has(w) && !this.roleWord(w));
  }

  /** Whether tokens a..b-1 are a role's complement of places and bodies only ("da oposição na Câmara de Setúbal"): each
   * word a link (de, da, na, del …), a capitalised name, or a noun right after a link — no verb. */
  complementRun(t: Tokens, a: number, b: number): boolean {
    const p = this.pack;
    const link = (w: string) => p.genitiveLinks.has(w) || p.nameParticles.has(w) || p.bodyLinks.has(w) || p.articlePrepositions.includes(w) || p.determiners.has(w);
    if (a >= b || !link(t.low[a]!)) return false;
    for (let j = a; j < b; j++) {
      if (!t.word[j]) return false;
      if (t.cap[j] || link(t.low[j]!)) continue;
      if (!link(t.low[j - 1]!) || p.cueVerbs.has(t.low[j]!)) return false;
    }
    return true;
  }

  /** Whether the two words k..e are set off by commas right after a phrase headed by a role ("Der Leiter des
   * Lawinenwarndienstes, Rudi Mair, mahnte …"): a name in apposition, even with a given name the lexicon lacks. */
  private apposedAfterRole(t: Tokens, k: number, e: number): boolean {
    if (e !== k + 1 || t.raw[k - 1] !== ',' || t.raw[e + 1] !== ',') return false;
    for (let j = k - 2; j >= 0 && j >= k - 8 && t.word[j]; j--) if (this.roleWord(t.low[j]!)) return true;
    return false;
  }

  /** Whether the run k..e, with no given name in it, follows a role word and is followed by an acronym and then a given
   * name or a full name: the role's complement, a body's name ("Domu Maklerskiego BOŚ"), not a person. */
  private complementBeforeAcronym(t: Tokens, k: number, e: number): boolean {
    if (k < 1 || !this.roleWord(t.low[k - 1]!)) return false;
    for (let j = k; j <= e; j++) if (this.gender(t.low[j]!) !== undefined) return false;
    let a = e + 1;
    while (a < t.length && t.word[a] && t.raw[a]!.length > 1 && t.raw[a] === t.raw[a]!.toUpperCase() && !/\d/.test(t.raw[a]!)) a++;
    return a > e + 1 && a < t.length && (this.gender(t.low[a]!) !== undefined || (this.nameToken(t, a) && this.nameToken(t, a + 1)));
  }

  /** Where each full name is first written. */
  private firstAt = new Map<string, number>();
  /** The age a person is given beside their name ("Fabio Rossi, 45 anni,", "le quadragénaire X", "il 45enne X"). */
  private ages = new Map<string, number>();
  /** Lower-case words written just before a person's name, up to its clause's punctuation ("le navigateur néo-zélandais
   * Tom Hale" → navigateur, néo-zélandais; "la Liégeoise Camille Deprez" → liégeoise). */
  private before = new Map<string, Set<string>>();

  private noteAgeAndWords(t: Tokens, k: number, e: number, full: string): void {
    // "X, 45 anni," / "X (45 ans)": a number and one word set off after the name
    if ((t.raw[e + 1] === ',' || t.raw[e + 1] === '(') && /^\d{1,3}$/.test(t.raw[e + 2] ?? '') && t.word[e + 3] && /^[,)]$/.test(t.raw[e + 4] ?? '') && !this.ages.has(full)) this.ages.set(full, Number(t.raw[e + 2]));
    const set = this.before.get(full) ?? new Set<string>();
    for (let j = k - 1; j >= 0 && j >= k - 4 && t.word[j]; j--) {
      const w = t.low[j]!;
      set.add(w);
      const n = /^(\d{1,3})/.exec(w);
      if (n && this.pack.ageWord.test(w) && !this.ages.has(full)) this.ages.set(full, Number(n[1]));
    }
    this.before.set(full, set);
  }

  /** The full names written once at least after something else than "à", "au", "al" (a place, someone spoken to). */
  private notOnlyAfterTo = new Set<string>();
  /** Whether a full name the article gives is only ever written after a preposition and opens with no given name: a
   * place or a venue ("no Coliseu dos Recreios", "en el teatro Coliseo"), no person. */
  placeLike(name: string): boolean {
    return this.fullNames.has(name) && !this.notOnlyAfterTo.has(name) && this.gender(name.split(' ')[0]!.toLowerCase()) === undefined && !leadersByName().has(name.toLowerCase());
  }

  /** The full names written before `at`, in the order first written (not a place or someone only spoken to). */
  namedBefore(at: number): string[] {
    return [...this.firstAt].filter(([n, a]) => a < at && this.notOnlyAfterTo.has(n)).map(([n]) => n);
  }

  /** The age written beside a person's name, if any. */
  ageOf(name: string): number | undefined {
    return this.ages.get(name);
  }

  /** The lower-case words written just before a person's name. */
  wordsBefore(name: string): ReadonlySet<string> {
    return this.before.get(name) ?? new Set();
  }

  /** The end of a name run k..e: in a language that capitalises its nouns, a run goes on past a surname only
   * with a leader's known name ("hat Trainer Michael Köllner Fehler eingeräumt": the name is "Michael Köllner"):
   * given names, then at most one more word (two when no given name is known: "Wolodymyr Selenskyj"). */
  nameEnd(t: Tokens, k: number, e: number): number {
    if (!this.pack.capitalisedNouns || e - k < 2) return e;
    if (leadersByName().has(t.raw.slice(k, e + 1).join(' ').toLowerCase())) return e;
    let given = false;
    let others = 0;
    for (let j = k; j <= e; j++) {
      if (!t.cap[j] && this.pack.nameParticles.has(t.low[j]!)) continue;
      if (others === 0 && this.gender(t.low[j]!) !== undefined) { given = true; continue; }
      if (++others > (given ? 1 : 2)) {
        let end = j - 1;
        while (end > k && this.pack.nameParticles.has(t.low[end]!)) end--;
        return end;
      }
    }
    return e;
  }

  /** The name a run of words stands for: a known leader's, or the run with each word in its base form when that is a name seen. */
  fullName(words: string[], oblique = false): string {
    const raw = words.join(' ');
    const leaders = leadersByName();
    if (leaders.has(raw.toLowerCase())) return leaders.get(raw.toLowerCase())!;
    // "Jana Kowalskiego" → "Jan Kowalski": the nominative when the given name's ending tells the case
    const nom = this.pack.nominative(words);
    if (nom) {
      const n = nom.join(' ');
      return leaders.get(n.toLowerCase()) ?? n;
    }
    if (words.length > 1) {
      // "Donalda Tuska" → "Donald Tusk" when the base forms make a known name
      const bases = words.map((w) => this.pack.nameBases(w));
      const combos = bases.reduce<string[]>((acc, b) => acc.flatMap((a) => b.map((x) => (a ? `${a} ${x}` : x))), ['']);
      for (const c of combos) if (leaders.has(c.toLowerCase())) return leaders.get(c.toLowerCase())!;
      const last = this.pack.nameBases(words[words.length - 1]!);
      for (const c of combos) for (const l of last) if (this.bySurname.get(l.toLowerCase())?.has(c)) return c;
      // "De Martino", "von der Leyen": a surname of several words, the end of the one full name seen with it
      if (/^\p{Ll}/u.test(words[0]!) || this.pack.nameParticles.has(words[0]!.toLowerCase())) {
        for (const l of last) {
          const ends = [...(this.bySurname.get(l.toLowerCase()) ?? [])].filter((n) => combos.some((c) => n.endsWith(` ${c}`)));
          if (ends.length === 1) return ends[0]!;
        }
      }
      if (oblique && this.pack.inflectsNames) return combos[combos.length - 1]!;
    }
    return raw;
  }

  /** The one full name a surname or a name stands for, or null when none or several. */
  resolveName(words: string[], oblique = false): string | null {
    if (words.length > 1) return this.fullName(words, oblique);
    const w = words[0]!;
    solo ??= soloNames();
    const leaders = leadersByName();
    const found = new Set<string>();
    for (const base of this.pack.nameBases(w)) {
      for (const n of this.bySurname.get(base.toLowerCase()) ?? []) found.add(n);
    }
    if (found.size === 1) return [...found][0]!;
    if (found.size > 1) return null; // two people of that name: unsure
    for (const base of this.pack.nameBases(w)) {
      const s = solo.get(base.toLowerCase()) ?? leaders.get(base.toLowerCase());
      if (s) return s;
    }
    // a given name alone, for the one person the article names with it in full (press style for "Marcelo", "Tarcísio")
    const first = this.byFirst.get(w.toLowerCase());
    // (one our lists of given names lack, "Amparo" after "Amparo Ruiz", where only names have capitals: a name of two
    // capitalised words, not a body's, "Consejería de Sanidad")
    const plain = (n: string) => /^\p{Lu}\p{Ll}+ \p{Lu}[\p{L}'-]+$/u.test(n) && !this.bodyWord(w.toLowerCase()) && !this.pack.institutions.has(w.toLowerCase());
    if (first?.size === 1 && (this.gender(w.toLowerCase()) !== undefined || (!this.pack.capitalisedNouns && plain([...first][0]!)))) return [...first][0]!;
    // unknown: as written, or (after a preposition, "według Kowalskiego") its last base form
    return oblique && this.pack.inflectsNames ? this.pack.nameBases(w).at(-1) ?? w : w;
  }

  /** Whether a person was named with a role anywhere ("el ministro … Luis Caputo"): an official, whom a
   * description of office ("el funcionario") may take up again. */
  hasRole(name: string): boolean {
    for (const list of this.byRole.values()) if (list.some((x) => x.name === name)) return true;
    return false;
  }

  /** The role words a person was named with ("minister", "politolog"). */
  rolesOf(name: string): string[] {
    const out: string[] = [];
    for (const [role, list] of this.byRole) if (list.some((x) => x.name === name)) out.push(role);
    return out;
  }

  /** Whether a description may take up a person named with other roles: always when the pack has no kinds of role;
   * else when one of the person's roles is of the description's kind. */
  roleFits(description: string, name: string): boolean {
    const kinds = this.pack.roleKinds;
    if (!kinds.length) return true;
    const roles = this.rolesOf(name);
    if (roles.some((r) => r === description || (this.pack.inflectsNames && sameRole(r, description)))) return true;
    // (a former role of no kind, "o ex-lateral" for a coach who played, may describe anyone the article named with a role)
    if (description.startsWith('ex-') && !kinds.some((k) => k.includes(description))) return true;
    // (in a language that inflects its nouns, a role in any case: "według adwokata" for a lawyer named "obrońca")
    const has = (k: readonly string[], w: string) => k.includes(w) || (this.pack.inflectsNames && k.some((x) => sameRole(x, w)));
    return kinds.some((k) => has(k, description) && roles.some((r) => has(k, r)));
  }

  /** Whether a person was named with this role word for another office: its words lack the complement's ("presidente della
   * camera" for a description "il presidente del Senato"), and no naming with this word holds them. */
  otherOffice(name: string, role: string, complement: readonly string[]): boolean {
    const list = (this.byRole.get(role) ?? []).filter((x) => x.name === name && x.words !== undefined);
    return list.length > 0 && !list.some((x) => complement.every((w) => x.words!.includes(w)));
  }

  /** Whether a person has an entity already: named as a leader in the text, or given a quotation. */
  seen(name: string): boolean {
    return this.entities.has(name);
  }

  /** Whether a name is a known leader's. */
  isLeader(name: string): boolean {
    return leadersByName().has(name.toLowerCase());
  }

  /** Whether one capitalised word is a name the article gives in full (a surname or a given name of it) or a known
   * leader's: "Suspira antes de responder:" opens its sentence with a verb, not a name. */
  knownWord(w: string): boolean {
    const low = w.toLowerCase();
    return this.pack.nameBases(w).some((b) => this.bySurname.has(b.toLowerCase())) || this.byFirst.has(low) || leadersByName().has(low) || (solo ??= soloNames()).has(low);
  }

  /** Whether a name was seen as a full name in the article, or is a known leader's. */
  known(name: string): boolean {
    return leadersByName().has(name.toLowerCase()) || this.fullNames.has(name);
  }
  /** Every full name learnt. */
  private fullNames = new Set<string>();

  /** The person written next to a role word ("die Ministerin" → "Steffi Lemke"): the last one named
   * with it before `at`, else the only one named with it at all; null when unsure. */
  resolveRole(low: string, at: number, beforeOnly = false, complement: readonly string[] = [], inflected = false): string | null {
    // ("l'allenatore" is named as "allenatore")
    low = unelided(low);
    let seen = [...(this.byRole.get(low) ?? [])];
    if (this.pack.capitalisedNouns) for (const [r, list] of this.byRole) if (r.endsWith(low) && r !== low) seen.push(...list);
    // ("la sindaca", "la prima cittadina" for "il sindaco Romina X"; "la prefetta" for "il prefetto Carla Y": the role's
    // other form in a language whose roles have two, the person's gender checked by the caller)
    if (!this.pack.capitalisedNouns && !this.pack.inflectsNames) for (const r of otherGenderForms(low)) seen.push(...(this.byRole.get(r) ?? []));
    // (asked for: a role named in another case, "byłego burmistrza X" for a bare "Były burmistrz")
    if (inflected && this.pack.inflectsNames) for (const [r, list] of this.byRole) if (r !== low && sameRole(r, low)) seen.push(...list);
    // "le porte-parole de la préfecture" is not the one named "porte-parole de l'intersyndicale": the complement's words
    // must be the ones the role was named with
    if (complement.length) seen = seen.filter((x) => x.words === undefined || complement.every((w) => x.words!.includes(w)));
    const before = seen.filter((x) => x.at < at).sort((x, y) => y.at - x.at);
    if (before.length) return this.resolveName([before[0]!.name]) ?? before[0]!.name;
    if (beforeOnly) return null;
    const names = new Set(seen.map((x) => this.resolveName(x.name.split(' ')) ?? x.name));
    return names.size === 1 ? [...names][0]! : null;
  }

  /** The holder of an office: the person the article names with that title (the last before `at`),
   * else the officeholder at the article's date from the knowledge of leaders. */
  officeHolder(office: string, country: string | null, at = Infinity): string | null {
    const named = (this.byOffice.get(`${office}|${country ?? ''}`) ?? []).filter((x) => x.at < at);
    if (named.length) return named[named.length - 1]!.name;
    return country ? officeHolder(country, office, this.published) : null;
  }

  /** The entity of a name, made on first use; `mention` is added to it. */
  entity(name: string, type: EntityType, mention: Span | null): Entity {
    let e = this.entities.get(name);
    if (!e) {
      const known = type === 'person' ? knownRole(name, this.published) : null;
      const leader = !!known && isLeaderOffice(known.office);
      e = {
        id: `e${this.list.length + 1}`, name, type, role: known ? (known.former ? `Former ${formatRole(known.office, known.country)}` : formatRole(known.office, known.country)) : null,
        country: known?.country ?? null, leader, mentions: [],
      };
      this.entities.set(name, e);
      this.list.push(e);
    }
    if (mention && !e.mentions.some((m) => m.start === mention.start)) e.mentions.push(mention);
    return e;
  }

  /** Known leaders named in a run of tokens (by full name or a surname that stands alone), as entities with their mentions. */
  leaders(t: Tokens): void {
    solo ??= soloNames();
    const leaders = leadersByName();
    for (let k = 0; k < t.length; k++) {
      if (!t.word[k] || !t.cap[k]) continue;
      // full name (two or three words) first, then a surname that stands alone
      let hit: { name: string; end: number } | null = null;
      for (let len = 3; len >= 2 && !hit; len--) {
        if (k + len > t.length) continue;
        const words = t.raw.slice(k, k + len);
        const n = leaders.get(words.join(' ').toLowerCase()) ?? (this.pack.code === 'pl' ? leaders.get(this.fullName(words).toLowerCase()) : undefined);
        if (n) hit = { name: n, end: k + len - 1 };
      }
      if (!hit) for (const base of this.pack.nameBases(t.raw[k]!)) {
        const n = solo.get(base.toLowerCase());
        if (n) { hit = { name: n, end: k }; break; }
      }
      if (!hit) continue;
      this.entity(hit.name, 'person', { start: t.start[k]!, end: t.end[hit.end]! });
      k = hit.end;
    }
  }

  all(): Entity[] {
    for (const e of this.list) e.mentions.sort((a, b) => a.start - b.start);
    return this.list;
  }
}

function addAt(m: Map<string, { name: string; at: number; words?: string }[]>, k: string, name: string, at: number, words?: string): void {
  const list = m.get(k);
  if (list) list.push({ name, at, words });
  else m.set(k, [{ name, at, words }]);
}

function add(m: Map<string, Set<string>>, k: string, v: string): void {
  const s = m.get(k);
  if (s) s.add(v);
  else m.set(k, new Set([v]));
}

const titlesByFirst = perPack((pack) => byFirstWord(pack.titles, (title) => title.words));
const roleWordsOf = perPack(() => new Map<string, boolean>());
const bodyWordsOf = perPack(() => new Map<string, boolean>());

/** The other gender's forms of a role noun in the Romance languages: ministra ↔ ministro, sindaca ↔ sindaco, direttrice ↔
 * direttore, assessora ↔ assessore, presidentessa → presidente. */
export function otherGenderForms(low: string): string[] {
  if (low.endsWith('trice')) return [`${low.slice(0, -5)}tore`];
  if (low.endsWith('tore')) return [`${low.slice(0, -4)}trice`];
  if (low.endsWith('essa')) return [low.slice(0, -4) + 'e', low.slice(0, -4) + 'a'];
  if (low.endsWith('a') && !low.endsWith('ista')) return [`${low.slice(0, -1)}o`, `${low.slice(0, -1)}e`];
  if (low.endsWith('o')) return [`${low.slice(0, -1)}a`];
  if (low.endsWith('e')) return [`${low.slice(0, -1)}a`];
  return [];
}
