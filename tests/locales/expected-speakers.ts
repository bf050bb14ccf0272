// One check for invented articles listed with the speaker a careful reader gives each quotation (or
// null where the text does not say): every piece must get that speaker; a piece marked open may get
// no speaker yet, never a wrong one. A body or a group is given by its words as written ("la direction",
// "il club"), so a wanted name matches the words found without its leading article.
import { describe, expect, test } from 'vitest';
import { read, said } from './read.ts';

export interface SpeakerArticle {
  title: string;
  published?: string;
  text: string;
  /** [a piece of the quotation or statement, its speaker's entity name or null for none]. */
  expect: [string, string | null][];
  /** Pieces whose speaker the reader does not find yet. */
  open?: string[];
}

/** The leading articles of a language's bodies and groups ("la Protezione civile" → "Protezione civile"). */
const LEADING_ARTICLE: Record<string, RegExp> = {
  fr: /^(?:la|le|les|l’|l')\s*/,
  it: /^(?:il|lo|la|i|gli|le|l’|l')\s*/,
};

export function checkExpectedSpeakers(name: string, lang: string, articles: readonly SpeakerArticle[]): void {
  const leading = LEADING_ARTICLE[lang] ?? /^$/;
  describe(name, () => {
    for (const a of articles) {
      test(a.title, () => {
        const { items } = read(a.text, lang, a.published ?? '2023-03-20');
        const got = a.expect.map(([needle, want]) => {
          const it = said(items, needle);
          const who = it ? it.speaker ?? it.source : 'NOT FOUND';
          const same = who !== null && want !== null && who !== 'NOT FOUND' && who.toLowerCase().includes(want.toLowerCase().replace(leading, ''));
          return [needle, same ? want : a.open?.includes(needle) && who === null ? want : who];
        });
        expect(got).toEqual(a.expect);
      });
    }
  });
}
