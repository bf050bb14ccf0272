// Token ranges as text spans, and the quote marks that bound them.
import type { Span } from '../types.ts';
import type { Tokens } from '../text/tokens.ts';
import type { QuoteIndex } from './quote-index.ts';

export function isOpenQuote(r: string): boolean {
  return r === '“' || r === '"' || r === '„' || r === '«' || r === '‘' || r === "'" || r === '‚' || r === '‹' || r === '「' || r === '『';
}
export function isCloseQuote(r: string): boolean {
  return r === '”' || r === '"' || r === '»' || r === '’' || r === "'" || r === '›' || r === '」' || r === '』';
}

export function firstContentToken(t: Tokens, from: number): number {
  let j = from;
  while (j < t.length && !t.word[j] && !isOpenQuote(t.raw[j]!)) j++;
  return j;
}

export function lastContentToken(t: Tokens, from: number): number {
  let j = from;
  while (j >= 0 && !t.word[j] && !isCloseQuote(t.raw[j]!) && t.raw[j] !== '?' && t.raw[j] !== '!') j--;
  // a trailing comma or dash before the source is not content
  return j;
}

/**
 * The last content token of a clause that starts at token k: up to the next comma, semicolon or dash
 * outside quotation marks, or the sentence's last content token. Less than k when there is none.
 */
export function clauseLastToken(t: Tokens, k: number, quotes: QuoteIndex): number {
  const lastTok = lastContentToken(t, t.length - 1);
  for (let j = k + 1; j <= lastTok; j++) {
    if ((t.raw[j] === ',' || t.raw[j] === ';' || t.raw[j] === '—') && !quotes.insideQuote(t.start[j]!)) return j - 1;
  }
  return lastTok;
}

// A token range as a span, widened to whole quotations that start or end inside it (a quote
// running over several sentences belongs to the content in full).
export function spanOf(t: Tokens, a: number, b: number, quotes: QuoteIndex): Span {
  let start = t.start[a]!;
  let end = t.end[b]!;
  const qs = quotes.outerAt(start);
  if (qs && qs.start < start && qs.start >= start - 2) start = qs.start;
  const qe = quotes.outerAt(end - 1);
  if (qe && qe.end > end) end = qe.end;
  return { start, end };
}
