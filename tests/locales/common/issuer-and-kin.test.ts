// Statements whose issuer is named before the tag, and relatives by first name (tests/locales/common/issuer-and-kin-articles.ts).
import { describe, expect, test } from 'vitest';
import { read, said } from '../read.ts';
import { ARTICLES } from './issuer-and-kin-articles.ts';
import { ARTICLES_2 } from './issuer-and-kin-articles-2.ts';

describe('statement issuers and relatives by first name', () => {
  for (const a of [...ARTICLES, ...ARTICLES_2]) {
    test(a.title, () => {
      const { items } = read(a.text, a.lang);
      const got = a.expect.map(([needle, want]) => {
        const it = said(items, needle);
        if (!it) return [needle, 'NOT FOUND'];
        // (a careful reader may give more than the test needs: null marks one still open or not to be told)
        return [needle, want !== null && it.speaker?.includes(want) ? want : it.speaker];
      });
      expect(got).toEqual(a.expect);
    });
  }
});
