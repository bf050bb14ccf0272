// A heading or subheading that quotes someone ("« Nouvelles réformes nécessaires »" alone on its line, no
// final stop) repeats words said elsewhere in the article: its speaker is the one of the quotation that
// holds those words, not the person quoted just before it. With no such quotation, no speaker.
import type { Span } from '../../types.ts';

/** Whether a quotation is a heading: alone in its paragraph, short, with no sentence punctuation at its end. */
export function isHeadingQuote(text: string, q: { start: number; end: number; inner: Span }, paragraph: Span, words: number): boolean {
  if (words > 12) return false;
  if (text.slice(paragraph.start, q.start).trim() !== '' || text.slice(q.end, paragraph.end).trim() !== '') return false;
  return !/[.!?…,;:]$/.test(text.slice(q.inner.start, q.inner.end).trim());
}

/** Words in lower case without punctuation, for finding a heading's words inside a quotation. */
export function plainWords(s: string): string {
  return ` ${s.toLowerCase().replace(/[’']/g, "'").split(/[^\p{L}\p{N}']+/u).filter(Boolean).join(' ')} `;
}

/** The index of the item whose quoted words hold the heading's words (the nearest after it, else before), or -1. */
export function headingSource(heading: string, quoted: { start: number; words: string }[], at: number): number {
  const h = plainWords(heading);
  if (h.trim().split(' ').length < 3) return -1;
  let best = -1;
  for (let i = 0; i < quoted.length; i++) {
    if (!quoted[i]!.words.includes(h)) continue;
    if (best < 0 || (quoted[i]!.start > at && (quoted[best]!.start < at || quoted[i]!.start < quoted[best]!.start))) best = i;
  }
  return best;
}
