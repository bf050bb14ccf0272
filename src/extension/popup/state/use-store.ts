// Read a slice of a store in a component; re-renders only when that slice changes.
import { useLayoutEffect, useReducer, useRef } from 'preact/hooks';
import type { Store } from './create-store.ts';

export function useStore<S extends object, T>(store: Store<S>, select: (s: S) => T): T {
  const [, force] = useReducer((n: number) => n + 1, 0);
  const selected = select(store.get());
  const last = useRef(selected);
  last.current = selected;
  const sel = useRef(select);
  sel.current = select;
  useLayoutEffect(() => {
    const check = (s: S) => {
      if (!Object.is(sel.current(s), last.current)) force(0);
    };
    const off = store.subscribe(check);
    check(store.get()); // a change between render and subscription
    return off;
  }, [store]);
  return selected;
}
