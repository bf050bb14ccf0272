// The parser's work, off the page's main thread: the background (Chromium's service worker, its
// own thread; Firefox's background page, the extension's process) analyzes the text and sends the
// result back. Only when that fails (background unreachable) does it run here, in one task.
import browser from 'webextension-polyfill';
import { analyze, type Analysis } from '../../core/index.ts';
import type { TaskStats } from './task-stats.ts';

const BACKGROUND_TIMEOUT_MS = 8000;

export async function analyzeOffThread(text: string, published: string | null, stats: TaskStats): Promise<Analysis> {
  if (!text) return { attributions: [], entities: [], timexes: [], timeline: [] };
  try {
    // A background that does not answer (being restarted, or gone with an extension update) must
    // not leave the page unread: after a while, read it here.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<null>((resolve) => { timer = setTimeout(() => resolve(null), BACKGROUND_TIMEOUT_MS); });
    const got = (await Promise.race([browser.runtime.sendMessage({ type: 'analyze', text, published }), timeout])) as Analysis | null;
    clearTimeout(timer);
    if (got && Array.isArray(got.attributions) && Array.isArray(got.entities)) return got;
  } catch {
    // fall through
  }
  return stats.run(() => analyze({ text, published }), 'analyze');
}
