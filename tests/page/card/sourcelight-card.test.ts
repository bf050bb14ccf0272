// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { buildCardModel } from '../../../src/page/card/card-model.ts';
import { CARD_TAG, SourcelightCard } from '../../../src/page/card/sourcelight-card.ts';
import { ARTICLE, analysis } from '../fixtures-analysis.ts';
import { testLocalizer } from '../../extension/test-localizer.ts';

const target = { rects: () => [{ left: 100, top: 100, right: 600, bottom: 130 }], anchorX: 200 };

function setup(lang = 'en') {
  const cb = { onStep: vi.fn(), onSelect: vi.fn(), onClose: vi.fn() };
  const card = new SourcelightCard(document, cb, testLocalizer(lang));
  return { card, cb, model: buildCardModel(analysis(), ARTICLE, { attribution: 1 })! };
}

afterEach(() => { document.body.innerHTML = ''; document.querySelectorAll(CARD_TAG).forEach((e) => e.remove()); });

describe('<sourcelight-card>', () => {
  test('opens with an open shadow root, a labelled dialog and the speaker', () => {
    const { card, model } = setup();
    card.open(model, target, 'light');
    const host = document.querySelector(CARD_TAG)!;
    expect(host).toBe(card.host);
    expect(host.shadowRoot?.mode).toBe('open');
    const dialog = host.shadowRoot!.querySelector('[role=dialog]')!;
    expect(dialog.getAttribute('aria-labelledby')).toBe('sl-name');
    expect(host.shadowRoot!.getElementById('sl-name')!.textContent).toBe('Maria Lindqvist');
    expect(host.shadowRoot!.querySelector('.badge')!.textContent).toBe('leader'); // capitalised by CSS, as in the popup's words
    expect(host.shadowRoot!.querySelector('.counts')!.textContent).toBe('In this article: 1 direct quote · 1 reported statement');
    expect(host.shadowRoot!.querySelectorAll('.quote')).toHaveLength(2);
    expect(host.shadowRoot!.querySelector('.quote[aria-current=true]')!.textContent).toContain('This line joins');
    expect(host.shadowRoot!.querySelector('.pos')!.textContent).toBe('Quote 2 of 4');
    for (const b of Array.from(host.shadowRoot!.querySelectorAll('button'))) expect(b.getAttribute('aria-label') ?? b.textContent).toBeTruthy();
  });

  test('page text is never parsed as HTML', () => {
    const { card, model } = setup();
    card.open({ ...model, name: '<img src=x onerror="alert(1)">', cue: '<b>x</b>', quotes: [{ ...model.quotes[0]!, text: '<script>bad()</script>' }] }, target, 'dark');
    const root = card.host.shadowRoot!;
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('script')).toBeNull();
    expect(root.getElementById('sl-name')!.textContent).toBe('<img src=x onerror="alert(1)">');
    expect(card.host.dataset.theme).toBe('dark');
  });

  test('Esc closes and focus goes back where it was', () => {
    document.body.innerHTML = '<button id="before">before</button>';
    const before = document.getElementById('before') as HTMLButtonElement;
    before.focus();
    const { card, cb, model } = setup();
    card.open(model, target, 'light');
    expect(document.activeElement).toBe(card.host);
    const dialog = card.host.shadowRoot!.querySelector('.card')!;
    dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect(card.isOpen).toBe(false);
    expect(document.querySelector(CARD_TAG)).toBeNull();
    expect(document.activeElement).toBe(before);
    expect(cb.onClose).toHaveBeenCalledOnce();
  });

  test('arrows and buttons step; a quote in the list selects it', () => {
    const { card, cb, model } = setup();
    card.open(model, target, 'light');
    const root = card.host.shadowRoot!;
    root.querySelector('.card')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }));
    expect(cb.onStep).toHaveBeenLastCalledWith(1);
    (root.querySelector('.prev') as HTMLButtonElement).click();
    expect(cb.onStep).toHaveBeenLastCalledWith(-1);
    (root.querySelectorAll('.quote')[0] as HTMLButtonElement).click();
    expect(cb.onSelect).toHaveBeenCalledWith(0);
  });

  test('updating an open card keeps one element', () => {
    const { card, model } = setup();
    card.open(model, target, 'light');
    card.open(buildCardModel(analysis(), ARTICLE, { attribution: 3 })!, target, 'light');
    expect(document.querySelectorAll(CARD_TAG)).toHaveLength(1);
    expect(card.host.shadowRoot!.getElementById('sl-name')!.textContent).toBe('Tomas Berg');
    card.close();
    card.close(); // twice: calm
  });

  test('speaks the browser\'s language: German words, Polish plurals, nothing left in English', () => {
    const { card, model } = setup('de');
    card.open(model, target, 'light');
    const root = card.host.shadowRoot!;
    expect(root.querySelector('.counts')!.textContent).toBe('In diesem Artikel: 1 direktes Zitat · 1 indirekte Aussage');
    expect(root.querySelector('.pos')!.textContent).toBe('Zitat 2 von 4');
    expect(root.querySelector('.card')!.getAttribute('lang')).toBe('de');
    const pl = setup('pl');
    pl.card.open({ ...model, counts: { direct: 5, partial: 2, indirect: 1 }, position: null, total: 22 }, target, 'light');
    const r = pl.card.host.shadowRoot!;
    // 5 → "many", 2 → "few", 1 → "one"; 22 → "few"
    expect(r.querySelector('.counts')!.textContent).toBe('W tym artykule: 5 cytatów bezpośrednich · 2 cytaty częściowe · 1 wypowiedź relacjonowana');
    expect(r.querySelector('.pos')!.textContent).toBe('22 cytaty');
    // (the quotes themselves are the article's English; none holds these words)
    expect(root.textContent).not.toMatch(/\b(Quote|quoted|reported|Previous|Next|Cue)\b/);
  });
});
