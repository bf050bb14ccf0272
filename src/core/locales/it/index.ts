// Italian pack: « … » and “…”, "ha detto il ministro", "secondo X", dialogue dashes.
import type { LanguagePack, TitleEntry } from '../../lang/pack.ts';
import * as W from './lexicon/words.ts';
import { wordListFields } from '../common/pack-word-lists.ts';
import { unelided } from '../common/persons.ts';

const TITLES: TitleEntry[] = [
  { words: 'presidente del consiglio', office: 'Prime Minister', country: 'Italy' }, { words: 'premier', office: 'Prime Minister' },
  { words: 'presidente della repubblica', office: 'President', country: 'Italy' }, { words: 'capo dello stato', office: 'President', country: 'Italy' },
  { words: 'ministro degli esteri', office: 'Foreign Minister' }, { words: 'primo ministro', office: 'Prime Minister', needsCountry: true },
  { words: 'cancelliere', office: 'Chancellor', country: 'Germany' }, { words: 'presidente', office: 'President', needsCountry: true },
];

/** The gender an Italian description says by its head: -trice, -essa and the feminine of a role in -o (ministra,
 * sindaca) are a woman; -tore a man; the masculine in -o is said of women too ("il ministro"), and -ista, -ente, -e
 * say nothing (a feminine article tells). */
function italianDescriptionGender(_determiner: string | null, head: string): 'm' | 'f' | null {
  const w = unelided(head);
  if (W.PERSON_NOUNS.includes(w)) return /^(?:donna|ragazza|anziana|signora)$/.test(w) ? 'f' : w.endsWith('e') && w !== 'signore' ? null : 'm';
  if (/(?:trice|essa)$/.test(w)) return 'f';
  if (/tore$/.test(w)) return 'm';
  const roles = W.ROLE_NOUNS;
  if (w.endsWith('a') && !w.endsWith('ista') && roles.includes(`${w.slice(0, -1)}o`)) return 'f';
  return null;
}

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
    pronounsAbout: [],
    ageWord: /^(?:\d+enne|cinquantenne|sessantenne|quarantenne|settantenne|ottantenne)$/,
    impersonal: W.IMPERSONAL,
    bodyHeadBase: (w) => w,
    impersonalFrom: W.IMPERSONAL_FROM,
    bareGenitive: false,
    placeAdjective: /^[a-zàèéìòù]{3,}(?:ese|esi|ano|ana|ino|ina|ense|eno|ena|ico|ica|ego|ega|olo|ola)$/,
    pluralForm: /^(?:\p{L}+(?:ano|ono|ero|arono|irono|erono)|hanno|loro)$/u,
    verbGender: () => null,
    descriptionGender: italianDescriptionGender,
    personNoun: null,
    obliqueArticles: new Set(),
    articlePrepositions: W.ARTICLE_PREPOSITIONS,
    titles: TITLES,
    country: 'Italy',
    capitalisedNouns: false,
    proDrop: true,
    dashSpeech: true,
    inflectsNames: false,
    sequelColon: W.SEQUEL_COLON,
    latterWords: {},
    genericDescriptions: new Set(W.GENERIC_DESCRIPTIONS),
    // (only the feminine article tells: "il presidente del Consiglio", "il ministro" are said of women too)
    articleGender: { la: 'f', una: 'f' },
    asides: [],
    participleAside: W.ASIDE_PARTICIPLE,
    shortPartials: true,
    impersonalClitic: 'si',
    readingPhrases: ['si legge', 'si leggeva'],
    personHearerPrepositions: W.PERSON_HEARER_PREPOSITIONS,
    cleftOpener: W.CLEFT_OPENER,
    nameBases: (w) => [w],
    nominative: () => null,
    roleKinds: W.ROLE_KINDS,
  };
}
