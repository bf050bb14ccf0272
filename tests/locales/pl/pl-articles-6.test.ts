// Polish: the round-6 invented articles (tests/locales/pl/articles-6.cases.ts), each quotation's speaker.
import { describe, expect, test } from 'vitest';
import { failures } from '../article-cases.ts';
import { BATCH6, BATCH6B } from './articles-6.cases.ts';

describe('Polish articles (6)', () => {
  for (const c of [...BATCH6, ...BATCH6B]) test(c.title, () => expect(failures(c, 'pl')).toEqual([]));
});
