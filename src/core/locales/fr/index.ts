// French pack: « … » and “…”, "a déclaré le ministre", "écrit-il", "selon X", "d'après X".
import type { LanguagePack, TitleEntry } from '../../lang/pack.ts';
import * as W from './lexicon/words.ts';
import { wordListFields } from '../common/pack-word-lists.ts';
import { unelided } from '../common/persons.ts';

const TITLES: TitleEntry[] = [
  { words: 'président de la république', office: 'President' }, { words: 'présidente de la république', office: 'President' },
  { words: 'chef de l\'état', office: 'President' }, { words: 'chef de l\'etat', office: 'President' }, { words: 'premier ministre', office: 'Prime Minister' },
  { words: 'première ministre', office: 'Prime Minister' }, { words: 'chef du gouvernement', office: 'Prime Minister' },
  { words: 'ministre des affaires étrangères', office: 'Foreign Minister' }, { words: 'chef de la diplomatie', office: 'Foreign Minister' },
  // (Germany's or Austria's: only an adjective beside it tells)
  { words: 'chancelier', office: 'Chancellor', needsCountry: true }, { words: 'chancelière', office: 'Chancellor', needsCountry: true },
  { words: 'président', office: 'President', needsCountry: true }, { words: 'présidente', office: 'President', needsCountry: true },
];

/** The gender a French description says by its head: a feminine ending (-euse, -rice, -ière, -enne, -aise, -oise; a role
 * whose masculine the lexicon lists, "avocate") is a woman, a masculine whose feminine it lists a man; "ministre",
 * "juge", "-iste" say nothing (the article tells). */
const ROLES = new Set(W.ROLE_NOUNS);
function frenchDescriptionGender(determiner: string | null, head: string): 'm' | 'f' | null {
  // (the article first: "la médecin", "le juge")
  if (determiner === 'la' || determiner === 'une' || determiner === 'cette' || determiner === 'sa') return 'f';
  if (determiner === 'le' || determiner === 'un' || determiner === 'ce' || determiner === 'cet') return 'm';
  const w = unelided(head);
  const roles = ROLES;
  if (/(?:euse|rice|ière|enne|éenne|aise|oise|ande|ée)$/.test(w) || (w.endsWith('e') && roles.has(w.slice(0, -1)))) return 'f';
  if (roles.has(`${w}e`) || roles.has(`${w}ne`) || /(?:eur|ier|ien|éen|ais|ois|ain|and)$/.test(w)) return 'm';
  return null;
}

export function buildFrench(): LanguagePack {
  return {
    code: 'fr',
    ...wordListFields(W),
    tagWords: new Set(),
    accordingOpeners: ['pour'],
    accordingPossessive: [],
    accordingClosing: [],
    asClause: ['comme'],
    pronounGender: { il: 'm', elle: 'f', 'celui-ci': 'm', 'celle-ci': 'f' },
    pronounsAbout: [],
    ageWord: /^(?:quinquagénaire|sexagénaire|quadragénaire|trentenaire|septuagénaire|octogénaire)s?$/,
    // "indique-t-on à l'Élysée": the words come from the place or source after the verb
    impersonal: ['on'],
    bodyHeadBase: (w) => w,
    impersonalFrom: W.IMPERSONAL_FROM,
    bareGenitive: false,
    placeAdjective: /^[a-zéèêëàâîïôûç-]{3,}(?:ois|oise|ais|aise|ien|ienne|éen|éenne|ain|aine|and|ande)$/,
    pluralForm: /^(?:ils|elles|ont|\p{L}+ent|\p{L}+-t-(?:ils|elles)|\p{L}+-(?:ils|elles))$/u,
    verbGender: () => null,
    descriptionGender: frenchDescriptionGender,
    personNoun: null,
    obliqueArticles: new Set(),
    articlePrepositions: ['au', 'aux'],
    titles: TITLES,
    country: 'France',
    capitalisedNouns: false,
    proDrop: false,
    dashSpeech: false,
    inflectsNames: false,
    sequelColon: W.SEQUEL_COLON,
    // « … », a précisé ce dernier
    latterWords: { dernier: 'm', dernière: 'f' },
    genericDescriptions: new Set(W.GENERIC_DESCRIPTIONS),
    articleGender: { le: 'm', la: 'f' },
    asides: [],
    nameBases: (w) => [w],
    nominative: () => null,
    roleKinds: W.ROLE_KINDS,
  };
}
