// Letters and digits (Unicode \p{L} and \p{N}) and white space (\s) by character code, for the
// scanners that find the tokens of a Unicode pattern without running it: a table filled on first
// sight of each code, so a code costs the pattern test once.
/** Per UTF-16 code unit: 0 not yet known, 1 letter or digit, 2 white space, 3 other. */
const CLASS = new Uint8Array(0x10000);
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const SPACE = /^\s$/;
export function classOf(cp: number): number {
  if (cp > 0xffff) return LETTER_OR_DIGIT.test(String.fromCodePoint(cp)) ? 1 : 3;
  let k = CLASS[cp]!;
  if (k === 0) {
    const ch = String.fromCharCode(cp);
    k = LETTER_OR_DIGIT.test(ch) ? 1 : SPACE.test(ch) ? 2 : 3;
    CLASS[cp] = k;
  }
  return k;
}
/** The code point at i (a surrogate pair only when both halves lie before `to`). */
export function codeAt(text: string, i: number, to: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
  }
  return c;
}
/** An ASCII digit 0–9, by character code. */
export const isDigit = (c: number): boolean => c >= 48 && c <= 57;
export const isLetterOrDigit = (cp: number): boolean =>
  cp < 128 ? (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90) || (cp >= 48 && cp <= 57) : classOf(cp) === 1;
