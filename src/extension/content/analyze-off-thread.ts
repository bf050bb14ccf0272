// The parser's work, off the page's main thread and out of the injected script: the background
// (Chromium's service worker, its own thread; Firefox's background page, the extension's process)
// analyzes the text and sends the result back. The injected script carries no parser at all.
import browser from 'webextension-polyfill';
import type { Analysis } from '../../core/types.ts';

const BACKGROUND_TIMEOUT_MS = 8000;
const EMPTY: Analysis = { attributions: [], entities: [], timexes: [], timeline: [] };

async function askBackground(text: string, published: string | null, lang: string | null): Promise<Analysis | null> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<null>((resolve) => { timer = setTimeout(() => resolve(null), BACKGROUND_TIMEOUT_MS); });
  try {
    const got = (await Promise.race([browser.runtime.sendMessage({ type: 'analyze', text, published, lang }), timeout])) as Analysis | null;
    return got && Array.isArray(got.attributions) && Array.isArray(got.entities) ? got : null;
  } catch {
    return null;
  } finally {
    clearTimeout(timer);
  }
}

export async function analyzeOffThread(text: string, published: string | null, lang: string | null = null): Promise<Analysis> {
  if (!text) return EMPTY;
  // A background being restarted (service worker woken, extension updated) may miss the first
  // message: ask once more before giving up; an unread page then shows no highlights, calmly.
  return (await askBackground(text, published, lang)) ?? (await askBackground(text, published, lang)) ?? EMPTY;
}
