// Polish: the round-4 invented articles (tests/locales/pl/articles-4.cases.ts), each quotation's speaker.
import { describe, expect, test } from 'vitest';
import { failures } from '../article-cases.ts';
import { BATCH4 } from './articles-4.cases.ts';

describe('Polish articles (4)', () => {
  for (const c of BATCH4) test(c.title, () => expect(failures(c, 'pl')).toEqual([]));
});
