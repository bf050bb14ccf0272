// German: the round-4 invented articles (tests/locales/de/articles-4.cases.ts), each quotation's speaker.
import { describe, expect, test } from 'vitest';
import { failures } from '../article-cases.ts';
import { BATCH4 } from './articles-4.cases.ts';

describe('German articles (4)', () => {
  for (const c of BATCH4) test(c.title, () => expect(failures(c, 'de')).toEqual([]));
});
