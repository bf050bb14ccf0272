// Content script (src/extension/content/content-script.ts; not index.ts: crxjs named the background
// chunk after it and loaded this one as the service worker). Injected by the background: on the
// popup's "read this page", or registered for automatic reading. Starts one PageSession per page
// and answers the ToContent messages.
import browser from 'webextension-polyfill';
import type { Message, ToContent } from '../shared/messages.ts';
import { loadSettings, type Settings } from '../shared/settings.ts';
import { PageSession } from './page-session.ts';
import { installTestHook, reportPainted } from './test-hook.ts';
import { alsoQuoted, openJournal, recordReading } from './journal-client.ts';

declare global {
  // Set once per page: a second injection (popup's "read this page" after automatic reading) is a no-op.
  var __sourcelight: PageSession | undefined;
}

const TEST_BUILD = __SL_TEST_HOSTS__.length > 0;

async function main(): Promise<void> {
  // Claimed synchronously, so two injections arriving together still make one session.
  if (globalThis.__sourcelight) return;
  const session = new PageSession(document, {
    onPainted: (s) => {
      if (TEST_BUILD) reportPainted(s);
      recordReading(s);
    },
    alsoQuoted: alsoQuoted(document),
    openJournal,
  });
  globalThis.__sourcelight = session;
  let started: Promise<void> | null = null;

  const onMessage = (raw: unknown): Promise<unknown> | undefined => {
    const msg = raw as Message<ToContent>;
    switch (msg?.type) {
      case 'getReading':
        return (started ?? Promise.resolve()).then(() => session.ready()).then(() => session.reading);
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
  // Leaving the page: drop everything (a page kept in the back-forward cache keeps its highlights).
  window.addEventListener('pagehide', (e) => { if (!e.persisted) session.teardown(); }, { signal: session.signal });

  if (TEST_BUILD) {
    let tabId: number | null = null;
    void browser.runtime.sendMessage({ type: 'whoAmI' }).then((r) => { tabId = (r as { tabId: number | null })?.tabId ?? null; }).catch(() => {});
    installTestHook(session, () => tabId);
  }
  // The legend's switches (popup) are kept in the settings: follow them live.
  const onStorage = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const kinds = (changes.settings?.newValue as Partial<Settings> | undefined)?.kinds;
    if (area === 'local' && kinds) session.setKinds(kinds);
  };
  browser.storage.onChanged.addListener(onStorage);
  session.signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(onStorage), { once: true });

  started = loadSettings()
    .then((s) => session.setKinds(s.kinds), () => {})
    .then(() => session.start());
  await started;
}

void main();
