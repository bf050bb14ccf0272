import { describe, expect, it } from 'vitest';
import { tokenizeWords } from '../../../src/core/entities/tokenize-words.ts';

// The phrase index reads a plain phrase (ASCII letters, single spaces) as its words in lower case
// without the tokenizer: that must be what the tokenizer gives.
describe('plain phrases: tokenizer keys are the lower-cased words', () => {
  const keys = (p: string) => tokenizeWords(p).map((w) => w.key);
  it('names, titles, organizations', () => {
    for (const p of ['Prime Minister', 'Eldoria Daily News', 'Maria Keller', 'NATO', 'Ministry of Foreign Affairs', 'The Times', 'Sr', 'ZZ Top', 'Cs'])
      expect(keys(p), p).toEqual(p.toLowerCase().split(' '));
  });
  it('random plain phrases', () => {
    let seed = 7;
    const rnd = (n: number) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
    const letters = 'abcsSzAZQxyY';
    for (let r = 0; r < 2000; r++) {
      const words: string[] = [];
      for (let k = 0, nw = 1 + rnd(5); k < nw; k++) {
        let w = '';
        for (let j = 0, l = 1 + rnd(6); j < l; j++) w += letters[rnd(letters.length)];
        words.push(w);
      }
      const p = words.join(' ');
      expect(keys(p), p).toEqual(p.toLowerCase().split(' '));
    }
  });
});
