// Flat article-text offsets ↔ live DOM positions, from the extractor's segments.
// A span becomes one Range per run of text nodes that follow each other in the document with
// nothing skipped between them: a span that crosses an ad or a caption the extractor left out
// must not paint that left-out text (a single Range would cover it).
import type { TextSegment } from './types.ts';

export class TextMap {
  /** Only the segments backed by a Text node, in text order. */
  private readonly segs: TextSegment[];
  private readonly byNode = new Map<Text, number[]>();

  constructor(segments: readonly TextSegment[]) {
    this.segs = segments
      .filter((s) => s.node !== null && s.length > 0)
      .slice()
      .sort((a, b) => a.textStart - b.textStart);
    this.segs.forEach((s, i) => {
      const list = this.byNode.get(s.node!);
      if (list) list.push(i);
      else this.byNode.set(s.node!, [i]);
    });
  }

  get size(): number {
    return this.segs.length;
  }

  /** All Text nodes this map points into still sit in a document. */
  isConnected(): boolean {
    for (const node of this.byNode.keys()) if (!node.isConnected) return false;
    return true;
  }

  /** The ranges that cover [start, end) of the article text (empty when nothing maps). */
  rangesFor(start: number, end: number): Range[] {
    const out: Range[] = [];
    if (!(end > start)) return out;
    let run: { startNode: Text; startOffset: number; node: Text; to: number } | null = null;
    for (let i = this.firstEndingAfter(start); i < this.segs.length; i++) {
      const s = this.segs[i]!;
      if (s.textStart >= end) break;
      const node = s.node!;
      const a = Math.max(start, s.textStart) - s.textStart + s.nodeOffset;
      const b = Math.min(end, s.textStart + s.length) - s.textStart + s.nodeOffset;
      if (b > node.data.length || a >= b) continue; // the node changed since extraction
      if (run && joins(run.node, run.to, node, a)) {
        run.node = node;
        run.to = b;
        continue;
      }
      if (run) out.push(makeRange(run.startNode, run.startOffset, run.node, run.to));
      run = { startNode: node, startOffset: a, node, to: b };
    }
    if (run) out.push(makeRange(run.startNode, run.startOffset, run.node, run.to));
    return out;
  }

  /** The article-text offset of a DOM position, or null when the position is not article text. */
  offsetAt(node: Node, offset: number): number | null {
    if (node.nodeType !== 3) return null;
    const list = this.byNode.get(node as Text);
    if (!list) return null;
    for (const i of list) {
      const s = this.segs[i]!;
      if (offset >= s.nodeOffset && offset <= s.nodeOffset + s.length) return s.textStart + offset - s.nodeOffset;
    }
    return null;
  }

  /** Index of the first segment whose end lies after `pos` (binary search). */
  private firstEndingAfter(pos: number): number {
    let lo = 0;
    let hi = this.segs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const s = this.segs[mid]!;
      if (s.textStart + s.length <= pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

function makeRange(startNode: Text, startOffset: number, endNode: Text, endOffset: number): Range {
  const r = startNode.ownerDocument.createRange();
  r.setStart(startNode, startOffset);
  r.setEnd(endNode, endOffset);
  return r;
}

const blank = (s: string) => s.trim() === '';

/**
 * Whether one range may run on from (n1, o1) to (n2, o2): only whitespace lies between them in
 * the document (the extractor collapses whitespace, so one word per segment is common), never
 * text it left out.
 */
function joins(n1: Text, o1: number, n2: Text, o2: number): boolean {
  if (n1 === n2) return o2 >= o1 && blank(n1.data.slice(o1, o2));
  if (!blank(n1.data.slice(o1)) || !blank(n2.data.slice(0, o2))) return false;
  let t = nextTextNode(n1);
  for (let hops = 0; t && t !== n2 && hops < 8; hops++) {
    if (!blank(t.data)) return false;
    t = nextTextNode(t);
  }
  return t === n2;
}

/** The next Text node in document order after `node` (skipping none, empty ones included). */
function nextTextNode(node: Text): Text | null {
  let n: Node | null = node;
  // Walk up until there is a next sibling, then down to its first text descendant.
  while (n) {
    let sib: Node | null = n.nextSibling;
    while (sib) {
      const t = firstText(sib);
      if (t) return t;
      sib = sib.nextSibling;
    }
    n = n.parentNode;
  }
  return null;
}

function firstText(n: Node): Text | null {
  if (n.nodeType === 3) return n as Text;
  if (n.nodeType !== 1) return null;
  for (let c = n.firstChild; c; c = c.nextSibling) {
    const t = firstText(c);
    if (t) return t;
  }
  return null;
}
