// @vitest-environment happy-dom
// The popup on readings no real article should produce: thousands of statements, broken spans,
// odd text. It must render calmly, quickly, and in bounded size.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { App } from '../../../src/extension/popup/App.tsx';
import { FIRST_STATEMENTS } from '../../../src/extension/popup/components/SourceGroup.tsx';
import { FIRST_VAGUE } from '../../../src/extension/popup/components/SourcingSummary.tsx';
import { FIRST_GROUPS } from '../../../src/extension/popup/components/SourcesPanel.tsx';
import { FIRST_EVENTS } from '../../../src/extension/popup/components/Timeline.tsx';
import { createStore } from '../../../src/extension/popup/state/create-store.ts';
import { createPopupActions, initialState } from '../../../src/extension/popup/state/popup-state.ts';
import type { Attribution, Entity, TimelineEntry } from '../../../src/core/types.ts';
import { fakePopupApi } from './fake-popup-api.ts';
import { fixtureReading } from './reading-fixture.ts';
import { useTestLocale } from '../test-localizer.ts';

useTestLocale('en');

vi.mock('webextension-polyfill', () => ({ default: { storage: { local: { get: async () => ({}), set: async () => {} } } } }));

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

async function mount(reading: ReturnType<typeof fixtureReading>) {
  const store = createStore(initialState());
  const actions = createPopupActions(store, fakePopupApi({ reading }), { pollMs: 1, pollTries: 1 });
  await act(() => {
    render(<App store={store} actions={actions} />, root);
  });
  await act(() => actions.init());
  return store;
}
const count = (sel: string) => root.querySelectorAll(sel).length;

describe('popup on hostile readings', () => {
  test('3,000 statements by 500 sources: a bounded first render, the rest on demand', async () => {
    const line = 'Speaker said that something happened on that day. ';
    const text = line.repeat(3000);
    const entities: Entity[] = [];
    const attributions: Attribution[] = [];
    const timeline: TimelineEntry[] = [];
    for (let i = 0; i < 500; i++) entities.push({ id: `p${i}`, name: `Person ${i}`, type: 'person', role: null, leader: i % 50 === 0, mentions: [] });
    for (let i = 0; i < 3000; i++) {
      const at = i * line.length;
      attributions.push({ content: { start: at + 13, end: at + 49 }, source: { start: at, end: at + 7 }, cue: { start: at + 8, end: at + 12 }, speaker: `p${i % 500}`, kind: i % 3 ? 'indirect' : 'direct', vague: i % 7 === 0 });
      timeline.push({ date: `20${String(10 + (i % 15)).padStart(2, '0')}-0${1 + (i % 9)}`, precision: 'month', text: '', sentence: { start: at, end: at + 50 }, timex: { start: at + 40, end: at + 48 } });
    }
    await mount(fixtureReading({ text, entities, attributions, timeline }));
    expect(count('[data-testid=source]')).toBe(FIRST_GROUPS);
    expect(count('[data-testid=statement]')).toBe(FIRST_GROUPS * FIRST_STATEMENTS);
    // The DOM stays the size of a few screens whatever the reading (time is measured in the browsers).
    expect(root.querySelectorAll('*').length).toBeLessThan(1500);
    expect(root.querySelectorAll('[data-testid=vague-item]').length).toBe(FIRST_VAGUE);
    await act(() => (root.querySelector('[data-testid=show-more][data-what=sources]') as HTMLElement).click());
    expect(count('[data-testid=source]')).toBe(500);
    await act(() => (root.querySelector('[data-testid=tab-timeline]') as HTMLElement).click());
    expect(count('[data-testid=event]')).toBe(FIRST_EVENTS);
  });

  test('broken spans, missing text and odd characters render without an exception', async () => {
    const r = fixtureReading({
      text: 'Short \u202Etext\u0000 with 🙂 and a lone \uD800 surrogate.',
      attributions: [
        { content: { start: 500, end: 900 }, source: { start: -4, end: 2 }, cue: null, speaker: 'missing', kind: 'direct', vague: false },
        { content: [], source: null, cue: { start: 3, end: 1 }, speaker: null, kind: 'mixed', vague: true },
      ],
      entities: [{ id: 'x', name: '', type: 'person', role: null, leader: true, mentions: [] }],
      timeline: [{ date: 'not-a-date', precision: 'day', text: '', sentence: { start: 9999, end: 10 }, timex: { start: 0, end: 0 } }],
    });
    await mount(r);
    expect(count('[data-testid=source]')).toBe(2);
    await act(() => (root.querySelector('[data-testid=tab-timeline]') as HTMLElement).click());
    expect(root.querySelector('[data-testid=event-date]')!.textContent).toBe('not-a-date');
    await act(() => (root.querySelector('[data-testid=tab-leaders]') as HTMLElement).click());
    expect(count('[data-testid=leader]')).toBe(1);
  });
});
