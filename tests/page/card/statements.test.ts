// One vocabulary and one count for the card and the popup. On the acceptance page the card said
// "3 quoted · 0 reported" for Putin while the popup said "1 direct quote, 2 reported statements":
// he has one direct quote, one partial quote and one report holding quoted words ('mixed'); the
// card counted everything but reported speech as "quoted", the popup everything but direct quotes
// as "reported". This invented article has a leader who is quoted the same three ways.
// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import type { Analysis, Attribution, AttributionKind, Span } from '../../../src/core/types.ts';
import { buildCardModel } from '../../../src/page/card/card-model.ts';
import { SourcelightCard } from '../../../src/page/card/sourcelight-card.ts';
import { countStatements, describeCounts, statementKind } from '../../../src/page/card/statements.ts';
import { contentKind } from '../../../src/page/highlight/highlight-plan.ts';
import { groupSources } from '../../../src/extension/popup/model/group-sources.ts';
import { testLocalizer, useTestLocale } from '../../extension/test-localizer.ts';

const TEXT = [
  'President Anna Varga welcomed her guest as a “trusted old partner” on arrival in Lindau.',
  'Varga said she had “great hopes” for the talks.',
  '“This visit opens a new chapter for both our countries,” Varga wrote in a newspaper column.',
  'The foreign ministry said the meeting would last two days.',
].join('\n\n');
const at = (s: string): Span => {
  const i = TEXT.indexOf(s);
  if (i < 0) throw new Error(s);
  return { start: i, end: i + s.length };
};
const att = (content: string, source: string, cue: string, speaker: string | null, kind: AttributionKind): Attribution => ({ content: at(content), source: at(source), cue: at(cue), speaker, kind, vague: false });

function seedLike(): Analysis & { text: string } {
  return {
    text: TEXT,
    attributions: [
      att('her guest as a “trusted old partner”', 'President Anna Varga', 'welcomed', 'varga', 'mixed'),
      att('she had “great hopes” for the talks', 'Varga said', 'said', 'varga', 'partial'),
      att('“This visit opens a new chapter for both our countries,”', 'Varga wrote', 'wrote', 'varga', 'direct'),
      att('the meeting would last two days', 'The foreign ministry', 'said the', 'ministry', 'indirect'),
    ],
    entities: [
      { id: 'varga', name: 'Anna Varga', type: 'person', role: 'President', leader: true, mentions: [at('Anna Varga')] },
      { id: 'ministry', name: 'foreign ministry', type: 'organization', role: null, leader: false, mentions: [at('foreign ministry')] },
    ],
    timexes: [],
    timeline: [],
  };
}

describe('one count, one vocabulary', () => {
  test('a statement kind is what the page highlights paint it as', () => {
    for (const kind of ['direct', 'partial', 'mixed', 'indirect'] as AttributionKind[]) {
      const a = { kind } as Attribution;
      expect(statementKind(a)).toBe(contentKind(a));
    }
  });

  test('the card and the popup count a speaker the same way, and say it in the same words', () => {
    const l = useTestLocale('en');
    const r = seedLike();
    const card = buildCardModel(r, r.text, { attribution: 2 })!;
    const group = groupSources(r).find((g) => g.name === 'Anna Varga')!;
    expect(card.counts).toEqual({ direct: 1, partial: 2, indirect: 0 });
    expect(group.counts).toEqual(card.counts);
    expect(describeCounts(group.counts, l)).toBe('1 direct quote · 2 partial quotes');
    expect(countStatements(r.attributions)).toEqual({ direct: 1, partial: 2, indirect: 1 });
    // the statement tags in the popup use the kinds of the card's list
    expect(group.statements.map((s) => s.kind).sort()).toEqual(card.quotes.map((q) => q.kind).sort());

    const el = new SourcelightCard(document, { onStep() {}, onSelect() {} }, l);
    el.open(card, { rects: () => [] }, 'light');
    expect(el.host.shadowRoot!.querySelector('.counts')!.textContent).toBe(`In this article: ${describeCounts(group.counts, l)}`);
    el.close();
  });

  test('none at all, and every language has the words', () => {
    expect(describeCounts({ direct: 0, partial: 0, indirect: 0 }, testLocalizer('en'))).toBe('no statements');
    expect(describeCounts({ direct: 1, partial: 2, indirect: 0 }, testLocalizer('fr'))).toBe('1 citation directe · 2 citations partielles');
    expect(describeCounts({ direct: 0, partial: 0, indirect: 3 }, testLocalizer('de'))).toBe('3 indirekte Aussagen');
  });
});
