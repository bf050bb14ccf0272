// Small helpers to turn spans of the reading's text into display strings.
import type { Attribution, Span } from '../../../core/types.ts';

/** The text of a span, clamped to the text (a bad span gives '' rather than an exception). */
export function spanText(text: string, span: Span | null | undefined): string {
  if (!span) return '';
  const start = Math.max(0, Math.min(text.length, span.start | 0));
  const end = Math.max(start, Math.min(text.length, span.end | 0));
  return text.slice(start, end);
}

/** Collapse runs of white space into one space (linear, no backtracking). */
export function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Cut to at most n characters on a word boundary when one is near, with an ellipsis. */
export function clip(s: string, n: number): string {
  if (s.length <= n) return s;
  const cut = s.slice(0, n - 1);
  if (s[n - 1] === ' ') return cut.trimEnd() + '…'; // the cut falls between words already
  const space = cut.lastIndexOf(' ');
  return (space > n * 0.6 ? cut.slice(0, space) : cut).trimEnd() + '…';
}

export function contentSpans(a: Attribution): Span[] {
  return Array.isArray(a.content) ? a.content : [a.content];
}

/** What was said, as one line ("A … B" for an interrupted quote). */
export function contentText(text: string, a: Attribution): string {
  return contentSpans(a).map((s) => oneLine(spanText(text, s))).filter(Boolean).join(' … ');
}

/** The span covering every part of the content (what the page scrolls to). */
export function contentRange(a: Attribution): Span {
  const spans = contentSpans(a);
  if (!spans.length) return { start: 0, end: 0 };
  let start = Infinity;
  let end = -Infinity;
  for (const s of spans) {
    start = Math.min(start, s.start);
    end = Math.max(end, s.end);
  }
  return { start, end };
}
