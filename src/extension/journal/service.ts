// The journal as the background serves it: the store, a full-text index (MiniSearch) built on
// first search and kept up to date with each write, retention pruning, and the answers to the
// journal's messages. No browser API here: the background passes in what it knows of the sender.
import MiniSearch from 'minisearch';
import { JournalStore, passes, type JournalSettings, type PersonFilter } from './store.ts';
import { buildExport, ImportError, parseExport, type ArticleEntry, type PersonRecord, type StatementRecord } from './model.ts';

const HOUR = 3_600_000;

export interface AlsoQuoted {
  person: string;
  name: string;
  others: number;
  latest: { text: string; outlet: string; readAt: number; published: string | null; url: string; kind: string }[];
}

export interface JournalStatus {
  settings: JournalSettings;
  counts: { articles: number; statements: number; people: number };
  quota: string | null;
  facets: { outlets: string[]; langs: string[] };
}

export interface SearchHit {
  statement: StatementRecord;
  score: number;
}

interface Doc {
  id: number;
  text: string;
  name: string;
}

export class JournalService {
  private index: MiniSearch<Doc> | null = null;
  private building: Promise<MiniSearch<Doc>> | null = null;
  private lastPrune = 0;
  /** The settings, read once (they change only through setSettings, here). */
  private settingsCache: JournalSettings | null = null;

  constructor(readonly store: JournalStore, private readonly now: () => number = () => Date.now()) {}

  /** Record a reading. Never in a private window, never while paused. */
  async record(entry: ArticleEntry, sender: { incognito: boolean }): Promise<{ ok: boolean; recorded: boolean; reason?: string; message?: string }> {
    if (sender.incognito) return { ok: true, recorded: false, reason: 'private' };
    this.settingsCache ??= await this.store.settings();
    if (this.settingsCache.paused) return { ok: true, recorded: false, reason: 'paused' };
    const r = await this.store.record(entry);
    if (!r.ok) return { ok: false, recorded: false, reason: r.error, message: r.message };
    if (r.recorded && this.index) await this.indexUrl(entry.article.url);
    if (this.now() - this.lastPrune > HOUR) {
      this.lastPrune = this.now();
      if ((await this.store.prune(this.now())) > 0) this.index = null;
    }
    return { ok: true, recorded: r.recorded };
  }

  async alsoQuoted(person: string, url: string): Promise<AlsoQuoted | null> {
    const r = await this.store.alsoQuoted(person, url);
    if (!r) return null;
    return {
      person, name: r.person.name, others: r.others,
      latest: r.latest.map((s) => ({ text: s.text, outlet: s.outlet, readAt: s.readAt, published: s.published, url: s.url, kind: s.kind })),
    };
  }

  people(filter: PersonFilter = {}): Promise<PersonRecord[]> {
    return this.store.people(filter);
  }

  person(key: string, filter: PersonFilter = {}) {
    return this.store.person(key, filter);
  }

  sameQuotes() {
    return this.store.sameQuotes();
  }

  async status(): Promise<JournalStatus> {
    const [settings, counts, quota, facets] = await Promise.all([this.store.settings(), this.store.counts(), this.store.quotaProblem(), this.store.facets()]);
    return { settings, counts, quota: quota === null ? null : QUOTA_TEXT, facets };
  }

  async setSettings(patch: Partial<JournalSettings>): Promise<JournalSettings> {
    const s = await this.store.setSettings(patch);
    this.settingsCache = s;
    if (patch.retentionDays !== undefined && (await this.store.prune(this.now())) > 0) this.index = null;
    return s;
  }

  async forgetArticle(url: string): Promise<number> {
    const n = await this.store.forgetArticle(url);
    if (n) this.index = null;
    return n;
  }

  async forgetSite(site: string): Promise<number> {
    const n = await this.store.forgetSite(site);
    if (n) this.index = null;
    return n;
  }

  async eraseAll(): Promise<void> {
    await this.store.eraseAll();
    this.index = null;
  }

  async exportJson(): Promise<string> {
    return JSON.stringify(buildExport(await this.store.entries(), this.now()));
  }

  /** Import an export file: checked whole before anything is written. */
  async importJson(json: string): Promise<{ ok: true; imported: number } | { ok: false; message: string }> {
    let entries: ArticleEntry[];
    try {
      entries = parseExport(json);
    } catch (err) {
      return { ok: false, message: err instanceof ImportError ? err.message : 'This file could not be read as a journal.' };
    }
    try {
      const imported = await this.store.importEntries(entries);
      this.index = null;
      return { ok: true, imported };
    } catch (err) {
      return { ok: false, message: `Nothing was imported: ${err instanceof Error ? err.message : String(err)}` };
    }
  }

  /** Full-text search over statements and names (prefix and light fuzzy matching). */
  async search(query: string, filter: PersonFilter = {}, limit = 50): Promise<SearchHit[]> {
    const q = query.trim();
    if (!q) return [];
    const index = await this.ensureIndex();
    // Every word must match; the last one may be a word being typed (prefix). No fuzzy matching:
    // at 200,000 statements it costs more than it finds.
    const hits = index.search(q, { prefix: (_t, i, terms) => i === terms.length - 1, combineWith: 'AND', boost: { name: 2 } });
    const out: SearchHit[] = [];
    for (let i = 0; i < hits.length && out.length < limit; i += 200) {
      const chunk = hits.slice(i, i + 200);
      const rows = await this.store.db.statements.bulkGet(chunk.map((h) => h.id as number));
      rows.forEach((s, j) => {
        if (s && out.length < limit && passes(s, filter)) out.push({ statement: s, score: chunk[j]!.score });
      });
    }
    return out;
  }

  /** Build the index now (the journal page asks for it when it opens, before the reader types). */
  async warmSearch(rebuild = false): Promise<void> {
    if (rebuild && !this.building) this.index = null; // e.g. after the benchmark wrote to IndexedDB itself
    await this.ensureIndex();
  }

  private ensureIndex(): Promise<MiniSearch<Doc>> {
    if (this.index) return Promise.resolve(this.index);
    if (!this.building) {
      this.building = (async () => {
        const ms = newIndex();
        const docs: Doc[] = [];
        await this.store.db.statements.each((s) => { docs.push({ id: s.id!, text: s.text, name: s.name }); });
        await ms.addAllAsync(docs, { chunkSize: 2000 });
        this.index = ms;
        this.building = null;
        return ms;
      })();
    }
    return this.building;
  }

  private async indexUrl(url: string): Promise<void> {
    const index = this.index;
    if (!index) return;
    const rows = await this.store.db.statements.where('url').equals(url).toArray();
    for (const s of rows) if (!index.has(s.id!)) index.add({ id: s.id!, text: s.text, name: s.name });
  }
}

export const QUOTA_TEXT = 'The journal has run out of storage space: new articles are not being recorded. Nothing was deleted. Free space by forgetting sites or articles, or by keeping fewer days.';

/** Words too common to search for (English function words): left out of the index and queries. */
const STOP = new Set(('a an and are as at be been but by for from had has have he her his i if in into is it its me my no not of on or our she so ' +
  'than that the their them then there these they this to was we were what when which who will with would you your').split(' '));

function processTerm(term: string): string | null {
  const t = term.toLowerCase();
  return STOP.has(t) ? null : t;
}

function newIndex(): MiniSearch<Doc> {
  return new MiniSearch<Doc>({ fields: ['text', 'name'], idField: 'id', processTerm });
}
