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
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

// Scratch columns, reused from call to call (one exact-size copy per call instead of seven
// arrays grown a token at a time).
const S_START: number[] = [];
const S_END: number[] = [];
const S_LOW: string[] = [];
const S_RAW: string[] = [];
const S_CAP: boolean[] = [];
const S_WORD: boolean[] = [];
const S_POSS: boolean[] = [];
let count = 0;

export function tokenize(text: string, from: number, to: number): Tokens {
  count = 0;
  // (a regular expression rather than a loop over character codes: it runs as compiled code from
  // the first page read on, where a loop is still interpreted)
  const slice = text.slice(from, to);
  WORD.lastIndex = 0;
  for (let m = WORD.exec(slice); m; m = WORD.exec(slice)) {
    const raw = m[0];
    const s = from + m.index;
    // Keep a final dot only on abbreviations (Mr., U.S., Sen.); otherwise it is punctuation.
    if (raw.length > 1 && raw.endsWith('.') && !ABBR_DOT.test(raw)) {
      push(raw.slice(0, -1), s);
      push('.', s + raw.length - 1);
      continue;
    }
    push(raw, s);
  }
  const n = count;
  const t: Tokens = {
    start: S_START.slice(0, n), end: S_END.slice(0, n), low: S_LOW.slice(0, n), raw: S_RAW.slice(0, n),
    cap: S_CAP.slice(0, n), word: S_WORD.slice(0, n), poss: S_POSS.slice(0, n), length: n,
  };
  // the scratch columns hold no strings of this text past the call
  S_LOW.fill('', 0, n);
  S_RAW.fill('', 0, n);
  return t;
}

// "he’s", "they’re", "I’m": a pronoun and its auxiliary, as two tokens.
const CONTRACTED = /^(i|you|he|she|it|we|they|who|that|there)(['’](?:s|re|m|ve|d|ll))$/i;

function push(raw: string, s: number): void {
  // (no apostrophe, no contraction: most words skip the pattern)
  const m = raw.length <= 8 && (raw.includes("'") || raw.includes('’')) ? CONTRACTED.exec(raw) : null;
  if (m) {
    pushOne(m[1]!, s);
    pushOne(m[2]!, s + m[1]!.length);
    return;
  }
  pushOne(raw, s);
}

/** Whether raw has a capital or a character past ASCII (else it is its own lower case). */
const NEEDS_LOWERING = /[A-Z\u0080-\uffff]/;
const needsLowering = (raw: string): boolean => NEEDS_LOWERING.test(raw);

function pushOne(raw: string, s: number): void {
  const c = raw.charCodeAt(0);
  // ASCII first characters are classified by their code (the patterns are for the rest)
  const ascii = c < 128;
  const asciiWord = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  const isWord = (ascii ? asciiWord : LETTER_OR_DIGIT.test(raw[0]!)) || (raw.length > 1 && (c === 39 || c === 0x2019) && /^['’]\p{L}+$/u.test(raw));
  let low = raw;
  if (needsLowering(raw)) {
    low = raw.toLowerCase();
    if (low.includes('’')) low = low.replace(/’/g, "'");
  }
  let poss = false;
  if (isWord && low.length > 2 && (low.endsWith("'s") || low.endsWith("s'")) && !NOT_POSSESSIVE.has(low)) {
    poss = true;
    low = low.endsWith("'s") ? low.slice(0, -2) : low.slice(0, -1);
  }
  const k = count++;
  S_START[k] = s;
  S_END[k] = s + raw.length;
  S_LOW[k] = low;
  S_RAW[k] = raw;
  S_CAP[k] = isWord && (ascii ? c >= 65 && c <= 90 : raw[0] !== raw[0]!.toLowerCase()) && !(c >= 48 && c <= 57);
  S_WORD[k] = isWord;
  S_POSS[k] = poss;
}
