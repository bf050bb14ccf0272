// The interface's language: the browser's i18n (public/_locales/<lang>/messages.json, chosen by the
// browser from its UI language, English by default) and its UI locale for dates and numbers.
import browser from 'webextension-polyfill';
import { createLocalizer, type Localizer } from '../../page/card/localizer.ts';

export type { Localizer, MessageKey } from '../../page/card/localizer.ts';

let cached: Localizer | null = null;

/** The Localizer over browser.i18n (popup and content script). */
export function browserLocalizer(): Localizer {
  cached ??= createLocalizer((key, subs) => browser.i18n.getMessage(key, subs), browser.i18n.getUILanguage());
  return cached;
}
