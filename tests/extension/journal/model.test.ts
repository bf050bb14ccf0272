import { describe, expect, test } from 'vitest';
import {
  buildExport, canonicalUrl, ImportError, normalizeQuote, quoteKey, parseExport, personKey, SCHEMA_VERSION,
} from '../../../src/extension/journal/model.ts';
import { ARTICLES, entryOf, T0 } from './fixtures.ts';

describe('journal model: who is who', () => {
  test('a leader is one person whatever the written form', () => {
    const url = 'https://a.example/x';
    const full = personKey({ name: 'Vladimir Putin', type: 'person', leader: true }, url);
    expect(personKey({ name: 'Putin', type: 'person', leader: true }, url)).toBe(full);
    expect(personKey({ name: 'Vladimir Vladimirovich Putin', type: 'person', leader: true }, url)).toBe(full);
    expect(personKey({ name: 'VLADIMIR  PÚTIN', type: 'person', leader: false }, 'https://b.example/')).toBe(full);
    expect(personKey({ name: 'Volodymyr Zelenskyy', type: 'person', leader: true }, url))
      .toBe(personKey({ name: 'Volodymyr Zelensky', type: 'person', leader: true }, url));
  });

  test('two people sharing a surname are never merged', () => {
    const a = personKey({ name: 'John Smith', type: 'person', leader: false }, 'https://a.example/1');
    const b = personKey({ name: 'Mary Smith', type: 'person', leader: false }, 'https://a.example/2');
    expect(a).not.toBe(b);
    // A surname alone stays with its article: "Smith" here is not "Smith" there, nor John Smith.
    const s1 = personKey({ name: 'Smith', type: 'person', leader: false }, 'https://a.example/1');
    const s2 = personKey({ name: 'Smith', type: 'person', leader: false }, 'https://a.example/2');
    expect(s1).not.toBe(s2);
    expect([a, b]).not.toContain(s1);
    // The same full name in two articles is one person.
    expect(personKey({ name: 'John  Smith', type: 'person', leader: false }, 'https://z.example/')).toBe(a);
  });

  test('unnamed sources have no person; organisations are kept apart from people', () => {
    expect(personKey({ name: 'Experts', type: 'anonymous', leader: false }, 'https://a.example/')).toBe('');
    expect(personKey({ name: 'Reuters', type: 'media', leader: false }, 'https://a.example/')).toMatch(/^o:/);
  });

  test('quotes match after folding quote marks, case and whitespace', () => {
    expect(normalizeQuote('“The talks  will continue,”')).toBe(normalizeQuote('"the talks will continue."'));
    expect(normalizeQuote('The talks will continue')).not.toBe(normalizeQuote('The talks will not continue'));
    expect(quoteKey('“The talks  will continue,”')).toBe(quoteKey('"the talks will continue."'));
    expect(quoteKey('The talks will continue')).not.toBe(quoteKey('The talks will not continue'));
    expect(quoteKey('“No.”')).toBeUndefined(); // too short to call the same quote
  });

  test('canonical URL: the page link on the same site, no fragment or tracking', () => {
    expect(canonicalUrl('https://www.x.example/a?utm_source=f&id=3#top')).toBe('https://www.x.example/a?id=3');
    expect(canonicalUrl('https://m.x.example/a', 'https://www.x.example/story/a')).toBe('https://www.x.example/story/a');
    expect(canonicalUrl('https://x.example/a', 'https://evil.example/other')).toBe('https://x.example/a');
  });
});

describe('journal model: an entry from a reading', () => {
  test('records the page, the statements with speakers, leaders and timeline, never the text', () => {
    const e = entryOf(ARTICLES.kremlin!, T0);
    expect(e.article).toMatchObject({ url: 'https://www.northern-ledger.example/world/talks', outlet: 'Northern Ledger', site: 'northern-ledger.example', lang: 'en', published: '2024-03-04', readAt: T0 });
    expect(e.article.leaders.map((l) => l.name)).toContain('Vladimir Putin');
    const putin = e.statements.filter((s) => s.name === 'Vladimir Putin');
    expect(putin.length).toBe(2);
    expect(putin[0]!.role).toBe('President of Russia');
    expect(putin.map((s) => s.kind)).toContain('indirect');
    const experts = e.statements.find((s) => s.vague);
    expect(experts?.person).toBe('');
    const json = JSON.stringify(e);
    expect(json).not.toContain('a farmer from Kent');
    expect(json).not.toContain(ARTICLES.kremlin!.text.slice(0, 80));
  });
});

describe('journal model: export and import files', () => {
  const entries = [entryOf(ARTICLES.kremlin!, T0), entryOf(ARTICLES.harvest!, T0 + 1000)];

  test('an export reads back to the same entries', () => {
    const back = parseExport(JSON.stringify(buildExport(entries, T0)));
    expect(back.map((b) => b.article)).toEqual(entries.map((e) => e.article));
    expect(back.map((b) => b.statements)).toEqual(entries.map((e) => e.statements));
  });

  test('a file of schema 1 (attributions, speaker, no site) is read', () => {
    const v1 = {
      format: 'sourcelight-journal', schemaVersion: 1, exportedAt: '2024-01-01T00:00:00Z',
      articles: [{ url: 'https://www.old.example/p', title: 'Old', readAt: T0, published: null, lang: 'en',
        attributions: [{ speaker: 'Vladimir Putin', leader: true, kind: 'direct', text: '“We will not back down.”', cue: 'said', vague: false, role: null, country: 'Russia' }] }],
    };
    const [e] = parseExport(JSON.stringify(v1));
    expect(e!.article.site).toBe('old.example');
    expect(e!.statements[0]).toMatchObject({ name: 'Vladimir Putin', person: 'p:vladimir putin', outlet: 'old.example' });
    expect(e!.statements[0]!.qk).toBe(quoteKey('We will not back down'));
  });

  const bad: [string, string][] = [
    ['not json', '{"format": '],
    ['another format', JSON.stringify({ format: 'other', schemaVersion: 1, articles: [] })],
    ['a newer schema', JSON.stringify({ format: 'sourcelight-journal', schemaVersion: SCHEMA_VERSION + 1, articles: [] })],
    ['a script address', JSON.stringify({ format: 'sourcelight-journal', schemaVersion: 2, articles: [{ url: 'javascript:alert(1)', title: '', site: 'x', readAt: 1, quotes: [] }] })],
    ['a wrong kind', JSON.stringify({ format: 'sourcelight-journal', schemaVersion: 2, articles: [{ url: 'https://a.example/', title: '', site: 'a.example', readAt: 1, quotes: [{ name: 'A B', kind: 'shouted', text: 'x' }] }] })],
    ['a huge string', JSON.stringify({ format: 'sourcelight-journal', schemaVersion: 2, articles: [{ url: 'https://a.example/', title: 'x'.repeat(5000), site: 'a.example', readAt: 1, quotes: [] }] })],
    ['articles not a list', '{"format":"sourcelight-journal","schemaVersion":2,"articles":{"__proto__":{"polluted":1}}}'],
    ['a negative date', JSON.stringify({ format: 'sourcelight-journal', schemaVersion: 2, articles: [{ url: 'https://a.example/', title: '', site: 'a.example', readAt: -5, quotes: [] }] })],
  ];
  test.each(bad)('refuses %s with a message', (_what, json) => {
    expect(() => parseExport(json)).toThrow(ImportError);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
