// The popup's Localizer: set once at start (main.tsx: the browser's i18n; tests: the _locales
// files), read by the components and the models. Every word the popup shows goes through here.
import type { Localizer } from '../../page/card/localizer.ts';

let current: Localizer | null = null;

export function setLocalizer(l: Localizer): void {
  current = l;
}

export function localizer(): Localizer {
  if (!current) throw new Error('popup: no Localizer set (main.tsx sets the browser one; tests call useTestLocale)');
  return current;
}

export const t: Localizer['t'] = (key, ...subs) => localizer().t(key, ...subs);
export const plural: Localizer['plural'] = (key, n, ...subs) => localizer().plural(key, n, ...subs);
export const num = (n: number): string => localizer().number(n);
