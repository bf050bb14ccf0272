import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { placeCard, type Box } from '../../../src/page/card/place-card.ts';

const box = (left: number, top: number, right: number, bottom: number): Box => ({ left, top, right, bottom });
const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const cardBox = (p: ReturnType<typeof placeCard>, h: number): Box => ({ left: p.left, top: p.top, right: p.left + p.maxWidth, bottom: p.top + Math.min(h, p.maxHeight) });

describe('placeCard', () => {
  const card = { width: 360, height: 240 };
  test('below the quote when there is room', () => {
    const p = placeCard(card, [box(100, 100, 700, 140)], 1280, 900, 300);
    expect(p.side).toBe('below');
    expect(p.top).toBe(148);
    expect(p.left).toBe(120); // centred on the pointer
  });
  test('above when the quote is near the bottom', () => {
    const p = placeCard(card, [box(100, 800, 700, 840)], 1280, 900);
    expect(p.side).toBe('above');
    expect(p.top + 240).toBeLessThanOrEqual(792);
  });
  test('beside a quote as tall as the viewport', () => {
    const p = placeCard(card, [box(100, 20, 700, 880)], 1280, 900);
    expect(p.side).toBe('right');
    expect(p.left).toBeGreaterThanOrEqual(708);
  });
  test('stays in a narrow viewport', () => {
    const p = placeCard(card, [box(10, 100, 300, 120)], 320, 640);
    expect(p.left).toBeGreaterThanOrEqual(8);
    expect(p.left + p.maxWidth).toBeLessThanOrEqual(312);
  });
  test('property: inside the viewport, and clear of the target unless nothing is', () => {
    fc.assert(fc.property(
      fc.integer({ min: 320, max: 2000 }), fc.integer({ min: 300, max: 1400 }),
      fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }),
      fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }),
      fc.integer({ min: 80, max: 600 }),
      (vw, vh, a, b, c, d, h) => {
        const t = box(Math.min(a, c) * vw, Math.min(b, d) * vh, Math.max(a, c) * vw + 1, Math.max(b, d) * vh + 1);
        const p = placeCard({ width: 360, height: h }, [t], vw, vh);
        const cb = cardBox(p, h);
        expect(cb.left).toBeGreaterThanOrEqual(0);
        expect(cb.top).toBeGreaterThanOrEqual(0);
        expect(cb.right).toBeLessThanOrEqual(vw + 0.001);
        expect(cb.bottom).toBeLessThanOrEqual(vh + 0.001);
        if (p.side !== 'over') expect(overlaps(cb, t)).toBe(false);
      },
    ), { numRuns: 500 });
  });
});
