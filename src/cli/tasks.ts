// The three request kinds of the batch contract (../shared/eval/CONTRACT.md), shared by
// `sourcelight read` and `sourcelight batch`.
import { analyze, type Analysis } from '../core/index.ts';
import { extractArticle } from '../page/extract/extract-article.ts';
import { loadDocument } from './load-document.ts';

export interface ExtractAnswer {
  title: string;
  byline: string | null;
  published: string | null;
  text: string;
}

export function runExtract(html: string, url?: string): ExtractAnswer & { siteName: string | null; publishedSource: string | null; lang: string | null } {
  const doc = loadDocument(html);
  const a = extractArticle(doc, url);
  return { title: a.title, byline: a.byline, published: a.published, text: a.text, siteName: a.siteName, publishedSource: a.publishedSource, lang: a.lang };
}

export function runAnalyze(text: string, published: string | null, lang: string | null = null): Analysis {
  return analyze({ text, published, lang });
}

export function runRead(html: string, url?: string) {
  const ex = runExtract(html, url);
  return { ...ex, ...runAnalyze(ex.text, ex.published, ex.lang) };
}

/** The batch contract's attributions carry no rule names unless asked for (`batch --rules`). */
function withoutRules(a: Analysis, rules: boolean): Analysis {
  return rules ? a : { ...a, attributions: a.attributions.map(({ rule: _r, ...rest }) => rest) };
}

export function answer(request: unknown, opts: { rules?: boolean } = {}): Record<string, unknown> {
  if (!request || typeof request !== 'object') throw new Error('request is not a JSON object');
  const r = request as Record<string, unknown>;
  const str = (k: string) => (typeof r[k] === 'string' ? (r[k] as string) : undefined);
  switch (r.task) {
    case 'extract': {
      const { title, byline, published, text } = runExtract(str('html') ?? '', str('url'));
      return { title, byline, published, text };
    }
    case 'analyze':
      return { ...withoutRules(runAnalyze(str('text') ?? '', str('published') ?? null, str('lang') ?? null), !!opts.rules) };
    case 'read': {
      const { siteName: _s, publishedSource: _p, lang: _l, ...rest } = runRead(str('html') ?? '', str('url'));
      return { ...rest, ...withoutRules(rest, !!opts.rules) };
    }
    default:
      throw new Error(`unknown task ${JSON.stringify(r.task)} (expected extract, analyze or read)`);
  }
}
