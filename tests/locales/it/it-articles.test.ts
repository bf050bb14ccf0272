// Italian: invented agency-style articles (tests/locales/it/articles.ts), each quotation and
// statement with the speaker a careful reader gives it — or none, where the text does not say.
import { describe, expect, test } from 'vitest';
import { read, said } from '../read.ts';
import { ARTICLES } from './articles.ts';

describe('Italian articles', () => {
  for (const a of ARTICLES) {
    test(a.title, () => {
      const { items } = read(a.text, 'it', a.published ?? '2023-03-20');
      const got = a.expect.map(([needle]) => {
        const it = said(items, needle);
        return [needle, it ? it.speaker : 'NOT FOUND'];
      });
      expect(got).toEqual(a.expect);
    });
  }
});
