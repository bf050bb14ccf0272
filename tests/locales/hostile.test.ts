// The shared reader on hostile input, in every packed language and without a pack: no throw, every
// span inside the text and in order, every speaker an entity of the answer.
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { readWithPack } from '../../src/core/locales/common/read-with-pack.ts';
import { pick } from '../../src/core/lang/registry.ts';
import { splitSentences } from '../../src/core/text/sentences.ts';

const PIECES = ['„', '“', '”', '«', '»', '‚', '‘', '"', '–', '—', ' – ', ', ', '. ', ': ', '\n', '\n\n', 'sagte', 'a déclaré', 'dijo', 'powiedział',
  'laut', 'selon', 'según', 'według', 'zufolge', 'Merkel', 'Anna Vogt', 'le ministre', 'die Ministerin', 'er', 'il', 'Putina', 'a-t-il', '(SPD)', 'X', ' '];

describe('shared reader on hostile input', () => {
  for (const code of ['de', 'fr', 'es', 'it', 'pt', 'pl', null]) {
    test(`${code ?? 'no pack'}: never throws, spans in bounds, speakers are entities`, () => {
      const pack = code ? pick(code) : null;
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }), (parts) => {
          const text = parts.join('');
          const r = readWithPack(text, splitSentences(text), pack, '2023-03-20');
          const ids = new Set(r.entities.map((e) => e.id));
          for (const a of r.attributions) {
            for (const c of Array.isArray(a.content) ? a.content : [a.content]) {
              expect(c.start).toBeGreaterThanOrEqual(0);
              expect(c.end).toBeLessThanOrEqual(text.length);
              expect(c.start).toBeLessThanOrEqual(c.end);
            }
            if (a.speaker) expect(ids.has(a.speaker)).toBe(true);
            if (a.source) expect(a.source.end).toBeLessThanOrEqual(text.length);
          }
        }),
        { numRuns: 200 },
      );
    });
  }
});
