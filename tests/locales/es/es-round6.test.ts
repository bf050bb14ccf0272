// Spanish round-6 articles: every quotation's speaker as a careful reader gives it (or no one).
import { describe, expect, test } from 'vitest';
import { tallySpeakers } from '../speaker-table.ts';
import { read, said } from '../read.ts';
import { ROUND6_BATCH1, ROUND6_BATCH2 } from './es-round6-articles.ts';

describe('Spanish articles (round 6)', () => {
  for (const a of [...ROUND6_BATCH1, ...ROUND6_BATCH2]) {
    test(a.title, () => {
      expect(tallySpeakers(a.text, 'es', a.rows).errors).toEqual([]);
    });
  }
});

describe('Spanish issuers and descriptions (round 6)', () => {
  const speakerOf = (text: string, needle: string) => {
    const it = said(read(text, 'es').items, needle);
    return it ? it.speaker ?? it.source : 'NOT FOUND';
  };
  test('a body in small letters before its place takes up "el consistorio"; a company after its word, "la compañía"', () => {
    expect(speakerOf('El ayuntamiento de Sevilla anunció el cierre del parque. "La seguridad de los vecinos es lo primero", señaló el consistorio en una nota.', 'La seguridad')).toBe('ayuntamiento de Sevilla');
    expect(speakerOf('La empresa Hidrosur informó de la avería. En un comunicado, la compañía aseguró que "el suministro se restablecerá esta noche".', 'el suministro')).toBe('Hidrosur');
  });
  test('a player by his position takes up the one player named before: "dijo el joven extremo"', () => {
    expect(speakerOf('Lamine Yamal marcó el segundo gol. "Es el mejor día de mi vida", dijo el joven extremo a Movistar.', 'el mejor día')).toBe('Lamine Yamal');
  });
});
