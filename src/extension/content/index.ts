// Content script: find the article, read it, answer the popup. (Highlights: see src/page/highlight.)
import browser from 'webextension-polyfill';
import { analyze } from '../../core/index.ts';
import { extractArticle } from '../../page/extract/extract-article.ts';
import type { Message, Reading, ToContent } from '../shared/messages.ts';

declare global {
  // Set once per page: a second injection (popup's "read this page" after automatic reading) is a no-op.
  var __sourcelight: { reading: Reading | null } | undefined;
}

function read(): Reading {
  const t0 = performance.now();
  const art = extractArticle(document, location.href);
  const t1 = performance.now();
  const analysis = analyze({ text: art.text, published: art.published });
  const t2 = performance.now();
  return {
    url: location.href, title: art.title, byline: art.byline, published: art.published,
    publishedSource: art.publishedSource, siteName: art.siteName, text: art.text,
    found: art.text.length > 0, ...analysis,
    timings: { extractMs: t1 - t0, analyzeMs: t2 - t1, paintMs: 0 },
  };
}

if (!globalThis.__sourcelight) {
  const state: { reading: Reading | null } = { reading: null };
  globalThis.__sourcelight = state;
  state.reading = read();
  document.documentElement.dataset.sourcelight = 'read';
  browser.runtime.onMessage.addListener((raw: unknown) => {
    const msg = raw as Message<ToContent>;
    if (msg?.type === 'getReading') return Promise.resolve(state.reading);
    return undefined;
  });
}
