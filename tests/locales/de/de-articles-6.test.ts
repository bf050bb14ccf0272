// German: the round-6 invented articles (tests/locales/de/articles-6.cases.ts), each quotation's speaker.
import { describe, expect, test } from 'vitest';
import { failures } from '../article-cases.ts';
import { BATCH6 } from './articles-6.cases.ts';

describe('German articles (6)', () => {
  for (const c of BATCH6) test(c.title, () => expect(failures(c, 'de')).toEqual([]));
});
