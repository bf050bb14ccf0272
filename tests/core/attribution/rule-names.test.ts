// Each attribution names the rule that read it, and the order of the English cue readers is data.
import { describe, expect, test } from 'vitest';
import { analyze } from '../../../src/core/index.ts';
import { EN_CUE_READERS } from '../../../src/core/locales/en/attribution/cue-readers.ts';

const rulesOf = (text: string) => analyze({ text, published: null }).attributions.map((a) => a.rule);

describe('rule names', () => {
  test('a verb of saying, "according to" and a speech tag each name their reader', () => {
    expect(rulesOf('The harbour master said the pier would reopen in May.')).toEqual(['verb-cue']);
    expect(rulesOf('The pier will reopen in May, according to the harbour master.')).toEqual(['according-to']);
    expect(rulesOf('Ann Lee spoke to the crowd. “We will rebuild the pier before the storms come back,” Lee told them.')).toContain('verb-cue');
  });

  test('every attribution has a name, and every cue reader is listed once', () => {
    const text = 'Critics say the plan is late. “It is late,” said Ann Lee. Reportedly, the mayor is upset. A poll found that most agree.';
    for (const r of rulesOf(text)) expect(r).toMatch(/^[a-z-]+$/);
    expect(new Set(EN_CUE_READERS).size).toBe(EN_CUE_READERS.length);
    expect(EN_CUE_READERS[0]).toBe('according-to');
  });

  test('a cue closing the sentence owns a participle clause before it (\u2026, suggesting that \u2026, she said Tuesday.)', () => {
    const text = 'Firms accounting for a third of output will cut jobs next year, suggesting that 2024 “will feel like a long winter” to many workers, she said Tuesday.';
    const a = analyze({ text, published: null }).attributions;
    const q = a.find((x) => (Array.isArray(x.content) ? x.content : [x.content]).some((c) => text.slice(c.start, c.end).includes('long winter')));
    expect(q?.source && text.slice(q.source.start, q.source.end)).toBe('she');
  });

  test('a source with an apposition is the name, not an organisation named inside the apposition', () => {
    const text = 'Tom Baker, a former central bank economist who now teaches at the University of Otago, Dunedin, has warned that higher rates could “push the economy into a needless recession.”';
    const a = analyze({ text, published: null });
    expect(a.entities.find((e) => e.id === a.attributions[0]?.speaker)?.name).toBe('Tom Baker');
  });
});
