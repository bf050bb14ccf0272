// Portuguese pack: “…” « … » and dialogue dashes, "disse o presidente", "segundo X", "de acordo com X".
import type { LanguagePack, TitleEntry } from '../../lang/pack.ts';
import * as W from './lexicon/words.ts';
import { AGENCIES, givenNames } from '../common/lexicon/media.ts';

const TITLES: TitleEntry[] = [
  { words: 'presidente da república', office: 'President' }, { words: 'primeiro-ministro', office: 'Prime Minister', needsCountry: true },
  { words: 'primeira-ministra', office: 'Prime Minister', needsCountry: true }, { words: 'chanceler', office: 'Foreign Minister', needsCountry: true },
  { words: 'presidente', office: 'President', needsCountry: true },
];

export function buildPortuguese(): LanguagePack {
  return {
    code: 'pt',
    abbreviations: W.ABBREVIATIONS,
    cueVerbs: new Set(W.CUE_VERBS),
    tagWords: new Set(),
    auxiliaries: new Set(W.AUXILIARIES),
    accordingBefore: W.ACCORDING_BEFORE,
    accordingAfter: W.ACCORDING_AFTER,
    accordingOpeners: ['para'],
    accordingPossessive: [],
    accordingClosing: [],
    asClause: ['como', 'conforme'],
    pronouns: new Set(W.PRONOUNS),
    pronounGender: { ele: 'm', ela: 'f' },
    determiners: new Set(W.DETERMINERS),
    definiteArticles: W.DEFINITE_ARTICLES,
    nameParticles: new Set(W.NAME_PARTICLES),
    stopwords: new Set(W.STOPWORDS),
    subordinators: new Set(W.SUBORDINATORS),
    relatives: W.RELATIVES,
    vagueHeads: new Set(W.VAGUE_HEADS),
    roleNouns: new Set(W.ROLE_NOUNS),
    institutions: new Set(W.INSTITUTIONS),
    ageWord: /^(?:sexagenári[oa]|octogenári[oa]|septuagenári[oa])$/,
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
    placeAdjective: /^[a-záéíóúâêôãõç]{3,}(?:ês|esa|ano|ana|ense|ino|ina|eno|ena|ico|ica|ego|ega)$/,
    formerWords: new Set(W.FORMER_WORDS),
    pluralForm: /^(?:\p{L}+(?:am|em|ão)|eles|elas|têm)$/u,
    verbGender: () => null,
    titles: TITLES,
    countryAdjectives: W.COUNTRY_ADJECTIVES,
    // Portugal and Brazil share the language: a bare title names no country
    country: null,
    capitalisedNouns: false,
    proDrop: true,
    dashSpeech: true,
    inflectsNames: false,
    nameBases: (w) => [w],
  };
}
