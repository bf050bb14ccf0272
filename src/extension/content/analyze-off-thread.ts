// The parser's work, off the page's main thread: the background (Chromium's service worker, its
// own thread; Firefox's background page, the extension's process) analyzes the text and sends the
// result back. Only when that fails (background unreachable) does it run here, in one task.
import browser from 'webextension-polyfill';
import { analyze, type Analysis } from '../../core/index.ts';
import type { TaskStats } from './task-stats.ts';

export async function analyzeOffThread(text: string, published: string | null, stats: TaskStats): Promise<Analysis> {
  if (!text) return { attributions: [], entities: [], timexes: [], timeline: [] };
  try {
    const got = (await browser.runtime.sendMessage({ type: 'analyze', text, published })) as Analysis | null;
    if (got && Array.isArray(got.attributions) && Array.isArray(got.entities)) return got;
  } catch {
    // fall through
  }
  return stats.run(() => analyze({ text, published }));
}
