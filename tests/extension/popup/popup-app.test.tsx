// @vitest-environment happy-dom
// The popup rendered with a fake browser: what it shows for a reading, no reading, no article, and
// what each control asks of the browser.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { App } from '../../../src/extension/popup/App.tsx';
import { createStore } from '../../../src/extension/popup/state/create-store.ts';
import { createPopupActions, initialState } from '../../../src/extension/popup/state/popup-state.ts';
import type { Reading } from '../../../src/extension/shared/messages.ts';
import { fakePopupApi } from './fake-popup-api.ts';
import { at, fixtureReading, fixtureReadingNoDate } from './reading-fixture.ts';
import { useTestLocale } from '../test-localizer.ts';

useTestLocale('en');

// The real polyfill throws outside an extension; the popup reaches the browser only through the
// PopupApi fake, but shared/settings.ts imports the polyfill.
vi.mock('webextension-polyfill', () => ({ default: { storage: { local: { get: async () => ({}), set: async () => {} } } } }));

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
  localStorage.clear();
  delete document.documentElement.dataset.theme;
});
afterEach(() => {
  render(null, root);
  root.remove();
});

async function mount(api: ReturnType<typeof fakePopupApi>) {
  const store = createStore(initialState());
  const actions = createPopupActions(store, api, { pollMs: 1, pollTries: 3 });
  await act(() => {
    render(<App store={store} actions={actions} />, root);
  });
  await act(() => actions.init());
  return { store, actions };
}
const $ = (sel: string) => root.querySelector<HTMLElement>(sel);
const $$ = (sel: string) => [...root.querySelectorAll<HTMLElement>(sel)];
const text = (sel: string) => $(sel)?.textContent ?? null;
/** Click, then let the action's promises settle. */
async function click(el: Element | null) {
  await act(() => (el as HTMLElement).click());
  await act(async () => { await new Promise((r) => setTimeout(r, 0)); });
}

describe('popup with a reading', () => {
  test('header: title, outlet, date, reading time', async () => {
    await mount(fakePopupApi({ reading: fixtureReading() }));
    expect(text('[data-testid=title]')).toBe('Harbour City approves new tram line');
    expect(text('[data-testid=outlet]')).toBe('Harbour Daily');
    expect(text('[data-testid=published]')).toBe('10 May 2024');
    expect(text('[data-testid=reading-time]')).toBe('1 min read');
  });

  test('sources grouped by entity, with role, type, leader badge, counts and cues', async () => {
    await mount(fakePopupApi({ reading: fixtureReading() }));
    const names = $$('[data-testid=source-name]').map((e) => e.textContent);
    expect(names).toEqual(['Lena Ortiz', 'The Harbour Gazette', 'Some experts', 'transport ministry', 'Tomas Berg']);
    const ortiz = $$('[data-testid=source]')[0]!;
    expect(ortiz.querySelector('[data-testid=source-role]')!.textContent).toBe('Mayor of Harbour City');
    expect(ortiz.textContent).toContain('leader');
    expect(ortiz.textContent).toContain('1 direct quote · 1 reported statement');
    expect(ortiz.textContent).toContain('said, told');
    expect($$('[data-testid=source]')[1]!.dataset.type).toBe('media');
  });

  test('the summary counts sources and warns about the vague attribution', async () => {
    await mount(fakePopupApi({ reading: fixtureReading() }));
    expect(text('[data-testid=named-count]')).toBe('4');
    expect(text('[data-testid=unnamed-count]')).toBe('1');
    expect(text('[data-testid=direct-share]')).toBe('17%');
    expect(text('[data-testid=vague-warning]')).toContain('Some experts believe: the budget is too small');
  });

  test('a click on a quote asks the page to scroll to it', async () => {
    const api = fakePopupApi({ reading: fixtureReading() });
    await mount(api);
    const quote = $$('[data-testid=quote]').find((b) => b.textContent!.includes('construction could begin'))!;
    await click(quote);
    expect(api.scrollToSpan).toHaveBeenCalledWith(7, at('construction could begin in June 2024'));
  });

  test('a long quote is short until expanded', async () => {
    await mount(fakePopupApi({ reading: fixtureReading() }));
    const item = $$('[data-testid=statement]').find((li) => li.textContent!.includes('This line will change'))!;
    const more = item.querySelector<HTMLButtonElement>('button[aria-expanded]')!;
    expect(more.getAttribute('aria-expanded')).toBe('false');
    expect(item.textContent).not.toContain('fifty years');
    await click(more);
    expect(more.getAttribute('aria-expanded')).toBe('true');
    expect(item.textContent).toContain('fifty years');
  });

  test('timeline tab: chronological, with precision and the relative date marked; click scrolls to the sentence', async () => {
    const api = fakePopupApi({ reading: fixtureReading() });
    await mount(api);
    await click($('[data-testid=tab-timeline]'));
    expect($$('[data-testid=event-date]').map((e) => e.textContent)).toEqual(['March 2023', '7 May 2024', 'June 2024', '2026']);
    const may = $$('[data-testid=event]')[1]!;
    expect(may.textContent).toContain('from the publication date');
    expect(may.textContent).toContain('to the day');
    await click(may.querySelector('button'));
    expect(api.scrollToSpan).toHaveBeenLastCalledWith(7, at('Mayor Lena Ortiz said on Tuesday that the council had approved the new tram line.'));
  });

  test('leaders tab: names, roles, mention counts', async () => {
    await mount(fakePopupApi({ reading: fixtureReading() }));
    await click($('[data-testid=tab-leaders]'));
    expect($$('[data-testid=leader]').map((e) => e.textContent)).toEqual(['Lena Ortiz3 mentionsMayor of Harbour City', 'Tomas Berg3 mentionsPrime Minister']);
  });

  test('tabs move with the arrow keys', async () => {
    const { store } = await mount(fakePopupApi({ reading: fixtureReading() }));
    const list = $('[role=tablist]')!;
    await act(() => void list.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true })));
    expect(store.get().panel).toBe('timeline');
    expect(document.activeElement?.id).toBe('tab-timeline');
    await act(() => void list.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true })));
    expect(store.get().panel).toBe('settings');
    await act(() => void list.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true })));
    expect(store.get().panel).toBe('sources');
    expect($('[role=tab][aria-selected=true]')!.id).toBe('tab-sources');
  });

  test('no publication date: says so; relative dates are shown as written, apart', async () => {
    await mount(fakePopupApi({ reading: fixtureReadingNoDate() }));
    expect(text('[data-testid=published]')).toBe('Date unknown');
    expect(text('[data-testid=date-note]')).toContain('shown as written');
    await click($('[data-testid=tab-timeline]'));
    expect(text('[data-testid=timeline]')).not.toContain('May 2024');
    expect(text('[data-testid=timeline-undated]')).toContain('on Tuesday');
    expect(text('[data-testid=timeline-undated]')).toContain('date unknown');
  });

  test('page text is shown as text, never as HTML', async () => {
    const evil = '<img src=x onerror="globalThis.pwned=1">';
    const r = fixtureReading({ title: evil, siteName: evil });
    await mount(fakePopupApi({ reading: r }));
    expect(text('[data-testid=title]')).toBe(evil);
    expect(root.querySelector('img')).toBeNull();
  });
});

describe('controls', () => {
  test('highlight kinds toggle in the page and are saved', async () => {
    const api = fakePopupApi({ reading: fixtureReading() });
    await mount(api);
    const chip = $('[data-testid=kind-indirect]')!;
    expect(chip.getAttribute('aria-pressed')).toBe('true');
    await click(chip);
    expect(chip.getAttribute('aria-pressed')).toBe('false');
    expect(api.setHighlights).toHaveBeenCalledWith(7, { indirect: false });
    expect(api.saveSettings).toHaveBeenCalledWith({ kinds: expect.objectContaining({ indirect: false, direct: true }) });
  });

  test('copy as Markdown and download JSON', async () => {
    const api = fakePopupApi({ reading: fixtureReading() });
    await mount(api);
    await click($('[data-testid=copy-markdown]'));
    expect(api.copyText).toHaveBeenCalledWith(expect.stringContaining('# Harbour City approves new tram line'));
    expect(text('[data-testid=notice]')).toBe('Copied as Markdown.');
    await click($('[data-testid=download-json]'));
    expect(api.download).toHaveBeenCalledWith('sourcelight-harbour-city-approves-new-tram-line.json', expect.stringContaining('"format"'), 'application/json');
  });

  test('automatic reading asks for the permission inside the click, then tells the background', async () => {
    const api = fakePopupApi({ reading: fixtureReading() });
    const { store } = await mount(api);
    await click($('[data-testid=tab-settings]'));
    const box = $('[data-testid=auto-read]') as HTMLInputElement;
    act(() => {
      box.click();
      // No await between the click and the request: the browser needs the user's gesture.
      expect(api.requestAllSites).toHaveBeenCalledTimes(1);
    });
    await act(async () => { await new Promise((r) => setTimeout(r, 0)); });
    expect(api.setAutoRead).toHaveBeenCalledWith(true);
    expect(store.get().settings.autoRead).toBe(true);
    expect(box.checked).toBe(true);
  });

  test('a refused permission leaves automatic reading off', async () => {
    const api = fakePopupApi({ reading: fixtureReading(), grant: false });
    const { store } = await mount(api);
    await click($('[data-testid=tab-settings]'));
    await click($('[data-testid=auto-read]'));
    await act(async () => { await new Promise((r) => setTimeout(r, 0)); });
    expect(api.setAutoRead).not.toHaveBeenCalled();
    expect(store.get().settings.autoRead).toBe(false);
    expect(($('[data-testid=auto-read]') as HTMLInputElement).checked).toBe(false);
    expect(text('[data-testid=notice]')).toContain('stays off');
  });

  test('the theme toggle forces a theme and remembers it', async () => {
    await mount(fakePopupApi({ reading: fixtureReading() }));
    await click($('[data-testid=theme-toggle]'));
    const t = document.documentElement.dataset.theme;
    expect(['light', 'dark']).toContain(t);
    expect(localStorage.getItem('sourcelight-theme')).toBe(t);
    await click($('[data-testid=theme-toggle]'));
    expect(document.documentElement.dataset.theme).not.toBe(t);
  });
});

describe('empty states', () => {
  test('not read yet: "read this page" injects, then shows the reading', async () => {
    const api = fakePopupApi({ noContentScript: true, afterRead: fixtureReading() });
    await mount(api);
    expect($('[data-testid=empty-state]')!.dataset.phase).toBe('unread');
    await click($('[data-testid=read-page]'));
    await act(async () => { await new Promise((r) => setTimeout(r, 10)); });
    expect(api.readTab).toHaveBeenCalledWith(7);
    expect(text('[data-testid=title]')).toBe('Harbour City approves new tram line');
  });

  test('a page that cannot be read says so', async () => {
    const api = fakePopupApi({ noContentScript: true, readOk: false });
    await mount(api);
    await click($('[data-testid=read-page]'));
    await act(async () => { await new Promise((r) => setTimeout(r, 0)); });
    expect($('[data-testid=empty-state]')!.dataset.phase).toBe('error');
    expect(text('[data-testid=empty-state]')).toContain('cannot be read');
  });

  test('no article on the page: a clear empty state, no tabs', async () => {
    const none: Reading = fixtureReading({ found: false, text: '', attributions: [], entities: [], timeline: [], reason: 'No article text on this page.' });
    await mount(fakePopupApi({ reading: none }));
    expect(text('[data-testid=empty-state]')).toContain('No article found');
    expect(text('[data-testid=empty-state]')).toContain('No article text on this page.');
    expect($('[role=tablist]')).toBeNull();
  });

  test('an article with nothing found: each panel says so', async () => {
    await mount(fakePopupApi({ reading: fixtureReading({ attributions: [], entities: [], timeline: [] }) }));
    expect(text('[data-testid=panel-sources]')).toContain('No attributed statements');
    await click($('[data-testid=tab-timeline]'));
    expect(text('[data-testid=panel-timeline]')).toContain('No dated events');
    await click($('[data-testid=tab-leaders]'));
    expect(text('[data-testid=panel-leaders]')).toContain('No leaders');
  });
});

describe('opened from the toolbar', () => {
  test('an unread page is read at once (activeTab is granted by the click)', async () => {
    const api = fakePopupApi({ noContentScript: true, afterRead: fixtureReading() });
    const store = createStore(initialState());
    const actions = createPopupActions(store, api, { pollMs: 1, pollTries: 3 });
    await act(() => {
      render(<App store={store} actions={actions} />, root);
    });
    await act(() => actions.init({ readIfUnread: true }));
    expect(api.readTab).toHaveBeenCalledWith(7);
    expect(text('[data-testid=title]')).toBe('Harbour City approves new tram line');
  });
});
