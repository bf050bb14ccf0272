// One span is the content of one attribution (invented sentences).
import { describe, expect, it } from 'vitest';
import { read } from './helpers.ts';

const holding = (text: string, words: string) =>
  read(text).filter((a) => (Array.isArray(a.content) ? a.content : [a.content]).some((c) => c.includes(words)));

describe('a quotation two readings give', () => {
  it('stays with the cue that introduced it, not a later verb that picks it up', () => {
    const a = holding('Ruiz, tired, famously replied: "What difference does it make now, at this hour?" Her critics cited it for years.', 'What difference');
    expect(a).toHaveLength(1);
    expect(a[0]!.cue).toBe('famously replied');
  });

  it('a question put to someone is not also the answer', () => {
    const a = holding('Ruiz was asked, “Would you ever close the bridge to the trucks?” She answered, “Never.”', 'close the bridge');
    expect(a).toHaveLength(1);
    expect(a[0]!.cue).toBe('was asked');
    expect(holding('Ruiz was asked, “Would you ever close the bridge to the trucks?” She answered, “Never.”', 'Never')[0]?.cue).toBe('answered');
  });
});
