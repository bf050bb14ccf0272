// The text-to-DOM map invariant, shared by the tests: segments tile the text in order, every mapped
// segment is the very same string in its Text node, and separators (node null) are whitespace.
import { expect } from 'vitest';
import type { ExtractedArticle } from '../../../src/page/types.ts';

export function checkSegments(a: ExtractedArticle): void {
  let at = 0;
  for (const s of a.segments) {
    expect(s.textStart).toBe(at);
    expect(s.length).toBeGreaterThan(0);
    const piece = a.text.slice(s.textStart, s.textStart + s.length);
    if (s.node) expect(s.node.data.slice(s.nodeOffset, s.nodeOffset + s.length)).toBe(piece);
    else expect(piece).toMatch(/^\s+$/);
    at += s.length;
  }
  expect(at).toBe(a.text.length);
}
