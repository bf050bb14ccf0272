// Portuguese: invented articles in Brazilian (Folha, G1, Estadão) and European (Lusa, Público) house
// styles, each with traps: a dateline, two persons, descriptions, the agency as hearer.
import { describe, expect, test } from 'vitest';
import { read, said } from '../read.ts';

describe('Portuguese articles', () => {
  test('Brasília: "…", disse X; a quotation that goes on; segundo ele; a description after a hearer; de acordo com a body', () => {
    const text = [
      'BRASÍLIA — O presidente Luiz Inácio Lula da Silva afirmou nesta quarta-feira que o governo não vai abrir mão da meta fiscal.',
      '"Nós vamos cumprir o que prometemos", disse Lula em discurso no Palácio do Planalto. "Ninguém vai tirar do povo o que é do povo."',
      'O ministro da Fazenda, Fernando Haddad, reforçou o recado. Segundo ele, as contas públicas devem fechar o ano no azul.',
      '"A arrecadação está crescendo acima do esperado", afirmou o ministro a jornalistas.',
      'A senadora Tereza Cristina, da oposição, criticou a proposta. "O governo gasta mais do que arrecada e quer que o contribuinte pague a conta", declarou a parlamentar.',
      'De acordo com o Banco Central, a inflação deve ficar dentro da meta em 2024.',
      'O deputado Arthur Lira disse que a Câmara vai votar o texto na próxima semana. "Temos maioria para aprovar", garantiu.',
    ].join('\n\n');
    const { items, entities } = read(text, 'pt');
    expect(said(items, 'Nós vamos cumprir')?.speaker).toBe('Luiz Inácio Lula da Silva');
    expect(said(items, 'Ninguém vai tirar')?.speaker).toBe('Luiz Inácio Lula da Silva');
    expect(said(items, 'as contas públicas')?.speaker).toBe('Fernando Haddad');
    expect(said(items, 'A arrecadação está')?.speaker).toBe('Fernando Haddad');
    expect(said(items, 'O governo gasta mais')?.speaker).toBe('Tereza Cristina');
    expect(entities.find((e) => e.name === said(items, 'a inflação deve ficar')?.speaker)?.type).toBe('organization');
    expect(said(items, 'Temos maioria')?.speaker).toBe('Arthur Lira');
    expect(entities.map((e) => e.name)).not.toContain('BRASÍLIA');
  });

  test('Lisboa (Lusa): the agency is the hearer, never the speaker; the minister in apposition explains', () => {
    const text = [
      'LISBOA (Lusa) - O primeiro-ministro, Luís Montenegro, garantiu hoje que o Governo vai aumentar as pensões em janeiro.',
      '"Os pensionistas não vão perder poder de compra", disse Montenegro aos jornalistas, à margem de uma visita a Braga.',
      'A ministra do Trabalho, Maria do Rosário Palma Ramalho, explicou à Lusa que a medida custa 300 milhões de euros. "É um esforço que o país pode fazer", sublinhou a governante.',
    ].join('\n\n');
    const { items, entities } = read(text, 'pt');
    expect(said(items, 'Os pensionistas')?.speaker).toBe('Luís Montenegro');
    expect(said(items, 'É um esforço')?.speaker).toBe('Maria do Rosário Palma Ramalho');
    expect(entities.map((e) => e.name)).not.toContain('Lusa');
    expect(items.some((i) => i.speaker === 'Lusa')).toBe(false);
  });

  test('a subject with an aside before its verb: "O técnico X, por sua vez, disse: …"', () => {
    const { items } = read('O técnico Abel Ferreira, por sua vez, disse: "O grupo está preparado para a final".', 'pt');
    expect(said(items, 'O grupo está preparado')?.speaker).toBe('Abel Ferreira');
  });

  test('a description of the other gender is not taken back: "afirmou a ministra" after a man', () => {
    const { items } = read('O ministro Rui Alves visitou a escola. "Vamos abrir mais turmas", afirmou a ministra.', 'pt');
    expect(said(items, 'Vamos abrir mais turmas')?.speaker ?? null).not.toBe('Rui Alves');
  });
});

describe('Portuguese articles (2)', () => {
  test('São Paulo: o governador, segundo X in apposition, para ela, a sociologist with his university', () => {
    const text = [
      'SÃO PAULO — O governador de São Paulo, Tarcísio de Freitas, anunciou nesta segunda-feira um pacote de investimentos em segurança pública.',
      '"Vamos colocar mais 5 mil policiais nas ruas até o fim do ano", disse o governador em entrevista coletiva no Palácio dos Bandeirantes.',
      'Segundo o secretário da Segurança Pública, Guilherme Derrite, os novos agentes serão distribuídos principalmente na capital.',
      '"A população pode esperar resultados já nos primeiros meses", completou Derrite.',
      'A deputada estadual Ana Perugini, do PT, criticou o anúncio. Para ela, o pacote é "eleitoreiro". "O governo prefere a repressão à prevenção", afirmou a parlamentar.',
      'De acordo com dados do Fórum Brasileiro de Segurança Pública, os roubos caíram 8% no último ano.',
      'Especialistas ouvidos pela reportagem afirmam que o efeito das medidas deve ser limitado.',
      '"Sem investimento em inteligência, mais policiais não resolvem o problema", avalia o sociólogo Renato Lima, da Universidade de São Paulo.',
    ].join('\n\n');
    const { items } = read(text, 'pt');
    expect(said(items, 'Vamos colocar mais 5 mil')?.speaker).toBe('Tarcísio de Freitas');
    expect(said(items, 'os novos agentes')?.speaker).toBe('Guilherme Derrite');
    expect(said(items, 'A população pode esperar')?.speaker).toBe('Guilherme Derrite');
    expect(said(items, 'O governo prefere a repressão')?.speaker).toBe('Ana Perugini');
    expect(said(items, 'Sem investimento em inteligência')?.speaker).toBe('Renato Lima');
  });

  test('Lisboa (Lusa): the head of state, a given name alone, a party member as description, a hearer before the speaker', () => {
    const text = [
      'Lisboa, 10 jun (Lusa) - O Presidente da República, Marcelo Rebelo de Sousa, promulgou hoje o diploma do Governo sobre a habitação, mas deixou críticas ao texto.',
      '"Promulgo, mas com reservas", escreveu o chefe de Estado numa nota publicada no site da Presidência.',
      'Em declarações aos jornalistas, Marcelo explicou que o diploma "não resolve o problema da oferta".',
      'A ministra da Habitação, Marina Gonçalves, reagiu pouco depois. "Respeitamos a decisão do senhor Presidente e vamos avançar com o programa", disse a governante.',
      'O líder parlamentar do PSD, Hugo Soares, considerou que o executivo "falhou". "Os portugueses continuam sem casas a preços acessíveis", acusou o social-democrata.',
      'Para a Associação dos Inquilinos Lisbonenses, as medidas chegam tarde.',
      '"É tarde, mas é melhor do que nada", afirmou à Lusa o presidente da associação, Romão Lavadinho.',
    ].join('\n\n');
    const { items, entities } = read(text, 'pt');
    expect(said(items, 'Promulgo, mas com reservas')?.speaker).toBe('Marcelo Rebelo de Sousa');
    expect(said(items, 'não resolve o problema da oferta')?.speaker).toBe('Marcelo Rebelo de Sousa');
    expect(said(items, 'Respeitamos a decisão')?.speaker).toBe('Marina Gonçalves');
    expect(said(items, 'Os portugueses continuam')?.speaker).toBe('Hugo Soares');
    expect(said(items, 'É tarde, mas é melhor')?.speaker).toBe('Romão Lavadinho');
    expect(entities.map((e) => e.name)).not.toContain('Marcelo');
  });
});

describe('Portuguese articles (3)', () => {
  test('Saúde: "segundo afirmou X", a sequel "A afirmação é da secretária", "em nota", a hearer before the speaker, "nas palavras do"', () => {
    const text = [
      'O ministro da Saúde, Alexandre Padilha, anunciou nesta terça-feira a ampliação da campanha de vacinação.',
      '"Queremos vacinar 90% do público-alvo até julho", disse Padilha à Folha. Segundo afirmou o ministro, as doses já foram distribuídas aos estados.',
      '"É uma corrida contra o tempo." A afirmação é da secretária de Vigilância em Saúde, Ethel Maciel, em entrevista ao g1.',
      'Em nota, o Ministério da Saúde afirmou que "não há falta de vacinas em nenhuma região do país".',
      '"Estamos preocupados com a baixa adesão", afirmou ela.',
      'Conforme explicou o infectologista Marcos Boulos, a vacina reduz em 80% o risco de internação.',
      '"O vírus continua a circular", alertou em entrevista à CNN Brasil o presidente da Sociedade Brasileira de Imunizações, Renato Kfouri.',
      'Nas palavras do governador do Rio, Cláudio Castro, "a situação está sob controle".',
    ].join('\n\n');
    const { items, entities } = read(text, 'pt');
    expect(said(items, 'Queremos vacinar 90%')?.speaker).toBe('Alexandre Padilha');
    expect(said(items, 'as doses já foram')?.speaker).toBe('Alexandre Padilha');
    expect(said(items, 'É uma corrida contra o tempo')?.speaker).toBe('Ethel Maciel');
    expect(entities.find((e) => e.name === said(items, 'não há falta de vacinas')?.speaker)?.type).toBe('organization');
    expect(said(items, 'O vírus continua a circular')?.speaker).toBe('Renato Kfouri');
    expect(said(items, 'a situação está sob controle')?.speaker).toBe('Cláudio Castro');
    expect(entities.map((e) => e.name)).not.toContain('Brasil');
  });
});

describe('Portuguese articles (4)', () => {
  test('Porto Alegre: a retiree with her age, an unnamed spokesman, a post, a mayor after his city, a quotation that goes on', () => {
    const text = [
      'PORTO ALEGRE — Moradores do bairro Sarandi ainda aguardam a chegada de ajuda, uma semana após a enchente.',
      '"Perdemos tudo, não sobrou nada", contou a aposentada Maria das Graças Souza, de 67 anos.',
      'Um porta-voz da Defesa Civil afirmou que as equipes trabalham 24 horas por dia. "Já resgatamos mais de 2 mil pessoas", disse o coronel.',
      'O governador Eduardo Leite usou as redes sociais para pedir doações. "Precisamos de água potável e colchões", escreveu.',
      'Ele também anunciou a criação de um fundo de reconstrução.',
      '“O Estado vai precisar de bilhões para se reerguer”, afirmou o prefeito de Porto Alegre, Sebastião Melo, em entrevista coletiva.',
      'Segundo fontes do Palácio do Planalto, o governo federal vai liberar recursos extraordinários.',
      '“Ninguém ficará para trás”, garantiu a ministra do Planejamento, Simone Tebet. “O governo vai fazer o que for preciso.”',
    ].join('\n\n');
    const { items } = read(text, 'pt');
    expect(said(items, 'Perdemos tudo')?.speaker).toBe('Maria das Graças Souza');
    expect(said(items, 'Precisamos de água potável')?.speaker).toBe('Eduardo Leite');
    expect(said(items, 'O Estado vai precisar')?.speaker).toBe('Sebastião Melo');
    expect(said(items, 'Ninguém ficará para trás')?.speaker).toBe('Simone Tebet');
    expect(said(items, 'O governo vai fazer o que for preciso')?.speaker).toBe('Simone Tebet');
  });

  test('European Portuguese tags: «…», vincou o ministro; «…», rematou', () => {
    const { items } = read('O ministro das Finanças, Joaquim Miranda Sarmento, apresentou o Orçamento. «As contas estão certas», vincou o ministro. «Não haverá aumento de impostos», rematou.', 'pt');
    expect(said(items, 'As contas estão certas')?.speaker).toBe('Joaquim Miranda Sarmento');
    expect(said(items, 'Não haverá aumento')?.speaker).toBe('Joaquim Miranda Sarmento');
  });
});

describe('Portuguese articles (5)', () => {
  test('sport: a headline, the coach as o treinador and o português, segundo ele, a former player as o ex-lateral', () => {
    const text = [
      'Abel diz que Palmeiras "não tem medo de ninguém" antes da final',
      'Técnico português elogiou o rival, mas garantiu que o time está pronto',
      'O técnico do Palmeiras, Abel Ferreira, afirmou nesta sexta-feira que o time "não tem medo de ninguém" e que vai a campo para vencer o Flamengo na final da Copa do Brasil.',
      '"Respeitamos muito o adversário, que tem um elenco fortíssimo. Mas nós também temos as nossas armas", disse o treinador em entrevista coletiva na Academia de Futebol.',
      'O português evitou comentar a arbitragem. "Não vou falar de árbitros. Quem fala de árbitros antes do jogo já está a perder", afirmou.',
      'Do outro lado, o técnico rubro-negro Filipe Luís adotou um tom cauteloso. Segundo ele, o time carioca ainda tem dúvidas no meio-campo.',
      '"Vamos decidir a escalação só no sábado", declarou o ex-lateral.',
      'O presidente do Palmeiras, Leila Pereira, também comentou a decisão: "Confio plenamente no nosso grupo".',
      'Já o atacante Pedro, artilheiro do Flamengo na temporada, disse estar "100% recuperado" da lesão no joelho.',
    ].join('\n\n');
    const { items } = read(text, 'pt');
    expect(said(items, 'Respeitamos muito o adversário')?.speaker).toBe('Abel Ferreira');
    expect(said(items, 'Não vou falar de árbitros')?.speaker).toBe('Abel Ferreira');
    expect(said(items, 'o time carioca ainda tem')?.speaker).toBe('Filipe Luís');
    expect(said(items, 'Vamos decidir a escalação')?.speaker).toBe('Filipe Luís');
    expect(said(items, 'Confio plenamente')?.speaker).toBe('Leila Pereira');
  });
});

describe('Portuguese titles and media', () => {
  test('a film\'s title in marks is no one\'s words; "à Folha de S.Paulo" is the hearer, the economist after it speaks', () => {
    const text = 'O diretor Walter Salles lançou o filme "Ainda Estou Aqui com a minha família no Rio" em Veneza. "É um filme sobre a memória de um país inteiro", disse Salles. “Não há tempo a perder”, contou à Folha de S.Paulo a economista Laura Carvalho.';
    const { items } = read(text, 'pt');
    expect(said(items, 'Ainda Estou Aqui')).toBeUndefined();
    expect(said(items, 'É um filme sobre a memória')?.speaker).toBe('Walter Salles');
    expect(said(items, 'Não há tempo a perder')?.speaker).toBe('Laura Carvalho');
  });
});

describe('Portuguese colon quotes after a short clause', () => {
  test('"A ministra foi enfática: …" takes up the minister named before', () => {
    const { items } = read('A ministra da Saúde, Nísia Trindade, visitou o hospital. A ministra foi enfática: "Não vamos permitir mais cortes na saúde pública".', 'pt');
    expect(said(items, 'Não vamos permitir')?.speaker).toBe('Nísia Trindade');
  });
});

describe('Portuguese articles (6)', () => {
  test('Coimbra (Lusa): o autarca, segundo o mesmo responsável, a dirigente associativa, a councillor to the agency', () => {
    const text = [
      'Coimbra, 3 out (Lusa) – A Câmara de Coimbra vai investir 12 milhões de euros na requalificação da Baixa, anunciou hoje o presidente da autarquia, José Manuel Silva.',
      '«Este é o maior investimento feito na Baixa nas últimas décadas», referiu o autarca, em conferência de imprensa.',
      'Segundo o mesmo responsável, as obras arrancam em janeiro e devem durar dois anos.',
      '«Os comerciantes foram ouvidos e as suas propostas foram acolhidas», acrescentou o mesmo responsável.',
      'A presidente da Associação Comercial de Coimbra, Ana Paula Ferreira, considerou a notícia «muito positiva», mas deixou um alerta.',
      '«Durante as obras, as lojas não podem ficar sem clientes. Precisamos de apoios», frisou a dirigente associativa.',
      'Já o vereador da oposição Carlos Lopes, do PS, criticou a falta de debate. «A câmara decidiu sozinha, como sempre», afirmou à agência Lusa.',
    ].join('\n\n');
    const { items, entities } = read(text, 'pt');
    expect(said(items, 'Este é o maior investimento')?.speaker).toBe('José Manuel Silva');
    expect(said(items, 'as obras arrancam em janeiro')?.speaker).toBe('José Manuel Silva');
    expect(said(items, 'Os comerciantes foram ouvidos')?.speaker).toBe('José Manuel Silva');
    expect(said(items, 'Durante as obras')?.speaker).toBe('Ana Paula Ferreira');
    expect(said(items, 'A câmara decidiu sozinha')?.speaker).toBe('Carlos Lopes');
    expect(entities.map((e) => e.name)).not.toContain('Coimbra');
  });
});

describe('Portuguese unnamed witnesses', () => {
  test('"Uma moradora de 70 anos viu tudo.\\n\\n“…”": the resident\'s words, not the mayor\'s', () => {
    const { items } = read('O prefeito João Alves visitou o bairro. "Vamos ajudar todas as famílias", disse Alves.\n\nUma moradora de 70 anos viu tudo da varanda.\n\n"A água subiu em cinco minutos e não conseguimos tirar nada de casa."', 'pt');
    expect(said(items, 'A água subiu')?.speaker).toBe('Uma moradora');
  });
});

describe('Portuguese "segundo" with a dropped subject', () => {
  test('"Segundo afirmou, …" is the person spoken of; "Segundo disseram, …" (plural) is no one', () => {
    const { items } = read('O ministro Fernando Haddad defendeu a proposta. Segundo afirmou, o texto deve ser votado até o fim do mês. Segundo disseram, a votação será tranquila.', 'pt');
    expect(said(items, 'o texto deve ser votado')?.speaker).toBe('Fernando Haddad');
    expect(said(items, 'a votação será tranquila')?.speaker ?? null).toBe(null);
  });
});

describe('Portuguese groups as speakers', () => {
  test('«…», disseram os manifestantes: the group, vague, not the mayor named before', () => {
    const { items } = read('O prefeito João Alves recebeu os moradores. «Queremos soluções já, chega de promessas», disseram os manifestantes em frente à prefeitura.', 'pt');
    const q = said(items, 'Queremos soluções já');
    expect(q?.speaker).toBe('os manifestantes');
    expect(q?.vague).toBe(true);
  });
});

describe('Portuguese descriptions of the head of state', () => {
  test('"disse o mandatário" takes up the president named before', () => {
    const { items } = read('O presidente Luiz Inácio Lula da Silva visitou a fábrica. "Vamos gerar empregos", disse o mandatário.', 'pt');
    expect(said(items, 'Vamos gerar empregos')?.speaker).toBe('Luiz Inácio Lula da Silva');
  });
});
