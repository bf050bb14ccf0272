// A text past MAX_ANALYZED_CHARS is read up to a paragraph break before the limit, and says so.
import { describe, expect, test } from 'vitest';
import { analyze, MAX_ANALYZED_CHARS } from '../../src/core/index.ts';

const para = (i: number) => `“We will reopen the bridge ${i},” the mayor, Anna Berg, said on Monday.`;

describe('analyze on a text longer than it reads', () => {
  test('an ordinary article is read whole', () => {
    const text = [para(1), para(2)].join('\n\n');
    const a = analyze({ text, published: '2024-05-08' });
    expect(a.readUpTo).toBeUndefined();
    expect(a.attributions.length).toBe(2);
  });

  test('a text past the limit stops at a paragraph break and reports it; spans stay before it', () => {
    const parts: string[] = [];
    let n = 0;
    for (let i = 0; n < MAX_ANALYZED_CHARS * 1.5; i++) { const p = para(i); parts.push(p); n += p.length + 2; }
    const text = parts.join('\n\n');
    const a = analyze({ text, published: '2024-05-08' });
    expect(a.readUpTo).toBeGreaterThan(MAX_ANALYZED_CHARS / 2);
    expect(a.readUpTo).toBeLessThanOrEqual(MAX_ANALYZED_CHARS);
    expect(text[a.readUpTo!]).toBe('\n');
    expect(a.attributions.length).toBeGreaterThan(1000);
    const ends = [
      ...a.attributions.flatMap((x) => [x.content].flat().map((s) => s.end)),
      ...a.entities.flatMap((e) => e.mentions.map((m) => m.end)),
      ...a.timexes.map((t) => t.end),
    ];
    expect(Math.max(...ends)).toBeLessThanOrEqual(a.readUpTo!);
  });
});
