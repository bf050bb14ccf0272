// Publication date, in the stated order of trust (json-ld > meta > <time> in the article header >
// dated URL), and never from a page-wide "today" widget, a related card or a comment.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/page/extract/extract-article.ts';
import { normalizeDate } from '../../../src/page/extract/find-published-date.ts';
import { DOMS } from './load-fixture.ts';

const BODY = `<p>The town council agreed on Monday to rebuild the old harbour wall before the winter storms arrive, at a cost of four million.</p>
<p>Work will begin next month and is expected to last until the spring, the council's engineer told the meeting.</p>
<p>Fishermen asked that the inner basin stay open during the works, and the council said one berth would be kept free for them.</p>`;

function page({ head = '', header = '', after = '', before = '' } = {}) {
  return `<!doctype html><html><head><title>Harbour wall to be rebuilt</title>${head}</head><body>
<div class="top-bar"><span class="today">Sunday, February 25, 2034</span><time datetime="2034-02-25">today</time></div>
${before}
<article><header><h1>Harbour wall to be rebuilt</h1>${header}</header><div class="entry-content">${BODY}</div>${after}</article>
</body></html>`;
}

const LD = (d: string) => `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Harbour wall to be rebuilt","datePublished":"${d}"}</script>`;
const META = (d: string) => `<meta property="article:published_time" content="${d}">`;
const TIME = (d: string) => `<time datetime="${d}">a while ago</time>`;
const RELATED = `<div class="related-posts"><div class="card"><time datetime="2029-05-05T10:00:00Z">5 May</time><a href="/x">Older story</a></div></div>`;
const COMMENTS = `<section class="comments"><p>Great news</p><time datetime="2031-01-01T10:00:00Z">1 Jan</time></section>`;

describe.each(DOMS)('published date (%s)', (_name, load) => {
  const run = (html: string, url?: string) => extractArticle(load(html), url);

  it('trusts JSON-LD datePublished first', () => {
    const a = run(page({ head: LD('2030-03-19T09:41:00+01:00') + META('2030-03-18T00:00:00Z'), header: TIME('2030-03-17') }), 'https://x.example/2030/03/16/wall');
    expect(a.published).toBe('2030-03-19T09:41:00+01:00');
    expect(a.publishedSource).toBe('json-ld');
  });

  it('then article:published_time', () => {
    const a = run(page({ head: META('2030-03-18T08:00:00Z'), header: TIME('2030-03-17') }));
    expect(a.published).toBe('2030-03-18T08:00:00Z');
    expect(a.publishedSource).toBe('meta');
  });

  it('then a <time> in the article header', () => {
    const a = run(page({ header: TIME('2030-03-17T07:00:00Z') }));
    expect(a.published).toBe('2030-03-17T07:00:00Z');
    expect(a.publishedSource).toBe('time');
  });

  it('then a full date in the URL', () => {
    const a = run(page(), 'https://x.example/news/2030/03/16/harbour-wall');
    expect(a.published).toBe('2030-03-16');
    expect(a.publishedSource).toBe('url');
  });

  it('is null when the page states no date: never the "today" widget', () => {
    const a = run(page(), 'https://x.example/news/harbour-wall');
    expect(a.published).toBeNull();
    expect(a.publishedSource).toBeNull();
  });

  it('never takes a related card or a comment', () => {
    expect(run(page({ after: RELATED + COMMENTS })).published).toBeNull();
    expect(run(page({ before: RELATED })).published).toBeNull();
  });

  it('takes no year/month-only URL as a date', () => {
    expect(run(page(), 'https://x.example/world/2030/03/harbour-wall').published).toBeNull();
  });

  it('ignores broken JSON-LD and falls through to the next source', () => {
    const a = run(page({ head: '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": </script>' + META('2030-03-18') }));
    expect(a.published).toBe('2030-03-18');
  });

  it('reads JSON-LD inside @graph', () => {
    const ld = `<script type="application/ld+json">{"@graph":[{"@type":"WebSite","name":"X"},{"@type":["NewsArticle"],"datePublished":"2030-01-02"}]}</script>`;
    expect(run(page({ head: ld })).published).toBe('2030-01-02');
  });
});

describe('normalizeDate', () => {
  it.each([
    ['2030-03-19', '2030-03-19'],
    ['2030-03-19T09:41:00+0100', '2030-03-19T09:41:00+01:00'],
    ['2030-03-19 09:41', '2030-03-19T09:41:00'],
    ['Tue, 19 Mar 2030 10:00:00 GMT', '2030-03-19T10:00:00Z'],
    ['March 19, 2030', '2030-03-19'],
  ])('%s -> %s', (input, out) => expect(normalizeDate(input)).toBe(out));

  it.each(['', 'yesterday', '2030-13-40', '1574097593', 'not a date at all'])('rejects %j', (input) => {
    expect(normalizeDate(input)).toBeNull();
  });
});

describe('normalizeDate rejects impossible dates and times', () => {
  it.each([
    ['2021-02-30T99:00', null],
    ['2021-02-30', null],
    ['2023-04-31', null],
    ['2023-02-29', null],
    ['2024-02-29', '2024-02-29'],
    ['2021-02-28T25:61:00Z', '2021-02-28'],
    ['2021-02-28T10:00', '2021-02-28T10:00:00'],
  ])('%s → %s', (input, want) => {
    expect(normalizeDate(input)).toBe(want);
  });
});
