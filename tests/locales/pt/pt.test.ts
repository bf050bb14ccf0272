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

  test('a surname alone finds the full name with its particles; segundo ele; o ministro takes up the minister', () => {
    const text = 'O presidente Luiz Inácio Lula da Silva defendeu nesta terça-feira a reforma. "Ninguém vai pagar mais imposto do que paga hoje", afirmou Lula durante evento em Brasília.\n\nO ministro da Fazenda, Fernando Haddad, também comentou a proposta. Segundo ele, o texto deve ser votado até o fim do mês. "Temos votos suficientes no Senado", disse o ministro.';
    const { items } = read(text, 'pt');
    expect(said(items, 'Ninguém vai pagar')?.speaker).toBe('Luiz Inácio Lula da Silva');
    expect(said(items, 'o texto deve ser votado')?.speaker).toBe('Fernando Haddad');
    expect(said(items, 'Temos votos suficientes')?.speaker).toBe('Fernando Haddad');
  });

  test('the agency is the hearer: “…”, disse à Lusa o secretário de Estado, X', () => {
    const { items, entities } = read('“Não haverá cortes nas pensões”, disse à Lusa o secretário de Estado, Rui Alves.', 'pt');
    expect(said(items, 'Não haverá cortes')?.speaker).toBe('Rui Alves');
    expect(entities.map((e) => e.name)).not.toContain('Lusa');
  });

  test('a dropped subject with a verb of saying in -ir: “…”, garantiu (the minister named before)', () => {
    const { items } = read('O ministro João Silva visitou a obra na segunda-feira. “Vamos concluir a ponte até junho”, garantiu.', 'pt');
    expect(said(items, 'Vamos concluir a ponte')?.speaker).toBe('João Silva');
  });

  test('a paragraph of speech after a sentence whose subject is a person is theirs; not after a sentence about someone else', () => {
    const a = read('O técnico Carlos Mendes falou sobre a final.\n\n“Nós jogámos bem e merecemos ganhar este jogo difícil.”', 'pt');
    expect(said(a.items, 'Nós jogámos')?.speaker).toBe('Carlos Mendes');
    const b = read('O técnico Carlos Mendes falou sobre a final. A claque do clube rival protestou.\n\n“Nós jogámos bem e merecemos ganhar este jogo difícil.”', 'pt');
    expect(said(b.items, 'Nós jogámos')?.speaker ?? null).toBe(null);
  });

  test('para X with a body named as one, past a sentence adverb: “Para a Confederação dos Agricultores, porém, …”', () => {
    const { items, entities } = read('Para a Confederação dos Agricultores, porém, o valor do apoio é insuficiente.', 'pt');
    const q = said(items, 'o valor do apoio');
    expect(q?.content.startsWith('o valor')).toBe(true);
    expect(entities.find((e) => e.name === q?.speaker)?.type).toBe('organization');
  });
});
