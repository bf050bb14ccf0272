// Test builds only (loaded by main.tsx when __SL_TEST_BUILD__): lets scripts/bench-journal.mjs fill
// the journal with a generated history and time the journal's own work in a real browser.
// Generation: the statements of our own fixture articles (as the parser read them), spread over
// 10,000 articles, 50 outlets and 2,000 invented people, with a few words varied per statement.
import { entryFromReading, personKey, quoteKey, type ArticleEntry, type ReadingInput, type StatementRecord } from '../journal/model.ts';
import { JournalStore } from '../journal/store.ts';
import { JournalService } from '../journal/service.ts';

const FIRST = ['Ada', 'Bram', 'Clara', 'Dmitri', 'Elena', 'Farid', 'Greta', 'Hugo', 'Ines', 'Jonas', 'Kira', 'Luis', 'Mira', 'Nils', 'Olga', 'Pavel', 'Quinn', 'Rosa', 'Sven', 'Tara',
  'Ugo', 'Vera', 'Wim', 'Xenia', 'Yusuf', 'Zofia', 'Anton', 'Beatrix', 'Cyril', 'Dana', 'Emil', 'Frida', 'Gustav', 'Hana', 'Igor', 'Jana', 'Karl', 'Lena', 'Marek', 'Nora'];
const LAST = ['Abel', 'Brandt', 'Castell', 'Dorn', 'Ekberg', 'Falk', 'Grau', 'Holm', 'Iversen', 'Jansen', 'Kovac', 'Lind', 'Moreau', 'Nyberg', 'Ortiz', 'Petrov', 'Quast', 'Rasmussen', 'Stein', 'Toth',
  'Ulrich', 'Varga', 'Weber', 'Xu', 'Yilmaz', 'Zeller', 'Arendt', 'Berg', 'Claes', 'Dahl', 'Engel', 'Fischer', 'Gerber', 'Hahn', 'Iliescu', 'Jung', 'Keller', 'Lorenz', 'Maier', 'Novak',
  'Olsen', 'Pohl', 'Roth', 'Sauer', 'Thiel', 'Urban', 'Vogel', 'Wolf', 'Young', 'Zimmer'];
const DAY = 86_400_000;

function rng(seed: number) {
  let s = seed >>> 0;
  return () => { s = (s * 1664525 + 1013904223) >>> 0; return s / 2 ** 32; };
}

/**
 * A journal of `count` articles of `perArticle` statements. Each statement keeps the shape of one of
 * the fixtures' statements (its speaker kind, cue, kind, sentence), but most of its content words are
 * swapped for words of a 20,000-word vocabulary made from pieces of the fixtures' own words, drawn
 * with Zipf's law: 200,000 different statements whose words are spread the way a language's are
 * (a few very common, most rare), rather than 13 sentences repeated 15,000 times each.
 */
export function generate(readings: ReadingInput[], count: number, perArticle: number, now: number, offset = 0): ArticleEntry[] {
  const templates = readings.map((r) => entryFromReading(r, now));
  const pool = templates.flatMap((t) => t.statements);
  const words = [...new Set(readings.flatMap((r) => r.text.toLowerCase().match(/[a-z]{5,}/g) ?? []))].sort();
  const vocab = vocabulary(words, 20_000);
  const zipf = zipfSampler(vocab.length);
  const out: ArticleEntry[] = [];
  for (let n = 0; n < count; n++) {
    const i = n + offset;
    const rand = rng(i + 1);
    const t = templates[i % templates.length]!;
    const outletNo = i % 50;
    const url = `https://outlet${outletNo}.example/story/${i}`;
    const outlet = `Outlet ${outletNo}`;
    const site = `outlet${outletNo}.example`;
    const readAt = now - Math.floor(rand() * 85 * DAY);
    const statements: StatementRecord[] = [];
    for (let k = 0; k < perArticle; k++) {
      const base = pool[Math.floor(rand() * pool.length)]!;
      const leader = base.leader && k === 0;
      const p = Math.floor(rand() ** 2 * 2000); // some people far more quoted than others
      const name = leader ? base.name : `${FIRST[p % FIRST.length]} ${LAST[Math.floor(p / FIRST.length) % LAST.length]}`;
      const same = rand() < 0.01; // a statement carried word for word by several outlets
      const text = same ? base.text : base.text.replace(/[A-Za-z]{4,}/g, (w) => (rand() < 0.7 ? vocab[zipf(rand())]! : w));
      statements.push({ ...base, url, person: personKey({ name, type: 'person', leader }, url), name, leader, text, qk: quoteKey(text), readAt, outlet, site, published: null, lang: 'en' });
    }
    out.push({ article: { ...t.article, url, outlet, site, readAt, title: `${t.article.title} (${i})`, statements: statements.length }, statements });
  }
  return out;
}

/** `n` pseudo-words: the start of one fixture word joined to the end of another. */
function vocabulary(words: string[], n: number): string[] {
  const out = new Set<string>();
  const rand = rng(7);
  while (out.size < n) {
    const a = words[Math.floor(rand() * words.length)]!;
    const b = words[Math.floor(rand() * words.length)]!;
    out.add(a.slice(0, 2 + Math.floor(rand() * (a.length - 2))) + b.slice(Math.floor(rand() * (b.length - 2))));
  }
  return [...out];
}

/** Index in [0, n) with probability ∝ 1/(rank+1) (Zipf's law), from a uniform u in [0, 1). */
function zipfSampler(n: number): (u: number) => number {
  const cdf = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) cdf[i] = sum += 1 / (i + 1);
  return (u) => {
    const x = u * sum;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (cdf[mid]! < x) lo = mid + 1; else hi = mid; }
    return lo;
  };
}

const median = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)] ?? NaN; };
const p95 = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(s.length * 0.95))] ?? NaN; };

async function usage(): Promise<number | null> {
  return (await navigator.storage?.estimate?.())?.usage ?? null;
}

const bench = {
  async fill(readings: ReadingInput[], articles: number, perArticle: number, now: number) {
    const store = JournalStore.open();
    const before = await usage();
    const t0 = performance.now();
    for (let i = 0; i < articles; i += 500) await store.importEntries(generate(readings, Math.min(500, articles - i), perArticle, now, i));
    const ms = performance.now() - t0;
    const counts = await store.counts();
    store.close();
    return { ms, counts, usageBefore: before, usageAfter: await usage() };
  },
  /** Background work of recording one more article (entry built from the reading + written), on the full journal. */
  async record(readings: ReadingInput[], n: number, now: number) {
    const svc = new JournalService(JournalStore.open(), () => now);
    const times: number[] = [];
    for (let i = 0; i < n; i++) {
      const r = readings[i % readings.length]!;
      const t0 = performance.now();
      await svc.record(entryFromReading({ ...r, url: `https://bench-record.example/${i}` }, now), { incognito: false });
      times.push(performance.now() - t0);
    }
    await svc.store.db.articles.where('site').equals('bench-record.example').primaryKeys().then((urls) => Promise.all(urls.map((u) => svc.store.forgetArticle(String(u)))));
    svc.store.close();
    return { median: median(times), p95: p95(times), n };
  },
  /** The card's lookup for people from the most to the least quoted. */
  async alsoQuoted(n: number) {
    const store = JournalStore.open();
    const people = await store.db.people.orderBy('total').reverse().toArray();
    const times: number[] = [];
    for (let i = 0; i < n; i++) {
      const p = people[Math.floor((i / n) * people.length)]!;
      const url = `https://outlet${i % 50}.example/story/${i}`;
      const t0 = performance.now();
      await store.alsoQuoted(p.key, url);
      times.push(performance.now() - t0);
    }
    store.close();
    return { median: median(times), p95: p95(times), max: Math.max(...times), n, people: people.length, top: people[0]?.total };
  },
};

(globalThis as unknown as { __slJournalBench: typeof bench }).__slJournalBench = bench;
