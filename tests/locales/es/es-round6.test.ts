// Spanish round-6 articles: every quotation's speaker as a careful reader gives it (or no one).
import { describe, expect, test } from 'vitest';
import { tallySpeakers } from '../speaker-table.ts';
import { ROUND6_BATCH1, ROUND6_BATCH2 } from './es-round6-articles.ts';

describe('Spanish articles (round 6)', () => {
  for (const a of [...ROUND6_BATCH1, ...ROUND6_BATCH2]) {
    test(a.title, () => {
      expect(tallySpeakers(a.text, 'es', a.rows).errors).toEqual([]);
    });
  }
});
