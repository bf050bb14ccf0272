// Spanish pack: “…” « … » and dialogue dashes (—…—dijo X), "dijo el presidente", "según X".
import type { LanguagePack, TitleEntry } from '../../lang/pack.ts';
import * as W from './lexicon/words.ts';
import { wordListFields } from '../common/pack-word-lists.ts';
import { roleNounGender } from '../common/role-noun-gender.ts';

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
    ...wordListFields(W),
    tagWords: new Set(),
    accordingOpeners: ['para'],
    accordingPossessive: [],
    accordingClosing: [],
    asClause: ['como'],
    pronounGender: { él: 'm', ella: 'f' },
    pronounsAbout: [],
    ageWord: /^(?:cincuentón|cincuentona|sexagenari[oa]|octogenari[oa]|septuagenari[oa])$/,
    impersonal: [],
    bodyHeadBase: (w) => w,
    impersonalFrom: [],
    bareGenitive: false,
    placeAdjective: /^[a-záéíóúñü]{3,}(?:és|esa|ano|ana|[ií]no|[ií]na|ense|eño|eña|án|ena|eno|ico|ica|ego|ega)$/,
    pluralForm: /^(?:\p{L}+(?:aron|eron|an|en)|ellos|ellas|han)$/u,
    verbGender: () => null,
    descriptionGender: roleNounGender(new Set(W.ROLE_NOUNS), W.ARTICLE_GENDER),
    personNoun: null,
    obliqueArticles: new Set(),
    articlePrepositions: W.ARTICLE_PREPOSITIONS,
    titles: TITLES,
    country: 'Spain',
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
