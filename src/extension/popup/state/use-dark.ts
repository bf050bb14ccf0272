// Whether the popup is dark right now: the forced theme, else the system's preference (followed live).
import { useEffect, useState } from 'preact/hooks';
import type { Theme } from './popup-state.ts';

export function useDark(theme: Theme): boolean {
  const query = globalThis.matchMedia?.('(prefers-color-scheme: dark)');
  const [systemDark, setSystemDark] = useState(query?.matches ?? false);
  useEffect(() => {
    if (!query) return;
    const on = () => setSystemDark(query.matches);
    query.addEventListener?.('change', on);
    return () => query.removeEventListener?.('change', on);
  }, []);
  return theme === 'auto' ? systemDark : theme === 'dark';
}
