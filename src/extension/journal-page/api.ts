// What the journal page asks of the background, behind one interface (tests pass a fake).
import browser from 'webextension-polyfill';
import type { Message, ToBackground } from '../shared/messages.ts';

export type Api = <K extends keyof ToBackground>(msg: Message<ToBackground, K>) => Promise<ToBackground[K]['result']>;

export const browserApi: Api = (msg) => browser.runtime.sendMessage(msg) as never;

/**
 * While the journal page is open, a port to the background with a message every 20 s: Chromium's
 * service worker (and Firefox's event page) then stays up, with its search index, instead of being
 * stopped after 30 s idle and building the index again at the next search.
 */
export function keepBackgroundAwake(): void {
  let port: ReturnType<typeof browser.runtime.connect> | null = null;
  const connect = () => {
    port = browser.runtime.connect({ name: 'journal-page' });
    port.onDisconnect.addListener(() => { port = null; });
  };
  connect();
  setInterval(() => {
    if (!port) connect();
    try { port?.postMessage({ type: 'ping' }); } catch { port = null; }
  }, 20_000);
}
