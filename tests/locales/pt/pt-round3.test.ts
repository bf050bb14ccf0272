// Portuguese round-3 articles: every quotation's speaker as a careful reader gives it (or no one).
import { describe, expect, test } from 'vitest';
import { tallySpeakers } from '../speaker-table.ts';
import { BATCH1, BATCH2, BATCH3, BATCH4, BATCH5 } from './pt-round3-articles.ts';

describe('Portuguese articles (round 3)', () => {
  for (const a of [...BATCH1, ...BATCH2, ...BATCH3, ...BATCH4, ...BATCH5]) {
    test(a.title, () => {
      expect(tallySpeakers(a.text, 'pt', a.rows).errors).toEqual([]);
    });
  }
});
