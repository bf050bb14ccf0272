// German: the round-6 invented articles (tests/locales/de/articles-6.cases.ts), each quotation's speaker.
import { describe, expect, test } from 'vitest';
import { failures } from '../article-cases.ts';
import { BATCH6, BATCH6B } from './articles-6.cases.ts';

/** Articles whose reading still gives a wrong speaker (a test that fails until it is fixed, then must be moved back):
 * "Der ZSC-Trainer kritisierte … «…», schimpfte der Kanadier" is read as someone new, not the coach named before. */
const KNOWN_WRONG = new Set(['ice hockey play-off with both coaches (Swiss sports desk)']);

describe('German articles (6)', () => {
  for (const c of [...BATCH6, ...BATCH6B]) {
    if (KNOWN_WRONG.has(c.title)) test.fails(c.title, () => expect(failures(c, 'de')).toEqual([]));
    else test(c.title, () => expect(failures(c, 'de')).toEqual([]));
  }
});
