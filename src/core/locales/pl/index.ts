// Polish pack: „…” «…» and dash speech ("– … – mówi premier"), "powiedział premier", "według X",
// "zdaniem X", and names under inflection (Putina, Putinowi, Putinem → Putin).
import type { LanguagePack, TitleEntry } from '../../lang/pack.ts';
import * as W from './lexicon/words.ts';
import { wordListFields } from '../common/pack-word-lists.ts';
import { nameBases, nominative } from './names.ts';

const COMMON = new Set(W.COMMON_GENDER_ROLES);
const ROLES = new Set(W.ROLE_NOUNS);

/** The gender a role noun says: feminine by its suffix (posłanka, rzeczniczka, szefowa, przewodnicząca, rozmówczyni,
 * pani), masculine when it is a man's form that has a woman's beside it (poseł, ekspert, rozmówca, ekonomista); none for
 * roles said of both (minister, premier, prezes) and for a man's role in the genitive ("polityka", "analityka"). */
function roleGender(_determiner: string | null, head: string): 'm' | 'f' | null {
  if (COMMON.has(head)) return null;
  // (a man's role in -ek has its genitive in -ka too: "marszałka" of marszałek)
  if (/(?:ka|yni|owa|ąca|na|ni)$/.test(head)) return head.endsWith('ka') && (ROLES.has(head.slice(0, -1)) || ROLES.has(`${head.slice(0, -2)}ek`)) ? null : 'f';
  if (/[bcćdfghjklłmnńprsśtwzźż]$/.test(head) || /(?:sta|ca)$/.test(head)) return ROLES.has(head) ? 'm' : null;
  return null;
}

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
    asClause: ['jak'],
    pronounGender: { on: 'm', ona: 'f', niego: 'm', niej: 'f', jego: 'm', jej: 'f' },
    pronounsAbout: [],
    ageWord: /^\d+-(?:latek|latka|letni|letnia)$/,
    impersonal: W.IMPERSONAL,
    bodyHeadBase: (w) => W.BODY_HEAD_BASES[w] ?? w,
    impersonalFrom: W.IMPERSONAL_FROM,
    bareGenitive: true,
    placeAdjective: /^[a-ząćęłńóśźż]{3,}(?:ski|ska|skiego|skiej|skim|cki|cka|ckiego|ckiej)$/,
    pluralForm: /^(?:\p{L}+(?:li|ły|ą)|oni|one)$/u,
    verbGender: (w) => (/ła$/.test(w) ? 'f' : /ł$/.test(w) ? 'm' : null),
    descriptionGender: roleGender,
    personNoun: null,
    obliqueArticles: new Set(),
    // (a capitalised quotation after a preposition is a title: "w „Faktach po Faktach”", "w „Gazecie Wyborczej”")
    articlePrepositions: W.ARTICLE_PREPOSITIONS,
    titles: TITLES,
    country: 'Poland',
    capitalisedNouns: false,
    proDrop: true,
    dashSpeech: true,
    inflectsNames: true,
    sequelColon: null,
    latterWords: {},
    genericDescriptions: null,
    articleGender: {},
    asides: [],
    nameBases,
    nominative,
    roleKinds: W.ROLE_KINDS,
  };
}
