// How long an article is to read: words (runs of non-space characters) and minutes.
// One definition for the popup's header and the command line's reading.

/** Words per minute for the reading-time estimate (a common figure for adult prose). */
export const WORDS_PER_MINUTE = 230;

export function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 9 || c === 13 || c === 160;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** Minutes to read, at least one. */
export const readingMinutes = (words: number): number => Math.max(1, Math.round(words / WORDS_PER_MINUTE));
