// The journal in IndexedDB, through Dexie 4: a versioned schema, every write in one Dexie
// transaction (atomic: a browser closed mid-write keeps what was committed before, and nothing of
// the half-written article), people and "same quote" counts kept up to date in the same transaction.
import Dexie, { type EntityTable, type DexieOptions } from 'dexie';
import {
  applyToPeople, applyToQuotes, normalizeQuote, personKey, quoteKey, DEFAULT_RETENTION_DAYS, SCHEMA_VERSION,
  type ArticleEntry, type ArticleRecord, type PersonRecord, type QuoteRecord, type StatementRecord,
} from './model.ts';

export const DB_NAME = 'sourcelight-journal';
const DAY = 86_400_000;

export interface JournalSettings {
  /** Recording paused by the reader. */
  paused: boolean;
  retentionDays: number;
}
export const DEFAULT_JOURNAL_SETTINGS: JournalSettings = { paused: false, retentionDays: DEFAULT_RETENTION_DAYS };

interface MetaRecord {
  key: string;
  value: unknown;
}

/** Schema 1, the first one: kept so the upgrade from it is tested (tests open a journal with it). */
export const SCHEMA_V1 = {
  articles: 'url, readAt',
  statements: '++id, url, person',
  people: 'key',
  meta: 'key',
};

/** Schema 2 (current): outlet, site, language and reading-time indexes; "same quote" counts. */
export const SCHEMA_V2 = {
  articles: 'url, readAt, site, outlet, lang',
  statements: '++id, url, outlet, readAt, qk, [person+readAt]',
  people: 'key, total, lastReadAt',
  quotes: 'qk, outletCount',
  meta: 'key',
};

export class JournalDB extends Dexie {
  articles!: EntityTable<ArticleRecord, 'url'>;
  statements!: EntityTable<StatementRecord, 'id'>;
  people!: EntityTable<PersonRecord, 'key'>;
  quotes!: EntityTable<QuoteRecord, 'qk'>;
  meta!: EntityTable<MetaRecord, 'key'>;

  constructor(name = DB_NAME, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores(SCHEMA_V1);
    this.version(SCHEMA_VERSION).stores(SCHEMA_V2).upgrade(async (tx) => {
      // Schema 1 articles had no site/outlet; statements called the speaker "speaker" and had no
      // words key; people had no total. Fill them in, then count people and quotes again.
      const arts = new Map<string, ArticleRecord>();
      await tx.table('articles').toCollection().modify((a: ArticleRecord & Record<string, unknown>) => {
        let site = '';
        try { site = new URL(a.url).hostname.replace(/^www\./, ''); } catch { /* keep '' */ }
        a.site ??= site;
        a.outlet ??= site;
        a.lang ??= null;
        a.leaders ??= [];
        a.timeline ??= [];
        arts.set(a.url, a);
      });
      const all: StatementRecord[] = [];
      await tx.table('statements').toCollection().modify((s: StatementRecord & { speaker?: string }) => {
        const a = arts.get(s.url);
        s.name ??= s.speaker ?? 'Unnamed source';
        delete s.speaker;
        s.type ??= 'person';
        s.person = s.vague ? '' : personKey({ name: s.name, type: s.type === 'source' ? 'anonymous' : s.type, leader: !!s.leader }, s.url);
        s.qk = quoteKey(s.text ?? '');
        if (s.qk === undefined) delete s.qk;
        s.outlet ??= a?.outlet ?? '';
        s.site ??= a?.site ?? '';
        s.lang ??= a?.lang ?? null;
        s.published ??= a?.published ?? null;
        s.readAt ??= a?.readAt ?? 0;
        all.push({ ...s });
      });
      const per = new Map<string, number>();
      for (const s of all) per.set(s.url, (per.get(s.url) ?? 0) + 1);
      for (const a of arts.values()) await tx.table('articles').update(a.url, { statements: per.get(a.url) ?? 0 });
      const people = new Map<string, PersonRecord>();
      applyToPeople(people, all, 1);
      await tx.table('people').clear();
      await tx.table('people').bulkPut([...people.values()]);
      const quotes = new Map<string, QuoteRecord>();
      applyToQuotes(quotes, all, 1);
      await tx.table('quotes').bulkPut([...quotes.values()]);
    });
  }
}

export type RecordResult =
  | { ok: true; recorded: boolean; statements: number }
  | { ok: false; error: 'quota' | 'failed'; message: string };

export class QuotaError extends Error {}

function isQuota(err: unknown): boolean {
  for (let e = err as { name?: string; inner?: unknown } | undefined, i = 0; e && i < 5; e = e.inner as typeof e, i++) {
    if (e.name === 'QuotaExceededError' || e.name === 'QuotaExceeded') return true;
  }
  return false;
}

export const QUOTA_MESSAGE = 'The journal has run out of storage space, so this article was not recorded. Nothing was deleted: free space by forgetting sites or articles, or by keeping fewer days.';

/** The statements of one article, as stored (ids dropped for comparison). */
function fingerprint(statements: readonly StatementRecord[]): string {
  return statements.map((s) => `${s.person}\u0001${s.kind}\u0001${s.text}`).join('\u0002');
}

export interface PersonFilter {
  from?: number;
  to?: number;
  outlet?: string;
  lang?: string;
}

export class JournalStore {
  /** Whether a storage failure is noted in meta (null: not known yet). */
  private quotaFlag: boolean | null = null;

  constructor(readonly db: JournalDB) {}

  static open(name = DB_NAME, options?: DexieOptions): JournalStore {
    return new JournalStore(new JournalDB(name, options));
  }

  async settings(): Promise<JournalSettings> {
    const m = await this.db.meta.get('settings');
    return { ...DEFAULT_JOURNAL_SETTINGS, ...((m?.value as Partial<JournalSettings>) ?? {}) };
  }

  async setSettings(patch: Partial<JournalSettings>): Promise<JournalSettings> {
    const next = { ...(await this.settings()), ...patch };
    if (!Number.isFinite(next.retentionDays) || next.retentionDays < 1) next.retentionDays = DEFAULT_RETENTION_DAYS;
    next.retentionDays = Math.min(Math.round(next.retentionDays), 36_500);
    await this.db.meta.put({ key: 'settings', value: next });
    return next;
  }

  /** The last storage failure, shown to the reader until the next successful write. */
  async quotaProblem(): Promise<number | null> {
    const m = await this.db.meta.get('quota');
    return typeof m?.value === 'number' ? m.value : null;
  }

  /** Record (or update) one article. Reading the same article again with the same statements
   *  changes nothing; with different ones, its previous statements are replaced. */
  async record(entry: ArticleEntry): Promise<RecordResult> {
    try {
      const r = await this.db.transaction('rw', [this.db.articles, this.db.statements, this.db.people, this.db.quotes, this.db.meta], async () => {
        const url = entry.article.url;
        const [before, had] = await Promise.all([this.db.statements.where('url').equals(url).toArray(), this.db.articles.get(url)]);
        if (had && fingerprint(before) === fingerprint(entry.statements)) return { recorded: false };
        await this.writeArticles([{ entry, before, existed: !!had }]);
        return { recorded: true };
      });
      if (this.quotaFlag !== false) {
        await this.db.meta.delete('quota');
        this.quotaFlag = false;
      }
      return { ok: true, recorded: r.recorded, statements: entry.statements.length };
    } catch (err) {
      if (isQuota(err)) {
        await this.db.meta.put({ key: 'quota', value: entry.article.readAt }).catch(() => {});
        this.quotaFlag = true;
        return { ok: false, error: 'quota', message: QUOTA_MESSAGE };
      }
      return { ok: false, error: 'failed', message: err instanceof Error ? err.message : String(err) };
    }
  }

  /** Inside a transaction (with meta): replace each article's statements; people, quotes and totals follow. */
  private async writeArticles(items: { entry: ArticleEntry; before: StatementRecord[]; existed: boolean }[]): Promise<void> {
    const removed = items.flatMap((i) => i.before);
    const added = items.flatMap((i) => i.entry.statements);
    const keys = [...new Set([...removed, ...added].map((s) => s.person).filter(Boolean))];
    const qks = [...new Set([...removed, ...added].flatMap((s) => (s.qk ? [s.qk] : [])))];
    const [gotPeople, gotQuotes] = await Promise.all([this.db.people.bulkGet(keys), this.db.quotes.bulkGet(qks)]);
    const people = new Map(gotPeople.filter((p): p is PersonRecord => !!p).map((p) => [p.key, p]));
    const quotes = new Map(gotQuotes.filter((q): q is QuoteRecord => !!q).map((q) => [q.qk, q]));
    applyToPeople(people, removed, -1);
    applyToQuotes(quotes, removed, -1);
    applyToPeople(people, added, 1);
    applyToQuotes(quotes, added, 1);
    const urls = items.map((i) => i.entry.article.url);
    if (removed.length) await this.db.statements.where('url').anyOf(urls).delete();
    await Promise.all([
      this.db.articles.bulkPut(items.map((i) => i.entry.article)),
      this.db.statements.bulkAdd(added.map(({ id: _id, ...s }) => s as StatementRecord)),
      this.putCounts(people, quotes),
      this.addTotals(items.filter((i) => !i.existed).length, added.length - removed.length),
    ]);
  }

  /** The running totals of articles and statements (counting 200,000 statements is not free). */
  private async addTotals(articles: number, statements: number): Promise<void> {
    const t = await this.db.meta.get('totals');
    if (!t) return; // not counted yet: counts() counts the tables
    const v = t.value as { articles: number; statements: number };
    await this.db.meta.put({ key: 'totals', value: { articles: v.articles + articles, statements: v.statements + statements } });
  }

  private async putCounts(people: Map<string, PersonRecord>, quotes: Map<string, QuoteRecord>): Promise<void> {
    const gone = [...people.values()].filter((p) => p.total <= 0).map((p) => p.key);
    const noQuote = [...quotes.values()].filter((q) => q.outletCount === 0).map((q) => q.qk);
    await Promise.all([
      this.db.people.bulkPut([...people.values()].filter((p) => p.total > 0)),
      gone.length ? this.db.people.bulkDelete(gone) : null,
      this.db.quotes.bulkPut([...quotes.values()].filter((q) => q.outletCount > 0)),
      noQuote.length ? this.db.quotes.bulkDelete(noQuote) : null,
    ]);
  }

  /** Remove these articles and everything recorded with them. */
  private async removeArticles(urls: string[]): Promise<number> {
    if (!urls.length) return 0;
    return this.db.transaction('rw', [this.db.articles, this.db.statements, this.db.people, this.db.quotes, this.db.meta], async () => {
      const [removed, existing] = await Promise.all([
        this.db.statements.where('url').anyOf(urls).toArray(),
        this.db.articles.bulkGet(urls),
      ]);
      const keys = [...new Set(removed.map((s) => s.person).filter(Boolean))];
      const people = new Map((await this.db.people.bulkGet(keys)).filter((p): p is PersonRecord => !!p).map((p) => [p.key, p]));
      const quotes = new Map((await this.db.quotes.bulkGet([...new Set(removed.flatMap((s) => (s.qk ? [s.qk] : [])))])).filter((q): q is QuoteRecord => !!q).map((q) => [q.qk, q]));
      applyToPeople(people, removed, -1);
      applyToQuotes(quotes, removed, -1);
      await this.db.statements.where('url').anyOf(urls).delete();
      await this.db.articles.bulkDelete(urls);
      await this.putCounts(people, quotes);
      const gone = existing.filter(Boolean).length;
      await this.addTotals(-gone, -removed.length);
      return gone;
    });
  }

  forgetArticle(url: string): Promise<number> {
    return this.removeArticles([url]);
  }

  /** Forget every article of a site (its host, "www." aside). */
  async forgetSite(site: string): Promise<number> {
    const host = site.replace(/^www\./, '').toLowerCase();
    const urls = (await this.db.articles.where('site').equals(host).primaryKeys()) as string[];
    return this.removeArticles(urls);
  }

  /** Erase everything (settings aside). */
  async eraseAll(): Promise<void> {
    await this.db.transaction('rw', [this.db.articles, this.db.statements, this.db.people, this.db.quotes, this.db.meta], async () => {
      await Promise.all([this.db.articles.clear(), this.db.statements.clear(), this.db.people.clear(), this.db.quotes.clear(),
        this.db.meta.bulkDelete(['quota', 'totals'])]);
    });
  }

  /** Drop what was read more than the retention period ago. */
  async prune(now: number): Promise<number> {
    const { retentionDays } = await this.settings();
    const urls = (await this.db.articles.where('readAt').below(now - retentionDays * DAY).primaryKeys()) as string[];
    return this.removeArticles(urls);
  }

  async counts(): Promise<{ articles: number; statements: number; people: number }> {
    const [t, people] = await Promise.all([this.db.meta.get('totals'), this.db.people.count()]);
    if (t) return { ...(t.value as { articles: number; statements: number }), people };
    const totals = await this.db.transaction('rw', [this.db.articles, this.db.statements, this.db.meta], async () => {
      const [articles, statements] = await Promise.all([this.db.articles.count(), this.db.statements.count()]);
      await this.db.meta.put({ key: 'totals', value: { articles, statements } });
      return { articles, statements };
    });
    return { ...totals, people };
  }

  /** "Also quoted in N other articles you read": how many, and the latest statements elsewhere. */
  async alsoQuoted(key: string, excludeUrl: string, limit = 3): Promise<{ person: PersonRecord; others: number; latest: StatementRecord[] } | null> {
    if (!key) return null;
    // Three reads at once, in one read-only transaction: the person's counts, whether this article
    // quotes them, and their latest statements elsewhere (newest first, on the [person+readAt] index).
    return this.db.transaction('r', [this.db.people, this.db.statements], async () => {
      const latest: StatementRecord[] = [];
      const [person, here] = await Promise.all([
        this.db.people.get(key),
        this.db.statements.where('url').equals(excludeUrl).filter((s) => s.person === key).count(),
        this.db.statements.where('[person+readAt]').between([key, Dexie.minKey], [key, Dexie.maxKey]).reverse()
          .until(() => latest.length >= limit).each((s) => { if (s.url !== excludeUrl && latest.length < limit) latest.push(s); }),
      ]);
      if (!person) return null;
      const others = person.articles - (here > 0 ? 1 : 0);
      return others <= 0 ? { person, others: 0, latest: [] } : { person, others, latest };
    });
  }

  /** People, most quoted first. With a filter, counted from the statements that pass it. */
  async people(filter: PersonFilter = {}, limit = 200): Promise<PersonRecord[]> {
    if (filter.from === undefined && filter.to === undefined && !filter.outlet && !filter.lang) {
      return this.db.people.orderBy('total').reverse().limit(limit).toArray();
    }
    const coll = filter.outlet
      ? this.db.statements.where('outlet').equals(filter.outlet)
      : this.db.statements.where('readAt').between(filter.from ?? 0, filter.to ?? Number.MAX_SAFE_INTEGER, true, true);
    const rows = await coll.filter((s) => passes(s, filter)).toArray();
    const people = new Map<string, PersonRecord>();
    for (const url of new Set(rows.map((r) => r.url))) applyToPeople(people, rows.filter((r) => r.url === url), 1);
    return [...people.values()].sort((a, b) => b.total - a.total || b.lastReadAt - a.lastReadAt).slice(0, limit);
  }

  /** One person's statements in time order (publication date, else the reading date). */
  async person(key: string, filter: PersonFilter = {}): Promise<{ person: PersonRecord | undefined; statements: StatementRecord[] }> {
    const person = await this.db.people.get(key);
    const statements = (await this.db.statements.where('[person+readAt]').between([key, Dexie.minKey], [key, Dexie.maxKey]).toArray())
      .filter((s) => passes(s, filter));
    statements.sort((a, b) => when(a) - when(b) || a.readAt - b.readAt || (a.id ?? 0) - (b.id ?? 0));
    return { person, statements };
  }

  /** Statements whose words match, carried by several outlets. */
  async sameQuotes(limit = 50): Promise<{ key: string; words: string; outlets: string[]; statements: StatementRecord[] }[]> {
    const qs = await this.db.quotes.where('outletCount').aboveOrEqual(2).reverse().limit(limit).toArray();
    const out = [];
    for (const q of qs) {
      const statements = await this.db.statements.where('qk').equals(q.qk).toArray();
      statements.sort((a, b) => when(a) - when(b));
      out.push({ key: q.qk, words: normalizeQuote(statements[0]?.text ?? ''), outlets: Object.keys(q.outlets).sort(), statements });
    }
    return out;
  }

  async facets(): Promise<{ outlets: string[]; langs: string[] }> {
    const [outlets, langs] = await Promise.all([
      this.db.articles.orderBy('outlet').uniqueKeys(),
      this.db.articles.orderBy('lang').uniqueKeys(),
    ]);
    return { outlets: outlets.map(String), langs: langs.map(String).filter(Boolean) };
  }

  async articles(limit = 100): Promise<ArticleRecord[]> {
    return this.db.articles.orderBy('readAt').reverse().limit(limit).toArray();
  }

  /** Every article with its statements (for export). */
  async entries(): Promise<ArticleEntry[]> {
    const [articles, statements] = await Promise.all([this.db.articles.toArray(), this.db.statements.toArray()]);
    const by = new Map<string, StatementRecord[]>();
    for (const s of statements) {
      const l = by.get(s.url);
      if (l) l.push(s); else by.set(s.url, [s]);
    }
    return articles.map((article) => ({ article, statements: by.get(article.url) ?? [] }));
  }

  /** Write checked entries, all or nothing; an article already there is replaced by the newer reading. */
  async importEntries(entries: ArticleEntry[]): Promise<number> {
    return this.db.transaction('rw', [this.db.articles, this.db.statements, this.db.people, this.db.quotes, this.db.meta], async () => {
      const latest = new Map<string, ArticleEntry>();
      for (const e of entries) {
        const had = latest.get(e.article.url);
        if (!had || had.article.readAt < e.article.readAt) latest.set(e.article.url, e);
      }
      const have = new Map((await this.db.articles.bulkGet([...latest.keys()])).filter((a): a is ArticleRecord => !!a).map((a) => [a.url, a]));
      const items: { entry: ArticleEntry; before: StatementRecord[]; existed: boolean }[] = [];
      for (const [url, entry] of latest) {
        const h = have.get(url);
        if (h && h.readAt >= entry.article.readAt) continue;
        items.push({ entry, before: h ? await this.db.statements.where('url').equals(url).toArray() : [], existed: !!h });
      }
      // Articles in batches, each statement added once.
      for (let i = 0; i < items.length; i += 500) await this.writeArticles(items.slice(i, i + 500));
      return items.length;
    });
  }

  close(): void {
    this.db.close();
  }
}

const when = (s: StatementRecord) => {
  const p = s.published ? Date.parse(s.published) : NaN;
  return Number.isFinite(p) ? p : s.readAt;
};

export function passes(s: StatementRecord, f: PersonFilter): boolean {
  if (f.from !== undefined && s.readAt < f.from) return false;
  if (f.to !== undefined && s.readAt > f.to) return false;
  if (f.outlet && s.outlet !== f.outlet) return false;
  if (f.lang && s.lang !== f.lang) return false;
  return true;
}
