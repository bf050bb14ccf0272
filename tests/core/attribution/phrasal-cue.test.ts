// Phrasal verbs of saying and judging: the particle is the cue's ("talked up", "ruled out",
// "cautioned against"), what follows it the content. Invented sentences.
import { describe, expect, it } from 'vitest';
import { read } from './helpers.ts';

describe('phrasal cue verbs', () => {
  it('an adverb particle joins the cue', () => {
    expect(read('Ruiz talked up her plan for a new pool.')[0]).toMatchObject({ source: 'Ruiz', cue: 'talked up', content: 'her plan for a new pool' });
    expect(read('The mayor did not rule out a second term.')[0]).toMatchObject({ source: 'The mayor', cue: 'did not rule out', content: 'a second term' });
    expect(read('Ruiz laughed off the claim.')[0]).toMatchObject({ cue: 'laughed off', content: 'the claim' });
    expect(read('The council blasted out an email to voters.')[0]).toMatchObject({ cue: 'blasted out' });
  });

  it('a preposition that opens the complement of the verb joins the cue', () => {
    expect(read('Several aides cautioned against reading too much into the poll.')[0]).toMatchObject({
      source: 'Several aides', cue: 'cautioned against', content: 'reading too much into the poll',
    });
    expect(read('The board decided against raising the fee.')[0]).toMatchObject({ cue: 'decided against', content: 'raising the fee' });
    expect(read('Ruiz remarked upon the cost of the bridge.')[0]).toMatchObject({ cue: 'remarked upon', content: 'the cost of the bridge' });
    expect(read('The union pushed back against the plan.')[0]).toMatchObject({ cue: 'pushed back against', content: 'the plan' });
  });
});
