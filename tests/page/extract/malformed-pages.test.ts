// Kind 1 of issue 15: malformed pages that a browser still reads. The command line must build the
// browser's tree (src/cli/load-document.ts), and the extractor must not trust document.body.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/page/extract/extract-article.ts';
import { loadDocument } from '../../../src/cli/load-document.ts';
import { readFixture } from './load-fixture.ts';

const CASES: [string, string, string][] = [
  // file, first words of the body, its last paragraph's words
  ['malformed/two-html-tags.html', 'Die Gemeinde hat am Dienstag beschlossen', 'Fahrpreise sollen stabil bleiben'],
  ['malformed/text-before-html.html', 'El mercado cubierto del puerto', 'mercado nocturno los viernes'],
  ['malformed/tag-between-head-and-body.html', 'À partir du mois prochain', 'nouvelles heures'],
  ['malformed/no-body.html', 'Il ponte pedonale sul fiume', 'una piccola fiera'],
];

describe('malformed pages are read as a browser reads them', () => {
  it.each(CASES)('%s: the page text is in <body>, and the article is found', (file, first, last) => {
    const doc = loadDocument(readFixture(file));
    // The browser's tree: the headline and every paragraph end up inside <body>.
    expect(doc.body?.querySelector('h1')).toBeTruthy();
    expect(doc.body?.querySelectorAll('p').length).toBe(3);
    const a = extractArticle(doc);
    expect(a.text.startsWith(first)).toBe(true);
    expect(a.text).toContain(last);
    expect(a.text).not.toContain('mantenimiento'); // a notice printed before <html> is no article text
  });

  it('does not copy a <template>\'s content into the tree, and keeps SVG in its namespace', () => {
    const doc = loadDocument('<html><body><template><p>hidden</p></template><svg><title>Icon</title></svg><p>shown</p></body></html>');
    expect(doc.body.textContent).not.toContain('hidden');
    expect(doc.querySelector('svg')?.namespaceURI).toBe('http://www.w3.org/2000/svg');
  });
});
