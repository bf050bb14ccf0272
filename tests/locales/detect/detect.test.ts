// The language detector on our own invented news sentences (tests/locales/detect/sentences.json):
// three sentences of a language are enough to tell it; the page's lang wins; a short text is English.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { detectLanguage } from '../../../src/core/lang/detect.ts';
import { resolveLanguage } from '../../../src/core/lang/resolve.ts';

const S: Record<string, string[]> = JSON.parse(readFileSync(join(import.meta.dirname, 'sentences.json'), 'utf8'));

describe('language detection', () => {
  test('three sentences tell each language (en de fr es it pt pl nl cs ru)', () => {
    const wrong: string[] = [];
    for (const [lang, ss] of Object.entries(S)) {
      for (let k = 0; k + 3 <= ss.length; k += 3) {
        const d = detectLanguage(ss.slice(k, k + 3).join(' '));
        if (d !== lang) wrong.push(`${lang} → ${d}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  test('the page says its language; a text too short to tell is read as English', () => {
    expect(resolveLanguage(S.de!.join(' '), 'fr-CA')).toEqual({ code: 'fr', supported: true, from: 'page' });
    expect(resolveLanguage(S.de!.join(' '), null)).toEqual({ code: 'de', supported: true, from: 'text' });
    expect(resolveLanguage('Ja.', null)).toEqual({ code: 'en', supported: true, from: 'default' });
    expect(resolveLanguage(S.nl!.join(' '), undefined)).toEqual({ code: 'nl', supported: false, from: 'text' });
  });
});
