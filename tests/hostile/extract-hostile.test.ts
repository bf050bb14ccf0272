// The page layer on hostile documents, on linkedom (the command line's DOM) and happy-dom: no
// exception, segments inside the text and inside their Text nodes, a valid or null date, bounded
// time. Big cases run in a worker that is killed when it overruns (bounded.ts).
import { afterAll, describe, it } from 'vitest';
import fc from 'fast-check';
import { loadDocument } from '../../src/cli/load-document.ts';
import { extractArticle } from '../../src/page/extract/extract-article.ts';
import { checkExtracted, within } from './invariants.ts';
import { BoundedRunner, expectBounded } from './bounded.ts';
import { bigPage, prose } from './documents.ts';

const runner = new BoundedRunner();
afterAll(() => runner.close());

const DOMS = ['linkedom', 'happy-dom'] as const;

// happy-dom (the unit tests' DOM) is itself too slow or recursive for the biggest shapes (building
// 10,000 levels takes ~10 s and its querySelectorAll overflows the stack), so those run on linkedom
// (the command line's DOM) and in Chromium (tests/e2e/corpus-extension.test.mjs).
// happy-dom's own DOM calls are several times slower than linkedom's (and a browser's): its limits are 3x.
const SLOWER: Record<string, number> = { linkedom: 1, 'happy-dom': 3 };

async function check(label: string, job: { html?: string; build?: string }, ms: number, doms: readonly string[] = DOMS) {
  for (const dom of doms) {
    const limit = ms * (SLOWER[dom] ?? 1);
    // the hard deadline also covers parsing/building the document, which is not timed
    const o = await runner.run({ kind: 'extract', dom, ...job }, 3 * limit + (job.build || (job.html?.length ?? 0) > 1e6 ? 20_000 : 5000));
    expectBounded(`${label} (${dom})`, o, limit);
  }
}

// Random documents: a tree of common tags, attributes that matter to extractors, hostile text.
const TAGS = ['div', 'p', 'span', 'article', 'section', 'main', 'aside', 'nav', 'footer', 'header', 'h1', 'h2', 'a', 'em', 'b', 'ul', 'li', 'table', 'tr', 'td', 'figure', 'figcaption', 'blockquote', 'pre', 'br', 'img', 'script', 'style', 'noscript', 'template', 'iframe', 'time', 'svg', 'math', 'select', 'textarea', 'button', 'font', 'center'];
const ATTRS = ['class="article-body"', 'class="related"', 'id="comments"', 'hidden', 'aria-hidden="true"', 'style="display:none"', 'itemprop="articleBody"', 'role="main"', 'datetime="2021-03-01"', 'datetime="not a date"', 'class="byline"', 'lang="ar" dir="rtl"'];
const TEXT = fc.oneof(
  fc.constantFrom(prose(0), prose(1), prose(2), prose(3), 'قال الرئيس إن «الاتفاق سيوقع».', '😀👩‍👩‍👧 𝒜', '\u200B\u00AD\u202E', '&nbsp;&amp;&lt;&#x1F600;&#0;&#xD800;', '"“«', ''),
  fc.string({ unit: 'binary', maxLength: 30 }).map((s) => s.replace(/[<&]/g, ' ')),
);
const node: fc.Arbitrary<string> = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true },
    TEXT,
    fc.tuple(fc.constantFrom(...TAGS), fc.array(fc.constantFrom(...ATTRS), { maxLength: 2 }), fc.array(tie('node') as fc.Arbitrary<string>, { maxLength: 5 }), fc.boolean())
      .map(([t, a, kids, close]) => `<${t}${a.length ? ' ' + a.join(' ') : ''}>${kids.join('')}${close ? `</${t}>` : ''}`),
    // raw broken markup
    fc.constantFrom('<', '</', '<p', '</div></div></div>', '<!--', '-->', '<![CDATA[', ']]>', '<p <p>', '<a href="x', '"><', '<html><body>', '</body></html>', '<frameset>', '<head><meta property="article:published_time" content="2021-02-30T99:00">'),
  ),
})).node;
const head = fc.constantFrom('', '<!doctype html><html lang="en"><head><title>T</title></head><body>', '<html><head><meta name="date" content="yesterday"><meta property="article:published_time" content="2021-13-45"></head><body>',
  '<html><head><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2021-03-01T08:00:00Z","author":{"name":"A"}}</script></head><body>',
  '<html><head><script type="application/ld+json">{"@type":"NewsArticle","datePublished":</script></head><body>',
  '<html><head><script type="application/ld+json">[[[[[[[[[[[[[[[[[[[[{"datePublished":"0000-00-00"}]]]]]]]]]]]]]]]]]]]]</script></head><body>');
const page = fc.tuple(head, fc.array(node, { maxLength: 12 })).map(([h, parts]) => h + parts.join(''));

describe('extractArticle on random broken documents', () => {
  it('linkedom: in bounds, no exception, fast', () => {
    fc.assert(fc.property(page, (html) => {
      const doc = loadDocument(html);
      const art = within(1000, 'extract of a small random page', () => extractArticle(doc, 'https://example.org/a'));
      checkExtracted(doc, art);
    }), { numRuns: 250 });
  });
  it('happy-dom: in bounds, no exception', async () => {
    const samples = fc.sample(page, { numRuns: 40, seed: 8 });
    for (const html of samples) {
      const o = await runner.run({ kind: 'extract', dom: 'happy-dom', html }, 8000);
      expectBounded(`happy-dom random page ${JSON.stringify(html.slice(0, 120))}`, o, 3000);
    }
  });
  it('odd URLs', () => {
    const doc = loadDocument(`<html><body><article><p>${prose(0)} ${prose(1)} ${prose(2)} ${prose(3)}</p></article></body></html>`);
    for (const url of ['', 'not a url', 'javascript:alert(1)', 'https://x/2021/13/45/a', 'https://x/' + 'a/'.repeat(5000), undefined as unknown as string])
      checkExtracted(doc, extractArticle(doc, url));
  });
});

describe('extractArticle on huge and deep documents', () => {
  it('a 10,000-level nested DOM', async () => {
    await check('10,000 nested divs', { build: 'nested-10000' }, 2000, ['linkedom']);
    await check('10,000 nested inline elements', { build: 'nested-10000-inline' }, 2000, ['linkedom']);
    await check('1,000 nested divs', { build: 'nested-1000' }, 2000, ['happy-dom']);
  });
  it('100,000 text nodes', async () => {
    await check('100,000 Text nodes in one paragraph', { build: 'text-nodes-100000' }, 5000, ['linkedom']);
    await check('100,000 spans in 2,000 paragraphs', { build: 'spans-100000' }, 10_000, ['linkedom']);
    await check('10,000 Text nodes in one paragraph', { build: 'text-nodes-10000' }, 3000, ['happy-dom']);
  });
  it('a 5 MB page', async () => {
    await check('5 MB page', { html: bigPage(5_000_000) }, 10_000, ['linkedom']);
    await check('1 MB page', { html: bigPage(1_000_000) }, 4000, ['happy-dom']);
  });
  it('broken HTML, a frameset, empty and odd documents', async () => {
    const cases: Record<string, string> = {
      empty: '',
      whitespace: '   \n\t  ',
      'only text': prose(0).repeat(20),
      frameset: '<!doctype html><html><head><title>Frames</title></head><frameset cols="50%,50%"><frame src="a.html"><frame src="b.html"><noframes><p>' + prose(0) + '</p></noframes></frameset></html>',
      'unclosed everything': '<html><body><article><div><p>' + Array.from({ length: 2000 }, (_, i) => `<p><b><i>${prose(i)}`).join(''),
      'closing tags only': '</p>'.repeat(20000),
      'stray quotes in attributes': '<p class="a"b"c\' id=>' + prose(1) + '</p>'.repeat(3),
      'binary garbage': String.fromCharCode(...Array.from({ length: 4000 }, (_, i) => (i * 7919) % 65536)),
      'svg and math only': '<svg><text>' + prose(0) + '</text></svg><math><mi>x</mi></math>',
      'giant attribute': `<div class="${'x '.repeat(200_000)}"><p>${prose(0)}</p></div>`,
      'giant word': `<article><p>${'y'.repeat(200_000)}</p><p>${prose(2)}</p></article>`,
      'invalid dates everywhere': '<html><head><meta property="article:published_time" content="2021-02-30T25:61:00Z"><meta name="date" content="32/13/2021"><script type="application/ld+json">{"datePublished":"NaN"}</script></head><body><article><time datetime="yesterday">x</time><p>' + prose(0).repeat(8) + '</p></article></body></html>',
      'template and shadow-like content': '<template><article><p>' + prose(0).repeat(10) + '</p></article></template><p>short</p>',
    };
    for (const [label, html] of Object.entries(cases)) await check(label, { html }, 1500);
  });
});
