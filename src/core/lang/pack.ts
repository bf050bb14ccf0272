// A language pack: what the parser knows of one language, as data. The machinery that reads with
// it is shared (src/core/attribution for English, the deepest reader; src/core/locales/common for
// the other packs); a rule only one language needs lives in its pack.

/** The languages the reader knows, and whether a language has a pack. */
export interface LanguageInfo {
  /** ISO 639-1 code of the article's language ("de"), or franc's ISO 639-3 code where there is none. */
  code: string;
  /** Whether there is a pack for it: without one, quotations are found by their marks and no speaker is given. */
  supported: boolean;
  /** Where the code came from: the page's declared lang, the text itself, or neither (too short: English). */
  from: 'page' | 'text' | 'default';
}

/** A title in the language and the office it names ("bundeskanzler" → Chancellor of Germany). */
export interface TitleEntry {
  /** Lower-case words of the title as written ("président de la république", "premier"). */
  words: string;
  /** The office in the knowledge of leaders ("Chancellor", "President", "Prime Minister", "Foreign Minister"). */
  office: string;
  /** The country when the title names it; else the country of an adjective beside it, else the pack's own. */
  country?: string;
  /** The title names no country by itself ("Präsident", "premier ministre"): only an adjective beside it gives one. */
  needsCountry?: boolean;
}

export interface LanguagePack {
  code: string;
  /** Words whose final dot is part of the word (Dr., Prof., bzw.). */
  abbreviations: readonly string[];
  /** Forms of the verbs of saying, lower case (sagte, déclaré, dijo, powiedział). */
  cueVerbs: ReadonlySet<string>;
  /** Words that tag a quotation only right after it (German "…“, so Merkel"). */
  tagWords: ReadonlySet<string>;
  /** Auxiliaries and particles of a compound tense next to a cue verb (hat, a, ha, è, został, się). */
  auxiliaries: ReadonlySet<string>;
  /** "according to" phrases before their source, lower case, words separated by spaces (laut; nach angaben von; d'après). */
  accordingBefore: readonly string[];
  /** "according to" words after their source (zufolge). */
  accordingAfter: readonly string[];
  /** Relative pronouns after an "according to" word that take its source from before the comma (Italian "X, secondo cui
   * …", "X, secondo il quale"): lower case, one or more words. */
  accordingRelatives: readonly string[];
  /** Courtesy titles before a name, never part of it (fr "Me", "Mgr"): a name in apposition may open with one. */
  courtesyTitles: Set<string>;
  /** The preposition of a passive's agent (fr "interrogé par Le Monde"): the agent after a participle of saying is the one who asked, not the speaker. */
  passiveAgents: Set<string>;
  /** Conjunctions that open the reporter's next clause after a comma ("mentre", "ma"): what follows is no speech. */
  clauseConjunctions: ReadonlySet<string>;
  /** Nouns that take up a body named before ("el organismo", "a entidade", "la compañía"): the one body named in the
   * sentence before speaks, else no one (not the bare noun). Lower case; empty where not given. */
  bodyDescriptions: ReadonlySet<string>;
  /** Descriptions of a body that issues statements, lower case, every form a tag or a sentence uses (société, Autobauer,
   * resortu): "nel comunicato diffuso dalla società", "La società Autostrade ha diffuso una nota". */
  issuerDescriptions: ReadonlySet<string>;
  /** Nouns of kinship, lower case (fils, moglie, Frau, hija, żona): "Son fils Olivier" introduces a person by a given name. */
  kinNouns: ReadonlySet<string>;
  /** Words before a description that make it someone new, not the one named before with that role (Polish "inna
   * mieszkanka", "kolejny świadek"); empty where an indefinite article says so. */
  otherWords: ReadonlySet<string>;
  /** Prepositions that open a hearer after the speaker's description ("contou o jogador à Sport TV", "dijo el técnico al
   * diario Marca"): they end the speaker's phrase. Empty where a complement may open so ("le ministre délégué aux Transports"). */
  hearerAfterSubject: ReadonlySet<string>;
  /** Role words that are also ordinal adjectives (premier, première: "le premier" is a premier, "au premier tour" no one's
   * role): before another word in small letters that is no role they are the adjective. Empty where not given. */
  ordinalRoles: ReadonlySet<string>;
  /** Words of time that the stopwords hold and that are no preposition (lundi, hier: "a condamné jeudi X"): a name after
   * one is no place or hearer. Empty where not given. */
  timeWords: ReadonlySet<string>;
  /** Verbs of reading in an impersonal tag ("peut-on y lire"): with no source after them, the words are the statement's
   * whose issuer the sentence before names. Empty where not given. */
  readingVerbs: ReadonlySet<string>;
  /** Words after which a preposition of hearerAfterSubject opens their own complement, not a hearer ("l'adjoint au maire",
   * "le ministre délégué aux Transports", "la secrétaire d'État au Numérique"). Empty where not given. */
  rolesTakingHearerPreposition: ReadonlySet<string>;
  /** Words that open a sentence as "according to" before a name and a comma (para, pour: "Para Villarruel, …"). */
  accordingOpeners: readonly string[];
  /** "according to" words after a possessive pronoun (Polish "jego zdaniem", "jej zdaniem": in his, her view). */
  accordingPossessive: readonly string[];
  /** Words that tag a statement after its comma, before a name that ends the sentence (German "…, so Davis."). */
  accordingClosing: readonly string[];
  /** Words that open a clause of saying set off by commas (wie, comme, como, come, jak: "wie Davis berichtet, …"). */
  asClause: readonly string[];
  /** Pronouns of a person, subject and after a preposition (er, sie, il, elle, lui, él, ona, niego). */
  pronouns: ReadonlySet<string>;
  /** The gender a pronoun says (il → m, elle → f), checked against a known given name. */
  pronounGender: Readonly<Record<string, 'm' | 'f'>>;
  /** Subject pronouns that, opening a quotation with no tag, speak of a person rather than for them (German "„Er ist
   * mein strengster Kritiker.“" after a sentence about him); none where the pronoun is often impersonal (French "il"). */
  pronounsAbout: readonly string[];
  /** Articles, possessives and demonstratives that open a description (der, le, el, il, o, ten). */
  determiners: ReadonlySet<string>;
  /** Definite articles (der, le, l', el, il, o): "le ministre" takes up someone named before, "un ministre" does not. */
  definiteArticles: readonly string[];
  /** Small words inside names (von, de, da, di, del, dos). */
  nameParticles: ReadonlySet<string>;
  /** Function words: capitalised at a sentence's start they are never a name (Aber, En, Pour, Ale). */
  stopwords: ReadonlySet<string>;
  /** Subordinators that open reported content (dass, que, che, że). */
  subordinators: ReadonlySet<string>;
  /** Relative pronouns that open a clause after a comma (qui, der, die, che, que, który). */
  relatives: readonly string[];
  /** Heads of unnamed or unspecific sources (Experten, sources, fuentes, eksperci). */
  vagueHeads: ReadonlySet<string>;
  /** Words for persons by their role (Sprecher, porte-parole, portavoz, rzecznik): descriptions, not names. */
  roleNouns: ReadonlySet<string>;
  /** Capitalised words for institutions (Gobierno, Gouvernement, Sejm): a body, never a person's name. */
  institutions: ReadonlySet<string>;
  /** Beginnings of words that head the name of a body, lower case, any case ending after them (institut →
   * Institut, Instytutu; ministerstw → Ministerstwa; agenc → agence, agencia, agencja): an organisation, never a person. */
  bodyWords: readonly string[];
  /** Words that go on the name of a body after its head (für, de, du, del, di, della, do, da, i): "Landesamt für
   * Umwelt", "Instituto Nacional de Estadística", "Instytut Meteorologii i Gospodarki Wodnej". */
  bodyLinks: ReadonlySet<string>;
  /** Words right after a verb of saying that name whom one speaks to, not the speaker: news agencies and
   * media (AFP, PAP, dpa, Lusa, ANSA), and dative nouns ("dziennikarzom"). Lower case. */
  hearers: ReadonlySet<string>;
  /** Prepositions that open the hearer's phrase after a verb of saying (à, au, a, al, all', ao, dem). */
  hearerPrepositions: ReadonlySet<string>;
  /** Given names of the language and their gender (Klaus → m, Małgorzata → f): a capital run that opens
   * with one is a person's name, and a pronoun's gender is checked against it. */
  givenNames: Readonly<Record<string, 'm' | 'f'>>;
  /** Endings of one-word names of bodies (German compounds: -behörde, -amt, -ministerium): an organisation, not a person. */
  bodyEndings: readonly string[];
  /** Endings of nouns that name a person by what they do (German "-erin", "-istin", "-ist": "die Liebhaberin", "die
   * Prokuristin"), matched on the lower-case word: a description, like a role noun. Null when the pack has none. */
  personNoun: RegExp | null;
  /** Articles of a case that is never the subject's (German dem, den, des, einem, eines), lower case: a phrase that opens
   * with one is no subject ("Im Interview mit dem WDR sagte Verheyen"). Empty when articles do not show case. */
  obliqueArticles: ReadonlySet<string>;
  /** A person described by age ("54-jährige", "54-letni"); matches the lower-case token. */
  ageWord: RegExp;
  /** Words that stand as a subject naming no one (German "es" in "heißt es"). */
  impersonal: readonly string[];
  /** First-person plural possessives (nos, unsere, nuestras, nasze): an "according to" with one is the outlet's own reporting. */
  ownWords: ReadonlySet<string>;
  /** Words that join two subjects (und, et, y, e, i, oraz): two people as one subject leave a later pronoun unsure. */
  coordinators: ReadonlySet<string>;
  /** Prepositions after an impersonal tag that name where the words come from ("hieß es aus dem Ministerium"). */
  impersonalFrom: readonly string[];
  /** Titles of office that the knowledge of leaders can resolve. */
  titles: readonly TitleEntry[];
  /** Adjectives of country before a title (russische → Russia, russe → Russia). */
  countryAdjectives: Readonly<Record<string, string>>;
  /** The country a bare title refers to (Germany for "der Bundeskanzler"). */
  country: string | null;
  /** Whether common nouns are capitalised (German): a capital alone does not make a name. */
  capitalisedNouns: boolean;
  /** Whether a subject may be left out ("—dijo.", "– powiedziała."): then the person spoken of last is meant. */
  proDrop: boolean;
  /** Whether dialogue is introduced by a dash ("– … – mówi X"). */
  dashSpeech: boolean;
  /** Whether names take case endings after prepositions (Polish "według Kowalskiego"): an unknown
   * inflected name is then given in its base form. */
  inflectsNames: boolean;
  /** Descriptions that may take up the official spoken of last when no one was named with them ("le responsable", "le
   * dirigeant": someone named before as "le ministre X"); a description of another role ("l'avocat" after a prosecutor)
   * then gives no speaker. Lower case; null when any description of a role may. */
  genericDescriptions: ReadonlySet<string> | null;
  /** A sequel introducing a colon quotation with no subject of its own, the speaker being the one spoken of last
   * (French "Et d'ajouter : « … »", "avant de conclure : « … »"), matched on the text before the colon's quotation; null when none. */
  sequelColon: RegExp | null;
  /** Words that make a description "the latter" (French "ce dernier", "cette dernière"), lower case, with the gender they
   * say: the person named last before it, outside quotations. Empty when none. */
  latterWords: Readonly<Record<string, 'm' | 'f'>>;
  /** The gender a definite article says of the description it opens (le → m, la → f), checked against the person it
   * takes up. Empty when the pack does not tell. */
  articleGender: Readonly<Record<string, 'm' | 'f'>>;
  /** The gender a verb form says of its subject (Polish past "powiedziała" → f, "powiedział" → m), or null: a
   * dropped subject is then not taken back to a person of the other gender. */
  verbGender(word: string): 'm' | 'f' | null;
  /** Kinds of role whose words may describe the same person (Polish: ekspert, politolog, profesor; polityk, poseł,
   * minister), lower case: a description takes up someone named with another role only when both are of one kind
   * ("– … – ocenia ekspert" after "politolog Marek Zawada", not after "premier Donald Tusk"). Empty when any may. */
  roleKinds: readonly (readonly string[])[];
  /** The gender a description says of the person it names, from its article and its head noun (German "die
   * Ministerin", "der 54-Jährige", "Klubobfrau"), or null when it does not say (then articleGender is asked): a description
   * is then not taken back to a person of the other gender. `determiner` is the article before the head, lower case. */
  descriptionGender(determiner: string | null, head: string): 'm' | 'f' | null;
  /** Prepositions fused with a definite article (im, beim, zum; au, du; del, al; nel; do, na), lower case: a short
   * quotation in capitals after one, as after an article, is a title ("im „Bericht aus Berlin“"). */
  articlePrepositions: readonly string[];
  /** Nouns of a written statement (Mitteilung, communiqué, comunicado, nota, komunikat): "in einer Mitteilung des
   * Ministeriums", "selon un communiqué de la préfecture" — the body after it speaks. Lower case. */
  documentNouns: ReadonlySet<string>;
  /** Words that open the complement of a title ("der Kanzler der Universität", "le président du club", "el presidente
   * de la compañía", "il presidente della Regione", "o presidente do clube"): the title is then no office of state. */
  genitiveLinks: ReadonlySet<string>;
  /** Phrases that open the sentence right after a quotation and hand it to the subject that follows (Italian "«…».
   * Così il ministro X.", "Lo ha detto X", "È quanto ha dichiarato X", "Queste le parole di X"); a "*" stands for a verb
   * of saying, which must be there, a "~" for one in the infinitive with a clitic ("A dirlo è X", "Ad annunciarlo è stata X"). Lower case, words separated by spaces. */
  quoteSequels: readonly string[];
  /** Words for a person by sex or age alone (la donna, l'uomo, il ragazzo), lower case, also role nouns: a definite one
   * takes up the person of its gender spoken of last, and is never a speaker by itself. */
  personNouns: ReadonlySet<string>;
  /** Words that describe a person by what they do or are rather than by an office (the player, the striker, the skipper,
   * the novelist: "le joueur", "l'attaquant", "la romancière"), lower case: a definite one may take up someone the article
   * named with no role at all, when they are the one person who fits. Empty when the pack lists none. */
  descriptiveRoles: ReadonlySet<string>;
  /** Endings of nouns of nationality or place written with a capital (French "le Néo-Zélandais", "la Lorientaise":
   * -ais, -aise, -ois, -ien …), lower case: after a definite article, a person by where they are from. Empty where such
   * nouns take no capital (Italian "il brasiliano": the pack's country adjectives only). */
  demonymEndings: readonly string[];
  /** Two-word descriptions of a role by another name, lower case, with the role noun they stand for ("primo cittadino" →
   * sindaco, "premier magistrat" → maire): the description takes up the person named with that role. */
  rolePhrases: Readonly<Record<string, string>>;
  /** Nouns of a spoken reaction whose complement is its speaker, before a colon ("Netta la replica di Rossi: «…»",
   * "il commento del ministro X:"). Lower case. */
  speechNouns: ReadonlySet<string>;
  /** Nouns before the title of a work, a programme, a plan or a law in marks (Polish "program „Mieszkanie na start”",
   * "w audycji „Sygnały dnia”", "pod hasłem „…”"): a short quotation after one, opening with a capital, is its title,
   * not anyone's words. Lower case, in any case form; empty when the pack lists none. */
  workNouns: ReadonlySet<string>;
  /** Whether a complement follows its noun bare, in the genitive (Polish "prezydent miasta", "premier Bawarii"). */
  bareGenitive: boolean;
  /** Adjectives of a place beside a title that the pack does not list ("québécois", "bayerische", "catalán"): the
   * country is then unknown, and no officeholder is guessed. Null when none. */
  placeAdjective: RegExp | null;
  /** Words before a title that make it a former office (ehemalige, ancien, ex, były): no officeholder of the day. */
  formerWords: ReadonlySet<string>;
  /** Plural forms of a verb of saying or its auxiliary (sagten, ont, dijeron, hanno, disseram, powiedzieli) and plural
   * pronouns (ils, elles): a tag in the plural with no named subject is no one person's. Lower case. */
  pluralForm: RegExp;
  /** The head of a body's name in its base form, lower case (Polish "instytutu" → "instytut", "urzędu" → "urząd"); the
   * word itself when the pack knows none. */
  bodyHeadBase(word: string): string;
  /** Sentence adverbs set off by commas between a subject and its verb ("El economista X, en cambio, advirtió",
   * "O ministro, por sua vez, disse"), lower case, words separated by spaces; none when empty. */
  asides: readonly string[];
  /** Past participles that open an aside between a subject and its verb ("Il figlio Alberto, arrivato da Milano, si
   * commuove"), lower case; none when absent. */
  participleAside?: RegExp;
  /** Whether a quotation of one or two words in small letters after a verb of saying with a known subject is read as
   * a partial quotation («preoccupazione», «molto impervio»); off when absent. */
  shortPartials?: boolean;
  /** A clitic that makes the verb right after it impersonal ("quando le si chiede"): no one's verb of saying. */
  impersonalClitic?: string;
  /** Impersonal tags of reading ("si legge"): with no source of their own, the statement is its issuer's named just
   * before. Lower case, words separated by spaces; none when absent. */
  readingPhrases?: readonly string[];
  /** Prepositions before one person spoken to ("al collega Marco Bianchi", "alla sindaca", "all'amico"): with a noun in
   * small letters and a name, the hearer, never the speaker. Lower case; none when absent. */
  personHearerPrepositions?: readonly string[];
  /** The opening of a cleft sentence before its subject ("A trovarlo è stato ", "Ad aprire la serata è stata "), lower
   * case, tested on the sentence's text up to a name. */
  cleftOpener?: RegExp;
  /** The base forms a name may have under inflection ("Putina" → "Putin"; "Merkels" → "Merkel"). */
  nameBases(word: string): string[];
  /** The words of a full name in the nominative when its inflection is clear (Polish "Jana Kowalskiego" → Jan
   * Kowalski, from the given name's ending); null when it is in the nominative, or the language does not inflect names. */
  nominative(words: readonly string[]): string[] | null;
}
