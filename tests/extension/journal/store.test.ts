import { describe, expect, test } from 'vitest';
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { JournalDB, JournalStore, SCHEMA_V1 } from '../../../src/extension/journal/store.ts';
import { JournalService } from '../../../src/extension/journal/service.ts';
import { buildExport, personKey } from '../../../src/extension/journal/model.ts';
import { ARTICLES, DAY, entryOf, freshStore, T0 } from './fixtures.ts';

const PUTIN = personKey({ name: 'Vladimir Putin', type: 'person', leader: true }, '');

async function filled(store = freshStore()) {
  await store.record(entryOf(ARTICLES.kremlin!, T0));
  await store.record(entryOf(ARTICLES.harvest!, T0 + DAY));
  await store.record(entryOf(ARTICLES.weather!, T0 + 2 * DAY));
  return store;
}

describe('journal store: record and query', () => {
  test('a person quoted in two articles is one person, with both statements in time order', async () => {
    const store = await filled();
    const people = await store.people();
    const putin = people.find((p) => p.key === PUTIN)!;
    expect(putin).toMatchObject({ name: 'Vladimir Putin', articles: 2, leader: true });
    expect(putin.direct + putin.reported).toBe(putin.total);
    expect(Object.keys(putin.outlets).sort()).toEqual(['Daily Harrow', 'Northern Ledger']);
    expect(people[0]!.key).toBe(PUTIN); // most quoted first
    const { statements } = await store.person(PUTIN);
    expect(statements.map((s) => s.outlet)).toEqual(['Northern Ledger', 'Northern Ledger', 'Daily Harrow']);
    // John Smith and Mary Smith stay two people.
    const smiths = people.filter((p) => p.name.endsWith('Smith'));
    expect(smiths.map((p) => p.name).sort()).toEqual(['John Smith', 'Mary Smith']);
    store.close();
  });

  test('also quoted: the other articles, their latest statements first', async () => {
    const store = await filled();
    const here = 'https://daily-harrow.example/farming/harvest';
    const r = await store.alsoQuoted(PUTIN, here);
    expect(r!.others).toBe(1);
    expect(r!.latest.every((s) => s.url !== here && s.outlet === 'Northern Ledger')).toBe(true);
    const weather = await store.alsoQuoted(PUTIN, 'https://daily-harrow.example/weather/storm');
    expect(weather!.others).toBe(2);
    store.close();
  });

  test('reading the same page again adds nothing; a changed page replaces its statements', async () => {
    const store = await filled();
    const before = await store.counts();
    const again = await store.record(entryOf(ARTICLES.kremlin!, T0 + 5 * DAY));
    expect(again).toMatchObject({ ok: true, recorded: false });
    expect(await store.counts()).toEqual(before);
    const changed = { ...ARTICLES.kremlin!, text: 'Vladimir Putin said that "nothing has changed at all today."' };
    await store.record(entryOf(changed, T0 + 5 * DAY));
    const putin = (await store.people()).find((p) => p.key === PUTIN)!;
    expect(putin.total).toBe(2); // one in the changed page, one in the harvest article
    expect((await store.people()).some((p) => p.name === 'John Smith')).toBe(false);
    store.close();
  });

  test('same quote, several outlets', async () => {
    const store = await filled();
    const same = await store.sameQuotes();
    expect(same.length).toBe(1);
    expect(same[0]!.outlets).toEqual(['Daily Harrow', 'Northern Ledger']);
    expect(same[0]!.words).toContain('the talks will continue until we reach a fair settlement');
    store.close();
  });

  test('filters by outlet, language and date', async () => {
    const store = await filled();
    const harrow = await store.people({ outlet: 'Daily Harrow' });
    expect(harrow.map((p) => p.name)).not.toContain('John Smith');
    expect(harrow.find((p) => p.key === PUTIN)?.total).toBe(1);
    const late = await store.people({ from: T0 + 2 * DAY });
    expect(late.map((p) => p.name)).toEqual(['Anna Berg']);
    expect((await store.people({ lang: 'fr' })).length).toBe(0);
    expect((await store.facets()).outlets).toEqual(['Daily Harrow', 'Northern Ledger']);
    store.close();
  });
});

describe('journal store: privacy controls', () => {
  test('forget one article', async () => {
    const store = await filled();
    await store.forgetArticle('https://www.northern-ledger.example/world/talks');
    const putin = (await store.people()).find((p) => p.key === PUTIN)!;
    expect(putin).toMatchObject({ articles: 1, total: 1 });
    expect((await store.people()).some((p) => p.name === 'John Smith')).toBe(false);
    expect(await store.sameQuotes()).toEqual([]);
    store.close();
  });

  test('forget one site', async () => {
    const store = await filled();
    await store.counts(); // totals kept from here on
    expect(await store.forgetSite('www.daily-harrow.example')).toBe(2);
    expect((await store.counts()).articles).toBe(1);
    expect((await store.counts()).statements).toBe(await store.db.statements.count());
    expect((await store.people()).map((p) => p.name).sort()).toEqual(['John Smith', 'Vladimir Putin']);
    store.close();
  });

  test('erase everything', async () => {
    const store = await filled();
    await store.eraseAll();
    expect(await store.counts()).toEqual({ articles: 0, statements: 0, people: 0 });
    expect(await store.sameQuotes()).toEqual([]);
    store.close();
  });

  test('retention: 90 days by default, changeable', async () => {
    const store = await filled();
    expect((await store.settings()).retentionDays).toBe(90);
    expect(await store.prune(T0 + 91 * DAY)).toBe(1); // only the first article is older than 90 days
    await store.setSettings({ retentionDays: 7 });
    expect(await store.prune(T0 + 9 * DAY)).toBe(1);
    expect((await store.counts()).articles).toBe(1);
    store.close();
  });

  test('nothing is recorded in a private window, nor while paused', async () => {
    const svc = new JournalService(freshStore(), () => T0);
    expect(await svc.record(entryOf(ARTICLES.kremlin!, T0), { incognito: true })).toMatchObject({ recorded: false, reason: 'private' });
    await svc.setSettings({ paused: true });
    expect(await svc.record(entryOf(ARTICLES.kremlin!, T0), { incognito: false })).toMatchObject({ recorded: false, reason: 'paused' });
    expect((await svc.store.counts()).articles).toBe(0);
    await svc.setSettings({ paused: false });
    expect(await svc.record(entryOf(ARTICLES.kremlin!, T0), { incognito: false })).toMatchObject({ recorded: true });
    svc.store.close();
  });
});

describe('journal store: reliability', () => {
  test('two writers at once (two connections, as two contexts) lose nothing', async () => {
    const factory = new IDBFactory();
    const a = freshStore('shared', factory);
    const b = freshStore('shared', factory);
    const entries = Object.values(ARTICLES).map((x, i) => entryOf(x, T0 + i));
    const extra = Array.from({ length: 20 }, (_, i) => entryOf({ ...ARTICLES.weather!, url: `https://daily-harrow.example/weather/${i}` }, T0 + 10 + i));
    await a.counts(); // the running totals start here, and must survive the race too
    await Promise.all([...entries, ...extra].map((e, i) => (i % 2 ? a : b).record(e)));
    expect((await a.counts()).articles).toBe(23);
    // The running totals agree with the tables.
    expect(await a.counts()).toMatchObject({ articles: await a.db.articles.count(), statements: await a.db.statements.count() });
    const anna = (await a.people()).find((p) => p.name === 'Anna Berg')!;
    expect(anna.articles).toBe(21);
    expect(anna.total).toBe(21 * entries[2]!.statements.filter((s) => s.name === 'Anna Berg').length);
    a.close(); b.close();
  });

  test('a write cut off midway leaves what was committed before, and nothing of itself', async () => {
    const factory = new IDBFactory();
    const store = await filled(freshStore('cut', factory));
    const before = await store.counts();
    const db = store.db;
    // The browser "closes" in the middle of a write: the transaction dies after its first put.
    await expect(db.transaction('rw', [db.articles, db.statements], async () => {
      await db.articles.put({ ...entryOf(ARTICLES.weather!, T0).article, url: 'https://half.example/written' });
      throw new Error('browser closed');
    })).rejects.toThrow('browser closed');
    store.close();
    const reopened = freshStore('cut', factory);
    expect(await reopened.counts()).toEqual(before);
    expect(await reopened.db.articles.get('https://half.example/written')).toBeUndefined();
    reopened.close();
  });

  test('storage quota exhausted: a clear message, nothing pruned', async () => {
    const store = await filled();
    const before = await store.counts();
    store.db.close(); // middleware applies from the next open
    store.db.use({
      stack: 'dbcore', name: 'full-disk',
      create: (down) => ({ ...down, table: (n) => {
        const t = down.table(n);
        return { ...t, mutate: (req) => (n === 'meta' ? t.mutate(req) : Promise.reject(Object.assign(new Error('quota'), { name: 'QuotaExceededError' }))) };
      } }),
    });
    await store.db.open();
    const r = await store.record(entryOf({ ...ARTICLES.weather!, url: 'https://new.example/a' }, T0 + 3 * DAY));
    expect(r).toMatchObject({ ok: false, error: 'quota' });
    expect(r.ok ? '' : r.message).toMatch(/run out of storage.*Nothing was deleted/);
    expect(await store.counts()).toEqual(before);
    expect(await store.quotaProblem()).toBe(T0 + 3 * DAY);
    store.close();
  });

  test('the upgrade from schema 1 keeps every record', async () => {
    const factory = new IDBFactory();
    const old = new Dexie('upgrade', { indexedDB: factory, IDBKeyRange });
    old.version(1).stores(SCHEMA_V1);
    await old.table('articles').bulkPut([
      { url: 'https://www.old-news.example/a', title: 'A', lang: 'en', published: '2024-01-02', readAt: T0, leaders: [], timeline: [] },
      { url: 'https://other.example/b', title: 'B', lang: 'en', published: null, readAt: T0 + 1 },
    ]);
    await old.table('statements').bulkAdd([
      { url: 'https://www.old-news.example/a', person: 'x', speaker: 'Vladimir Putin', leader: true, type: 'person', kind: 'direct', text: '“We will not back down,”', cue: 'said', vague: false, role: null, country: 'Russia', readAt: T0 },
      { url: 'https://www.old-news.example/a', person: '', speaker: 'Officials', leader: false, type: 'anonymous', kind: 'indirect', text: 'the plan was ready', cue: 'said', vague: true, role: null, country: null, readAt: T0 },
      { url: 'https://other.example/b', person: 'y', speaker: 'Putin', leader: true, type: 'person', kind: 'direct', text: 'We will not back down.', cue: 'said', vague: false, role: null, country: null, readAt: T0 + 1 },
    ]);
    await old.table('people').put({ key: 'x', name: 'Vladimir Putin', direct: 1, reported: 0, articles: 1, outlets: {} });
    old.close();

    const store = new JournalStore(new JournalDB('upgrade', { indexedDB: factory, IDBKeyRange }));
    expect(await store.counts()).toEqual({ articles: 2, statements: 3, people: 1 });
    const [putin] = await store.people();
    expect(putin).toMatchObject({ key: PUTIN, articles: 2, total: 2, outlets: { 'old-news.example': 1, 'other.example': 1 } });
    expect((await store.sameQuotes())[0]?.outlets).toEqual(['old-news.example', 'other.example']);
    expect((await store.articles()).map((a) => a.site).sort()).toEqual(['old-news.example', 'other.example']);
    expect(store.db.verno).toBe(2);
    store.close();
  });
});

describe('journal service: search, export, import', () => {
  test('full-text search over statements and names, kept up to date', async () => {
    const svc = new JournalService(await filled(), () => T0);
    expect((await svc.search('fair settlement')).map((h) => h.statement.outlet).sort()).toEqual(['Daily Harrow', 'Northern Ledger']);
    expect((await svc.search('berg')).every((h) => h.statement.name === 'Anna Berg')).toBe(true);
    expect((await svc.search('flour', { outlet: 'Northern Ledger' }))).toEqual([]);
    await svc.record(entryOf({ ...ARTICLES.weather!, url: 'https://daily-harrow.example/w2', text: 'Anna Berg said that "the floods were unprecedented this spring."' }, T0 + 3 * DAY), { incognito: false });
    expect((await svc.search('unprecedented')).length).toBe(1);
    await svc.forgetSite('daily-harrow.example');
    expect(await svc.search('unprecedented')).toEqual([]);
    svc.store.close();
  });

  test('export then import into an empty journal gives the same journal', async () => {
    const a = new JournalService(await filled(), () => T0);
    const file = await a.exportJson();
    const b = new JournalService(freshStore('other'), () => T0);
    expect(await b.importJson(file)).toEqual({ ok: true, imported: 3 });
    expect(await b.store.people()).toEqual(await a.store.people());
    expect(await b.importJson(file)).toEqual({ ok: true, imported: 0 });
    a.store.close(); b.store.close();
  });

  test('a malformed or hostile file is refused with a message and changes nothing', async () => {
    const svc = new JournalService(await filled(), () => T0);
    const before = await svc.store.people();
    const good = JSON.parse(JSON.stringify(buildExport((await svc.store.entries()).map((e) => ({ ...e, article: { ...e.article, url: e.article.url + '?v=2', readAt: T0 + 9 * DAY } })), T0)));
    good.articles[2].quotes[0].kind = '<script>';
    const r = await svc.importJson(JSON.stringify(good));
    expect(r).toMatchObject({ ok: false });
    expect(!r.ok && r.message).toMatch(/Article 3, statement 1: unknown kind/);
    expect(await svc.store.people()).toEqual(before);
    expect((await svc.importJson('{"format":"sourcelight-journal"')).ok).toBe(false);
    expect((await svc.store.counts()).articles).toBe(3);
    svc.store.close();
  });
});
