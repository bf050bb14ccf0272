// Binary searches over arrays kept sorted by offset (mentions, sentences, quotations, spans), so
// that a look-up near a position costs log n instead of a scan of the whole text.

/** Index of the first value >= v in a sorted array (its length when none). */
export function lowerBound(values: readonly number[], v: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first item starting at or after `pos`, in items sorted by start (their length when none). */
export function firstStartingAt(items: readonly { start: number }[], pos: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the span holding `pos` (start ≤ pos < end), in spans sorted and not overlapping; -1 when none. */
export function spanIndexAt(spans: readonly { start: number; end: number }[], pos: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
