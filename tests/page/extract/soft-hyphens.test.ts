// Smaller items of issue 15: soft hyphens and ruby annotations are no part of the article's words.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/page/extract/extract-article.ts';
import { renderBlock } from '../../../src/page/extract/render-block.ts';
import { checkSegments } from './check-segments.ts';
import { DOMS, readFixture } from './load-fixture.ts';

describe.each(DOMS)('soft hyphens and ruby (%s)', (_name, load) => {
  it('leaves soft hyphens and ruby readings out, and still maps every character', () => {
    const a = extractArticle(load(readFixture('soft-hyphens-and-ruby.html')));
    expect(a.text).not.toContain('\u00ad');
    expect(a.text).toContain('Die Donaudampfschifffahrtsgesellschaft feiert in diesem Jahr ihr zweihundertjähriges Bestehen');
    expect(a.text).toContain('Georg Steinbauer');
    expect(a.text).toContain('港の祭りには、大勢の人が集まりました。');
    checkSegments(a);
  });
});

describe('renderBlock', () => {
  it('drops soft hyphens at the start, the end and in runs, between spaces too', () => {
    const doc = load0('<p>\u00adab\u00ad\u00adcd ef\u00ad gh\u00ad</p>');
    const node = doc.querySelector('p')!.firstChild as Text;
    const r = renderBlock([{ node, start: 0, end: node.data.length, link: false }]);
    expect(r.text).toBe('abcd ef gh');
    expect(r.chars).toBe(8);
    for (const s of r.segments) if (s.node) expect(r.text.slice(s.textStart, s.textStart + s.length)).toBe(s.node.data.slice(s.nodeOffset, s.nodeOffset + s.length));
  });
});

function load0(html: string): Document {
  return DOMS[0]![1](`<html><body>${html}</body></html>`);
}
