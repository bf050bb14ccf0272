// Everything the popup asks of the browser, behind one interface so the view and its actions can be
// tested with a fake. The real implementation (browser-popup-api.ts) is the only popup file that
// touches webextension-polyfill.
import type { Span } from '../../../core/types.ts';
import type { HighlightKind, Reading } from '../../shared/messages.ts';
import type { Settings } from '../../shared/settings.ts';

export interface PopupApi {
  /** The tab the popup is about: ?tab=<id> (tests, popup opened as a tab), else the active tab. */
  tabId(): Promise<number | null>;
  /** The content script's reading; null when it has not read the page; throws when it is not there. */
  getReading(tabId: number): Promise<Reading | null>;
  scrollToSpan(tabId: number, span: Span): Promise<boolean>;
  setHighlights(tabId: number, kinds: Partial<Record<HighlightKind, boolean>>): Promise<void>;
  /** "Read this page": the background injects the content script (activeTab). */
  readTab(tabId: number): Promise<{ ok: boolean; error?: string }>;
  /** Must be called straight from the click handler (the permission prompt needs the user's gesture). */
  requestAllSites(): Promise<boolean>;
  setAutoRead(enabled: boolean): Promise<{ ok: boolean }>;
  loadSettings(): Promise<Settings>;
  saveSettings(patch: Partial<Settings>): Promise<Settings>;
  copyText(text: string): Promise<void>;
  download(fileName: string, text: string, mime: string): void;
  /** Open the reading journal (journal.html) in a tab. */
  openJournal?(): Promise<void>;
}
