// Portuguese round-6 articles: every quotation's speaker as a careful reader gives it (or no one).
import { describe, expect, test } from 'vitest';
import { tallySpeakers } from '../speaker-table.ts';
import { read, said } from '../read.ts';
import { ROUND6_BATCH1, ROUND6_BATCH2 } from './pt-round6-articles.ts';

describe('Portuguese articles (round 6)', () => {
  for (const a of [...ROUND6_BATCH1, ...ROUND6_BATCH2]) {
    test(a.title, () => {
      expect(tallySpeakers(a.text, 'pt', a.rows).errors).toEqual([]);
    });
  }
});

describe('Portuguese issuers and enclitic tags (round 6)', () => {
  const speakerOf = (text: string, needle: string) => {
    const it = said(read(text, 'pt').items, needle);
    return it ? it.speaker ?? it.source : 'NOT FOUND';
  };
  test('a câmara municipal in small letters is the body "a autarquia" takes up', () => {
    expect(speakerOf('A câmara municipal de Braga anunciou o fecho do parque. «A segurança dos moradores está primeiro», referiu a autarquia em comunicado.', 'A segurança')).toBe('câmara municipal de Braga');
  });
  test('a verb with its pronoun after a hyphen is a tag: "lembrou-lhe o magistrado"', () => {
    expect(speakerOf('O juiz Tomás Ortega ouviu o arguido. «Tem o direito de não prestar declarações», lembrou-lhe o magistrado.', 'Tem o direito')).toBe('Tomás Ortega');
  });
});

describe('Portuguese people known by one name (round 6)', () => {
  test('"o técnico Tite" names a person a description takes up: "acrescentou o comandante"', () => {
    const text = 'O técnico Tite convocou a seleção nesta sexta-feira. O treinador explicou as escolhas.\n\n"Não é uma questão de nome, é de momento", acrescentou o comandante.';
    expect(said(read(text, 'pt').items, 'Não é uma questão')?.speaker).toBe('Tite');
  });
});
