import { describe, expect, test } from 'vitest';
import { planHighlights } from '../../../src/page/highlight/highlight-plan.ts';
import { ARTICLE, analysis, at } from '../fixtures-analysis.ts';

describe('planHighlights', () => {
  test('one span per content, source and cue; leaders only for leaders', () => {
    const plan = planHighlights(analysis(), ARTICLE.length);
    const kinds = (k: string) => plan.filter((p) => p.kind === k).map((p) => ARTICLE.slice(p.start, p.end));
    expect(kinds('direct')).toEqual(['“This line joins two towns that waited thirty years,”', '“We will watch the costs,”']);
    expect(kinds('partial')).toEqual(['the budget was “tight but fair”']); // mixed paints as partial
    expect(kinds('indirect')).toEqual(['the ferry would run from May']);
    expect(kinds('source')).toEqual(['Maria Lindqvist', 'Lindqvist said', 'Tomas Berg', 'Berg added']);
    expect(kinds('leader')).toEqual(['Maria Lindqvist', 'Lindqvist']); // Berg is no leader
    expect(plan.every((p, i) => i === 0 || plan[i - 1]!.start <= p.start)).toBe(true);
  });

  test('interrupted quotes paint each part, linked to the same attribution', () => {
    const a = analysis();
    a.attributions = [{ content: [at('“This line'), at('thirty years,”')], source: null, cue: null, speaker: null, kind: 'direct', vague: false }];
    const plan = planHighlights(a, ARTICLE.length).filter((p) => p.kind === 'direct');
    expect(plan.map((p) => p.attribution)).toEqual([0, 0]);
  });

  test('spans outside the text, empty or reversed are dropped calmly', () => {
    const a = analysis();
    a.attributions[0]!.content = { start: 5, end: 5 };
    a.attributions[1]!.content = { start: 50, end: 10 };
    a.attributions[2]!.content = { start: 0, end: ARTICLE.length + 1 };
    a.attributions[3]!.source = { start: Number.NaN, end: 4 };
    const plan = planHighlights(a, ARTICLE.length);
    expect(plan.every((p) => p.start >= 0 && p.end > p.start && p.end <= ARTICLE.length)).toBe(true);
    expect(planHighlights({ attributions: [], entities: [], timexes: [], timeline: [] }, 0)).toEqual([]);
  });
});

describe('planHighlights: duplicates', () => {
  test('one source serving two quotes is painted once, linked to the first', () => {
    const a = analysis();
    a.attributions[2]!.source = a.attributions[3]!.source;
    const plan = planHighlights(a, ARTICLE.length).filter((p) => p.kind === 'source' && ARTICLE.slice(p.start, p.end) === 'Berg added');
    expect(plan).toHaveLength(1);
    expect(plan[0]!.attribution).toBe(2);
  });
});
