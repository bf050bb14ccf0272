// Regression guard on TimeBank (../shared, skipped where absent): the figures of
// scripts/eval-timex.mjs, computed in-process with the scorer's own functions.
import { describe, expect, it } from 'vitest';
import { hasShared, sharedPath } from '../../helpers/shared.ts';
import { findTimexes } from '../../../src/core/time/find-timexes.ts';
import { splitSentences } from '../../../src/core/text/sentences.ts';

describe.skipIf(!hasShared)('TimeBank (score-timex.mjs)', () => {
  it('keeps value F1 ≥ 0.82 and relaxed extent F1 ≥ 0.90', async () => {
    const scorer = await import(sharedPath('eval/score-timex.mjs'));
    const docs = scorer.loadCorpus([sharedPath('corpora/timex/TimeBank')]);
    let tp = 0, fp = 0, fn = 0, value = 0;
    for (const d of docs) {
      const timexes = findTimexes(d.text, d.published, splitSentences(d.text));
      const r = scorer.scoreDocument(d, { timexes });
      tp += r.relaxed.tp; fp += r.relaxed.fp; fn += r.relaxed.fn; value += r.value;
    }
    const p = tp / (tp + fp);
    const rc = tp / (tp + fn);
    const f1 = (2 * p * rc) / (p + rc);
    expect(f1).toBeGreaterThanOrEqual(0.9);
    expect(f1 * (value / tp)).toBeGreaterThanOrEqual(0.82);
  });
});
