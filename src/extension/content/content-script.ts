// Content script (src/extension/content/content-script.ts; not index.ts: crxjs named the background
// chunk after it and loaded this one as the service worker). Injected by the background: on the
// popup's "read this page", or registered for automatic reading. Starts one PageSession per page
// and answers the ToContent messages.
import browser from 'webextension-polyfill';
import type { Message, ToContent } from '../shared/messages.ts';
import { loadSettings } from '../shared/settings.ts';
import { PageSession } from './page-session.ts';
import { installTestHook, reportPainted } from './test-hook.ts';

declare global {
  // Set once per page: a second injection (popup's "read this page" after automatic reading) is a no-op.
  var __sourcelight: PageSession | undefined;
}

const TEST_BUILD = __SL_TEST_HOSTS__.length > 0;

async function main(): Promise<void> {
  const kinds = await loadSettings().then((s) => s.kinds).catch(() => undefined);
  if (globalThis.__sourcelight) return;
  const session = new PageSession(document, { kinds, onPainted: TEST_BUILD ? reportPainted : undefined });
  globalThis.__sourcelight = session;

  const onMessage = (raw: unknown): Promise<unknown> | undefined => {
    const msg = raw as Message<ToContent>;
    switch (msg?.type) {
      case 'getReading':
        return session.ready().then(() => session.reading);
      case 'scrollToSpan':
        return Promise.resolve(session.scrollToSpan(msg.start, msg.end));
      case 'setHighlights':
        session.setKinds(msg.kinds ?? {});
        return Promise.resolve();
      case 'stepQuote':
        session.step(msg.direction === -1 ? -1 : 1);
        return Promise.resolve();
      case 'teardown':
        session.teardown();
        return Promise.resolve();
      default:
        return undefined;
    }
  };
  browser.runtime.onMessage.addListener(onMessage);
  session.signal.addEventListener('abort', () => {
    browser.runtime.onMessage.removeListener(onMessage);
    if (globalThis.__sourcelight === session) globalThis.__sourcelight = undefined;
  }, { once: true });
  // Leaving the page: drop everything (a page restored from the back-forward cache is read again).
  window.addEventListener('pagehide', (e) => { if (!e.persisted) session.teardown(); }, { signal: session.signal });

  if (TEST_BUILD) {
    let tabId: number | null = null;
    void browser.runtime.sendMessage({ type: 'whoAmI' }).then((r) => { tabId = (r as { tabId: number | null })?.tabId ?? null; }).catch(() => {});
    installTestHook(session, () => tabId);
  }
  await session.start();
}

void main();
