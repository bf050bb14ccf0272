// The journal's messages, answered in the background. Content scripts may only record a reading,
// ask the card's "also quoted" question and open the journal; everything that reads or changes
// the journal as a whole answers extension pages only (the journal page, the popup).
import type { Message, ToBackground } from '../shared/messages.ts';
import { canonicalUrl, entryFromReading, personKey, type ReadingInput } from '../journal/model.ts';
import type { JournalService } from '../journal/service.ts';
import type { EntityType } from '../../core/types.ts';

export interface SenderInfo {
  /** The message came from a tab in a private (incognito) window. */
  incognito: boolean;
  /** The message came from one of the extension's own pages (not a content script). */
  extensionPage: boolean;
}

const PAGE_ONLY = new Set(['journalStatus', 'journalPeople', 'journalPerson', 'journalSearch', 'journalWarmSearch', 'journalSameQuotes', 'journalArticles',
  'journalSetSettings', 'journalForgetArticle', 'journalForgetSite', 'journalErase', 'journalExport', 'journalImport']);

/** Timings of the last recordings (ms of background work each), for the benchmark. */
export const recordTimings: number[] = [];

export function handleJournalMessage(
  journal: () => JournalService, msg: Message<ToBackground>, sender: SenderInfo, now: () => number = () => Date.now(),
): Promise<unknown> | undefined {
  if (PAGE_ONLY.has(msg.type) && !sender.extensionPage) return Promise.resolve(null);
  switch (msg.type) {
    case 'journalRecord': {
      if (sender.incognito) return Promise.resolve({ ok: true, recorded: false, reason: 'private' });
      const t0 = performance.now();
      const entry = entryFromReading(msg.reading as ReadingInput, now());
      return journal().record(entry, sender).then((r) => {
        recordTimings.push(performance.now() - t0);
        if (recordTimings.length > 200) recordTimings.shift();
        return r;
      });
    }
    case 'journalAlsoQuoted': {
      const url = canonicalUrl(msg.url, msg.canonical);
      const key = personKey({ name: String(msg.entity?.name ?? ''), type: msg.entity?.type as EntityType, leader: !!msg.entity?.leader }, url);
      return journal().alsoQuoted(key, url);
    }
    case 'journalStatus': return journal().status();
    case 'journalPeople': return journal().people(msg.filter ?? {});
    case 'journalPerson': return journal().person(String(msg.key), msg.filter ?? {});
    case 'journalSearch': return journal().search(String(msg.query ?? ''), msg.filter ?? {});
    case 'journalWarmSearch': return journal().warmSearch(!!msg.rebuild).then(() => ({ ok: true as const }));
    case 'journalSameQuotes': return journal().sameQuotes();
    case 'journalArticles': return journal().store.articles(500);
    case 'journalSetSettings': return journal().setSettings(msg.patch ?? {});
    case 'journalForgetArticle': return journal().forgetArticle(String(msg.url));
    case 'journalForgetSite': return journal().forgetSite(String(msg.site));
    case 'journalErase': return journal().eraseAll().then(() => ({ ok: true as const }));
    case 'journalExport': return journal().exportJson();
    case 'journalImport': return journal().importJson(String(msg.json ?? ''));
    default: return undefined;
  }
}
