// Invented articles for the journal's tests (our own text), read by the real parser.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { analyze } from '../../../src/core/index.ts';
import { entryFromReading, type ArticleEntry } from '../../../src/extension/journal/model.ts';
import { JournalStore } from '../../../src/extension/journal/store.ts';

export const DAY = 86_400_000;
export const T0 = Date.UTC(2024, 2, 10);

export function freshStore(name = 'test-journal', factory = new IDBFactory()): JournalStore {
  return JournalStore.open(name, { indexedDB: factory, IDBKeyRange });
}

export interface FixtureArticle {
  url: string;
  title: string;
  siteName: string | null;
  lang?: string | null;
  published: string | null;
  text: string;
}

export const ARTICLES: Record<string, FixtureArticle> = {
  kremlin: {
    url: 'https://www.northern-ledger.example/world/talks?utm_source=feed#top',
    title: 'Talks to continue, Kremlin says', siteName: 'Northern Ledger', lang: 'en-GB', published: '2024-03-04',
    text: 'Vladimir Putin said on Monday that "the talks will continue until we reach a fair settlement." The Russian president added that sanctions had failed.\n\nJohn Smith, a farmer from Kent, told reporters: "Prices have never been this high." Experts believe the harvest will be poor.',
  },
  harvest: {
    url: 'https://daily-harrow.example/farming/harvest',
    title: 'A poor harvest ahead', siteName: 'Daily Harrow', lang: 'en', published: '2024-03-06',
    text: 'Putin said on Wednesday that "the talks will continue until we reach a fair settlement." Mary Smith, who runs a bakery in Leeds, said: "Flour costs twice what it did last year."',
  },
  weather: {
    url: 'https://daily-harrow.example/weather/storm',
    title: 'Storm warning for the coast', siteName: 'Daily Harrow', lang: 'en', published: '2024-03-07',
    text: 'Anna Berg, a forecaster at the national weather service, said that the storm would reach the coast by Friday. "Stay indoors if you can," she said.',
  },
};

export function entryOf(a: FixtureArticle, readAt: number): ArticleEntry {
  const analysis = analyze({ text: a.text, published: a.published });
  return entryFromReading({ url: a.url, title: a.title, siteName: a.siteName, lang: a.lang ?? null, published: a.published, text: a.text, analysis }, readAt);
}
