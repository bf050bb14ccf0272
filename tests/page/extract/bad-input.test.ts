// Bad input gets a calm answer, never an exception, and quickly: empty pages, framesets, pages
// with no article (home page, search results, video), a huge page, deep nesting, other scripts.
import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/page/extract/extract-article.ts';
import { DOMS, linkedomDoc, readFixture } from './load-fixture.ts';
import { checkSegments } from './check-segments.ts';

const PARA = 'The council met again on Thursday to discuss the harbour wall, and agreed to publish the engineers\u2019 report in full next week. ';

describe.each(DOMS)('no article (%s)', (_name, load) => {
  it.each([
    ['an empty string', ''],
    ['an empty body', '<!doctype html><html><head><title>x</title></head><body></body></html>'],
    ['a frameset', '<!doctype html><html><head><title>Frames</title></head><frameset cols="50%,50%"><frame src="a.html"><frame src="b.html"></frameset></html>'],
    ['only scripts and styles', '<html><body><script>var a = "' + 'x'.repeat(5000) + '";</script><style>p{}</style></body></html>'],
    ['broken markup', '<html><body><div><p>unclosed <b>bold <i>italic <div></span></table>'],
  ])('%s', (_label, html) => {
    const a = extractArticle(load(html));
    expect(a.text).toBe('');
    expect(a.segments).toEqual([]);
    expect(a.reason).toBeTruthy();
  });

  it.each(['no-article-home-page.html', 'no-article-search-results.html', 'no-article-video-page.html', 'no-article-teasers-with-excerpts.html'])('%s', (file) => {
    const a = extractArticle(load(readFixture(file)));
    expect(a.text).toBe('');
    expect(a.reason).toBeTruthy();
    expect(a.title).toBeTruthy();
  });
});

describe('a DOM that throws', () => {
  it('still gets a calm no-article answer', () => {
    const doc = linkedomDoc(`<html><body><article><p>${PARA}</p><p>${PARA}</p><p>${PARA}</p></article></body></html>`);
    (doc as unknown as { querySelectorAll: () => never }).querySelectorAll = () => {
      throw new Error('boom');
    };
    const a = extractArticle(doc);
    expect(a.text).toBe('');
    expect(a.reason).toContain('boom');
  });
});

describe('best effort on other languages and scripts', () => {
  it.each([
    ['zh', '港口委员会周四再次开会，讨论修复港口防波堤的计划，并同意下周全文公布工程师的报告。'],
    ['ar', 'اجتمع مجلس الميناء مرة أخرى يوم الخميس لمناقشة إصلاح جدار الميناء، ووافق على نشر تقرير المهندسين كاملاً الأسبوع المقبل.'],
    ['ru', 'Совет порта снова собрался в четверг, чтобы обсудить ремонт портовой стены, и согласился опубликовать отчёт инженеров полностью.'],
  ])('%s', (lang, sentence) => {
    const html = `<html lang="${lang}"><head><title>${sentence.slice(0, 12)}</title></head><body><nav><a href="/">/</a></nav><article>${`<p>${sentence}</p>`.repeat(6)}</article></body></html>`;
    const a = extractArticle(linkedomDoc(html));
    expect(a.lang).toBe(lang);
    expect(a.text).toContain(sentence);
    checkSegments(a);
  });
});

describe('large and deep pages', () => {
  // Wall time on a shared machine swings by half (CPU steal from neighbours), so the size law is
  // checked as a ratio measured in alternation: the 5 MB page against five times a 1 MB page of the
  // same make. A quadratic path reads 5x or more here; the absolute bound only catches a hang.
  it('reads a 5 MB page in time linear in its size', () => {
    const page = (bytes: number) => {
      const paras = Math.ceil(bytes / (PARA.length * 3 + 7));
      return `<html><head><title>Long</title></head><body><article>${`<p>${PARA.repeat(3)}</p>`.repeat(paras)}</article><aside>${'<a href="/x">link</a>'.repeat(bytes / 2600)}</aside></body></html>`;
    };
    const big = linkedomDoc(page(5_200_000));
    const small = linkedomDoc(page(1_040_000));
    const timed = (doc: Document) => {
      const t0 = performance.now();
      const a = extractArticle(doc);
      return { a, ms: performance.now() - t0 };
    };
    timed(small); // warm-up (JIT)
    const ratios: number[] = [];
    let slowest = 0;
    for (let r = 0; r < 3; r++) {
      const b = timed(big);
      expect(b.a.text.length).toBeGreaterThan(4_000_000);
      slowest = Math.max(slowest, b.ms);
      ratios.push(b.ms / (5 * timed(small).ms));
    }
    ratios.sort((x, y) => x - y);
    expect(ratios[1]).toBeLessThan(2);
    expect(slowest).toBeLessThan(10_000);
  }, 60_000);

  it('survives 5,000 nested elements without recursion', () => {
    const depth = 5000;
    const html = `<html><body>${'<div>'.repeat(depth)}${`<p>${PARA}</p>`.repeat(4)}${'</div>'.repeat(depth)}</body></html>`;
    const a = extractArticle(linkedomDoc(html));
    expect(a.text).toContain('The council met again');
    checkSegments(a);
  });
});
