// The fields of a language pack that come straight from its lexicon's word lists, which carry the
// same names in every pack (locales/<lang>/lexicon/words.ts): one mapping for all packs, so a new
// field is added once, and a pack's own file holds only what is its own.
import type { LanguagePack } from '../../lang/pack.ts';
import { AGENCIES, givenNames } from './lexicon/media.ts';

type List = readonly string[];

/** What a pack's words.ts exports under the shared names. */
export interface PackWordLists {
  ABBREVIATIONS: List; CUE_VERBS: List; AUXILIARIES: List; ACCORDING_BEFORE: List; ACCORDING_AFTER: List;
  PRONOUNS: List; DETERMINERS: List; DEFINITE_ARTICLES: List; NAME_PARTICLES: List; STOPWORDS: List;
  SUBORDINATORS: List; RELATIVES: List; VAGUE_HEADS: List; ROLE_NOUNS: List; INSTITUTIONS: List;
  BODY_ENDINGS: List; OWN_WORDS: List; COORDINATORS: List; BODY_WORDS: List; BODY_LINKS: List;
  HEARER_WORDS: List; HEARER_PREPOSITIONS: List; GIVEN_MALE: List; GIVEN_FEMALE: List;
  DOCUMENT_NOUNS: List; GENITIVE_LINKS: List; FORMER_WORDS: List;
  COUNTRY_ADJECTIVES: Readonly<Record<string, string>>;
  /** (optional: none where a language has no such phrases) */
  QUOTE_SEQUELS?: List; SPEECH_NOUNS?: List; WORK_NOUNS?: List; PERSON_NOUNS?: List; ACCORDING_RELATIVES?: List;
  COURTESY_TITLES?: List; PASSIVE_AGENTS?: List; CLAUSE_CONJUNCTIONS?: List; BODY_DESCRIPTIONS?: List; ISSUER_DESCRIPTIONS?: List; KIN_NOUNS?: List; HEARER_AFTER_SUBJECT?: List; ORDINAL_ROLES?: List; TIME_WORDS?: List; READING_VERBS?: List; ROLES_TAKING_HEARER_PREPOSITION?: List;
  OTHER_WORDS?: List;
  DESCRIPTIVE_ROLES?: List; DEMONYM_ENDINGS?: List; ROLE_PHRASES?: Readonly<Record<string, string>>;
}

type WordListField =
  | 'abbreviations' | 'cueVerbs' | 'auxiliaries' | 'accordingBefore' | 'accordingAfter' | 'pronouns' | 'determiners'
  | 'definiteArticles' | 'nameParticles' | 'stopwords' | 'subordinators' | 'relatives' | 'vagueHeads' | 'roleNouns'
  | 'institutions' | 'bodyEndings' | 'ownWords' | 'coordinators' | 'bodyWords' | 'bodyLinks' | 'hearers'
  | 'hearerPrepositions' | 'givenNames' | 'documentNouns' | 'genitiveLinks' | 'formerWords' | 'countryAdjectives'
  | 'quoteSequels' | 'speechNouns' | 'workNouns' | 'personNouns' | 'accordingRelatives' | 'courtesyTitles' | 'passiveAgents' | 'clauseConjunctions' | 'bodyDescriptions' | 'issuerDescriptions' | 'kinNouns' | 'hearerAfterSubject' | 'ordinalRoles' | 'timeWords' | 'readingVerbs' | 'rolesTakingHearerPreposition'
  | 'otherWords'
  | 'descriptiveRoles' | 'demonymEndings' | 'rolePhrases';

export function wordListFields(W: PackWordLists): Pick<LanguagePack, WordListField> {
  return {
    abbreviations: W.ABBREVIATIONS,
    cueVerbs: new Set(W.CUE_VERBS),
    auxiliaries: new Set(W.AUXILIARIES),
    accordingBefore: W.ACCORDING_BEFORE,
    accordingAfter: W.ACCORDING_AFTER,
    pronouns: new Set(W.PRONOUNS),
    determiners: new Set(W.DETERMINERS),
    definiteArticles: W.DEFINITE_ARTICLES,
    nameParticles: new Set(W.NAME_PARTICLES),
    stopwords: new Set(W.STOPWORDS),
    subordinators: new Set(W.SUBORDINATORS),
    relatives: W.RELATIVES,
    vagueHeads: new Set(W.VAGUE_HEADS),
    roleNouns: new Set(W.ROLE_NOUNS),
    institutions: new Set(W.INSTITUTIONS),
    bodyEndings: W.BODY_ENDINGS,
    ownWords: new Set(W.OWN_WORDS),
    coordinators: new Set(W.COORDINATORS),
    bodyWords: W.BODY_WORDS,
    bodyLinks: new Set(W.BODY_LINKS),
    hearers: new Set([...AGENCIES, ...W.HEARER_WORDS]),
    hearerPrepositions: new Set(W.HEARER_PREPOSITIONS),
    givenNames: givenNames(W.GIVEN_MALE, W.GIVEN_FEMALE),
    documentNouns: new Set(W.DOCUMENT_NOUNS),
    genitiveLinks: new Set(W.GENITIVE_LINKS),
    formerWords: new Set(W.FORMER_WORDS),
    countryAdjectives: W.COUNTRY_ADJECTIVES,
    quoteSequels: W.QUOTE_SEQUELS ?? [],
    speechNouns: new Set(W.SPEECH_NOUNS ?? []),
    workNouns: new Set(W.WORK_NOUNS ?? []),
    personNouns: new Set(W.PERSON_NOUNS ?? []),
    accordingRelatives: W.ACCORDING_RELATIVES ?? [],
    courtesyTitles: new Set(W.COURTESY_TITLES ?? []),
    passiveAgents: new Set(W.PASSIVE_AGENTS ?? []),
    clauseConjunctions: new Set(W.CLAUSE_CONJUNCTIONS ?? []),
    bodyDescriptions: new Set(W.BODY_DESCRIPTIONS ?? []),
    kinNouns: new Set(W.KIN_NOUNS ?? []),
    otherWords: new Set(W.OTHER_WORDS ?? []),
    issuerDescriptions: new Set([...(W.ISSUER_DESCRIPTIONS ?? []), ...(W.BODY_DESCRIPTIONS ?? [])]),
    hearerAfterSubject: new Set(W.HEARER_AFTER_SUBJECT ?? []),
    ordinalRoles: new Set(W.ORDINAL_ROLES ?? []),
    timeWords: new Set(W.TIME_WORDS ?? []),
    readingVerbs: new Set(W.READING_VERBS ?? []),
    rolesTakingHearerPreposition: new Set(W.ROLES_TAKING_HEARER_PREPOSITION ?? []),
    descriptiveRoles: new Set(W.DESCRIPTIVE_ROLES ?? []),
    demonymEndings: W.DEMONYM_ENDINGS ?? [],
    rolePhrases: W.ROLE_PHRASES ?? {},
  };
}
