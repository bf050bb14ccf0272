// Word-level tokens with offsets, for the time-expression grammar. One linear regex pass:
// words (hyphenated compounds kept whole: "third-quarter", "two-year", "mid-1990s"),
// numbers (with their separators and a letter suffix: "1,000", "19.03.2023", "1990s", "20th"),
// and single punctuation characters.

export interface Token {
  start: number;
  end: number;
  /** The token as written. */
  raw: string;
  /** Lower case. */
  w: string;
  /** Starts with an upper-case letter. */
  cap: boolean;
  num: boolean;
}

const TOKEN = /[0-9]+(?:[.,:/-][0-9]+)*(?:[a-zA-Z]+)?|[A-Za-z\u00C0-\u024F]+(?:-[A-Za-z0-9\u00C0-\u024F]+)*|\S/g;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const raw = m[0];
    const c = raw.charCodeAt(0);
    out.push({
      start: m.index,
      end: m.index + raw.length,
      raw,
      w: raw.toLowerCase(),
      cap: c >= 65 && c <= 90,
      num: c >= 48 && c <= 57,
    });
  }
  return out;
}
