// The popup's state: one store, and the actions that change it (all browser access goes through
// the PopupApi, so the whole flow can be tested with a fake).
import type { Span } from '../../../core/types.ts';
import type { HighlightKind, Reading } from '../../shared/messages.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../shared/settings.ts';
import { readingToJson, jsonFileName } from '../model/reading-to-json.ts';
import { readingToMarkdown } from '../model/reading-to-markdown.ts';
import { t } from '../i18n.ts';
import { createStore, type Store } from './create-store.ts';
import type { PopupApi } from './popup-api.ts';

/** loading → ready (reading in hand) | unread (no content script yet) | no-tab | error. */
export type Phase = 'loading' | 'no-tab' | 'unread' | 'reading' | 'ready' | 'error';
export type PanelId = 'sources' | 'timeline' | 'leaders' | 'settings';
export type Theme = 'auto' | 'light' | 'dark';

export interface PopupState {
  phase: Phase;
  tabId: number | null;
  reading: Reading | null;
  error: string | null;
  panel: PanelId;
  settings: Settings;
  theme: Theme;
  /** A short status line read out by screen readers ("Copied as Markdown"). */
  notice: string | null;
}

export const THEME_KEY = 'sourcelight-theme';
export const MARK_START = 'sl:popup-start';
export const MARK_RECEIVED = 'sl:reading-received';

function storedTheme(): Theme {
  try {
    const t = globalThis.localStorage?.getItem(THEME_KEY);
    return t === 'light' || t === 'dark' ? t : 'auto';
  } catch {
    return 'auto';
  }
}

export function initialState(): PopupState {
  return { phase: 'loading', tabId: null, reading: null, error: null, panel: 'sources', settings: DEFAULT_SETTINGS, theme: storedTheme(), notice: null };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const mark = (name: string) => {
  try {
    performance.mark(name);
  } catch {
    /* marks are a measurement aid only */
  }
};

export interface PopupActions {
  /**
   * Find the tab and its reading. `readIfUnread`: the popup was opened from the toolbar (or its
   * shortcut), which grants activeTab, so an unread page is read at once (the button stays for errors).
   */
  init(opts?: { readIfUnread?: boolean }): Promise<void>;
  readPage(): Promise<void>;
  scrollTo(span: Span): void;
  setPanel(panel: PanelId): void;
  toggleKind(kind: HighlightKind): Promise<void>;
  /** Call straight from the click handler: it asks for the permission before any await. */
  setAutoRead(enabled: boolean): Promise<void>;
  copyMarkdown(): Promise<void>;
  downloadJson(): void;
  setTheme(theme: Theme): void;
  /** The reading journal, in a full tab. */
  openJournal(): void;
}

export function createPopupActions(store: Store<PopupState>, api: PopupApi, opts: { pollMs?: number; pollTries?: number } = {}): PopupActions {
  const pollMs = opts.pollMs ?? 100;
  const pollTries = opts.pollTries ?? 40;
  const notice = (text: string) => {
    store.set({ notice: text });
    // The status line clears itself; a newer notice is left alone.
    setTimeout(() => {
      if (store.get().notice === text) store.set({ notice: null });
    }, 5000);
  };
  const received = (reading: Reading) => {
    mark(MARK_RECEIVED);
    store.set({ phase: 'ready', reading, error: null });
  };

  /** The reading, retried a little while the content script is still reading (null). */
  async function fetchReading(tabId: number, tries: number): Promise<Reading | null> {
    for (let i = 0; ; i++) {
      const r = await api.getReading(tabId);
      if (r || i >= tries) return r;
      await sleep(pollMs);
    }
  }

  const actions: PopupActions = {
    async init({ readIfUnread = false } = {}) {
      void api.loadSettings().then((settings) => store.set({ settings }), () => {});
      let tabId: number | null = null;
      try {
        tabId = await api.tabId();
      } catch {
        tabId = null;
      }
      if (tabId == null) return store.set({ phase: 'no-tab' });
      store.set({ tabId });
      try {
        const reading = await fetchReading(tabId, 5);
        if (reading) return received(reading);
        store.set({ phase: 'unread' });
      } catch {
        store.set({ phase: 'unread' }); // no content script in the tab: offer "read this page"
      }
      if (readIfUnread) await actions.readPage();
    },

    async readPage() {
      const { tabId } = store.get();
      if (tabId == null) return;
      store.set({ phase: 'reading', error: null });
      const res = await api.readTab(tabId).catch((e: unknown) => ({ ok: false, error: String(e) }));
      if (!res.ok) {
        store.set({ phase: 'error', error: t('errorCannotRead') });
        return;
      }
      try {
        const reading = await fetchReading(tabId, pollTries);
        if (reading) return received(reading);
      } catch {
        /* fall through */
      }
      store.set({ phase: 'error', error: t('errorNoAnswer') });
    },

    scrollTo(span) {
      const { tabId } = store.get();
      if (tabId == null) return;
      api.scrollToSpan(tabId, span).catch(() => notice(t('noticeNoScroll')));
    },

    setPanel(panel) {
      store.set({ panel });
    },

    async toggleKind(kind) {
      const { settings, tabId } = store.get();
      const on = !settings.kinds[kind];
      const kinds = { ...settings.kinds, [kind]: on };
      store.set({ settings: { ...settings, kinds } });
      if (tabId != null) await api.setHighlights(tabId, { [kind]: on }).catch(() => {});
      await api.saveSettings({ kinds }).catch(() => {});
    },

    setAutoRead(enabled) {
      // The permission request comes first, synchronously, while the click's user gesture lasts.
      const granted = enabled ? api.requestAllSites().catch(() => false) : Promise.resolve(true);
      return granted.then(async (ok) => {
        if (!ok) {
          notice(t('noticeAutoReadRefused'));
          return;
        }
        const res = await api.setAutoRead(enabled).catch(() => ({ ok: false }));
        if (!res.ok) return notice(t('noticeNotSaved'));
        store.set((s) => ({ settings: { ...s.settings, autoRead: enabled } }));
        notice(t(enabled ? 'noticeAutoReadOn' : 'noticeAutoReadOff'));
      });
    },

    async copyMarkdown() {
      const { reading } = store.get();
      if (!reading) return;
      try {
        await api.copyText(readingToMarkdown(reading));
        notice(t('noticeCopied'));
      } catch {
        notice(t('noticeCopyRefused'));
      }
    },

    downloadJson() {
      const { reading } = store.get();
      if (!reading) return;
      api.download(jsonFileName(reading.title), readingToJson(reading), 'application/json');
      notice(t('noticeDownloading'));
    },

    openJournal() {
      void api.openJournal?.();
    },

    setTheme(theme) {
      try {
        if (theme === 'auto') localStorage.removeItem(THEME_KEY);
        else localStorage.setItem(THEME_KEY, theme);
      } catch {
        /* the theme just won't be remembered */
      }
      store.set({ theme });
    },
  };
  return actions;
}
