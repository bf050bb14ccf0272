// The _locales files: every language has every key of English with the same placeholders, plural
// keys have every form the language needs, the manifest's __MSG_…__ keys exist, and the messages
// resolve as the browsers resolve them (placeholders, $1, $$).
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { createLocalizer, getMessageFrom, type MessageEntry } from '../../src/page/card/localizer.ts';
import { LANGUAGES, LOCALES_DIR, messages, testLocalizer } from './test-localizer.ts';

const en = messages('en');
const PLURAL = /^(.*)_(zero|one|two|few|many|other)$/;
/** The placeholders a message uses, by name, and what each stands for ($1, $2…). */
function placeholders(e: MessageEntry): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [, name] of e.message.matchAll(/\$([a-z0-9_@]+)\$/gi)) out[name!.toLowerCase()] = e.placeholders?.[name!.toLowerCase()]?.content ?? '(undefined)';
  return out;
}

describe('_locales', () => {
  test('one folder per language of the interface, and English is the default', () => {
    expect(readdirSync(LOCALES_DIR).sort()).toEqual([...LANGUAGES].sort());
    const manifest = JSON.parse(readFileSync(resolve(LOCALES_DIR, '../../manifest.json'), 'utf8'));
    expect(manifest.default_locale).toBe('en');
  });

  test.each(LANGUAGES)('%s has every key of en, with the same placeholders', (lang) => {
    const m = messages(lang);
    const missing = Object.keys(en).filter((k) => !(k in m));
    expect(missing, `${lang} lacks`).toEqual([]);
    for (const [key, e] of Object.entries(en)) {
      expect(m[key]!.message.trim(), `${lang} ${key} is empty`).not.toBe('');
      expect(placeholders(m[key]!), `${lang} ${key}`).toEqual(placeholders(e));
      // every placeholder defined is used, and nothing looks like a placeholder by mistake
      expect(Object.keys(m[key]!.placeholders ?? {}).sort(), `${lang} ${key} defines`).toEqual(Object.keys(placeholders(m[key]!)).sort());
      expect(m[key]!.message.replace(/\$[a-z0-9_@]+\$/gi, ''), `${lang} ${key}: a stray $`).not.toMatch(/\$/);
    }
  });

  // Chrome Web Store limits for the manifest's fields (name ≤ 75, description ≤ 132 characters);
  // a longer one is refused at upload.
  test.each(LANGUAGES)('%s: the store name and description fit the store limits', (lang) => {
    const m = messages(lang);
    expect(m.extName!.message.length).toBeLessThanOrEqual(75);
    expect(m.extDescription!.message.length, m.extDescription!.message).toBeLessThanOrEqual(132);
  });

  test.each(LANGUAGES)('%s: its keys are English keys or the plural forms its language needs', (lang) => {
    const m = messages(lang);
    const need = new Set(new Intl.PluralRules(lang).resolvedOptions().pluralCategories);
    const bases = new Set(Object.keys(en).map((k) => PLURAL.exec(k)?.[1]).filter(Boolean));
    for (const key of Object.keys(m)) {
      if (key in en) continue;
      const p = PLURAL.exec(key);
      expect(p && bases.has(p[1]!) && need.has(p[2]! as Intl.LDMLPluralRule), `${lang}: unexpected key ${key}`).toBe(true);
      expect(placeholders(m[key]!), `${lang} ${key}`).toEqual(placeholders(en[`${p![1]}_other`]!));
    }
    for (const base of bases) for (const cat of need) expect(`${base}_${cat}` in m, `${lang}: ${base}_${cat}`).toBe(true);
    expect(m.localeCode!.message).toBe(lang);
  });

  test('key names are ones the browsers accept', () => {
    for (const lang of LANGUAGES) for (const key of Object.keys(messages(lang))) expect(key).toMatch(/^[A-Za-z0-9_]+$/);
  });

  test('the manifest names only keys that exist', () => {
    const manifest = readFileSync(resolve(LOCALES_DIR, '../../manifest.json'), 'utf8');
    const keys = [...manifest.matchAll(/__MSG_(\w+?)__/g)].map((m) => m[1]!);
    expect(keys).toEqual(expect.arrayContaining(['extName', 'extDescription', 'actionTitle', 'commandOpen', 'commandNextQuote']));
    for (const k of keys) expect(en, k).toHaveProperty(k);
  });
});

describe('Localizer', () => {
  test('placeholders, $1 and $$ as the browsers read them; English fills what a language lacks', () => {
    const get = getMessageFrom(
      { a: { message: 'Hello $WHO$, $$5 and $1', placeholders: { who: { content: '$2' } } } },
      { b: { message: 'only in English' } },
    );
    expect(get('a', ['x', 'y'])).toBe('Hello y, $5 and x');
    expect(get('A', ['x', 'y'])).toBe('Hello y, $5 and x'); // keys are case-insensitive
    expect(get('b')).toBe('only in English');
    expect(get('c')).toBe('');
  });

  test('plural forms by the language of the messages; numbers, percents and dates by the UI locale', () => {
    const pl = testLocalizer('pl');
    expect([1, 2, 5, 22, 25, 1.5].map((n) => pl.plural('countDirect', n))).toEqual([
      '1 cytat bezpośredni', '2 cytaty bezpośrednie', '5 cytatów bezpośrednich', '22 cytaty bezpośrednie', '25 cytatów bezpośrednich', '1,5 cytatu bezpośredniego',
    ]);
    const de = testLocalizer('de', 'de-DE');
    expect(de.plural('mentions', 1234)).toBe('1.234 Erwähnungen');
    expect(de.percent(0.17)).toBe('17\u00a0%');
    const en = testLocalizer('en', 'en-US');
    expect(en.plural('mentions', 1)).toBe('1 mention');
    expect(en.number(1234)).toBe('1,234');
  });

  test('only keys with plural forms can be counted, only message keys can be asked for (checked by tsc)', () => {
    const l = testLocalizer('en');
    // @ts-expect-error 'tabSources' has no plural forms
    expect(l.plural('tabSources', 2)).toBe('tabSources');
    // @ts-expect-error not a message key
    expect(l.t('No source named')).toBe('No source named');
    expect(l.plural('showMoreEvents', 2)).toBe('Show 2 more events');
  });

  test('days by Intl in the UI locale: an ISO date as written (time and offset ignored), a time by the calendar', () => {
    expect(testLocalizer('en', 'en-US').date('2025-05-12')).toBe('May 12, 2025');
    expect(testLocalizer('en').date('2025-05-12T23:30:00-04:00')).toBe('12 May 2025');
    expect(testLocalizer('de', 'de-DE').date('2025-05-12')).toBe('12. Mai 2025');
    expect(testLocalizer('pl').date('2025-05-12')).toBe('12 maja 2025');
    expect(testLocalizer('es').date('0033-01-02')).toBe('2 de enero de 33');
    expect(testLocalizer('fr').date(Date.UTC(2024, 1, 3, 12))).toBe('3 février 2024'); // midday UTC: 3 February in nearly every zone
    for (const bad of ['2025-13-01', 'yesterday', '12/05/2025', '']) expect(testLocalizer('de').date(bad)).toBe(bad);
    expect(testLocalizer('de').date(Number.NaN)).toBe('NaN');
  });

  test('a key missing everywhere shows as its name, never as nothing', () => {
    const l = createLocalizer(getMessageFrom({}), 'en');
    expect(l.t('tabSources')).toBe('tabSources');
    expect(l.lang).toBe('en');
  });

  test('a UI language the browser writes with an underscore, or an unknown one, still formats', () => {
    expect(testLocalizer('pt', 'pt_BR').locale).toBe('pt-BR');
    expect(testLocalizer('en', 'xx-invalid-@@').number(2)).toBe('2');
  });
});
