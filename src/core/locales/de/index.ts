// German pack: quotation marks „…“ »…« and "…", "sagte Merkel" / "Merkel sagte", "laut X" and
// "X zufolge", nouns with capitals (a capital alone makes no name), genitive names (Merkels).
import type { LanguagePack, TitleEntry } from '../../lang/pack.ts';
import * as W from './lexicon/words.ts';
import { AGENCIES, givenNames } from '../common/lexicon/media.ts';

const TITLES: TitleEntry[] = [
  { words: 'bundeskanzler', office: 'Chancellor' }, { words: 'bundeskanzlerin', office: 'Chancellor' },
  { words: 'kanzler', office: 'Chancellor' }, { words: 'kanzlerin', office: 'Chancellor' },
  { words: 'bundespräsident', office: 'President' }, { words: 'bundespräsidentin', office: 'President' },
  { words: 'außenminister', office: 'Foreign Minister' }, { words: 'außenministerin', office: 'Foreign Minister' },
  { words: 'bundesaußenminister', office: 'Foreign Minister' }, { words: 'bundesaußenministerin', office: 'Foreign Minister' },
  { words: 'präsident', office: 'President', needsCountry: true }, { words: 'präsidentin', office: 'President', needsCountry: true },
  { words: 'staatschef', office: 'President', needsCountry: true }, { words: 'kremlchef', office: 'President', country: 'Russia' },
  { words: 'premierminister', office: 'Prime Minister', needsCountry: true }, { words: 'premierministerin', office: 'Prime Minister', needsCountry: true },
  { words: 'ministerpräsident', office: 'Prime Minister', needsCountry: true }, { words: 'ministerpräsidentin', office: 'Prime Minister', needsCountry: true },
  { words: 'regierungschef', office: 'Prime Minister', needsCountry: true }, { words: 'regierungschefin', office: 'Prime Minister', needsCountry: true },
];

export function buildGerman(): LanguagePack {
  return {
    code: 'de',
    abbreviations: W.ABBREVIATIONS,
    cueVerbs: new Set(W.CUE_VERBS),
    tagWords: new Set(W.TAG_WORDS),
    auxiliaries: new Set(W.AUXILIARIES),
    accordingBefore: W.ACCORDING_BEFORE,
    accordingAfter: W.ACCORDING_AFTER,
    accordingOpeners: [],
    accordingPossessive: [],
    accordingClosing: ['so'],
    asClause: ['wie'],
    pronouns: new Set(W.PRONOUNS),
    pronounGender: { er: 'm', ihm: 'm' },
    determiners: new Set(W.DETERMINERS),
    definiteArticles: W.DEFINITE_ARTICLES,
    nameParticles: new Set(W.NAME_PARTICLES),
    stopwords: new Set(W.STOPWORDS),
    subordinators: new Set(W.SUBORDINATORS),
    relatives: W.RELATIVES,
    vagueHeads: new Set(W.VAGUE_HEADS),
    roleNouns: new Set(W.ROLE_NOUNS),
    institutions: new Set(W.INSTITUTIONS),
    ageWord: /^\d+-jährige[rn]?$/,
    impersonal: ['es'],
    bodyEndings: W.BODY_ENDINGS,
    ownWords: new Set(W.OWN_WORDS),
    bodyHeadBase: (w) => w,
    coordinators: new Set(W.COORDINATORS),
    impersonalFrom: ['aus', 'von'],
    bodyWords: W.BODY_WORDS,
    bodyLinks: new Set(W.BODY_LINKS),
    hearers: new Set([...AGENCIES, ...W.HEARER_WORDS]),
    hearerPrepositions: new Set(W.HEARER_PREPOSITIONS),
    givenNames: givenNames(W.GIVEN_MALE, W.GIVEN_FEMALE),
    documentNouns: new Set(W.DOCUMENT_NOUNS),
    genitiveLinks: new Set(W.GENITIVE_LINKS),
    bareGenitive: false,
    placeAdjective: /^[a-zäöüß]{3,}(?:ische|ischen|ischer|ische[ms])$/,
    formerWords: new Set(W.FORMER_WORDS),
    pluralForm: /^(?:\p{L}+en|sie|haben|hatten|werden|wurden)$/u,
    verbGender: () => null,
    titles: TITLES,
    countryAdjectives: W.COUNTRY_ADJECTIVES,
    country: 'Germany',
    capitalisedNouns: true,
    proDrop: false,
    dashSpeech: false,
    // "Merkels Rede": a genitive s (not after s, x, z)
    inflectsNames: false,
    nameBases: (w) => (/[^sxzß]s$/.test(w) && w.length > 3 ? [w, w.slice(0, -1)] : [w]),
  };
}
