// Highlights receive no events: a click is matched to painted spans by the caret position under
// the pointer, then confirmed against the ranges' boxes (the caret snaps to the nearest text even
// when the pointer is in a margin).
import type { TextMap } from '../text-map.ts';
import type { PaintedSpan } from './highlight-painter.ts';
import { HIGHLIGHT_PRIORITY } from './highlight-styles.ts';

export interface HitResult {
  span: PaintedSpan;
  /** The one range (of the span's ranges) under the pointer. */
  range: Range;
}

export function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (typeof d.caretPositionFromPoint === 'function') {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const r = d.caretRangeFromPoint(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  return null;
}

const inside = (r: DOMRect, x: number, y: number) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;

/** The painted span under the client point (x, y), the highest-priority one where they overlap. */
export function hitTest(
  doc: Document, map: TextMap, painted: readonly PaintedSpan[], x: number, y: number,
  isVisible: (s: PaintedSpan) => boolean = () => true,
): HitResult | null {
  const caret = caretAt(doc, x, y);
  if (!caret) return null;
  const offset = map.offsetAt(caret.node, caret.offset);
  if (offset === null) return null;
  let best: HitResult | null = null;
  for (const span of painted) {
    // the caret sits between characters: accept the character on either side
    if (span.start > offset || span.end < offset || !isVisible(span)) continue;
    if (best && HIGHLIGHT_PRIORITY[best.span.kind] >= HIGHLIGHT_PRIORITY[span.kind]) continue;
    for (const range of span.ranges) {
      let hit = false;
      for (const rect of Array.from(range.getClientRects())) if (inside(rect, x, y)) { hit = true; break; }
      if (hit) { best = { span, range }; break; }
    }
  }
  return best;
}
