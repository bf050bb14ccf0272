// The background's journal messages: what a content script may ask, and private windows.
import { describe, expect, test } from 'vitest';
import { analyze } from '../../../src/core/index.ts';
import { handleJournalMessage } from '../../../src/extension/background/journal-messages.ts';
import { JournalService } from '../../../src/extension/journal/service.ts';
import type { Message, ToBackground } from '../../../src/extension/shared/messages.ts';
import { ARTICLES, freshStore, T0 } from './fixtures.ts';

function reading(a = ARTICLES.kremlin!) {
  return { url: a.url, canonical: null, title: a.title, siteName: a.siteName, lang: a.lang ?? null, published: a.published, text: a.text, analysis: analyze({ text: a.text, published: a.published }) };
}

describe('journal messages in the background', () => {
  const tab = { incognito: false, extensionPage: false };
  const page = { incognito: false, extensionPage: true };

  test('a content script records and asks "also quoted"; the text is not kept', async () => {
    const svc = new JournalService(freshStore(), () => T0);
    const send = (m: Message<ToBackground>, s = tab) => handleJournalMessage(() => svc, m, s, () => T0);
    expect(await send({ type: 'journalRecord', reading: reading() })).toMatchObject({ ok: true, recorded: true });
    expect(await send({ type: 'journalRecord', reading: reading(ARTICLES.harvest!) })).toMatchObject({ recorded: true });
    const also = await send({ type: 'journalAlsoQuoted', entity: { name: 'Putin', type: 'person', leader: true }, url: ARTICLES.harvest!.url, canonical: null }) as { others: number; name: string };
    expect(also).toMatchObject({ others: 1, name: 'Vladimir Putin' });
    const dump = await send({ type: 'journalExport' }, page) as string;
    expect(dump).not.toContain('a farmer from Kent');
    svc.store.close();
  });

  test('a content script cannot read, export or erase the journal', async () => {
    const svc = new JournalService(freshStore(), () => T0);
    await handleJournalMessage(() => svc, { type: 'journalRecord', reading: reading() }, tab);
    for (const type of ['journalPeople', 'journalExport', 'journalErase', 'journalStatus'] as const) {
      expect(await handleJournalMessage(() => svc, { type } as Message<ToBackground>, tab)).toBeNull();
    }
    expect((await svc.store.counts()).articles).toBe(1);
    expect(((await handleJournalMessage(() => svc, { type: 'journalPeople' }, page)) as unknown[]).length).toBeGreaterThan(0);
    svc.store.close();
  });

  test('a private window records nothing', async () => {
    const svc = new JournalService(freshStore(), () => T0);
    expect(await handleJournalMessage(() => svc, { type: 'journalRecord', reading: reading() }, { incognito: true, extensionPage: false }))
      .toMatchObject({ recorded: false, reason: 'private' });
    expect((await svc.store.counts()).articles).toBe(0);
    svc.store.close();
  });
});
