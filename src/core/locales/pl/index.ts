// Polish pack: „…” «…» and dash speech ("– … – mówi premier"), "powiedział premier", "według X",
// "zdaniem X", and names under inflection (Putina, Putinowi, Putinem → Putin).
import type { LanguagePack, TitleEntry } from '../../lang/pack.ts';
import * as W from './lexicon/words.ts';
import { wordListFields } from '../common/pack-word-lists.ts';
import { nameBases, nominative } from './names.ts';

const TITLES: TitleEntry[] = [
  { words: 'premier', office: 'Prime Minister' }, { words: 'premiera', office: 'Prime Minister' }, { words: 'premierem', office: 'Prime Minister' },
  { words: 'prezydent', office: 'President' }, { words: 'prezydenta', office: 'President' }, { words: 'prezydentem', office: 'President' },
  { words: 'szef msz', office: 'Foreign Minister' }, { words: 'minister spraw zagranicznych', office: 'Foreign Minister' },
  { words: 'kanclerz', office: 'Chancellor', country: 'Germany' },
  { words: 'szef rządu', office: 'Prime Minister' }, { words: 'szefa rządu', office: 'Prime Minister' }, { words: 'szefowa rządu', office: 'Prime Minister' },
];

export function buildPolish(): LanguagePack {
  return {
    code: 'pl',
    ...wordListFields(W),
    tagWords: new Set(),
    accordingOpeners: ['dla'],
    accordingPossessive: ['zdaniem'],
    accordingClosing: [],
    asClause: [],
    pronounGender: { on: 'm', ona: 'f', niego: 'm', niej: 'f', jego: 'm', jej: 'f' },
    ageWord: /^\d+-(?:latek|latka|letni|letnia)$/,
    impersonal: [],
    bodyHeadBase: (w) => W.BODY_HEAD_BASES[w] ?? w,
    impersonalFrom: [],
    bareGenitive: true,
    placeAdjective: /^[a-ząćęłńóśźż]{3,}(?:ski|ska|skiego|skiej|skim|cki|cka|ckiego|ckiej)$/,
    pluralForm: /^(?:\p{L}+(?:li|ły|ą)|oni|one)$/u,
    verbGender: (w) => (/ła$/.test(w) ? 'f' : /ł$/.test(w) ? 'm' : null),
    descriptionGender: () => null,
    articlePrepositions: [],
    titles: TITLES,
    country: 'Poland',
    capitalisedNouns: false,
    proDrop: true,
    dashSpeech: true,
    inflectsNames: true,
    genericDescriptions: null,
    articleGender: {},
    asides: [],
    nameBases,
    nominative,
  };
}
