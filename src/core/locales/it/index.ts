// Italian pack: « … » and “…”, "ha detto il ministro", "secondo X", dialogue dashes.
import type { LanguagePack, TitleEntry } from '../../lang/pack.ts';
import * as W from './lexicon/words.ts';
import { wordListFields } from '../common/pack-word-lists.ts';

const TITLES: TitleEntry[] = [
  { words: 'presidente del consiglio', office: 'Prime Minister', country: 'Italy' }, { words: 'premier', office: 'Prime Minister' },
  { words: 'presidente della repubblica', office: 'President', country: 'Italy' }, { words: 'capo dello stato', office: 'President', country: 'Italy' },
  { words: 'ministro degli esteri', office: 'Foreign Minister' }, { words: 'primo ministro', office: 'Prime Minister', needsCountry: true },
  { words: 'cancelliere', office: 'Chancellor', country: 'Germany' }, { words: 'presidente', office: 'President', needsCountry: true },
];

export function buildItalian(): LanguagePack {
  return {
    code: 'it',
    ...wordListFields(W),
    tagWords: new Set(),
    accordingOpeners: ['per'],
    accordingPossessive: [],
    accordingClosing: [],
    asClause: ['come'],
    pronounGender: { lui: 'm', lei: 'f', egli: 'm', ella: 'f' },
    ageWord: /^(?:\d+enne|cinquantenne|sessantenne|quarantenne|settantenne|ottantenne)$/,
    impersonal: [],
    bodyHeadBase: (w) => w,
    impersonalFrom: [],
    bareGenitive: false,
    placeAdjective: /^[a-zàèéìòù]{3,}(?:ese|esi|ano|ana|ino|ina|ense|eno|ena|ico|ica|ego|ega|olo|ola)$/,
    pluralForm: /^(?:\p{L}+(?:ano|ono|ero|arono|irono|erono)|hanno|loro)$/u,
    verbGender: () => null,
    descriptionGender: () => null,
    articlePrepositions: [],
    titles: TITLES,
    country: 'Italy',
    capitalisedNouns: false,
    proDrop: true,
    dashSpeech: true,
    inflectsNames: false,
    sequelColon: null,
    genericDescriptions: null,
    articleGender: {},
    asides: [],
    nameBases: (w) => [w],
    nominative: () => null,
    roleKinds: [],
  };
}
