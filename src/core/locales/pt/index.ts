// Portuguese pack: “…” « … » and dialogue dashes, "disse o presidente", "segundo X", "de acordo com X".
import type { LanguagePack, TitleEntry } from '../../lang/pack.ts';
import * as W from './lexicon/words.ts';
import { wordListFields } from '../common/pack-word-lists.ts';
import { roleNounGender } from '../common/role-noun-gender.ts';

const TITLES: TitleEntry[] = [
  { words: 'presidente da república', office: 'President' }, { words: 'primeiro-ministro', office: 'Prime Minister', needsCountry: true },
  { words: 'primeira-ministra', office: 'Prime Minister', needsCountry: true }, { words: 'chanceler', office: 'Foreign Minister', needsCountry: true },
  { words: 'presidente', office: 'President', needsCountry: true },
];

export function buildPortuguese(): LanguagePack {
  return {
    code: 'pt',
    ...wordListFields(W),
    tagWords: new Set(),
    accordingOpeners: ['para'],
    accordingPossessive: [],
    accordingClosing: [],
    asClause: ['como', 'conforme'],
    pronounGender: { ele: 'm', ela: 'f' },
    pronounsAbout: [],
    ageWord: /^(?:sexagenári[oa]|octogenári[oa]|septuagenári[oa])$/,
    impersonal: [],
    bodyHeadBase: (w) => w,
    impersonalFrom: [],
    bareGenitive: false,
    placeAdjective: /^[a-záéíóúâêôãõç]{3,}(?:ês|esa|ano|ana|ense|ino|ina|eno|ena|ico|ica|ego|ega)$/,
    pluralForm: /^(?:\p{L}+(?:am|em|ão)|eles|elas|têm)$/u,
    verbGender: () => null,
    descriptionGender: roleNounGender(new Set(W.ROLE_NOUNS), W.ARTICLE_GENDER),
    personNoun: null,
    obliqueArticles: new Set(),
    articlePrepositions: W.ARTICLE_PREPOSITIONS,
    titles: TITLES,
    // Portugal and Brazil share the language: a bare title names no country
    country: null,
    capitalisedNouns: false,
    proDrop: true,
    dashSpeech: true,
    inflectsNames: false,
    sequelColon: null,
    latterWords: {},
    genericDescriptions: new Set(W.GENERIC_DESCRIPTIONS),
    articleGender: W.ARTICLE_GENDER,
    asides: W.ASIDES,
    nameBases: (w) => [w],
    nominative: () => null,
    roleKinds: W.ROLE_KINDS,
    shortPartials: true,
    participleAside: W.ASIDE_PARTICIPLE,
  };
}
