// The popup's pure view-model: grouping, summary, timeline order, header, leaders, dates.
import { describe, expect, test } from 'vitest';
import { buildTimelineView } from '../../../src/extension/popup/model/build-timeline-view.ts';
import { formatIsoDate, parseIsoDate } from '../../../src/extension/popup/model/format-date.ts';
import { groupSources } from '../../../src/extension/popup/model/group-sources.ts';
import { countWords, headerInfo } from '../../../src/extension/popup/model/header-info.ts';
import { listLeaders } from '../../../src/extension/popup/model/list-leaders.ts';
import { clip, contentText, spanText } from '../../../src/extension/popup/model/span-text.ts';
import { percent, sourceWithCue, summarizeSourcing } from '../../../src/extension/popup/model/summarize-sourcing.ts';
import { at, FIXTURE_TEXT, fixtureReading, fixtureReadingNoDate } from './reading-fixture.ts';
import { useTestLocale } from '../test-localizer.ts';
import { quoted } from '../../../src/extension/popup/components/QuoteItem.tsx';

useTestLocale('en');

describe('formatIsoDate', () => {
  test.each([
    ['2023-03-20', 'day', '20 March 2023'],
    ['2022-02', 'month', 'February 2022'],
    ['2022', 'year', '2022'],
    ['2022-11', 'approximate', 'around November 2022'],
    ['2023-03-19T08:00:00Z', 'day', '19 March 2023'],
    ['2023-03-20', 'month', 'March 2023'],
  ] as const)('%s (%s) → %s', (iso, p, want) => expect(formatIsoDate(iso, p)).toBe(want));

  test('values it cannot read are shown as written, never thrown', () => {
    expect(formatIsoDate('XXXX-WXX-1', 'day')).toBe('XXXX-WXX-1');
    expect(formatIsoDate('2023-13-01', 'day')).toBe('2023-13-01');
    expect(formatIsoDate(null)).toBe('');
    expect(parseIsoDate('March 2023')).toBeNull();
  });
});

describe('span helpers', () => {
  test('spans outside the text give empty strings', () => {
    expect(spanText('abc', { start: 2, end: 99 })).toBe('c');
    expect(spanText('abc', { start: -5, end: 1 })).toBe('a');
    expect(spanText('abc', { start: 3, end: 1 })).toBe('');
    expect(spanText('abc', null)).toBe('');
  });
  test('clip cuts on a word boundary with an ellipsis', () => {
    expect(clip('short', 10)).toBe('short');
    const c = clip('the quick brown fox jumps over the lazy dog', 20);
    expect(c.length).toBeLessThanOrEqual(20);
    expect(c).toBe('the quick brown fox…');
  });
  test('an interrupted quote is joined with an ellipsis', () => {
    const text = '“One,” she said, “two.”';
    expect(contentText(text, { content: [{ start: 1, end: 5 }, { start: 18, end: 22 }], source: null, cue: null, speaker: null, kind: 'direct', vague: false })).toBe('One, … two.');
  });
});

describe('groupSources', () => {
  const groups = groupSources(fixtureReading());
  const byName = Object.fromEntries(groups.map((g) => [g.name, g]));

  test('one group per entity, named sources keep their role and type', () => {
    expect(groups.map((g) => g.name)).toEqual(['Lena Ortiz', 'The Harbour Gazette', 'Some experts', 'transport ministry', 'Tomas Berg']);
    expect(byName['Lena Ortiz']).toMatchObject({ type: 'person', role: 'Mayor of Harbour City', leader: true, counts: { direct: 1, partial: 0, indirect: 1 }, cues: ['said', 'told'] });
    expect(byName['The Harbour Gazette']).toMatchObject({ type: 'media', leader: false, counts: { direct: 0, partial: 0, indirect: 1 } });
    expect(byName['Tomas Berg']).toMatchObject({ type: 'person', role: 'Prime Minister', counts: { direct: 0, partial: 1, indirect: 0 } });
  });

  test('an unresolved vague source is grouped by its words and shown as unnamed', () => {
    expect(byName['Some experts']).toMatchObject({ type: 'unnamed', vague: true, cues: ['believe'] });
  });

  test('long statements are shortened, with the full text kept', () => {
    const s = byName['Lena Ortiz']!.statements.find((x) => x.kind === 'direct')!;
    expect(s.text.length).toBeGreaterThan(140);
    expect(s.short.length).toBeLessThanOrEqual(140);
    expect(s.short.endsWith('…')).toBe(true);
    expect(s.span).toEqual(at('This line will change how our city moves, how our children get to school, how our shops are supplied, and how our harbour breathes for the next fifty years,'));
  });

  test('anonymous entities become "unnamed"; no source at all becomes one "No source named" group', () => {
    const r = fixtureReading({
      entities: [{ id: 'x', name: 'officials', type: 'anonymous', role: null, leader: false, mentions: [] }],
      attributions: [
        { content: { start: 0, end: 5 }, source: null, cue: null, speaker: 'x', kind: 'indirect', vague: false },
        { content: { start: 6, end: 9 }, source: null, cue: null, speaker: null, kind: 'direct', vague: false },
      ],
    });
    const g = groupSources(r);
    expect(g.map((x) => [x.name, x.type, x.vague])).toEqual([
      ['officials', 'unnamed', true],
      ['No source named', 'unnamed', true],
    ]);
  });

  test('in a language without a pack, quotations without a speaker are unread, not vague sourcing', () => {
    const attributions = [{ content: { start: 6, end: 9 }, source: null, cue: null, speaker: null, kind: 'direct' as const, vague: false }];
    const unread = groupSources({ ...fixtureReading({ attributions }), language: { code: 'nl', supported: false } });
    expect(unread.map((x) => [x.name, x.vague])).toEqual([['No source named', false]]);
    expect(summarizeSourcing(unread).vague).toEqual([]);
    const read = groupSources({ ...fixtureReading({ attributions }), language: { code: 'en', supported: true } });
    expect(read.map((x) => [x.name, x.vague])).toEqual([['No source named', true]]);
  });

  test('an empty or broken reading gives no groups, calmly', () => {
    expect(groupSources({ text: '', attributions: [], entities: [] })).toEqual([]);
    expect(groupSources({ text: 'x', attributions: undefined as never, entities: undefined as never })).toEqual([]);
  });
});

describe('summarizeSourcing', () => {
  test('counts named and unnamed sources, the direct share and lists vague attributions', () => {
    const sum = summarizeSourcing(groupSources(fixtureReading()));
    expect(sum).toMatchObject({ sources: 5, named: 4, unnamed: 1, statements: 6, direct: 1 });
    expect(percent(sum.directShare)).toBe('17%');
    expect(sum.vague.map((v) => [v.source, v.cue, v.statement.text])).toEqual([['Some experts', 'believe', 'the budget is too small']]);
  });
  test('a vague source is shown with its cue in the words and order the article writes them', () => {
    const text = 'Według ekspertów woda opadnie. Experts believe it will rain. Das Projekt beginnt bald, teilte ein Sprecher mit. Officials, in a long statement on Friday, said it was over.';
    const a = (cue: string, src: string, content: string) => ({ content: at(content, 0, text), source: at(src, 0, text), cue: at(cue, 0, text), speaker: null, kind: 'indirect' as const, vague: true });
    const sum = summarizeSourcing(groupSources({ text, entities: [], attributions: [a('Według', 'ekspertów', 'woda opadnie'), a('believe', 'Experts', 'it will rain'), a('teilte', 'Sprecher', 'Das Projekt beginnt bald'), a('said', 'Officials', 'it was over')] }));
    expect(sum.vague.map((v) => sourceWithCue(v.source, v.cue, v.statement.tag))).toEqual(['Według ekspertów', 'Experts believe', 'teilte ein Sprecher', 'Officials said']);
  });
  test('no statements: share 0, nothing vague', () => {
    expect(summarizeSourcing([])).toMatchObject({ sources: 0, directShare: 0, vague: [] });
  });
});

describe('buildTimelineView', () => {
  test('dated entries in chronological order, whatever their order in the text', () => {
    const v = buildTimelineView(fixtureReading());
    expect(v.dated.map((t) => t.when)).toEqual(['March 2023', '7 May 2024', 'June 2024', '2026']);
    expect(v.dated[1]).toMatchObject({ relative: true, uncertain: false, precision: 'day' });
    expect(v.undated).toEqual([]);
  });
  test('without a publication date the relative entry is shown as written, apart', () => {
    const v = buildTimelineView(fixtureReadingNoDate());
    expect(v.dated.map((t) => t.when)).toEqual(['March 2023', 'June 2024', '2026']);
    expect(v.undated.map((t) => [t.when, t.uncertain])).toEqual([['on Tuesday', true]]);
  });
  test('the statement falls back to the sentence when the entry has no text', () => {
    const r = fixtureReading({ timeline: [{ date: '2023-03', precision: 'month', text: '', sentence: at('In March 2023 the council first discussed the idea.'), timex: at('March 2023') }] });
    expect(buildTimelineView(r).dated[0]!.text).toBe('In March 2023 the council first discussed the idea.');
  });
});

describe('headerInfo', () => {
  test('title, outlet, date, reading time', () => {
    const h = headerInfo(fixtureReading());
    expect(h).toMatchObject({ title: 'Harbour City approves new tram line', outlet: 'Harbour Daily', byline: 'Ana Reyes', published: '10 May 2024', minutes: 1 });
    expect(h.words).toBe(countWords(FIXTURE_TEXT));
    expect(h.dateNote).toMatch(/resolved/);
  });
  test('no date: "date unknown" and relative dates shown as written; outlet from the host', () => {
    const h = headerInfo(fixtureReading({ published: null, siteName: null, title: '  ' }));
    expect(h).toMatchObject({ published: null, outlet: 'news.example', title: 'Untitled page' });
    expect(h.dateNote).toMatch(/shown as written/);
  });
  test('reading time grows with the text', () => {
    expect(headerInfo(fixtureReading({ text: 'word '.repeat(1150) })).minutes).toBe(5);
    expect(countWords('  a\u00a0b\n\nc ')).toBe(3);
  });
});

describe('listLeaders', () => {
  test('leaders only, most mentioned first, with the first mention', () => {
    const l = listLeaders(fixtureReading().entities);
    expect(l.map((x) => [x.name, x.role, x.mentions])).toEqual([
      ['Lena Ortiz', 'Mayor of Harbour City', 3],
      ['Tomas Berg', 'Prime Minister', 3],
    ]);
    expect(l[0]!.first).toEqual(at('Lena Ortiz'));
  });
});

describe('vague statements of named sources', () => {
  test('a named source with one vague statement stays named; the statement is still listed as vague', () => {
    const r = fixtureReading();
    const attributions = r.attributions.map((a, i) => (i === 0 ? { ...a, vague: true } : a));
    const groups = groupSources({ ...r, attributions });
    const ortiz = groups.find((g) => g.name === 'Lena Ortiz')!;
    expect(ortiz.vague).toBe(false);
    const sum = summarizeSourcing(groups);
    expect(sum).toMatchObject({ named: 4, unnamed: 1 });
    expect(sum.vague.map((v) => v.source)).toEqual(['Mayor Lena Ortiz', 'Some experts']);
  });
});

describe('direct quotes in the source list', () => {
  test('get marks unless their text brings its own („…“, «…», a speech dash)', () => {
    expect(quoted('direct', 'We will not give up')).toBe('“We will not give up”');
    expect(quoted('direct', '„Wir lassen niemanden allein“')).toBe('„Wir lassen niemanden allein“');
    expect(quoted('direct', '« Nous ne céderons pas »')).toBe('« Nous ne céderons pas »');
    expect(quoted('direct', '– Nie zostawimy nikogo')).toBe('– Nie zostawimy nikogo');
    expect(quoted('indirect', 'the plan is fair')).toBe('the plan is fair');
  });
});
