// Background: injects the content script on request (activeTab), keeps the opt-in automatic
// reading registered, and forwards the keyboard command. It holds no page data, except the
// reading journal (IndexedDB, src/extension/journal), which it keeps and serves.
import browser, { type Runtime } from 'webextension-polyfill';
import { CONTENT_SCRIPT_FILE } from '../shared/content-script-file.ts';
import { loadSettings, saveSettings } from '../shared/settings.ts';
import type { Message, ToBackground } from '../shared/messages.ts';
import { analyze } from '../../core/index.ts';
import { JournalStore } from '../journal/store.ts';
import { JournalService } from '../journal/service.ts';
import { handleJournalMessage } from './journal-messages.ts';
import { pageLanguage } from './page-language.ts';

let journalService: JournalService | null = null;
const journal = () => (journalService ??= new JournalService(JournalStore.open()));
const JOURNAL_PAGE = 'journal.html';

const AUTO_ID = 'sourcelight-auto';
const ALL_SITES = ['http://*/*', 'https://*/*'];

/** Register (or drop) the content script for automatic reading, per the setting and permissions. */
async function syncAutoRead(): Promise<void> {
  const settings = await loadSettings();
  let matches: string[] = [...__SL_TEST_HOSTS__];
  if (settings.autoRead && (await browser.permissions.contains({ origins: ALL_SITES }))) matches = ALL_SITES;
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [AUTO_ID] }).catch(() => []);
  if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [AUTO_ID] });
  if (!matches.length) return;
  await browser.scripting.registerContentScripts([
    { id: AUTO_ID, matches, js: [CONTENT_SCRIPT_FILE], runAt: 'document_idle', allFrames: false },
  ]);
}

async function readTab(tabId: number): Promise<{ ok: boolean; error?: string }> {
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] });
    return { ok: true };
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}

browser.runtime.onInstalled.addListener(() => void syncAutoRead());
browser.runtime.onStartup.addListener(() => void syncAutoRead());
browser.permissions.onRemoved.addListener(() => void syncAutoRead());
void syncAutoRead();

browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => {
  const msg = raw as Message<ToBackground>;
  switch (msg?.type) {
    case 'whoAmI':
      return Promise.resolve({ tabId: sender.tab?.id ?? null });
    case 'readTab':
      return readTab(msg.tabId);
    case 'analyze':
      // The parser runs here, not in the page: its main thread stays free (issue 6).
      try {
        const text = String(msg.text ?? '');
        return pageLanguage(msg.lang, text).then((lang) => analyze({ text, published: msg.published ?? null, lang })).catch(() => null);
      } catch {
        return Promise.resolve(null);
      }
    case 'setAutoRead':
      return saveSettings({ autoRead: msg.enabled }).then(syncAutoRead).then(() => ({ ok: true }));
    case 'openJournal': {
      const hash = msg.person ? `#person=${encodeURIComponent(msg.person)}` : '';
      return browser.tabs.create({ url: browser.runtime.getURL(`${JOURNAL_PAGE}${hash}`) }).then(() => ({ ok: true }), () => ({ ok: false }));
    }
    default: {
      const ownPage = !sender.tab || (sender.url ?? '').startsWith(browser.runtime.getURL(''));
      return handleJournalMessage(journal, msg, { incognito: !!sender.tab?.incognito, extensionPage: ownPage });
    }
  }
});

// The journal page keeps a port open while it is shown (see journal-page/api.ts): nothing to answer.
browser.runtime.onConnect.addListener((port) => {
  if (port.name === 'journal-page') port.onMessage.addListener(() => {});
});

browser.commands.onCommand.addListener(async (command: string) => {
  if (command !== 'next-quote') return;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id != null) await browser.tabs.sendMessage(tab.id, { type: 'stepQuote', direction: 1 }).catch(() => {});
});
