import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findQuotes } from '../../../src/core/text/quote-marks.ts';

const quoted = (text: string) => findQuotes(text).map((q) => text.slice(q.start, q.end));
const outer = (text: string) => findQuotes(text).filter((q) => q.depth === 0).map((q) => text.slice(q.start, q.end));

describe('findQuotes', () => {
  it('pairs curly, straight, German, French, Japanese and guillemet marks', () => {
    expect(outer('He said “we will win” today.')).toEqual(['“we will win”']);
    expect(outer('He said "we will win" today.')).toEqual(['"we will win"']);
    expect(outer('Er sagte „wir gewinnen“ heute.')).toEqual(['„wir gewinnen“']);
    expect(outer('Il a dit « nous gagnerons » hier.')).toEqual(['« nous gagnerons »']);
    expect(outer('Il a dit ‹ oui › hier.')).toEqual(['‹ oui ›']);
    expect(outer('彼は「勝つ」と言った。')).toEqual(['「勝つ」']);
    expect(outer("She called it ‘a disgrace’ on Monday.")).toEqual(['‘a disgrace’']);
  });

  it('an opening “ after a space never closes a straight " left open before it', () => {
    const text = '"The mayor tried to laugh it off by saying, “Only on Tuesdays.” But the host went on."';
    expect(outer(text)).toEqual([text]);
    const nested = findQuotes(text).filter((q) => q.depth === 1).map((q) => text.slice(q.start, q.end));
    expect(nested).toEqual(['“Only on Tuesdays.”']);
    // a “ that ends a quotation still closes it: “It is unusual,“ said Noble.
    expect(outer('“It is unusual,“ said Noble. “Very.”')).toEqual(['“It is unusual,“', '“Very.”']);
  });

  it('a closing " set off by a space after punctuation still closes', () => {
    expect(outer(`"They treat it like, 'Oh, this is important,' " Magel said. "But it is not."`)).toEqual([
      `"They treat it like, 'Oh, this is important,' "`,
      '"But it is not."',
    ]);
    expect(outer('"It is a disgrace that he is doing this, " Ruiz said.')).toEqual(['"It is a disgrace that he is doing this, "']);
    // a lone mark between words stays no quote mark
    expect(outer('The score was 5 " 6 at the half.')).toEqual([]);
  });

  it('attribute values of markup left in the text are no quotations', () => {
    expect(outer('<tweet author="@mayor" date="May 9, 2016\n">We will rebuild.</tweet> She said "yes we can" today.')).toEqual(['"yes we can"']);
  });

  it('finds quotes nested inside quotes', () => {
    const text = '“He told me ‘never again’ and left,” she said.';
    const qs = findQuotes(text);
    expect(qs.map((q) => [text.slice(q.start, q.end), q.depth])).toEqual([
      ['“He told me ‘never again’ and left,”', 0],
      ['‘never again’', 1],
    ]);
  });

  it('does not take apostrophes for quote marks', () => {
    expect(quoted('Don’t say it’s over: Xi’s visit, the players’ union and the ’90s.')).toEqual([]);
    expect(quoted("It's O'Brien's call, rock 'n' roll aside.")).toEqual([]);
  });

  it('reads two apostrophes as a double mark', () => {
    expect(outer("''We will win,'' he said.")).toEqual(["''We will win,''"]);
  });

  it('keeps a quotation open over paragraphs that each open with a mark', () => {
    const text = '“First paragraph.\n\n“Second paragraph.\n\n“Third,” she said.';
    expect(outer(text)).toEqual([text.slice(0, text.indexOf(' she'))]);
  });

  it('ends an unclosed quotation at its paragraph', () => {
    const text = 'He said “this never closes.\n\nThe next paragraph is narrative. So is this one.';
    const qs = findQuotes(text);
    expect(qs).toHaveLength(1);
    expect(qs[0]!.closed).toBe(false);
    expect(text.slice(qs[0]!.start, qs[0]!.end)).toBe('“this never closes.');
  });

  it('stays calm on any input and keeps spans inside the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('“', '”', '"', "'", '‘', '’', '„', '«', '»', 'a', ' ', '\n', '.', ',') }), (s) => {
        for (const q of findQuotes(s)) {
          expect(q.start).toBeGreaterThanOrEqual(0);
          expect(q.end).toBeLessThanOrEqual(s.length);
          expect(q.start).toBeLessThan(q.end);
        }
      }),
    );
  });

  it('is linear on long runs of marks', () => {
    const text = `${'"a\' '.repeat(50000)}\n${'‘x '.repeat(50000)}`;
    const t0 = performance.now();
    findQuotes(text);
    expect(performance.now() - t0).toBeLessThan(1500);
  });
});
