// STUB (to be replaced): finds the article in a document without modifying it.
import type { ExtractedArticle, TextSegment } from '../types.ts';

export function extractArticle(doc: Document, _url?: string): ExtractedArticle {
  const segments: TextSegment[] = [];
  let text = '';
  for (const p of Array.from(doc.querySelectorAll('p'))) {
    const walker = doc.createTreeWalker(p, 4 /* SHOW_TEXT */);
    if (text) { segments.push({ textStart: text.length, length: 2, node: null, nodeOffset: 0 }); text += '\n\n'; }
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const v = (n as Text).data;
      segments.push({ textStart: text.length, length: v.length, node: n as Text, nodeOffset: 0 });
      text += v;
    }
  }
  return {
    title: doc.title ?? '', byline: null, published: null, publishedSource: null, text, segments,
    siteName: null, lang: doc.documentElement?.getAttribute('lang') ?? null,
  };
}
