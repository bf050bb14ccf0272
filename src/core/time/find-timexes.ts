// Time expressions of an article with their TimeML type and value, anchored on the publication
// date only (never on the clock). English: the grammar of scan-timexes.ts; clock times and numeric
// dates go through chrono-node (clock-time.ts). German, French, Spanish, Italian, Portuguese and
// Polish: the shared locale grammar (locale-scan.ts) with each language's words
// (locales/<lang>/time/words.json). Any other language is read with the English grammar, as before
// languages were told apart (numbers, ISO dates and clock times are the same everywhere). The
// language pack (lang/registry.ts) lends its verbs of saying to the tense search.
import type { Span, Timex } from '../types.ts';
import { parseReference } from './calendar.ts';
import { pick } from '../lang/registry.ts';
import { scanLocaleTimexes } from './locale-scan.ts';
import { LOCALE_TIME } from './locale-words.ts';
import { scanTimexes } from './scan-timexes.ts';

export function findTimexes(text: string, published: string | null, sentences: Span[], lang = 'en'): Timex[] {
  if (typeof text !== 'string' || !text) return [];
  try {
    const words = lang !== 'en' && Object.hasOwn(LOCALE_TIME, lang) ? LOCALE_TIME[lang] : undefined;
    // the pack's verbs of saying end a clause for the tense search, as the time words' own do
    if (words) return scanLocaleTimexes(text, parseReference(published), sentences ?? [], lang, words, pick(lang)?.cueVerbs);
    return scanTimexes(text, parseReference(published), sentences ?? []);
  } catch {
    // bad input must never break the page: no timexes rather than an exception
    return [];
  }
}
