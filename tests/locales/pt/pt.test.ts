// Portuguese: invented sentences, read with the Portuguese pack.
import { describe, expect, test } from 'vitest';
import { read, said } from '../read.ts';

describe('Portuguese', () => {
  test('"…", disse X; segundo X; de acordo com X', () => {
    const { items } = read('"Vamos reconstruir a ponte até o fim do ano", disse o prefeito Carlos Mendes. Segundo a Defesa Civil, três famílias deixaram suas casas. De acordo com especialistas, a chuva deve continuar.', 'pt');
    expect(said(items, 'Vamos reconstruir a ponte')?.speaker).toBe('Carlos Mendes');
    expect(said(items, 'três famílias deixaram')?.source).toBe('a Defesa Civil');
    expect(said(items, 'a chuva deve continuar')?.vague).toBe(true);
  });

  test('a bare "presidente" names no country: no officeholder is guessed', () => {
    const { items } = read('"O país precisa de calma", afirmou o presidente nesta segunda-feira.', 'pt');
    const q = said(items, 'O país precisa de calma');
    expect(q?.speaker).toBe(null);
    expect(q?.source).toBe('o presidente');
  });
});
