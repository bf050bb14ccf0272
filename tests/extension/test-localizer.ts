// A Localizer over the real public/_locales files, resolved as the browsers do (the language's
// messages, then English), for tests of the popup and the card in any language.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createLocalizer, getMessageFrom, type Localizer, type MessageEntry } from '../../src/page/card/localizer.ts';
import { setLocalizer } from '../../src/extension/popup/i18n.ts';

export const LOCALES_DIR = resolve(import.meta.dirname, '../../public/_locales');
export const LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'pt', 'pl'] as const;

export function messages(lang: string): Record<string, MessageEntry> {
  return JSON.parse(readFileSync(resolve(LOCALES_DIR, lang, 'messages.json'), 'utf8'));
}

/** lang: the messages' language; locale: the browser's UI locale (dates, numbers). */
export function testLocalizer(lang = 'en', locale = lang === 'en' ? 'en-GB' : lang): Localizer {
  const bundles = lang === 'en' ? [messages('en')] : [messages(lang), messages('en')];
  return createLocalizer(getMessageFrom(...bundles), locale);
}

/** Installs it as the popup's Localizer (and returns it). */
export function useTestLocale(lang = 'en', locale?: string): Localizer {
  const l = testLocalizer(lang, locale);
  setLocalizer(l);
  return l;
}
