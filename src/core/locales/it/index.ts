// Italian pack: « … » and “…”, "ha detto il ministro", "secondo X", dialogue dashes.
import type { LanguagePack, TitleEntry } from '../../lang/pack.ts';
import * as W from './lexicon/words.ts';
import { AGENCIES, givenNames } from '../common/lexicon/media.ts';

const TITLES: TitleEntry[] = [
  { words: 'presidente del consiglio', office: 'Prime Minister', country: 'Italy' }, { words: 'premier', office: 'Prime Minister' },
  { words: 'presidente della repubblica', office: 'President', country: 'Italy' }, { words: 'capo dello stato', office: 'President', country: 'Italy' },
  { words: 'ministro degli esteri', office: 'Foreign Minister' }, { words: 'primo ministro', office: 'Prime Minister', needsCountry: true },
  { words: 'cancelliere', office: 'Chancellor', country: 'Germany' }, { words: 'presidente', office: 'President', needsCountry: true },
];

export function buildItalian(): LanguagePack {
  return {
    code: 'it',
    abbreviations: W.ABBREVIATIONS,
    cueVerbs: new Set(W.CUE_VERBS),
    tagWords: new Set(),
    auxiliaries: new Set(W.AUXILIARIES),
    accordingBefore: W.ACCORDING_BEFORE,
    accordingAfter: W.ACCORDING_AFTER,
    accordingOpeners: ['per'],
    accordingClosing: [],
    asClause: ['come'],
    pronouns: new Set(W.PRONOUNS),
    pronounGender: { lui: 'm', lei: 'f', egli: 'm', ella: 'f' },
    determiners: new Set(W.DETERMINERS),
    definiteArticles: W.DEFINITE_ARTICLES,
    nameParticles: new Set(W.NAME_PARTICLES),
    stopwords: new Set(W.STOPWORDS),
    subordinators: new Set(W.SUBORDINATORS),
    relatives: W.RELATIVES,
    vagueHeads: new Set(W.VAGUE_HEADS),
    roleNouns: new Set(W.ROLE_NOUNS),
    institutions: new Set(W.INSTITUTIONS),
    ageWord: /^(?:\d+enne|cinquantenne|sessantenne|quarantenne|settantenne|ottantenne)$/,
    impersonal: [],
    bodyEndings: W.BODY_ENDINGS,
    ownWords: new Set(W.OWN_WORDS),
    bodyHeadBase: (w) => w,
    coordinators: new Set(W.COORDINATORS),
    impersonalFrom: [],
    bodyWords: W.BODY_WORDS,
    bodyLinks: new Set(W.BODY_LINKS),
    hearers: new Set([...AGENCIES, ...W.HEARER_WORDS]),
    hearerPrepositions: new Set(W.HEARER_PREPOSITIONS),
    givenNames: givenNames(W.GIVEN_MALE, W.GIVEN_FEMALE),
    documentNouns: new Set(W.DOCUMENT_NOUNS),
    genitiveLinks: new Set(W.GENITIVE_LINKS),
    bareGenitive: false,
    placeAdjective: /^[a-zàèéìòù]{3,}(?:ese|esi|ano|ana|ino|ina|ense|eno|ena|ico|ica|ego|ega|olo|ola)$/,
    formerWords: new Set(W.FORMER_WORDS),
    pluralForm: /^(?:\p{L}+(?:ano|ono|ero|arono|irono|erono)|hanno|loro)$/u,
    verbGender: () => null,
    titles: TITLES,
    countryAdjectives: W.COUNTRY_ADJECTIVES,
    country: 'Italy',
    capitalisedNouns: false,
    proDrop: true,
    dashSpeech: true,
    inflectsNames: false,
    nameBases: (w) => [w],
  };
}
