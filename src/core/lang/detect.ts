// The language of a text, when the page does not say: franc-min (trigram profiles of 82
// languages, 55 KB gzip in the background bundle; see the report of issue 17 for the comparison
// with eld and tinyld on our own sentences). Only the first part of the text is read: a news
// article says its language in its first paragraphs, and the cost stays flat however long it is.
import { francAll } from 'franc-min';
import { FUNCTION_WORDS } from '../locales/en/lexicon/function-words.ts';

/** ISO 639-3 (franc) → ISO 639-1, for the languages a reader of the news is likely to meet. */
const ISO1: Record<string, string> = {
  eng: 'en', deu: 'de', fra: 'fr', spa: 'es', ita: 'it', por: 'pt', pol: 'pl', nld: 'nl', ces: 'cs', slk: 'sk',
  rus: 'ru', ukr: 'uk', bel: 'be', bul: 'bg', srp: 'sr', hrv: 'hr', bos: 'bs', slv: 'sl', ron: 'ro', hun: 'hu',
  swe: 'sv', dan: 'da', nob: 'nb', fin: 'fi', est: 'et', lit: 'lt', lav: 'lv', tur: 'tr', ell: 'el', arb: 'ar',
  pes: 'fa', urd: 'ur', hin: 'hi', mar: 'mr', npi: 'ne', ind: 'id', zlm: 'ms', vie: 'vi', tgl: 'tl', swh: 'sw',
  cmn: 'zh', jpn: 'ja', kor: 'ko', heb: 'he', kaz: 'kk', uzn: 'uz', azj: 'az', cat: 'ca', glg: 'gl',
};

/** Characters read to tell the language (about 150 words). */
const SAMPLE = 1000;
/** Characters read for the quick English test, and the share of English function words that settles it. */
const QUICK = 600;
const QUICK_SHARE = 0.2;
let english: Set<string> | null = null;

/** Whether the start of a text is plainly English: a fifth or more of its words are English function words. */
function plainlyEnglish(text: string): boolean {
  english ??= new Set(FUNCTION_WORDS);
  const words = text.slice(0, QUICK).toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < 20) return false;
  let hits = 0;
  for (const w of words) if (english.has(w)) hits++;
  return hits / words.length >= QUICK_SHARE;
}
/** Fewer letters than this tell nothing reliable: the caller keeps its default. */
const MIN_LETTERS = 40;

/**
 * The language of the text as an ISO 639-1 code (or franc's 639-3 code where there is none), or
 * null when the text is too short to tell. English wins a near tie: it is the deepest reader, and
 * a short English text with many names is the likeliest to be mistaken for another language.
 */
export function detectLanguage(text: string): string | null {
  if (plainlyEnglish(text)) return 'en';
  const sample = text.length > SAMPLE ? text.slice(0, text.lastIndexOf(' ', SAMPLE) > SAMPLE / 2 ? text.lastIndexOf(' ', SAMPLE) : SAMPLE) : text;
  let letters = 0;
  for (let i = 0; i < sample.length && letters < MIN_LETTERS; i++) if (/\p{L}/u.test(sample[i]!)) letters++;
  if (letters < MIN_LETTERS) return null;
  const ranked = francAll(sample, { minLength: MIN_LETTERS });
  const [top, score] = ranked[0] ?? ['und', 0];
  if (top === 'und') return null;
  const en = ranked.find(([code]) => code === 'eng');
  if (top !== 'eng' && en && en[1] >= score - ENGLISH_MARGIN) return 'en';
  return ISO1[top] ?? top;
}
/** How close English may come to the best score (franc's scores are 1 for the best, lower for the rest) and still win. */
const ENGLISH_MARGIN = 0.02;
