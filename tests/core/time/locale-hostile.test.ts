// The locale time grammar (de fr es it pt pl) on any string: no exception (called directly, not
// through findTimexes' catch), spans that point at their own text, nothing pinned to a day when
// the page has no usable publication date; unknown language codes read as English.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseReference } from '../../../src/core/time/calendar.ts';
import { findTimexes } from '../../../src/core/time/find-timexes.ts';
import { scanLocaleTimexes } from '../../../src/core/time/locale-scan.ts';
import { LOCALE_TIME } from '../../../src/core/time/locale-words.ts';
import { splitSentences } from '../../../src/core/text/sentences.ts';

const WORDS = ['am', 'Montag', 'letzte', 'Woche', 'vor', 'drei', 'Tagen', 'il', 'y', 'a', 'lundi', 'dernier', "l'", 'année', 'hace', 'el', 'pasado', 'lunes',
  'fa', 'scorso', 'há', 'segunda-feira', 'w', 'zeszłym', 'tygodniu', 'temu', 'dni', '19.03.2023', '19/03/2023', '19', '.', 'März', 'marca', 'de', 'marzo',
  '2023', 'r.', 'um', '14:30', 'Uhr', '14h', '30', 'às', 'o', 'godz', ',', '„', '“', '\u0000', '’', 'Montagabend', 'Wochenende', 'fin', 'semana', 'constructor', '99:99', '31.02.2023'];

describe('locale time grammar, hostile input', () => {
  it('never throws and keeps spans honest', () => {
    const text = fc.oneof(fc.string({ maxLength: 200 }), fc.array(fc.constantFrom(...WORDS), { maxLength: 60 }).map((a) => a.join(' ')));
    const published = fc.oneof(fc.constant(null), fc.constant('2024-05-16'), fc.constant('garbage'), fc.constant('2024-02-30'));
    const lang = fc.constantFrom(...Object.keys(LOCALE_TIME));
    fc.assert(fc.property(text, published, lang, (t, p, l) => {
      const tx = scanLocaleTimexes(t, parseReference(p), splitSentences(t), l, LOCALE_TIME[l]!);
      let last = -1;
      for (const x of tx) {
        expect(x.start).toBeGreaterThanOrEqual(last);
        expect(x.end).toBeGreaterThan(x.start);
        expect(t.slice(x.start, x.end)).toBe(x.text);
        last = x.end;
        // without a publication date a relative expression stays underspecified
        if (p !== '2024-05-16' && x.anchored) expect(x.value).toMatch(/X|_REF$/);
      }
    }), { numRuns: 400 });
  });

  it('reads a language code that is no pack, or an Object property name, with the English grammar', () => {
    const text = 'The minister resigned on Monday, three days ago.';
    const en = findTimexes(text, '2024-05-16', splitSentences(text), 'en');
    expect(en.length).toBeGreaterThan(0);
    for (const code of ['nl', 'constructor', '__proto__', 'toString', '']) expect(findTimexes(text, '2024-05-16', splitSentences(text), code)).toEqual(en);
  });

  it('with no publication date, "am Montag" is a Monday of no known week', () => {
    const text = 'Die Ministerin sagte am Montag, die Hilfen kämen rasch.';
    expect(findTimexes(text, null, splitSentences(text), 'de').map((t) => t.value)).toEqual(['XXXX-WXX-1']);
  });
});
