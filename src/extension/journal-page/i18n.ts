// The journal page's Localizer: set once at start (main.tsx: the browser's i18n, as the popup does;
// tests: the _locales files), read by the components. Every word the page shows goes through here.
import type { Localizer } from '../../page/card/localizer.ts';

let current: Localizer | null = null;

export function setLocalizer(l: Localizer): void {
  current = l;
}

export function localizer(): Localizer {
  if (!current) throw new Error('journal page: no Localizer set (main.tsx sets the browser one; tests call setLocalizer)');
  return current;
}

export const t: Localizer['t'] = (key, ...subs) => localizer().t(key, ...subs);
export const plural: Localizer['plural'] = (key, n, ...subs) => localizer().plural(key, n, ...subs);
/** A day in the page's locale: an ISO date as written, a time in ms by the reader's calendar. */
export const date = (value: string | number): string => localizer().date(value);
