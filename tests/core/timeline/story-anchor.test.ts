// The timeline on an invented story (published Wednesday 2025-03-12) for two kinds of issue 16:
// weekdays in clauses that look ahead (kind 2), and story time after the story has dated its
// event (kind 3). The timeline takes its dates from the time reader, so both must agree.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/index.ts';

const STORY = [
  'A fire destroyed the Ridgeway grain depot last Monday.',
  'Crews arrived at 3 a.m. and fought the blaze for hours.',
  'That same day, police questioned the owner.',
  'The next morning, the council closed the road.',
  'The depot opened in March 1997 and was sold later that year.',
  'The union has scheduled a vote Thursday on a new contract.',
  'A memorial could take place as early as Sunday.',
].join(' ');

const entry = (published: string | null, words: string) => {
  const e = analyze({ text: STORY, published }).timeline.find((t) => t.text.includes(words));
  expect(e, words).toBeTruthy();
  return e!;
};

describe('timeline: story time (kind 3)', () => {
  it('dates the account of last Monday on that Monday and the day after', () => {
    expect(entry('2025-03-12', 'fire destroyed').date).toBe('2025-03-10');
    expect(entry('2025-03-12', 'Crews arrived').date).toBe('2025-03-10');
    expect(entry('2025-03-12', 'questioned the owner').date).toBe('2025-03-10');
    expect(entry('2025-03-12', 'closed the road').date).toBe('2025-03-11');
  });
  it('puts "later that year" in the story\'s year, with or without a publication date', () => {
    for (const published of ['2025-03-12', null]) {
      const e = entry(published, 'was sold');
      expect(e.date).toBe('1997');
      expect(e.precision).toBe('year');
    }
  });
});

describe('timeline: story time from a date stated in full, without a publication date', () => {
  it('dates "the next morning" and "that same day" from the stated day', () => {
    const text = 'The dam broke on April 2, 2019. The next morning, soldiers evacuated the valley. That same day, the governor visited the site.';
    const tl = analyze({ text, published: null }).timeline;
    expect(tl.find((t) => t.text.includes('evacuated'))?.date).toBe('2019-04-03');
    expect(tl.find((t) => t.text.includes('visited the site'))?.date).toBe('2019-04-02');
    expect(tl.filter((t) => t.relative)).toEqual([]);
  });
});

describe('timeline: weekdays that look ahead (kind 2)', () => {
  it('puts a scheduled vote and an earliest date in the coming days', () => {
    expect(entry('2025-03-12', 'scheduled a vote').date).toBe('2025-03-13');
    expect(entry('2025-03-12', 'memorial').date).toBe('2025-03-16');
  });
  it('keeps them undated without a publication date', () => {
    const dates = analyze({ text: STORY, published: null }).timeline.map((t) => t.date);
    expect(dates.filter((d) => d && d.startsWith('2025'))).toEqual([]);
  });
});
