// Word and punctuation tokens of a stretch of text, with their offsets. Words keep inner
// apostrophes, hyphens and dots (don’t, Xi’s, U.S, well-known); everything else that is not
// white space is a one-character token.
export interface Tokens {
  start: number[];
  end: number[];
  /** Lower-cased text, possessive ’s / ' removed, curly apostrophes made straight. */
  low: string[];
  /** Raw text of the token. */
  raw: string[];
  /** First character is an upper-case letter. */
  cap: boolean[];
  /** A word (letters or digits) rather than punctuation. */
  word: boolean[];
  /** Ends in a possessive ’s. */
  poss: boolean[];
  length: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’.\-&][\p{L}\p{N}]+)*\.?|\S/gu;
const ABBR_DOT =
  /^(?:[A-Z]\.|(?:[A-Za-z]\.){2,}|(?:Mr|Mrs|Ms|Dr|Sen|Sens|Rep|Reps|Gov|Gen|Lt|Col|Maj|Sgt|Capt|Adm|Cmdr|St|Jr|Sr|Rev|Prof|Hon|Pres|Supt|Atty|Messrs|Mt|Ft|No|vs|Vs|Inc|Corp|Co|Ltd|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec)\.)$/;
// 's that is "is" or "us", not a possessive.
const NOT_POSSESSIVE = new Set(["it's", "he's", "she's", "that's", "there's", "what's", "who's", "let's", "here's", "where's", "how's", "when's"]);

export function tokenize(text: string, from: number, to: number): Tokens {
  const t: Tokens = { start: [], end: [], low: [], raw: [], cap: [], word: [], poss: [], length: 0 };
  const slice = text.slice(from, to);
  WORD.lastIndex = 0;
  for (let m = WORD.exec(slice); m; m = WORD.exec(slice)) {
    const raw = m[0];
    const s = from + m.index;
    // Keep a final dot only on abbreviations (Mr., U.S., Sen.); otherwise it is punctuation.
    if (raw.length > 1 && raw.endsWith('.') && !ABBR_DOT.test(raw)) {
      push(t, raw.slice(0, -1), s);
      push(t, '.', s + raw.length - 1);
      continue;
    }
    push(t, raw, s);
  }
  return t;
}

// "he’s", "they’re", "I’m": a pronoun and its auxiliary, as two tokens.
const CONTRACTED = /^(i|you|he|she|it|we|they|who|that|there)(['’](?:s|re|m|ve|d|ll))$/i;

function push(t: Tokens, raw: string, s: number): void {
  // (no apostrophe, no contraction: most words skip the pattern)
  const m = raw.length <= 8 && (raw.includes("'") || raw.includes('’')) ? CONTRACTED.exec(raw) : null;
  if (m) {
    pushOne(t, m[1]!, s);
    pushOne(t, m[2]!, s + m[1]!.length);
    return;
  }
  pushOne(t, raw, s);
}

function pushOne(t: Tokens, raw: string, s: number): void {
  const c = raw.charCodeAt(0);
  // ASCII first characters are classified by their code (the patterns are for the rest)
  const ascii = c < 128;
  const asciiWord = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  const isWord = (ascii ? asciiWord : /[\p{L}\p{N}]/u.test(raw[0]!)) || (raw.length > 1 && /^['’]\p{L}+$/u.test(raw));
  let low = raw.toLowerCase();
  if (low.includes('’')) low = low.replace(/’/g, "'");
  let poss = false;
  if (isWord && low.length > 2 && (low.endsWith("'s") || low.endsWith("s'")) && !NOT_POSSESSIVE.has(low)) {
    poss = true;
    low = low.endsWith("'s") ? low.slice(0, -2) : low.slice(0, -1);
  }
  t.start.push(s);
  t.end.push(s + raw.length);
  t.low.push(low);
  t.raw.push(raw);
  t.cap.push(isWord && (ascii ? c >= 65 && c <= 90 : raw[0] !== raw[0]!.toLowerCase()) && !(c >= 48 && c <= 57));
  t.word.push(isWord);
  t.poss.push(poss);
  t.length++;
}
