// The interface's words, numbers and plurals, without touching a browser API: the extension shell
// hands in the browser's getMessage (browser.i18n) and UI language, tests hand in the _locales files.
// Messages live in public/_locales/<lang>/messages.json (English is the reference and the fallback).
// Plurals are keys with a CLDR category suffix (countDirect_one, countDirect_few, …, _other),
// chosen with Intl.PluralRules in the language of the messages actually in use.
import type en from '../../../public/_locales/en/messages.json';

export type MessageKey = keyof typeof en;
/** "countDirect" for countDirect_one / countDirect_other. */
export type PluralKey = MessageKey extends infer K ? (K extends `${infer B}_other` ? B : never) : never;
export type Sub = string | number;

export interface Localizer {
  /** Language of the messages in use ("de"): plural rules and <html lang>. */
  readonly lang: string;
  /**
   * The locale of dates and numbers: the browser's UI locale ("de-AT") when the messages are in its
   * language, else the messages' language (a Dutch browser reads English messages with English
   * dates, not "published 19 maart 2023").
   */
  readonly locale: string;
  t(key: MessageKey, ...subs: Sub[]): string;
  /** The plural form of `key` for n, with n (formatted) as $1 and `subs` after it. */
  plural(key: PluralKey, n: number, ...subs: Sub[]): string;
  number(n: number): string;
  /** 0.17 → "17%" / "17 %". */
  percent(x: number): string;
  /** "de" → "German" (in the UI locale), null when the browser has no name for it. */
  languageName(code: string): string | null;
  /** "a, b and c" in the UI locale. */
  list(items: string[]): string;
  /**
   * A day in the UI locale ("12 May 2025", "May 12, 2025", "12. Mai 2025"): an ISO date by the
   * day it names (its time and offset ignored), a time in ms by the reader's own calendar day; an
   * unreadable value as written.
   */
  date(value: string | number): string;
}

/** The browser's i18n.getMessage: '' (or undefined) for an unknown key. */
export type GetMessage = (key: string, subs?: string[]) => string | undefined;

function safe<T>(make: () => T, fallback: T): T {
  try {
    return make();
  } catch {
    return fallback;
  }
}

export function createLocalizer(getMessage: GetMessage, uiLanguage: string): Localizer {
  const lang = getMessage('localeCode') || 'en';
  const ui = safe(() => Intl.getCanonicalLocales(uiLanguage.replace(/_/g, '-'))[0] ?? lang, lang);
  const locale = ui.split('-')[0]!.toLowerCase() === lang.toLowerCase() ? ui : lang;
  const rules = safe(() => new Intl.PluralRules(lang), new Intl.PluralRules('en'));
  const numbers = safe(() => new Intl.NumberFormat(locale), new Intl.NumberFormat('en'));
  const percents = safe(() => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }), new Intl.NumberFormat('en', { style: 'percent' }));
  const names = safe<Intl.DisplayNames | null>(() => new Intl.DisplayNames([locale], { type: 'language' }), null);
  const lists = safe<Intl.ListFormat | null>(() => new Intl.ListFormat(locale, { type: 'conjunction' }), null);
  const dayOpts: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' };
  const isoDays = safe(() => new Intl.DateTimeFormat(locale, { ...dayOpts, timeZone: 'UTC' }), new Intl.DateTimeFormat('en', { ...dayOpts, timeZone: 'UTC' }));
  const localDays = safe(() => new Intl.DateTimeFormat(locale, dayOpts), new Intl.DateTimeFormat('en', dayOpts));
  const number = (n: number) => numbers.format(n);
  const str = (s: Sub) => (typeof s === 'number' ? number(s) : s);
  const get = (key: string, subs: Sub[]) => getMessage(key, subs.map(str)) || '';
  return {
    lang,
    locale,
    t: (key, ...subs) => get(key, subs) || key,
    plural: (key, n, ...subs) => {
      const all = [n, ...subs];
      return get(`${key}_${rules.select(n)}`, all) || get(`${key}_other`, all) || key;
    },
    number,
    percent: (x) => percents.format(x),
    languageName: (code) => {
      const name = safe(() => names?.of(code) ?? null, null);
      return name && name.toLowerCase() !== code.toLowerCase() ? name : null;
    },
    list: (items) => lists?.format(items) ?? items.join(', '),
    date: (value) => {
      if (typeof value === 'number') return Number.isFinite(value) && Math.abs(value) <= 8.64e15 ? localDays.format(value) : String(value);
      const m = /^(\d{4})-(\d{2})-(\d{2})(?:$|T|\s)/.exec(value.trim());
      const [y, mo, d] = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [0, 0, 0];
      if (!m || mo < 1 || mo > 12 || d < 1 || d > 31) return value;
      const at = new Date(Date.UTC(2000, mo - 1, d));
      at.setUTCFullYear(y); // years 0–99 stay themselves
      return isoDays.format(at);
    },
  };
}

/** A message as browser.i18n.getMessage reads it from messages.json ($NAME$ placeholders, $1…$9, $$). */
export interface MessageEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

/**
 * getMessage over parsed messages.json files, as the browsers do it: the chosen locale, then the
 * default one. For tests and the command line (the extension uses the browser's own).
 */
export function getMessageFrom(...bundles: Record<string, MessageEntry>[]): GetMessage {
  const lower = bundles.map((b) => new Map(Object.entries(b).map(([k, v]) => [k.toLowerCase(), v])));
  return (key, subs = []) => {
    const e = lower.map((m) => m.get(key.toLowerCase())).find(Boolean);
    if (!e) return '';
    const ph = new Map(Object.entries(e.placeholders ?? {}).map(([k, v]) => [k.toLowerCase(), v.content]));
    const withPh = e.message.replace(/\$([a-z0-9_@]+)\$/gi, (m, name: string) => ph.get(name.toLowerCase()) ?? m);
    return withPh.replace(/\$(?:([1-9])|(\$+))/g, (_m, i: string | undefined, dollars: string | undefined) => (i ? subs[Number(i) - 1] ?? '' : dollars!));
  };
}
