// @vitest-environment happy-dom
// The card's line from the reading journal.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { buildCardModel } from '../../../src/page/card/card-model.ts';
import { CARD_TAG, SourcelightCard } from '../../../src/page/card/sourcelight-card.ts';
import { ARTICLE, analysis } from '../fixtures-analysis.ts';
import { testLocalizer } from '../../extension/test-localizer.ts';

const target = { rects: () => [{ left: 100, top: 100, right: 600, bottom: 130 }], anchorX: 200 };
afterEach(() => { document.querySelectorAll(CARD_TAG).forEach((e) => e.remove()); });

const info = (others: number) => ({
  person: 'p:maria lindqvist', others,
  latest: [{ text: '<b>The ferry</b> will run all winter.', outlet: 'Harbour Post', readAt: Date.UTC(2024, 1, 3), published: '2024-02-02', url: 'https://harbour-post.example/a' }],
});

describe('card: also quoted in other articles you read', () => {
  test('shows the count, the latest statement with outlet and date, and opens the journal', () => {
    const cb = { onStep: vi.fn(), onSelect: vi.fn(), onOpenJournal: vi.fn() };
    const card = new SourcelightCard(document, cb, testLocalizer('en'));
    const model = buildCardModel(analysis(), ARTICLE, { attribution: 1 })!;
    card.open(model, target, 'light');
    expect(card.host.shadowRoot!.querySelector('.also')).toBeNull();
    card.setAlso(model, info(1));
    const root = card.host.shadowRoot!;
    expect(root.querySelector('.also-title')!.textContent).toBe('Also quoted in 1 other article you read');
    const li = root.querySelector('.also li')!;
    expect(li.textContent).toBe('<b>The ferry</b> will run all winter. — Harbour Post, 2 February 2024');
    expect(root.querySelector('.also b')).toBeNull();
    (root.querySelector('button.journal') as HTMLButtonElement).click();
    expect(cb.onOpenJournal).toHaveBeenCalledWith('p:maria lindqvist');
    card.setAlso(model, info(3));
    expect(root.querySelector('.also-title')!.textContent).toBe('Also quoted in 3 other articles you read');
  });

  test('in the reader\'s language: plural forms, the date by Intl, the button and its name', () => {
    const model = buildCardModel(analysis(), ARTICLE, { attribution: 1 })!;
    const de = new SourcelightCard(document, { onStep: vi.fn(), onSelect: vi.fn() }, testLocalizer('de', 'de-DE'));
    de.open(model, target, 'light');
    de.setAlso(model, info(3));
    let root = de.host.shadowRoot!;
    expect(root.querySelector('.also-title')!.textContent).toBe('Auch zitiert in 3 weiteren Artikeln, die Sie gelesen haben');
    expect(root.querySelector('.also')!.getAttribute('aria-label')).toBe('Auch zitiert in 3 weiteren Artikeln, die Sie gelesen haben');
    expect(root.querySelector('.also .where')!.textContent).toBe('— Harbour Post, 2. Februar 2024');
    const b = root.querySelector('button.journal')!;
    expect(b.textContent).toBe('Alles im Tagebuch ansehen');
    expect(b.getAttribute('aria-label')).toBe(`Alles im Tagebuch ansehen: ${model.name}`);
    de.close();

    const pl = new SourcelightCard(document, { onStep: vi.fn(), onSelect: vi.fn() }, testLocalizer('pl'));
    pl.open(model, target, 'light');
    root = pl.host.shadowRoot!;
    const title = (n: number) => { pl.setAlso(model, info(n)); return root.querySelector('.also-title')!.textContent; };
    expect([1, 3, 5, 22].map(title)).toEqual([
      'Występuje też w 1 innym przeczytanym artykule', 'Występuje też w 3 innych przeczytanych artykułach',
      'Występuje też w 5 innych przeczytanych artykułach', 'Występuje też w 22 innych przeczytanych artykułach',
    ]);
    // No publication date: the day it was read (midday UTC, the same calendar day in nearly every zone).
    pl.setAlso(model, { ...info(1), latest: [{ ...info(1).latest[0]!, published: null, readAt: Date.UTC(2024, 1, 3, 12) }] });
    expect(root.querySelector('.also .where')!.textContent).toBe('— Harbour Post, 3 lutego 2024');
    pl.close();
  });

  test('nothing when quoted nowhere else, and a late answer for another card is dropped', () => {
    const card = new SourcelightCard(document, { onStep: vi.fn(), onSelect: vi.fn() }, testLocalizer('en'));
    const m1 = buildCardModel(analysis(), ARTICLE, { attribution: 1 })!;
    const m2 = buildCardModel(analysis(), ARTICLE, { attribution: 2 })!;
    card.open(m1, target, 'dark');
    card.setAlso(m1, info(0));
    expect(card.host.shadowRoot!.querySelector('.also')).toBeNull();
    card.open(m2, target, 'dark');
    card.setAlso(m1, info(2));
    expect(card.host.shadowRoot!.querySelector('.also')).toBeNull();
  });
});
