// French pack: « … » and “…”, "a déclaré le ministre", "écrit-il", "selon X", "d'après X".
import type { LanguagePack, TitleEntry } from '../../lang/pack.ts';
import * as W from './lexicon/words.ts';
import { AGENCIES, givenNames } from '../common/lexicon/media.ts';

const TITLES: TitleEntry[] = [
  { words: 'président de la république', office: 'President' }, { words: 'présidente de la république', office: 'President' },
  { words: 'chef de l\'état', office: 'President' }, { words: 'premier ministre', office: 'Prime Minister' },
  { words: 'première ministre', office: 'Prime Minister' }, { words: 'chef du gouvernement', office: 'Prime Minister' },
  { words: 'ministre des affaires étrangères', office: 'Foreign Minister' }, { words: 'chef de la diplomatie', office: 'Foreign Minister' },
  { words: 'chancelier', office: 'Chancellor', country: 'Germany' }, { words: 'chancelière', office: 'Chancellor', country: 'Germany' },
  { words: 'président', office: 'President', needsCountry: true }, { words: 'présidente', office: 'President', needsCountry: true },
];

export function buildFrench(): LanguagePack {
  return {
    code: 'fr',
    abbreviations: W.ABBREVIATIONS,
    cueVerbs: new Set(W.CUE_VERBS),
    tagWords: new Set(),
    auxiliaries: new Set(W.AUXILIARIES),
    accordingBefore: W.ACCORDING_BEFORE,
    accordingAfter: W.ACCORDING_AFTER,
    accordingOpeners: ['pour'],
    accordingClosing: [],
    asClause: ['comme'],
    pronouns: new Set(W.PRONOUNS),
    pronounGender: { il: 'm', elle: 'f', 'celui-ci': 'm', 'celle-ci': 'f' },
    determiners: new Set(W.DETERMINERS),
    definiteArticles: W.DEFINITE_ARTICLES,
    nameParticles: new Set(W.NAME_PARTICLES),
    stopwords: new Set(W.STOPWORDS),
    subordinators: new Set(W.SUBORDINATORS),
    relatives: W.RELATIVES,
    vagueHeads: new Set(W.VAGUE_HEADS),
    roleNouns: new Set(W.ROLE_NOUNS),
    institutions: new Set(W.INSTITUTIONS),
    ageWord: /^(?:quinquagénaire|sexagénaire|quadragénaire|trentenaire|septuagénaire|octogénaire)s?$/,
    impersonal: [],
    bodyEndings: W.BODY_ENDINGS,
    ownWords: new Set(W.OWN_WORDS),
    impersonalFrom: [],
    bodyWords: W.BODY_WORDS,
    bodyLinks: new Set(W.BODY_LINKS),
    hearers: new Set([...AGENCIES, ...W.HEARER_WORDS]),
    hearerPrepositions: new Set(W.HEARER_PREPOSITIONS),
    givenNames: givenNames(W.GIVEN_MALE, W.GIVEN_FEMALE),
    documentNouns: new Set(W.DOCUMENT_NOUNS),
    genitiveLinks: new Set(W.GENITIVE_LINKS),
    bareGenitive: false,
    placeAdjective: /^[a-zéèêëàâîïôûç-]{3,}(?:ois|oise|ais|aise|ien|ienne|éen|éenne|ain|aine|and|ande)$/,
    formerWords: new Set(W.FORMER_WORDS),
    pluralForm: /^(?:ils|elles|ont|\p{L}+ent|\p{L}+-t-(?:ils|elles)|\p{L}+-(?:ils|elles))$/u,
    verbGender: () => null,
    titles: TITLES,
    countryAdjectives: W.COUNTRY_ADJECTIVES,
    country: 'France',
    capitalisedNouns: false,
    proDrop: false,
    dashSpeech: false,
    inflectsNames: false,
    nameBases: (w) => [w],
  };
}
