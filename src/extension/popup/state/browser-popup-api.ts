// The popup's PopupApi over the real browser (webextension-polyfill).
import browser from 'webextension-polyfill';
import type { Message, Reading, ToBackground, ToContent } from '../../shared/messages.ts';
import { loadSettings, saveSettings } from '../../shared/settings.ts';
import type { PopupApi } from './popup-api.ts';

const ALL_SITES = ['http://*/*', 'https://*/*'];

// (Messages without arguments need a cast: Message<> intersects them with Record<string, never>.)
const toContent = (tabId: number, msg: Message<ToContent>) => browser.tabs.sendMessage(tabId, msg);
const toBackground = (msg: Message<ToBackground>) => browser.runtime.sendMessage(msg);

export function browserPopupApi(): PopupApi {
  return {
    async tabId() {
      const q = new URLSearchParams(location.search).get('tab');
      if (q != null && /^\d+$/.test(q)) return Number(q);
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      return tab?.id ?? null;
    },
    async getReading(tabId) {
      return ((await toContent(tabId, { type: 'getReading' } as Message<ToContent>)) as Reading | null | undefined) ?? null;
    },
    async scrollToSpan(tabId, span) {
      return !!(await toContent(tabId, { type: 'scrollToSpan', start: span.start, end: span.end }));
    },
    async setHighlights(tabId, kinds) {
      await toContent(tabId, { type: 'setHighlights', kinds });
    },
    async readTab(tabId) {
      return ((await toBackground({ type: 'readTab', tabId })) as { ok: boolean; error?: string } | undefined) ?? { ok: false };
    },
    requestAllSites() {
      return browser.permissions.request({ origins: ALL_SITES });
    },
    async setAutoRead(enabled) {
      return ((await toBackground({ type: 'setAutoRead', enabled })) as { ok: boolean } | undefined) ?? { ok: false };
    },
    loadSettings,
    saveSettings,
    async copyText(text) {
      try {
        await navigator.clipboard.writeText(text);
      } catch (err) {
        // Some browsers refuse the async clipboard to extension pages without focus: the old way.
        const area = document.createElement('textarea');
        area.value = text;
        area.setAttribute('readonly', '');
        area.style.position = 'fixed';
        area.style.opacity = '0';
        document.body.append(area);
        area.select();
        const ok = document.execCommand('copy');
        area.remove();
        if (!ok) throw err;
      }
    },
    async openJournal() {
      await browser.runtime.sendMessage({ type: 'openJournal' } satisfies Message<ToBackground>);
      window.close();
    },
    download(fileName, text, mime) {
      const url = URL.createObjectURL(new Blob([text], { type: mime }));
      const a = document.createElement('a');
      a.href = url;
      a.download = fileName;
      document.body.append(a);
      a.click();
      a.remove();
      // Revoke later: the download reads the blob after the click returns.
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    },
  };
}
