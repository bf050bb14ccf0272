// The map from article text back to the live DOM must be exact: every mapped segment's text is
// the same string in its Text node, segments tile the text with no gap, and separators (node null)
// are only whitespace we added. The highlight layer builds DOM Ranges from this.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/page/extract/extract-article.ts';
import { checkSegments } from './check-segments.ts';
import { DOMS, FIXTURES, readFixture } from './load-fixture.ts';

const fixtures = readdirSync(FIXTURES).filter((f) => f.endsWith('.html') && !f.startsWith('no-article-'));

describe.each(DOMS)('text segments (%s)', (_name, load) => {
  it.each(fixtures)('%s maps every character back to its Text node', (file) => {
    const a = extractArticle(load(readFixture(file)));
    expect(a.text.length).toBeGreaterThan(0);
    checkSegments(a);
  });

  it('collapses whitespace runs but keeps single spaces mapped', () => {
    const a = extractArticle(load(readFixture('whitespace-and-inline.html')));
    const first = a.text.split('\n\n')[0];
    expect(first).toBe('Night trains will return to the valley next month, the rail operatorsaid, after a three-year pause.');
    // A collapsed run ("   ", a newline, a no-break space) is a separator, not a mapped segment.
    expect(a.segments.some((s) => s.node === null && a.text[s.textStart] === ' ')).toBe(true);
    expect(a.segments.filter((s) => s.node).every((s) => !/\s\s/.test(a.text.slice(s.textStart, s.textStart + s.length)))).toBe(true);
    // <br> becomes a line break inside the paragraph.
    expect(a.text).toContain('Tickets go on sale on Friday.\nPrices start at twelve euros.\nChildren travel free');
  });

  it('keeps one segment per stretch of a node, not one per word', () => {
    const a = extractArticle(load(readFixture('whitespace-and-inline.html')));
    const last = a.text.split('\n\n').pop()!;
    const mapped = a.segments.filter((s) => s.node && s.textStart >= a.text.length - last.length);
    expect(mapped).toHaveLength(1);
    expect(mapped[0]!.length).toBe(last.length);
  });

  it('never modifies the document', () => {
    const doc = load(readFixture('furniture-everywhere.html'));
    const before = doc.documentElement.outerHTML;
    extractArticle(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
