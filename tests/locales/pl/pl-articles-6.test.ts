// Polish: the round-6 invented articles (tests/locales/pl/articles-6.cases.ts), each quotation's speaker.
import { describe, expect, test } from 'vitest';
import { failures } from '../article-cases.ts';
import { read, said } from '../read.ts';
import { BATCH6, BATCH6B } from './articles-6.cases.ts';

describe('Polish articles (6)', () => {
  for (const c of [...BATCH6, ...BATCH6B]) test(c.title, () => expect(failures(c, 'pl')).toEqual([]));
});

describe('Polish: dash speech after a colon (round 6)', () => {
  test('the clause before the colon says who speaks; a gesture verb opening it is no name', () => {
    const { items } = read('Premier Donald Tusk powiedział: – To jest bardzo ważne dla nas wszystkich.\n\nPianistka Ewa Lipińska wydała album. Macha ręką: – Nie czytam recenzji, bo potem nie mogę grać.', 'pl');
    expect(said(items, 'bardzo ważne')?.speaker).toBe('Donald Tusk');
    expect(items.some((i) => i.speaker === 'Macha')).toBe(false);
  });
  test('"inna mieszkanka" is someone new, not the resident named before', () => {
    const { items } = read('Mieszkanka ulicy Kolejowej Barbara Górecka pokazuje zalany parter.\n\n„Nikt nas nie ostrzegł na czas” – skarży się inna mieszkanka.', 'pl');
    expect(said(items, 'nie ostrzegł')?.speaker).not.toBe('Barbara Górecka');
  });
});
