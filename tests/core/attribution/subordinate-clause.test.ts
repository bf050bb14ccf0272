// A cue inside an opening subordinate clause owns only that clause (invented sentences).
import { describe, expect, it } from 'vitest';
import { read } from './helpers.ts';

describe('opening subordinate clauses', () => {
  it('the main clause after the comma has its own speaker', () => {
    const out = read('Although Dunn said the port would reopen, he also warned that jobs would be lost.');
    expect(out.find((a) => a.cue === 'said')?.content).toBe('the port would reopen');
    expect(out.find((a) => a.cue === 'also warned')).toMatchObject({ source: 'he', content: 'that jobs would be lost' });
  });

  it('a quotation introduced by the main clause goes to its subject', () => {
    const out = read('When she was talking about the new budget, Senator Ames offered up a line she later regretted: “We are going to close half the schools.”');
    const q = out.find((a) => (Array.isArray(a.content) ? a.content.join(' ') : a.content).includes('close half the schools'));
    expect(q?.source).toBe('Senator Ames');
  });

  it('an opening absolute phrase ("With …", "Despite …") keeps its cue’s content up to its comma', () => {
    const out = read('With aides in the capital worried about the closing of the mill, the mayor has spent the week in town halls.');
    expect(out.find((a) => a.cue === 'worried about')?.content).toBe('the closing of the mill');
    const out2 = read('Despite polls showing her far behind, Ruiz campaigned in every county of the state.');
    expect(out2.find((a) => a.cue === 'showing')?.content).toBe('her far behind');
    // (a cue after the phrase's comma is the main clause's own)
    const out3 = read('With that, Ruiz said the plan, which the council backs, would pass.');
    expect(out3.find((a) => a.cue === 'said')?.content).toBe('the plan, which the council backs, would pass');
  });

  it('a cue after the opening clause’s comma belongs to the main clause, and keeps its whole content', () => {
    const out = read('After the vote, Ruiz said the count, which took two days, was fair.');
    expect(out.find((a) => a.cue === 'said')?.content).toBe('the count, which took two days, was fair');
  });

  it('a subordinate clause in mid-sentence', () => {
    const out = read('Boos rained down when Dunn mentioned the former governor, and at one point the crowd loudly reprised the chant “Lock him up! Lock him up!”');
    expect(out.find((a) => a.cue === 'mentioned')?.content).toBe('the former governor');
  });

  it('"As the paper noted, …" keeps its content after the comma', () => {
    const out = read('As the paper noted, the council will vote on the plan next week.');
    expect(out[0]?.content).toBe('the council will vote on the plan next week');
  });

  it('a sentence that does not open with a subordinator is untouched', () => {
    const out = read('The mayor said the port will reopen, and that the harbor will be dredged.');
    expect(out[0]?.content).toBe('the port will reopen, and that the harbor will be dredged');
  });
});
