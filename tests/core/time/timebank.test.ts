// Regression guard on TimeBank (../shared, skipped where absent): the figures of
// scripts/eval-timex.mjs, computed in-process with the scorer's own functions, on the whole
// corpus and on its two halves (SHA-1 of the file name, first byte even: tuning, odd: confirmation).
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hasShared, sharedPath } from '../../helpers/shared.ts';
import { findTimexes } from '../../../src/core/time/find-timexes.ts';
import { splitSentences } from '../../../src/core/text/sentences.ts';

type Doc = { id: string; text: string; published: string | null };

describe.skipIf(!hasShared)('TimeBank (score-timex.mjs)', () => {
  it('keeps value F1 ≥ 0.83 and relaxed extent F1 ≥ 0.90, both halves within 0.02 of each other', async () => {
    const scorer = await import(sharedPath('eval/score-timex.mjs'));
    const docs: Doc[] = scorer.loadCorpus([sharedPath('corpora/timex/TimeBank')]);
    const score = (ds: Doc[]) => {
      let tp = 0, fp = 0, fn = 0, value = 0;
      for (const d of ds) {
        const timexes = findTimexes(d.text, d.published, splitSentences(d.text));
        const r = scorer.scoreDocument(d, { timexes });
        tp += r.relaxed.tp; fp += r.relaxed.fp; fn += r.relaxed.fn; value += r.value;
      }
      const p = tp / (tp + fp);
      const rc = tp / (tp + fn);
      const f1 = (2 * p * rc) / (p + rc);
      return { relaxed: f1, value: f1 * (value / tp) };
    };
    const all = score(docs);
    expect(all.relaxed).toBeGreaterThanOrEqual(0.9);
    expect(all.value).toBeGreaterThanOrEqual(0.83);
    const even = (d: Doc) => createHash('sha1').update(`${d.id}.tml`).digest()[0]! % 2 === 0;
    const tuning = score(docs.filter(even));
    const confirmation = score(docs.filter((d) => !even(d)));
    expect(Math.abs(tuning.value - confirmation.value)).toBeLessThanOrEqual(0.02);
    expect(Math.abs(tuning.relaxed - confirmation.relaxed)).toBeLessThanOrEqual(0.02);
  });
});
