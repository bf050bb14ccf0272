// Fast look-ups over the outer quotations of a text (binary search over sorted spans).
import type { Span } from '../types.ts';
import type { Quote } from '../text/quote-marks.ts';
import { firstStartingAt, spanIndexAt } from '../text/sorted-search.ts';

export class QuoteIndex {
  /** Outermost quotations, sorted, not overlapping. */
  readonly outer: Quote[];
  private readonly ends = new Map<number, Quote>();

  constructor(all: Quote[]) {
    this.outer = all.filter((q) => q.depth === 0 && q.end - q.start > 2);
    for (const q of this.outer) this.ends.set(q.end, q);
  }

  /** The outer quotation holding position pos (marks included), or null. */
  outerAt(pos: number): Quote | null {
    const i = this.indexAt(pos);
    return i < 0 ? null : this.outer[i]!;
  }

  private indexAt(pos: number): number {
    return spanIndexAt(this.outer, pos);
  }

  /** Whether pos lies between the marks of a quotation. */
  insideQuote(pos: number): boolean {
    const q = this.outerAt(pos);
    return !!q && pos >= q.inner.start && pos < q.inner.end;
  }

  /** The quotation whose closing mark ends at end. */
  endingAt(end: number, _minStart: number): Quote | null {
    return this.ends.get(end) ?? null;
  }

  /** The quotation that opens right after pos, with only white space between. */
  startingAfter(pos: number, text: string): Quote | null {
    let j = pos;
    while (j < text.length && j < pos + 20 && /\s/.test(text[j]!)) j++;
    const q = this.outerAt(j);
    return q && q.start === j ? q : null;
  }

  /** The first outer quotation starting at or after pos, or null. */
  firstAt(pos: number): Quote | null {
    return this.outer[this.firstAfter(pos)] ?? null;
  }

  /** How many characters of span lie inside quotations. */
  quotedLength(span: Span): number {
    let sum = 0;
    const at = this.indexAt(span.start);
    for (let i = at >= 0 ? at : this.firstAfter(span.start); i < this.outer.length; i++) {
      const q = this.outer[i]!;
      if (q.start >= span.end) break;
      sum += Math.max(0, Math.min(q.end, span.end) - Math.max(q.start, span.start));
    }
    return sum;
  }

  private firstAfter(pos: number): number {
    return firstStartingAt(this.outer, pos);
  }
}
