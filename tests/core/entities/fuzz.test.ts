// Property test: the raw stages (without findEntities' safety net) never throw, whatever the
// text, and every mention lies inside the text.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { splitSentences } from '../../../src/core/text/sentences.ts';
import { tokenizeWords } from '../../../src/core/entities/tokenize-words.ts';
import { CandidateScanner } from '../../../src/core/entities/scan-candidates.ts';
import { EntityRegistry } from '../../../src/core/entities/entity-registry.ts';
import { resolveSource } from '../../../src/core/entities/resolve-source.ts';

const pieces = [
  'President', 'Xi', 'Jinping', 'the', 'Russian', 'leader', 'of', 'Ministry', 'Foreign', 'Chinese', 'said', 'He', 'she',
  'Mr.', 'R.', 'U.S.', 'Beijing', 'Kremlin', 'The', 'Wall', 'Street', 'Journal', 'head', 'counterpart', 'Putin’s', "People's",
  'Daily', ',', '.', ':', '“', '”', '"', '/', '-', '\n', '\n\n', 'authorities', 'many', 'experts', 'and', 'ParliamentPAP',
  'JOHN', 'Jr.', 'former', 'de', 'al-', 'É', 'Łódź', '’s', "'", '(', ')', 'Kyiv-based', '2023', ' ',
];
const textArb = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 6 })), { maxLength: 60 }).map((a) => a.join(' '));

describe('entity stages never throw', () => {
  it('on random texts, and resolve on random spans', () => {
    fc.assert(
      fc.property(textArb, fc.integer({ min: -5, max: 400 }), fc.integer({ min: -5, max: 400 }), (t, a, b) => {
        const s = splitSentences(t);
        const reg = new EntityRegistry(t, null, s);
        reg.build(new CandidateScanner(t, tokenizeWords(t, s)).scan());
        for (const e of reg.list) for (const m of e.mentions) expect(m.start >= 0 && m.end <= t.length && m.start < m.end).toBe(true);
        resolveSource(reg, { start: a, end: b }, { lastSpeaker: reg.list[0]?.id ?? 'nope' });
        resolveSource(reg, { start: Math.min(a, b), end: Math.max(a, b) }, {});
      }),
      { numRuns: 400, seed: 20231 },
    );
  });
});
