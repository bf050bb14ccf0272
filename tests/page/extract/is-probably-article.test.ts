import { describe, expect, it } from 'vitest';
import { isProbablyArticle } from '../../../src/page/extract/is-probably-article.ts';
import { DOMS, readFixture } from './load-fixture.ts';

describe.each(DOMS)('isProbablyArticle (%s)', (_name, load) => {
  it.each(['furniture-everywhere.html', 'wordpress-post.html', 'links-in-prose.html'])('yes: %s', (f) => {
    expect(isProbablyArticle(load(readFixture(f)))).toBe(true);
  });
  it('yes: a page that declares itself an article', () => {
    expect(isProbablyArticle(load('<html><head><meta property="og:type" content="article"></head><body><p>Short.</p></body></html>'))).toBe(true);
    expect(isProbablyArticle(load('<html><head><script type="application/ld+json">{"@type": "NewsArticle"}</script></head><body></body></html>'))).toBe(true);
  });
  it.each(['no-article-video-page.html'])('no: %s', (f) => {
    expect(isProbablyArticle(load(readFixture(f)))).toBe(false);
  });
  it('no: empty and frameset pages', () => {
    expect(isProbablyArticle(load(''))).toBe(false);
    expect(isProbablyArticle(load('<html><frameset><frame src="a.html"></frameset></html>'))).toBe(false);
  });
});
