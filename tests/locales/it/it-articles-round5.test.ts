// Italian, round 5: invented articles (tests/locales/it/articles-round5.ts), each quotation with the
// speaker a careful reader gives it, or none where the text does not say; pieces marked open may
// have no speaker yet, never a wrong one.
import { describe, expect, test } from 'vitest';
import { read, said } from '../read.ts';
import { ARTICLES } from './articles-round5.ts';

describe('Italian articles, round 5', () => {
  for (const a of ARTICLES) {
    test(a.title, () => {
      const { items } = read(a.text, 'it', a.published ?? '2023-03-20');
      const got = a.expect.map(([needle, want]) => {
        const it = said(items, needle);
        const who = it ? it.speaker ?? it.source : 'NOT FOUND';
        // (a body or a group is given by its words as written: "il club", "la Protezione civile")
        const same = who !== null && want !== null && who !== 'NOT FOUND' && who.toLowerCase().includes(want.toLowerCase().replace(/^(?:il|lo|la|i|gli|le|l’|l')\s*/, ''));
        return [needle, same ? want : a.open?.includes(needle) && who === null ? want : who];
      });
      expect(got).toEqual(a.expect);
    });
  }
});
