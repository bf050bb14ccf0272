// Verbs of singing and exhorting, and a gerund of saying after a quotation (invented sentences).
import { describe, expect, it } from 'vitest';
import { read } from './helpers.ts';

const holding = (text: string, words: string) =>
  read(text).find((a) => (Array.isArray(a.content) ? a.content : [a.content]).some((c) => c.includes(words)));

describe('sing and exhort', () => {
  it('a song or a chant sung in quotation marks is attributed to the singer', () => {
    expect(holding('The band leader called the council to the stage, singing “Our Town Tonight.”', 'Our Town')?.source).toBe('The band leader');
    expect(holding('Ana Ruiz sings Tom Lee’s “Harbor Song” to the mayor.', 'Harbor Song')?.cue).toBe('sings');
  });

  it('singing without a quotation is no attribution', () => {
    expect(read('The choir sang the anthem before the game.')).toEqual([]);
  });

  it('exhorted someone to do what is quoted', () => {
    const a = holding('Ruiz exhorted the delegates to “vote for the bridge” and left the hall.', 'vote for the bridge');
    expect(a).toMatchObject({ cue: 'exhorted', source: 'Ruiz' });
  });
});

describe('a gerund of saying in the tag of a quotation', () => {
  it('takes the quoted speaker as its holder, and the quotation after its hearer as content', () => {
    const out = read('“We will keep the bridge open all winter,” Ana Ruiz told the council before asking them, “Who will pay for the salt?”');
    const asking = out.find((a) => a.cue === 'asking');
    expect(asking?.source).toBe('Ana Ruiz');
    expect(asking?.content).toBe('“Who will pay for the salt?”');
  });

  it('a gerund with a comma and a quotation', () => {
    expect(holding('The mayor left the hall after saying, “We will be back next week with a plan.”', 'back next week')).toMatchObject({ cue: 'saying', source: 'The mayor' });
  });
});
