// Body text that looks a little like furniture and must be kept (false positives of the block
// rules and class words), table-driven.
import { describe, expect, it } from 'vitest';
import { classWords, markupSignal } from '../../../src/page/extract/class-signals.ts';
import { isFurnitureBlock } from '../../../src/page/extract/is-furniture-block.ts';
import { linkedomDoc } from './load-fixture.ts';

const block = (text: string, linkChars = 0) => ({ text, segments: [], chars: text.replace(/\s/g, '').length, linkChars });
const ctx = { title: 'Harbour wall to be rebuilt', inTable: false };

describe('block rules keep body text', () => {
  it.each([
    'By Tuesday, the reservoirs had filled to their highest level in six years.',
    'By the end of the week, the road was open again.',
    'Follow the money, one farmer said, and you will see who paid.',
    'Sources close to the council said the vote would be close.',
    'More than 100 people attended the meeting on Monday.',
    'Share prices fell by 4 percent in early trading.',
    'Email records show the mayor knew of the report in May.',
    'Advertising revenue fell for the third year in a row, the company said.',
    'The newsletter, read by most farmers, called the rain a blessing.',
    'Related charges were dropped on Friday.',
    'Photo 3 of the series shows the harbour in 1920.',
    'Harbour wall to be rebuilt at last, say residents',
    'At 10:30 on Monday the first lorry crossed.',
    'Get well soon messages poured in from across the region after the flood.',
    'The photo, © 1920 by an unknown photographer, shows the harbour before the war with the old wall intact, the museum said on Monday.',
  ])('%s', (text) => {
    expect(isFurnitureBlock(block(text), ctx)).toBe(false);
  });

  it('keeps numbers inside a data table', () => {
    expect(isFurnitureBlock(block('412'), { ...ctx, inTable: true })).toBe(false);
    expect(isFurnitureBlock(block('2030-11-20'), { ...ctx, inTable: true })).toBe(false);
  });
});

describe('class words', () => {
  it('splits camelCase, dashes and underscores', () => {
    expect(classWords('storyBody article-text_2 hasSidebar')).toEqual(['story', 'body', 'article', 'text', '2', 'has', 'sidebar']);
  });

  const signal = (html: string) => {
    // A cell is only a cell inside a table (the browser's parser drops a stray <td> tag).
    const body = linkedomDoc(`<html><body>${html}</body></html>`).body;
    const el = body.querySelector('td') ?? body.firstElementChild!;
    return markupSignal(el, el.localName);
  };

  it.each([
    '<div class="article commentary">x</div>',
    '<div class="page-wrap has-sidebar">x</div>',
    '<div class="with-comments layout">x</div>',
    '<div class="header-content story-body">x</div>',
    '<a id="auto-tag_river" class="tag-link" href="/t">River</a>',
    '<blockquote class="twitter-tweet social-embed">x</blockquote>',
    '<div class="shadow loaded">x</div>',
    '<table><tr><td class="player-12">Anna</td></tr></table>',
  ])('not furniture: %s', (html) => {
    expect(signal(html)).not.toBe('furniture');
  });

  it.each([
    '<div class="article-share">x</div>',
    '<div class="related-posts">x</div>',
    '<div id="comments">x</div>',
    '<div class="adsbygoogle">x</div>',
    '<nav>x</nav>',
    '<div role="navigation">x</div>',
    '<span class="photo-credit">x</span>',
    '<div class="entry-meta">x</div>',
  ])('furniture: %s', (html) => {
    expect(signal(html)).toBe('furniture');
  });
});
