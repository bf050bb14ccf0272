// The timeline on an invented story, with a fixed publication date (Sunday 2024-06-09) and without.
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/core/timeline/build-timeline.ts';
import { findTimexes } from '../../../src/core/time/find-timexes.ts';
import { splitSentences } from '../../../src/core/text/sentences.ts';
import type { Entity } from '../../../src/core/types.ts';

const STORY = [
  'Prime Minister Ana Ruiz will open the new harbour bridge on Tuesday at the request of the city council.',
  'The opening of the bridge on Tuesday was confirmed by the Transport Ministry on Friday.',
  'On Wednesday, the head of the port authority Tomas Berg met with his Danish counterpart Lars Holm.',
  'Construction began in March 2019, two years after the flood of 2017.',
  'The plan presented in May 2018 by the council was approved in a vote.',
  'Officials now expect traffic to grow for the next three years.',
].join(' ');

function mentions(text: string, name: string): { start: number; end: number }[] {
  const out = [];
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) out.push({ start: i, end: i + name.length });
  return out;
}
const ENTITIES: Entity[] = ['Ana Ruiz', 'Tomas Berg', 'Lars Holm'].map((name, k) => ({
  id: `e${k}`, name, type: 'person', role: null, leader: false, mentions: mentions(STORY, name),
}));

function timeline(published: string | null, entities: Entity[] = ENTITIES) {
  const sentences = splitSentences(STORY);
  return buildTimeline(STORY, sentences, findTimexes(STORY, published, sentences), entities, published);
}

describe('timeline with a publication date', () => {
  const tl = timeline('2024-06-09');
  it('has one entry per dated event, in chronological order, with precision', () => {
    expect(tl.map((e) => [e.date, e.precision])).toEqual([
      ['2017', 'year'],
      ['2018-05', 'month'],
      ['2019-03', 'month'],
      ['2024-06-05', 'day'],
      ['2024-06-07', 'day'],
      ['2024-06-11', 'day'],
    ]);
  });
  it('marks relative dates and keeps durations and "now" out', () => {
    expect(tl.filter((e) => e.relative).map((e) => e.date)).toEqual(['2024-06-05', '2024-06-07', '2024-06-11']);
    expect(tl.some((e) => e.text.includes('traffic'))).toBe(false);
  });
  it('writes short plain statements from the sentence', () => {
    const text = (d: string) => tl.find((e) => e.date === d)!.text;
    expect(text('2024-06-05')).toBe('Tomas Berg met with Lars Holm');
    expect(text('2024-06-11')).toBe('Ana Ruiz will open the new harbour bridge at the request of the city council');
    expect(text('2018-05')).toBe('The plan presented by the council');
    expect(text('2019-03')).toBe('Construction began');
    expect(text('2017')).toBe('The flood');
  });
  it('gives the sentence and timex spans for jump-to', () => {
    const e = tl.find((x) => x.date === '2024-06-07')!;
    expect(STORY.slice(e.timex.start, e.timex.end)).toBe('Friday');
    expect(STORY.slice(e.sentence.start, e.sentence.end)).toMatch(/^The opening of the bridge.*Friday\.$/);
  });
  it('lists an event told twice once', () => {
    expect(tl.filter((e) => e.date === '2024-06-11')).toHaveLength(1);
  });
  it('works without entities (names are then not folded)', () => {
    const plain = timeline('2024-06-09', []);
    expect(plain.map((e) => e.date)).toEqual(tl.map((e) => e.date));
    expect(plain.find((e) => e.date === '2024-06-05')!.text).toMatch(/^The head of the port authority Tomas Berg met/);
  });
});

describe('timeline without a publication date', () => {
  const tl = timeline(null);
  it('keeps absolute dates and leaves relative ones uncertain, as written, after the dated ones', () => {
    expect(tl.map((e) => e.date)).toEqual(['2017', '2018-05', '2019-03', null, null, null]);
    const unsure = tl.filter((e) => e.uncertain);
    expect(unsure.map((e) => e.label)).toEqual(['Tuesday', 'Friday', 'Wednesday']);
    expect(unsure.every((e) => e.date === null && !e.relative)).toBe(true);
  });
});

describe('bad input', () => {
  it('is calm', () => {
    expect(buildTimeline('', [], [], [], null)).toEqual([]);
    expect(buildTimeline('x', [], [{ start: 0, end: 1, text: 'x', type: 'DATE', value: 'nonsense' }], [], null)).toEqual([]);
    expect(() => buildTimeline('Monday', [], [{ start: 0, end: 6, text: 'Monday', type: 'DATE', value: 'XXXX-WXX-1', anchored: true }], [], null)).not.toThrow();
  });
});

describe('statements from harder sentences', () => {
  const statement = (text: string, published = '2024-06-09') => {
    const sentences = splitSentences(text);
    const tl = buildTimeline(text, sentences, findTimexes(text, published, sentences), [], published);
    return tl.map((e) => e.text);
  };
  it('names the event a date modifies before a noun', () => {
    expect(statement('Sanctions were imposed after its 2014 annexation of the peninsula until the court ruled.')).toEqual(['The annexation of the peninsula']);
  });
  it('takes a relative clause holding the date with its antecedent, and leaves it out of the main clause', () => {
    expect(statement('It was the first time that Marta, who arrived Thursday with her team, had been allowed to inspect since March 3.')).toEqual([
      'It was the first time that Marta had been allowed to inspect',
      'Marta arrived with her team',
    ]);
  });
  it('drops a dateline and a leading subordinator', () => {
    expect(statement('LISBON, Portugal (AP)_ The ferry sank on Friday.')).toEqual(['The ferry sank']);
    expect(statement('While prices fell last month, wages rose.')).toEqual(['Prices fell']);
  });
});
