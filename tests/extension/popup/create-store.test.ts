// The popup's tiny store: patches, no notification without a change, unsubscribe.
import { expect, test } from 'vitest';
import { createStore } from '../../../src/extension/popup/state/create-store.ts';
import { useTestLocale } from '../test-localizer.ts';

useTestLocale('en');

test('notifies on change only, and stops after unsubscribe', () => {
  const s = createStore({ a: 1, b: 'x' });
  const seen: number[] = [];
  const off = s.subscribe((st) => seen.push(st.a));
  s.set({ a: 2 });
  s.set({ a: 2, b: 'x' }); // nothing changed
  s.set((st) => ({ a: st.a + 1 }));
  off();
  s.set({ a: 10 });
  expect(seen).toEqual([2, 3]);
  expect(s.get()).toEqual({ a: 10, b: 'x' });
});
