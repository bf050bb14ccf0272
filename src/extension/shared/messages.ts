// Typed messages between the extension's parts. One map per direction; each key is a method.
import type { Analysis } from '../../core/index.ts';
import type { HighlightKind } from '../../page/highlight/highlight-plan.ts';
import type { ReadingInput, PersonRecord, StatementRecord, ArticleRecord } from '../journal/model.ts';
import type { JournalSettings, PersonFilter } from '../journal/store.ts';
import type { AlsoQuoted, JournalStatus, SearchHit } from '../journal/service.ts';

/** What the popup shows: the extracted article (without its DOM map) and its analysis. */
export interface Reading extends Analysis {
  url: string;
  title: string;
  byline: string | null;
  published: string | null;
  publishedSource: string | null;
  siteName: string | null;
  text: string;
  /** False when no article was found on the page (text is then ''). */
  found: boolean;
  /** Why no article was found, for the empty state. */
  reason?: string;
  /** Milliseconds spent finding and reading the article. */
  timings: {
    extractMs: number; analyzeMs: number; paintMs: number;
    /** When this reading started, ms since the page's navigation started (performance.now()). */
    startedAt?: number;
    /** When the highlights were painted, ms since the page's navigation started (performance.now()). */
    paintedAt?: number;
    /** The longest single slice of the content script's work so far (ms), the page's main thread felt it. */
    longestTaskMs?: number;
    /** The same, per stage of the work (extract, analyze when it ran in the page, prepare, paint, publish). */
    longestTaskByStage?: Record<string, number>;
  };
  /** How many spans of each kind were painted in the page. */
  painted?: Record<HighlightKind, number>;
}

export type { HighlightKind };

/** Popup (or background) → content script, through browser.tabs.sendMessage. */
export interface ToContent {
  /** The current reading of the page, or null if it has not been read. */
  getReading: { args: Record<never, never>; result: Reading | null };
  /** Scroll the page to a span of the article text and flash it. */
  scrollToSpan: { args: { start: number; end: number }; result: boolean };
  /** Show or hide one kind of highlight (or all). */
  setHighlights: { args: { kinds: Partial<Record<HighlightKind, boolean>> }; result: void };
  /** Step to the next (or previous) quote and open its card. */
  stepQuote: { args: { direction: 1 | -1 }; result: void };
  /** Remove every highlight and card, and stop watching the page. */
  teardown: { args: Record<never, never>; result: void };
}

/** Content script or popup → background, through browser.runtime.sendMessage. */
export interface ToBackground {
  /** The tab id of the sender (content scripts learn their own tab this way). */
  whoAmI: { args: Record<never, never>; result: { tabId: number | null } };
  /** Inject the content script into a tab (popup's "read this page"). */
  readTab: { args: { tabId: number }; result: { ok: boolean; error?: string } };
  /** Run the parser on an article's text, off the page's main thread (content script → background). */
  /** lang: the page's own language tag (<html lang>), or null; the background then asks the browser, then the core. */
  analyze: { args: { text: string; published: string | null; lang?: string | null }; result: Analysis | null };
  /** Turn automatic reading on all sites on or off (the permission is asked by the popup first). */
  setAutoRead: { args: { enabled: boolean }; result: { ok: boolean } };
  // The reading journal (src/extension/journal), kept in the background's IndexedDB.
  /** A page has been read (content script): record it, unless private or paused. The text is not kept. */
  journalRecord: { args: { reading: ReadingInput }; result: { ok: boolean; recorded: boolean; reason?: string; message?: string } };
  /** The card: where else this speaker is quoted. */
  journalAlsoQuoted: { args: { entity: { name: string; type: string; leader: boolean }; url: string; canonical: string | null }; result: AlsoQuoted | null };
  /** Open the journal page in a tab (at a person's page when given). */
  openJournal: { args: { person?: string }; result: { ok: boolean } };
  // Extension pages only (the journal page, the popup):
  journalStatus: { args: Record<never, never>; result: JournalStatus };
  journalPeople: { args: { filter?: PersonFilter }; result: PersonRecord[] };
  journalPerson: { args: { key: string; filter?: PersonFilter }; result: { person: PersonRecord | undefined; statements: StatementRecord[] } };
  journalSearch: { args: { query: string; filter?: PersonFilter }; result: SearchHit[] };
  /** Build the search index now (the journal page asks once its first view is shown). */
  journalWarmSearch: { args: { rebuild?: boolean }; result: { ok: true } };
  journalSameQuotes: { args: Record<never, never>; result: { key: string; words: string; outlets: string[]; statements: StatementRecord[] }[] };
  journalArticles: { args: Record<never, never>; result: ArticleRecord[] };
  journalSetSettings: { args: { patch: Partial<JournalSettings> }; result: JournalSettings };
  journalForgetArticle: { args: { url: string }; result: number };
  journalForgetSite: { args: { site: string }; result: number };
  journalErase: { args: Record<never, never>; result: { ok: true } };
  journalExport: { args: Record<never, never>; result: string };
  journalImport: { args: { json: string }; result: { ok: true; imported: number } | { ok: false; message: string } };
}

/** The result type of a background method. */
export type BackgroundResult<K extends keyof ToBackground> = ToBackground[K]['result'];

export type Message<M, K extends keyof M = keyof M> = K extends keyof M
  ? { type: K } & (M[K] extends { args: infer A } ? A : never)
  : never;
