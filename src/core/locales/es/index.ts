// Spanish pack: “…” « … » and dialogue dashes (—…—dijo X), "dijo el presidente", "según X".
import type { LanguagePack, TitleEntry } from '../../lang/pack.ts';
import * as W from './lexicon/words.ts';
import { AGENCIES, givenNames } from '../common/lexicon/media.ts';

const TITLES: TitleEntry[] = [
  { words: 'presidente del gobierno', office: 'Prime Minister', country: 'Spain' }, { words: 'presidenta del gobierno', office: 'Prime Minister', country: 'Spain' },
  { words: 'primer ministro', office: 'Prime Minister', needsCountry: true }, { words: 'primera ministra', office: 'Prime Minister', needsCountry: true },
  { words: 'canciller', office: 'Foreign Minister', needsCountry: true }, { words: 'ministro de asuntos exteriores', office: 'Foreign Minister' },
  { words: 'presidente', office: 'President', needsCountry: true }, { words: 'presidenta', office: 'President', needsCountry: true },
  { words: 'mandatario', office: 'President', needsCountry: true },
];

export function buildSpanish(): LanguagePack {
  return {
    code: 'es',
    abbreviations: W.ABBREVIATIONS,
    cueVerbs: new Set(W.CUE_VERBS),
    tagWords: new Set(),
    auxiliaries: new Set(W.AUXILIARIES),
    accordingBefore: W.ACCORDING_BEFORE,
    accordingAfter: W.ACCORDING_AFTER,
    accordingOpeners: ['para'],
    accordingClosing: [],
    asClause: ['como'],
    pronouns: new Set(W.PRONOUNS),
    pronounGender: { él: 'm', ella: 'f' },
    determiners: new Set(W.DETERMINERS),
    definiteArticles: W.DEFINITE_ARTICLES,
    nameParticles: new Set(W.NAME_PARTICLES),
    stopwords: new Set(W.STOPWORDS),
    subordinators: new Set(W.SUBORDINATORS),
    relatives: W.RELATIVES,
    vagueHeads: new Set(W.VAGUE_HEADS),
    roleNouns: new Set(W.ROLE_NOUNS),
    institutions: new Set(W.INSTITUTIONS),
    ageWord: /^(?:cincuentón|cincuentona|sexagenari[oa]|octogenari[oa]|septuagenari[oa])$/,
    impersonal: [],
    bodyEndings: W.BODY_ENDINGS,
    ownWords: new Set(W.OWN_WORDS),
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
    placeAdjective: /^[a-záéíóúñü]{3,}(?:és|esa|ano|ana|ino|ina|ense|eño|eña|án|ena|eno|ico|ica|ego|ega)$/,
    formerWords: new Set(W.FORMER_WORDS),
    pluralForm: /^(?:\p{L}+(?:aron|eron|an|en)|ellos|ellas|han)$/u,
    verbGender: () => null,
    titles: TITLES,
    countryAdjectives: W.COUNTRY_ADJECTIVES,
    country: 'Spain',
    capitalisedNouns: false,
    proDrop: true,
    dashSpeech: true,
    inflectsNames: false,
    nameBases: (w) => [w],
  };
}
