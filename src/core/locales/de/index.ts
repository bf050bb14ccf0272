// German pack: quotation marks „…“ »…« and "…", "sagte Merkel" / "Merkel sagte", "laut X" and
// "X zufolge", nouns with capitals (a capital alone makes no name), genitive names (Merkels).
import type { LanguagePack, TitleEntry } from '../../lang/pack.ts';
import * as W from './lexicon/words.ts';
import { wordListFields } from '../common/pack-word-lists.ts';
import { germanDescriptionGender } from './description-gender.ts';
import { givenNamesAbroad } from './given-names-abroad.ts';

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
  const lists = wordListFields(W);
  return {
    code: 'de',
    ...lists,
    givenNames: { ...givenNamesAbroad(), ...lists.givenNames },
    tagWords: new Set(W.TAG_WORDS),
    accordingOpeners: [],
    accordingPossessive: [],
    accordingClosing: ['so'],
    asClause: ['wie'],
    // ("sie" is she or they, never he)
    pronounGender: { er: 'm', ihm: 'm', sie: 'f' },
    pronounsAbout: ['er', 'sie'],
    ageWord: /^\d+-jährige[rn]?$/,
    impersonal: ['es'],
    bodyHeadBase: (w) => w,
    impersonalFrom: W.IMPERSONAL_FROM,
    bareGenitive: false,
    placeAdjective: /^[a-zäöüß]{3,}(?:ische|ischen|ischer|ische[ms])$/,
    pluralForm: /^(?:\p{L}+en|sie|haben|hatten|werden|wurden)$/u,
    verbGender: () => null,
    descriptionGender: germanDescriptionGender,
    obliqueArticles: new Set(W.OBLIQUE_ARTICLES),
    // (Liebhaberin, Prokuristin, Polizist, Doktorandin, Studentin; a rank, der Weltranglistendritte, die Zweitplatzierte)
    personNoun: /^[\p{L}-]{3,}(?:erin|istin|ist|andin|antin|entin|login|(?:erst|zweit|dritt|viert|fünft|platziert)er?)$/u,
    articlePrepositions: W.ARTICLE_PREPOSITIONS,
    titles: TITLES,
    country: 'Germany',
    capitalisedNouns: true,
    proDrop: false,
    dashSpeech: false,
    // "Merkels Rede": a genitive s (not after s, x, z)
    inflectsNames: false,
    sequelColon: null,
    latterWords: {},
    genericDescriptions: null,
    articleGender: {},
    asides: [],
    nameBases: (w) => (/[^sxzß]s$/.test(w) && w.length > 3 ? [w, w.slice(0, -1)] : [w]),
    nominative: () => null,
    roleKinds: [],
  };
}
