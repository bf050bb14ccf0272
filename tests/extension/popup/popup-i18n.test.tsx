// @vitest-environment happy-dom
// The popup in the reader's language: German words throughout (no English message left on any
// panel), dates and numbers in the browser's locale, and the calm note for a page whose language
// has no speaker reading.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { App } from '../../../src/extension/popup/App.tsx';
import { createStore } from '../../../src/extension/popup/state/create-store.ts';
import { createPopupActions, initialState } from '../../../src/extension/popup/state/popup-state.ts';
import { formatIsoDate } from '../../../src/extension/popup/model/format-date.ts';
import { buildTimelineView } from '../../../src/extension/popup/model/build-timeline-view.ts';
import { readingToMarkdown } from '../../../src/extension/popup/model/reading-to-markdown.ts';
import { languageNote, pageLanguage, SPEAKER_LANGUAGES } from '../../../src/extension/popup/model/page-language.ts';
import { PACKED } from '../../../src/core/lang/registry.ts';
import type { Reading } from '../../../src/extension/shared/messages.ts';
import { fakePopupApi } from './fake-popup-api.ts';
import { fixtureReading } from './reading-fixture.ts';
import { messages, testLocalizer, useTestLocale } from '../test-localizer.ts';

vi.mock('webextension-polyfill', () => ({ default: { storage: { local: { get: async () => ({}), set: async () => {} } } } }));

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
  localStorage.clear();
});
afterEach(() => {
  render(null, root);
  root.remove();
  useTestLocale('en');
});

async function mount(reading: Reading) {
  const store = createStore(initialState());
  const actions = createPopupActions(store, fakePopupApi({ reading }), { pollMs: 1, pollTries: 3 });
  await act(() => {
    render(<App store={store} actions={actions} />, root);
  });
  await act(() => actions.init());
  return { store, actions };
}
const $ = (sel: string) => root.querySelector<HTMLElement>(sel);
async function click(el: Element | null) {
  await act(() => (el as HTMLElement).click());
  await act(async () => { await new Promise((r) => setTimeout(r, 0)); });
}
/** Everything a reader meets: text, and the names and tooltips of controls. */
const seen = () => [root.textContent ?? '', ...[...root.querySelectorAll('[aria-label],[title]')].flatMap((e) => [e.getAttribute('aria-label') ?? '', e.getAttribute('title') ?? ''])].join('\n');

/** With a reading in German on top: "Unnamed source" would be a hard-coded English leftover. */
const withLanguage = (language: unknown) => ({ ...fixtureReading(), language }) as Reading;

describe('popup in German', () => {
  test('every panel speaks German, with German dates and numbers', async () => {
    useTestLocale('de', 'de-DE');
    await mount(fixtureReading());
    expect($('[data-testid=published]')!.textContent).toBe('10. Mai 2024');
    expect($('[data-testid=reading-time]')!.textContent).toBe('1 Min. Lesezeit');
    expect($('[data-testid=tab-sources]')!.textContent).toBe('Quellen 5');
    expect($('[data-testid=direct-share]')!.textContent).toBe('17\u00a0%');
    expect($('[data-testid=source]')!.textContent).toContain('1 direktes Zitat · 1 indirekte Aussage');
    const shown = [seen()];
    for (const tab of ['timeline', 'leaders', 'settings']) {
      await click($(`[data-testid=tab-${tab}]`));
      shown.push(seen());
    }
    expect(shown[1]).toContain('März 2023');
    expect(shown[1]).toContain('7. Mai 2024');
    expect(shown[1]).toContain('tagesgenau · aus dem Erscheinungsdatum');
    expect(shown[2]).toContain('3 Erwähnungen');
    // No English message of the interface is left anywhere (English words that German shares,
    // such as "JSON", are not counted; the article's own text is English and is not checked).
    const en = messages('en');
    const de = messages('de');
    const leftovers = Object.entries(en)
      .filter(([k, e]) => de[k]!.message !== e.message && /\p{L}{3,}/u.test(e.message) && !e.message.includes('$'))
      .map(([, e]) => e.message)
      .filter((m) => shown.some((s) => s.includes(m)));
    expect(leftovers).toEqual([]);
    expect(shown.join('\n')).not.toMatch(/\b(direct quote|reported statement|mentions?|Sources|Timeline|Leaders|Settings|Show in the page)\b/);
  });

  test('the copied Markdown is German too', () => {
    useTestLocale('de', 'de-DE');
    const md = readingToMarkdown(fixtureReading());
    expect(md).toContain('Harbour Daily · von Ana Reyes · erschienen am 10. Mai 2024 · 1 Min. Lesezeit');
    expect(md).toContain('## Quellen (5)');
    expect(md).toContain('4 genannt, 1 ungenannt; 6 Aussagen, davon 17\u00a0% direkte Zitate.');
    expect(md).toContain('## Zeitleiste (4)');
  });
});

describe('dates in the browser\'s locale', () => {
  test.each([
    ['en-GB', '2023-03-19', 'day', '19 March 2023'],
    ['en-US', '2023-03-19', 'day', 'March 19, 2023'],
    ['de-DE', '2023-03-19', 'day', '19. März 2023'],
    ['fr-FR', '2023-03', 'month', 'mars 2023'],
    ['es-ES', '2023-03-19', 'day', '19 de marzo de 2023'],
    ['pl-PL', '2023-03-19', 'day', '19 marca 2023'],
    ['pl-PL', '2023-03', 'month', 'marzec 2023'],
    ['pt-BR', '2023', 'year', '2023'],
    ['it-IT', '2023-03-19', 'month', 'marzo 2023'],
  ] as const)('%s: %s (%s) → %s', (locale, iso, precision, want) => {
    expect(formatIsoDate(iso, precision, locale)).toBe(want);
  });

  test('an approximate date says so in the language; a date before year 100 stays itself', () => {
    useTestLocale('pl', 'pl-PL');
    expect(formatIsoDate('2022', 'approximate')).toBe('2022 (w przybliżeniu)');
    useTestLocale('en', 'en-GB');
    expect(formatIsoDate('0044-03-15', 'day')).toBe('15 March 44');
    expect(formatIsoDate('XXXX-WXX-1', 'day')).toBe('XXXX-WXX-1');
  });

  test('the timeline formats in the UI locale when the messages are in its language, else in the messages\' language', () => {
    useTestLocale('fr', 'fr-CA');
    expect(buildTimelineView(fixtureReading()).dated.map((t) => t.when)).toEqual(['mars 2023', '7 mai 2024', 'juin 2024', '2026']);
    // a Dutch browser gets the English messages (no Dutch _locales): English dates with them
    useTestLocale('en', 'nl-NL');
    expect(buildTimelineView(fixtureReading()).dated.map((t) => t.when)).toEqual(['March 2023', 'May 7, 2024', 'June 2024', '2026']);
    // and German messages in a browser whose UI locale reads en-US (headless Chromium with --lang=de)
    expect(testLocalizer('de', 'en-US').locale).toBe('de');
    expect(testLocalizer('de', 'de-AT').locale).toBe('de-AT');
  });
});

describe('a page in a language without speaker reading', () => {
  // The popup names the languages that get speakers without importing the packs (they would be
  // bundled into the popup): its list must be the core's.
  test("the popup's list of languages with speakers is the core's list of packs", () => {
    expect([...SPEAKER_LANGUAGES].sort()).toEqual([...PACKED].sort());
  });

  test('the popup names the languages that get speakers, and says this page\'s does not', async () => {
    await mount(withLanguage({ code: 'nl', supported: false }));
    const note = $('[data-testid=language-note]');
    expect(note?.getAttribute('role')).toBe('note');
    expect(note?.textContent).toBe(
      'Sourcelight names speakers in English, German, French, Spanish, Italian, Portuguese and Polish. This page is in Dutch: its quotations are highlighted, but no speaker is named.',
    );
  });

  test('in German, with the language names in German', async () => {
    useTestLocale('de', 'de-DE');
    await mount(withLanguage({ code: 'cs', supported: false }));
    expect($('[data-testid=language-note]')!.textContent).toBe(
      'Sourcelight erkennt Sprecher auf Englisch, Deutsch, Französisch, Spanisch, Italienisch, Portugiesisch und Polnisch. Diese Seite ist auf Tschechisch: Zitate werden markiert, aber kein Sprecher wird genannt.',
    );
  });

  test('also when nothing was attributed, and with an unknown language', async () => {
    await mount({ ...withLanguage({ code: 'und', supported: false }), attributions: [] } as Reading);
    expect($('[data-testid=language-note]')!.textContent).toMatch(/This page is in another language/);
    expect(root.textContent).toContain('No attributed statements were found');
  });

  test('nothing is said for a supported language, or by a core that does not report one', async () => {
    await mount(withLanguage({ code: 'de', supported: true }));
    expect($('[data-testid=language-note]')).toBeNull();
    render(null, root);
    await mount(fixtureReading());
    expect($('[data-testid=language-note]')).toBeNull();
    expect(pageLanguage({ language: 'nl' })).toBeNull();
    expect(languageNote(pageLanguage({ language: { code: 'ru', supported: false } }), testLocalizer('pl', 'pl-PL'))).toBe(
      'Sourcelight rozpoznaje mówców w tych językach: angielski, niemiecki, francuski, hiszpański, włoski, portugalski i polski. Język tej strony: rosyjski. Cytaty są wyróżnione, ale nie wskazujemy mówców.',
    );
  });
});
