// Verbs of accusation and warning with their complements, and numbers that keep their commas.
// Invented sentences.
import { describe, expect, it } from 'vitest';
import { read } from './helpers.ts';
import { tokenize } from '../../../src/core/attribution/tokens.ts';

describe('complements of accusation and warning', () => {
  it('"accused X of Y": the one accused and the charge are the content', () => {
    expect(read('Ruiz accused the mayor of hiding the pool budget.')[0]).toMatchObject({ source: 'Ruiz', cue: 'accused', content: 'the mayor of hiding the pool budget' });
    expect(read('The council has repeatedly accused Lyon of delaying the vote.')[0]).toMatchObject({ cue: 'has repeatedly accused', content: 'Lyon of delaying the vote' });
  });

  it('after its particle a verb skips no hearer ("warned of a flood")', () => {
    expect(read('The mayor warned of a long fight over the pool.')[0]).toMatchObject({ cue: 'warned of', content: 'a long fight over the pool' });
    expect(read('Ruiz warned of the dangers of “cheap concrete” in the bridge.')[0]).toMatchObject({ cue: 'warned of', content: 'the dangers of “cheap concrete” in the bridge' });
    // a hearer is still skipped without a particle
    expect(read('Ruiz warned the council that the fee will rise.')[0]).toMatchObject({ cue: 'warned', content: 'that the fee will rise' });
  });
});

describe('thousands separators', () => {
  it('a comma between digit groups is part of the number', () => {
    const t = tokenize('about 1,100 names and 25,000,000 dollars, 1,10 and 12, 345', 0, 1000);
    expect(t.raw).toEqual(['about', '1,100', 'names', 'and', '25,000,000', 'dollars', ',', '1', ',', '10', 'and', '12', ',', '345']);
  });

  it('so it does not set off a closing cue', () => {
    expect(read('The paper reported that roughly 1,100 donor names were not disclosed.')[0]).toMatchObject({
      source: 'The paper', cue: 'reported', content: 'that roughly 1,100 donor names were not disclosed',
    });
  });
});
