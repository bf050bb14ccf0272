// Languages without a pack: quotations by their marks, and no speaker guessed.
import { describe, expect, test } from 'vitest';
import { read } from '../read.ts';

describe('no pack', () => {
  test('Dutch, declared by the page: quotations found, no speaker, language unsupported', () => {
    const { items, language, entities } = read('„We moeten nu handelen, anders is het te laat”, zei burgemeester Jan de Vries maandag tegen journalisten.', 'nl');
    expect(language).toEqual({ code: 'nl', supported: false });
    expect(items).toHaveLength(1);
    expect(items[0]!.content).toContain('We moeten nu handelen');
    expect(items[0]!.speaker).toBe(null);
    expect(items[0]!.source).toBe(null);
    expect(entities).toEqual([]);
  });

  test('Czech, told from the text: „…“ found, no speaker', () => {
    const text = 'Starosta města v pondělí uvedl, že most bude znovu otevřen příští týden. „Jsme rádi, že se oprava podařila dokončit včas a bez problémů,“ řekl starosta novinářům. Podle úřadu stála oprava více než deset milionů korun.';
    const { items, language } = read(text, null);
    // (franc-min may take a short Czech text for Serbian or Slovak: any of them has no pack)
    expect(['cs', 'sk', 'sr', 'hr', 'bs']).toContain(language?.code);
    expect(language?.supported).toBe(false);
    expect(items.map((i) => i.speaker)).toEqual([null]);
  });

  test('a two-word quoted term is not a quotation', () => {
    const { items } = read('De zogenaamde „groene golf” werkt niet meer in de binnenstad van de hoofdstad, meldt de krant.', 'nl');
    expect(items).toEqual([]);
  });
});
