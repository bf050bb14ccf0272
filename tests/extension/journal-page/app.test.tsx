// @vitest-environment happy-dom
// The journal page over a real journal service (fake-indexeddb), through the same messages the
// background answers: people, a person's page, and each privacy control.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { App } from '../../../src/extension/journal-page/App.tsx';
import type { Api } from '../../../src/extension/journal-page/api.ts';
import { handleJournalMessage } from '../../../src/extension/background/journal-messages.ts';
import { JournalService } from '../../../src/extension/journal/service.ts';
import { ARTICLES, DAY, entryOf, freshStore, T0 } from '../journal/fixtures.ts';
import { setLocalizer } from '../../../src/extension/journal-page/i18n.ts';
import { testLocalizer } from '../test-localizer.ts';

let svc: JournalService;
let root: HTMLElement;
const sent: string[] = [];
const api: Api = (msg) => {
  sent.push(msg.type);
  return handleJournalMessage(() => svc, msg, { incognito: false, extensionPage: true }, () => T0) as never;
};

async function settle(ms = 30) {
  for (let i = 0; i < 5; i++) await act(() => new Promise((r) => setTimeout(r, ms)));
}
const $ = (s: string) => root.querySelector(s) as HTMLElement;
const $$ = (s: string) => [...root.querySelectorAll(s)] as HTMLElement[];

beforeEach(async () => {
  setLocalizer(testLocalizer('en'));
  svc = new JournalService(freshStore(`page-${Math.random()}`), () => T0);
  await svc.store.record(entryOf(ARTICLES.kremlin!, T0));
  await svc.store.record(entryOf(ARTICLES.harvest!, T0 + DAY));
  await svc.store.record(entryOf(ARTICLES.weather!, T0 + 2 * DAY));
  root = document.createElement('div');
  document.body.append(root);
  location.hash = '';
  sent.length = 0;
});
afterEach(() => { render(null, root); root.remove(); svc.store.close(); });

describe('journal page', () => {
  test('people most quoted first, then a person page in time order', async () => {
    render(<App api={api} initialTheme="light" />, root);
    await settle();
    const names = $$('[data-testid=person] .person-name').map((a) => a.textContent);
    expect(names[0]).toBe('Vladimir Putin');
    expect($('[data-testid=counts]').textContent).toMatch(/^3 articles/);
    location.hash = ($$('[data-testid=person] .person-name')[0] as HTMLAnchorElement).getAttribute('href')!;
    dispatchEvent(new HashChangeEvent('hashchange'));
    await settle();
    const st = $$('[data-testid=statement]').map((s) => s.textContent);
    expect(st).toHaveLength(3);
    expect(st[2]).toMatch(/the talks will continue.*Daily Harrow/);
  });

  test('in German: counts with plural forms, dates by Intl, <select> languages by name', async () => {
    setLocalizer(testLocalizer('de', 'de-DE'));
    render(<App api={api} initialTheme="light" />, root);
    await settle();
    expect($('[data-testid=counts]').textContent).toMatch(/^3 Artikel · \d+ Aussagen · \d+ Quellen$/);
    expect($('[data-testid=nav-same]').textContent).toBe('Gleiches Zitat, mehrere Medien');
    const personCounts = $$('[data-testid=person] .person-counts').map((c) => c.textContent);
    expect(personCounts[0]).toMatch(/^2 Zitate · \d+ indirekt · 2 Medien · 2 Artikel$/); // Putin, in two outlets
    expect(personCounts.slice(1).every((c) => /^1 Zitat · \d+ indirekt · 1 Medium · 1 Artikel$/.test(c!)), personCounts.join(' | ')).toBe(true);
    expect([...root.querySelectorAll('[data-testid=filter-lang] option')].map((o) => o.textContent)).toContain('Englisch');
    location.hash = '#view=articles';
    dispatchEvent(new HashChangeEvent('hashchange'));
    await settle();
    const lines = $$('[data-testid=article] .where').map((w) => w.textContent);
    // published as written; read on T0 (midnight UTC: the 9th or the 10th on the reader's calendar)
    expect(lines.find((l) => l!.startsWith('Northern Ledger'))).toMatch(/^Northern Ledger · 4\. März 2024 · gelesen am (9|10)\. März 2024 · \d+ Aussagen · Englisch$/);
    expect(lines.join('\n')).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  test('pause recording', async () => {
    location.hash = '#view=privacy';
    render(<App api={api} initialTheme="dark" />, root);
    await settle();
    await act(() => { ($('[data-testid=pause]') as HTMLInputElement).click(); });
    await settle();
    expect((await svc.store.settings()).paused).toBe(true);
    expect($('[data-testid=notice]').textContent).toBe('Recording is paused.');
  });

  test('retention days', async () => {
    location.hash = '#view=privacy';
    render(<App api={api} initialTheme="light" />, root);
    await settle();
    const input = $('[data-testid=retention]') as HTMLInputElement;
    input.value = '30';
    await act(() => { input.dispatchEvent(new Event('input', { bubbles: true })); });
    await act(() => { (input.form as HTMLFormElement).requestSubmit(); });
    await settle();
    expect((await svc.store.settings()).retentionDays).toBe(30);
  });

  test('forget a site', async () => {
    location.hash = '#view=privacy';
    render(<App api={api} initialTheme="light" />, root);
    await settle();
    const input = $('[data-testid=forget-site-input]') as HTMLInputElement;
    input.value = 'https://daily-harrow.example/anything';
    await act(() => { input.dispatchEvent(new Event('input', { bubbles: true })); });
    await act(() => { (input.form as HTMLFormElement).requestSubmit(); });
    await settle();
    expect($('[data-testid=notice]').textContent).toBe('2 articles from daily-harrow.example forgotten.');
    expect((await svc.store.counts()).articles).toBe(1);
  });

  test('forget an article', async () => {
    location.hash = '#view=articles';
    render(<App api={api} initialTheme="light" />, root);
    await settle();
    expect($$('[data-testid=article]')).toHaveLength(3);
    await act(() => { $$('[data-testid=forget-article]')[0]!.click(); });
    await settle();
    expect($$('[data-testid=article]')).toHaveLength(2);
    expect((await svc.store.counts()).articles).toBe(2);
  });

  test('erase everything asks first', async () => {
    location.hash = '#view=privacy';
    render(<App api={api} initialTheme="light" />, root);
    await settle();
    await act(() => { $('[data-testid=erase]').click(); });
    expect((await svc.store.counts()).articles).toBe(3);
    await act(() => { $('[data-testid=erase-confirm]').click(); });
    await settle();
    expect(await svc.store.counts()).toEqual({ articles: 0, statements: 0, people: 0 });
    expect($('[data-testid=counts]').textContent).toMatch(/^0 articles/);
  });
});
