// Italian: invented sentences, read with the Italian pack.
import { describe, expect, test } from 'vitest';
import { read, said } from '../read.ts';

describe('Italian', () => {
  test('«…», ha detto il presidente del Consiglio: the officeholder of the day', () => {
    const { items } = read('«Il governo andrà avanti con la riforma», ha detto il presidente del Consiglio durante la conferenza stampa.', 'it');
    expect(said(items, 'Il governo andrà avanti')?.speaker).toBe('Giorgia Meloni');
  });

  test('secondo X, and secondo gli esperti is vague', () => {
    const { items } = read('Secondo la polizia, due persone sono rimaste ferite. Secondo gli esperti, la siccità durerà ancora un anno.', 'it');
    expect(said(items, 'due persone sono rimaste ferite')?.source).toBe('la polizia');
    expect(said(items, 'la siccità durerà')?.vague).toBe(true);
  });
});
