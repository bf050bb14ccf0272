// A programme's quoted title between a verb of saying and its clause (invented sentences).
import { describe, expect, it } from 'vitest';
import { read } from './helpers.ts';

describe('a quoted title before the clause', () => {
  it('after the hearer’s network: “told KRXT’s “Harbor Hour” that …”', () => {
    const out = read('Ortiz told KRXT’s “Harbor Hour” that the bridge would reopen in May.');
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ cue: 'told', source: 'Ortiz', content: 'that the bridge would reopen in May' });
  });

  it('after a preposition: “said on KRXT’s “Harbor Hour” that …” and “… she would run”', () => {
    expect(read('Ortiz said on KRXT’s “Harbor Hour” that the bridge would “reopen soon.”')[0]?.content).toBe('that the bridge would “reopen soon.”');
    expect(read('Ortiz said on “Harbor Hour” she would run again.')[0]?.content).toBe('she would run again');
  });

  it('a title with nothing after it is still no content', () => {
    expect(read('Ortiz said on “Harbor Hour” last week.')).toEqual([]);
  });
});
