// Any string: no exception, and every timex and timeline entry points at its own text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findTimexes } from '../../../src/core/time/find-timexes.ts';
import { buildTimeline } from '../../../src/core/timeline/build-timeline.ts';
import { splitSentences } from '../../../src/core/text/sentences.ts';

const WORDS = ['Monday', 'last', 'week', 'the', 'third', 'quarter', 'May', '3', '2024', 'ago', 'two', 'years', ',', '.', '“', 'p.m.', '10:30', 'eve', 'of', 'visit', 'next', '1990s', 'mid-', 'a', 'each', 'day', '-', 'fiscal', '\u0000', 'constructor'];

describe('hostile input', () => {
  it('never throws and keeps spans honest', () => {
    const text = fc.oneof(fc.string({ maxLength: 200 }), fc.array(fc.constantFrom(...WORDS), { maxLength: 60 }).map((a) => a.join(' ')));
    const published = fc.oneof(fc.constant(null), fc.constant('2024-05-16'), fc.constant('garbage'), fc.constant('2024-02-30'));
    fc.assert(fc.property(text, published, (t, p) => {
      const sentences = splitSentences(t);
      const tx = findTimexes(t, p, sentences);
      for (const x of tx) {
        expect(x.start).toBeGreaterThanOrEqual(0);
        expect(x.end).toBeGreaterThan(x.start);
        expect(t.slice(x.start, x.end)).toBe(x.text);
        if (p !== '2024-05-16') expect(x.anchored && /^\d{4}/.test(x.value) && /XXXX/.test(x.value)).toBe(false);
      }
      const tl = buildTimeline(t, sentences, tx, [], p);
      for (const e of tl) {
        expect(e.timex.end).toBeLessThanOrEqual(t.length);
        expect(typeof e.text).toBe('string');
        if (p !== '2024-05-16') expect(e.relative).toBeFalsy();
      }
    }), { numRuns: 400 });
  });
});
