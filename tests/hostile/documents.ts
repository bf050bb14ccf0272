// Hostile documents for the page layer, on the two Node DOMs we use (linkedom: the command line;
// happy-dom: unit tests). Builders make the shapes an HTML parser would choke on (10,000 levels,
// 100,000 Text nodes) directly with DOM calls.
import { loadDocument } from '../../src/cli/load-document.ts';

export type DomName = 'linkedom' | 'happy-dom';

const PROSE = [
  'Maria Keller said the bridge would reopen on Monday, after months of repairs.',
  '"We will not give up," the minister told reporters in the capital on Tuesday.',
  'According to officials, the talks ended on March 3, 2021, after fourteen hours of negotiation.',
  'Experts believe the plan could fail if the river rises again this spring, sources said.',
];
export const prose = (i: number): string => PROSE[i % PROSE.length]!;

// happy-dom is loaded on first use (it is large; most cases run on linkedom).
let happy: typeof import('happy-dom') | null = null;

export async function parse(dom: DomName, html: string): Promise<Document> {
  if (dom === 'happy-dom') {
    happy ??= await import('happy-dom');
    const { Window } = happy;
    const window = new Window({ url: 'https://example.org/news/story', settings: { disableJavaScriptFileLoading: true, disableCSSFileLoading: true, disableIframePageLoading: true, navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true } } as never });
    return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  }
  // as the command line does (src/cli/load-document.ts): linkedom needs an <html> element to be a page
  return loadDocument(html);
}

function nest(doc: Document, levels: number) {
  let at: Element = doc.body;
  for (let i = 0; i < levels; i++) {
    const d = doc.createElement('div');
    if (i % 100 === 0) { const p = doc.createElement('p'); p.textContent = prose(i / 100); at.appendChild(p); }
    at.appendChild(d);
    at = d;
  }
  const p = doc.createElement('p');
  p.textContent = PROSE.join(' ');
  at.appendChild(p);
}

function textNodes(doc: Document, n: number) {
  const art = doc.createElement('article');
  const p = doc.createElement('p');
  for (let i = 0; i < n; i++) p.appendChild(doc.createTextNode(i % 13 === 12 ? `${prose(i)} ` : `word${i} `));
  art.appendChild(p);
  doc.body.appendChild(art);
}

const BUILDERS: Record<string, (doc: Document) => void> = {
  /** 10,000 nested <div>s, a paragraph of prose at every 100th level and at the bottom. */
  'nested-10000': (doc) => nest(doc, 10_000),
  'nested-1000': (doc) => nest(doc, 1000),
  /** 10,000 nested inline elements inside one paragraph, text at each level. */
  'nested-10000-inline'(doc) {
    const p = doc.createElement('p');
    doc.body.appendChild(p);
    let at: Element = p;
    for (let i = 0; i < 10_000; i++) {
      const s = doc.createElement(i % 2 ? 'span' : 'em');
      s.appendChild(doc.createTextNode(`w${i} `));
      at.appendChild(s);
      at = s;
    }
  },
  /** One article paragraph made of 100,000 separate Text nodes. */
  'text-nodes-100000': (doc) => textNodes(doc, 100_000),
  'text-nodes-10000': (doc) => textNodes(doc, 10_000),
  /** 100,000 Text nodes spread over 2,000 paragraphs of <span>s. */
  'spans-100000'(doc) {
    const art = doc.createElement('article');
    for (let k = 0; k < 2000; k++) {
      const p = doc.createElement('p');
      for (let i = 0; i < 50; i++) { const s = doc.createElement('span'); s.textContent = `${prose(k + i).split(' ')[i % 10] ?? 'x'} `; p.appendChild(s); }
      art.appendChild(p);
    }
    doc.body.appendChild(art);
  },
};

export const BUILDER_NAMES = Object.keys(BUILDERS);

export async function makeDocument(dom: DomName, html?: string, build?: string): Promise<Document> {
  const doc = await parse(dom, html ?? '<!doctype html><html lang="en"><head><title>Hostile</title></head><body></body></html>');
  if (build) {
    const b = BUILDERS[build];
    if (!b) throw new Error(`no builder ${build}`);
    b(doc);
  }
  return doc;
}

/** An article page of about `bytes` characters (long paragraphs of prose, with furniture around). */
export function bigPage(bytes: number): string {
  const head = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Big page</title><meta property="article:published_time" content="2021-03-01T08:00:00Z"></head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>Big page</h1>';
  const parts: string[] = [head];
  let n = head.length;
  for (let i = 0; n < bytes - 200; i++) {
    const p = `<p>${prose(i)} ${prose(i + 1)} ${prose(i + 2)}</p>\n`;
    parts.push(p);
    n += p.length;
  }
  parts.push('</article><footer>© Example</footer></body></html>');
  return parts.join('');
}
