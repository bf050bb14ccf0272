// A place after of/in/from/at only places the noun before it: "Residents of Westvik welcomed",
// "Grain traders in London said". The source is the noun phrase headed by that noun, never the
// place as a person. Invented sentences.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/index.ts';
import { read } from './helpers.ts';

function speakers(text: string): { source: string; name: string | undefined; type: string | undefined }[] {
  const a = analyze({ text, lang: 'en', published: '2025-03-04' });
  return a.attributions.map((x) => {
    const e = a.entities.find((y) => y.id === x.speaker);
    return { source: x.source ? text.slice(x.source.start, x.source.end) : '', name: e?.name, type: e?.type };
  });
}

describe('the source span: "<plural noun> in/from/at <Place> said"', () => {
  it('takes the noun phrase, not the place alone', () => {
    expect(read('Grain traders in London said they would wait for the harvest.')).toContainEqual(
      expect.objectContaining({ source: 'Grain traders in London', cue: 'said' }),
    );
    expect(read('Officials in Ankara said the talks would resume next week.')).toContainEqual(
      expect.objectContaining({ source: 'Officials in Ankara', cue: 'said' }),
    );
    expect(read('Farmers from Norby said the rain came too late.')).toContainEqual(
      expect.objectContaining({ source: 'Farmers from Norby', cue: 'said' }),
    );
  });
  it('a lone capitalised subject stays the source ("Brandholm said")', () => {
    expect(read('Brandholm said the road would open in May.')).toContainEqual(expect.objectContaining({ source: 'Brandholm' }));
  });
});

describe('the speaker: a place is never the person who spoke', () => {
  it('"Residents of <unknown town>": an unnamed group, not a person named after the town', () => {
    const s = speakers('The ferry will run from May. Residents of Westvik welcomed the news.');
    expect(s).toContainEqual({ source: 'Residents of Westvik', name: 'Residents of Westvik', type: 'anonymous' });
    expect(s.some((x) => x.name === 'Westvik')).toBe(false);
  });
  it('"Grain traders in London": the traders, not London', () => {
    const s = speakers('Grain traders in London said they would wait for the harvest.');
    expect(s).toContainEqual({ source: 'Grain traders in London', name: 'Grain traders in London', type: 'anonymous' });
  });
  it('"Officials in <capital>": that country\'s officials, a group', () => {
    const s = speakers('Officials in Ankara said the talks would resume next week.');
    expect(s).toContainEqual({ source: 'Officials in Ankara', name: 'Turkish officials', type: 'group' });
  });
  it('an apposition after the place is about the place: "Authorities in Nordmark, the state next to Belgium, said"', () => {
    const s = speakers('Authorities in Nordmark, the state next to Belgium, said the border would stay open.');
    expect(s).toHaveLength(1);
    expect(s[0]).toMatchObject({ name: 'Authorities in Nordmark', type: 'anonymous' });
  });
  it('"the mayor of <unknown town>": not a person named after the town', () => {
    const s = speakers('The mayor of Westvik said the road would open in May.');
    expect(s).toHaveLength(1);
    expect(s[0]!.name).not.toBe('Westvik');
  });
});

describe('the entities: a lone place name before the verb is no person', () => {
  it('"Doctors at Sundby said", "Police in Westvik said": no person named Sundby or Westvik', () => {
    for (const text of ['Doctors at Sundby said the patient was stable.', 'Police in Westvik said the road was closed.']) {
      const people = analyze({ text, lang: 'en', published: '2025-03-04' }).entities.filter((e) => e.type === 'person');
      expect(people.map((e) => e.name)).toEqual([]);
    }
  });
  it('a lone name that speaks on its own is still a person ("Sundby said")', () => {
    const people = analyze({ text: 'Sundby said the patient was stable.', lang: 'en', published: '2025-03-04' }).entities.filter((e) => e.type === 'person');
    expect(people.map((e) => e.name)).toEqual(['Sundby']);
  });
});

describe('what stays as it was', () => {
  it('a capital standing for its government ("Moscow said")', () => {
    const s = speakers('Moscow said the talks would resume next week.');
    expect(s).toContainEqual(expect.objectContaining({ source: 'Moscow', type: 'organization' }));
  });
  it('an office of a country ("the president of France") is a person', () => {
    const s = speakers('The president of France said the plan was ready.');
    expect(s[0]?.type).toBe('person');
  });
  it('a known organization named with "of" ("The Bank of England")', () => {
    const s = speakers('The Bank of England said rates would rise.');
    expect(s[0]?.name).toBe('Bank of England');
  });
});
