// The content script's side of the reading journal: after a page is read, the background is sent
// what it needs to record it (it keeps no article text), and the card asks where else its speaker
// was quoted. The journal itself lives in the background (src/extension/journal).
import browser from 'webextension-polyfill';
import type { Entity } from '../../core/types.ts';
import type { AlsoQuotedView } from '../../page/card/also-quoted.ts';
import type { PageSession } from './page-session.ts';

function canonicalLink(doc: Document): string | null {
  return doc.querySelector('link[rel~="canonical" i][href]')?.getAttribute('href') ?? null;
}

/** Send a fresh reading to the journal (the background skips private windows and a paused journal). */
export function recordReading(s: PageSession): void {
  const r = s.reading;
  if (!r?.found || !s.analysis) return;
  const doc = s.painterDocument;
  const { attributions, entities, timexes, timeline } = s.analysis;
  void browser.runtime.sendMessage({
    type: 'journalRecord',
    reading: {
      url: r.url, canonical: canonicalLink(doc), title: r.title, siteName: r.siteName,
      lang: doc.documentElement.lang || null, published: r.published, text: r.text,
      analysis: { attributions, entities, timexes, timeline },
    },
  }).then((res) => {
    if (__SL_TEST_HOSTS__.length) {
      // Test builds: what the journal answered, and when (ms since navigation), for tests and bench.
      doc.documentElement.dataset.sourcelightJournalAt = performance.now().toFixed(2);
      doc.documentElement.dataset.sourcelightPaintedAt = String(r.timings.paintedAt ?? '');
      doc.documentElement.dataset.sourcelightJournal = JSON.stringify(res ?? null);
    }
  }, () => {});
}

export function alsoQuoted(doc: Document) {
  return async (entity: Entity): Promise<AlsoQuotedView | null> => {
    const got = await browser.runtime.sendMessage({
      type: 'journalAlsoQuoted', entity: { name: entity.name, type: entity.type, leader: entity.leader },
      url: doc.location.href, canonical: canonicalLink(doc),
    }) as AlsoQuotedView | null;
    return got && typeof got.others === 'number' ? got : null;
  };
}

export function openJournal(person: string): void {
  void browser.runtime.sendMessage({ type: 'openJournal', person }).catch(() => {});
}
