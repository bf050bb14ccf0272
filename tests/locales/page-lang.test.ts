// The page's declared language travels from the extractor into the core (the command line's read),
// and wins over the text's; batch requests may carry "lang".
import { describe, expect, test } from 'vitest';
import { answer, runRead } from '../../src/cli/tasks.ts';

const page = (lang: string, body: string) =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Hafen</title></head><body><article><h1>Hafen</h1>${body}</article></body></html>`;
const GERMAN = [
  'Der Hamburger Hafen hat am Montag neue Pläne für den Ausbau der Terminals vorgestellt. Die Stadt will dafür in den kommenden Jahren viel Geld ausgeben.',
  '„Der Hafen braucht neue Kräne, sonst verlieren wir Kunden an Rotterdam“, sagte die Chefin der Hafenbehörde, Maria Keller, bei einem Rundgang am Montag.',
  'Laut Polizei wurden bei einem Unfall am Kai zwei Arbeiter leicht verletzt. Die Arbeiten an dem Terminal gingen danach weiter, hieß es aus der Verwaltung.',
  'Die Umschlagszahlen sind im vergangenen Jahr um vier Prozent gesunken. Experten glauben, dass sich der Trend in diesem Jahr fortsetzen wird.',
].map((p) => `<p>${p}</p>`).join('');

describe('page language', () => {
  test('read: the page says German, the German pack reads it', () => {
    const r = runRead(page('de-DE', GERMAN));
    expect(r.lang).toBe('de-DE');
    expect(r.language).toEqual({ code: 'de', supported: true });
    expect(r.entities.map((e) => e.name)).toContain('Maria Keller');
  });

  test('read: a declared language with no pack gives quotations and no speaker', () => {
    const r = runRead(page('nl', GERMAN));
    expect(r.language).toEqual({ code: 'nl', supported: false });
    expect(r.attributions.every((a) => a.speaker === null)).toBe(true);
  });

  test('batch: "lang" in an analyze request wins; without it the text tells', () => {
    const text = 'Der Bürgermeister sagte am Montag, die Brücke werde nächste Woche wieder geöffnet. Laut Polizei wurden zwei Menschen verletzt.';
    expect((answer({ task: 'analyze', text, published: null, lang: 'fr' }) as { language: unknown }).language).toEqual({ code: 'fr', supported: true });
    expect((answer({ task: 'analyze', text, published: null }) as { language: unknown }).language).toEqual({ code: 'de', supported: true });
  });
});
