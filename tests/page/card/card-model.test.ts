import { describe, expect, test } from 'vitest';
import { buildCardModel, readingOrder } from '../../../src/page/card/card-model.ts';
import { ARTICLE, analysis } from '../fixtures-analysis.ts';

describe('buildCardModel', () => {
  test('a direct quote: who, role, cue, everything they say, counts, position', () => {
    const m = buildCardModel(analysis(), ARTICLE, { attribution: 1 })!;
    expect(m.name).toBe('Maria Lindqvist');
    expect(m.leader).toBe(true);
    expect(m.role).toBe('Mayor of Harbour');
    expect(m.country).toBe('Norway');
    expect(m.cue).toBe('said.');
    expect(m.quotes.map((q) => q.attribution)).toEqual([0, 1]); // reading order
    expect(m.counts).toEqual({ direct: 1, partial: 0, indirect: 1 });
    expect(m.position).toBe(2);
    expect(m.total).toBe(4);
  });
  test('reported speech holding a quotation counts as a partial quote; non-leaders show their type', () => {
    const m = buildCardModel(analysis(), ARTICLE, { attribution: 2 })!;
    expect(m.name).toBe('Tomas Berg');
    expect(m.leader).toBe(false);
    expect(m.type).toBe('person');
    expect(m.counts).toEqual({ direct: 1, partial: 1, indirect: 0 });
    expect(m.quotes.map((q) => q.kind)).toEqual(['partial', 'direct']);
  });
  test('an unresolved source is named as written; a vague one as unnamed', () => {
    const a = analysis();
    a.attributions[3]!.speaker = null;
    expect(buildCardModel(a, ARTICLE, { attribution: 3 })!).toMatchObject({ name: 'Berg added', type: 'unresolved' });
    a.attributions[3]!.source = null;
    a.attributions[3]!.vague = true;
    const m = buildCardModel(a, ARTICLE, { attribution: 3 })!;
    expect(m.name).toBeNull();
    expect(m.type).toBe('unnamed');
    expect(m.quotes).toHaveLength(1);
  });
  test('a card for a leader mention lists their quotes without a current one', () => {
    const m = buildCardModel(analysis(), ARTICLE, { entity: 'lindqvist' })!;
    expect(m.current).toBeNull();
    expect(m.quotes).toHaveLength(2);
    expect(m.position).toBeNull();
  });
  test('calm on unknown targets and long quotes are shortened', () => {
    expect(buildCardModel(analysis(), ARTICLE, { attribution: 99 })).toBeNull();
    expect(buildCardModel(analysis(), ARTICLE, { entity: 'nobody' })).toBeNull();
    const long = 'x'.repeat(1000);
    const m = buildCardModel({ attributions: [{ content: { start: 0, end: 1000 }, source: null, cue: null, speaker: null, kind: 'direct', vague: false }], entities: [], timexes: [], timeline: [] }, long, { attribution: 0 })!;
    expect(m.quotes[0]!.text.length).toBeLessThanOrEqual(280);
  });
  test('reading order follows the text, not the list', () => {
    const a = analysis();
    a.attributions.reverse();
    expect(readingOrder(a)).toEqual([3, 2, 1, 0]);
  });
});
