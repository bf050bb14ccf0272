// Spanish round-3 articles: every quotation's speaker as a careful reader gives it (or no one).
import { describe, expect, test } from 'vitest';
import { tallySpeakers } from '../speaker-table.ts';
import { BATCH1, BATCH2, BATCH3, BATCH4, BATCH5 } from './es-round3-articles.ts';

describe('Spanish articles (round 3)', () => {
  for (const a of [...BATCH1, ...BATCH2, ...BATCH3, ...BATCH4, ...BATCH5]) {
    test(a.title, () => {
      expect(tallySpeakers(a.text, 'es', a.rows).errors).toEqual([]);
    });
  }
});
