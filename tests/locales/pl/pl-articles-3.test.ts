// Polish: the round-3 invented articles (tests/locales/pl/articles-3.cases.ts), each quotation's speaker.
import { describe, expect, test } from 'vitest';
import { failures } from '../article-cases.ts';
import { BATCH1, BATCH2, BATCH3 } from './articles-3.cases.ts';

describe('Polish articles (3)', () => {
  for (const c of [...BATCH1, ...BATCH2, ...BATCH3]) test(c.title, () => expect(failures(c, 'pl')).toEqual([]));
});
