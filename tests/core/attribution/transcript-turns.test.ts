// Transcript turns ("HOST: …") as attributions (invented transcripts).
import { describe, expect, it } from 'vitest';
import { read } from './helpers.ts';

const contentOf = (c: string | string[]) => (Array.isArray(c) ? c : [c]);

describe('a transcript with speaker labels', () => {
  it('each turn is attributed to its label, with the colon as cue', () => {
    const text = [
      'The mayor spoke to the station on Sunday.',
      'Partial transcript as follows:',
      'ANA RUIZ: The bridge will open in May. We checked every bolt of it.',
      'ORTIZ: Will it carry trucks?',
      'RUIZ: It will, once the inspectors say so.',
    ].join('\n\n');
    const out = read(text);
    const turns = out.filter((a) => a.cue === ':');
    expect(turns.map((a) => a.source)).toEqual(['ANA RUIZ', 'ORTIZ', 'RUIZ']);
    expect(turns[0]!.content).toBe('The bridge will open in May. We checked every bolt of it.');
    // what the speaker says inside the turn is not attributed again
    expect(out.some((a) => a.source === 'the inspectors')).toBe(false);
  });

  it('a quoted transcript: the next paragraphs of the quotation go on with the turn, up to a stage note', () => {
    const text = [
      'The host pressed her.',
      '"HOST: Why the delay?',
      '"RUIZ: The steel came late. We waited on it for a month.',
      '"Then the rain came, and the crews went home.',
      '"(CROSSTALK.)',
      '"HOST: One more question."',
    ].join('\n\n');
    const out = read(text);
    const ruiz = out.find((a) => a.source === 'RUIZ');
    expect(contentOf(ruiz!.content)).toEqual(['The steel came late. We waited on it for a month.', 'Then the rain came, and the crews went home.']);
    expect(out.filter((a) => a.cue === ':').map((a) => a.source)).toEqual(['HOST', 'RUIZ', 'HOST']);
  });
});

describe('the end of a quoted transcript', () => {
  it('the writer’s sign-off inside the closing mark is no part of the last turn', () => {
    const text = [
      'The host pressed her.',
      '"HOST: Why the delay?',
      '"RUIZ: The steel came late.',
      '"HOST: Thank you, mayor.',
      '"RUIZ: Thank you for having me.',
      '"Follow Dale Ortiz on Twitter @dortiz."',
    ].join('\n\n');
    const out = read(text);
    const last = out.filter((a) => a.source === 'RUIZ').pop();
    expect(contentOf(last!.content)).toEqual(['Thank you for having me.']);
    expect(out.some((a) => contentOf(a.content).some((c) => c.includes('Follow')))).toBe(false);
  });
});

describe('not a transcript', () => {
  it('a lone capitalised heading or notes are no turns', () => {
    expect(read('BREAKING NEWS: The bridge is closed.').some((a) => a.cue === ':')).toBe(false);
    expect(read('UPDATE: The bridge reopened.\n\nCORRECTION: An earlier version misspelled a name.\n\nUPDATE: Traffic is back.').some((a) => a.cue === ':')).toBe(false);
  });

  it('one label repeated is no dialogue, and question-and-answer letters are left alone', () => {
    expect(read('WARNING: Roads are icy.\n\nWARNING: Roads are icy.\n\nWARNING: Stay home.').some((a) => a.cue === ':')).toBe(false);
    expect(read('Q: Will it open?\n\nA: In May.\n\nQ: Why?\n\nA: Steel.').some((a) => a.source === 'Q' || a.source === 'A')).toBe(false);
  });
});
