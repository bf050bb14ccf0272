// Portuguese: invented articles for round 3 (company results, a council row in Portugal, a court in
// Brazil, a Q&A-free culture profile), in the house styles of Valor/Folha, Lusa/Público and Agência
// Brasil. Each row: a quotation and its speaker, or null where a careful reader cannot tell. Batch 2 was
// written after the rule changes of batch 1.
import type { SpeakerRow } from '../speaker-table.ts';

export interface Article { title: string; text: string; rows: SpeakerRow[] }

export const BATCH1: Article[] = [
  {
    title: 'São Paulo (Folha): company results, o executivo, em entrevista à Folha, segundo a empresa, an analyst, fontes do mercado',
    text: [
      'SÃO PAULO — A varejista Casa Aurora registrou lucro líquido de R$ 412 milhões no terceiro trimestre, alta de 18% em relação ao mesmo período do ano passado, informou a companhia nesta quinta-feira (7).',
      'Em entrevista à Folha, o presidente da empresa, Ricardo Menezes, atribuiu o resultado ao crescimento das vendas on-line. "O digital já representa 40% da nossa receita e vai passar da metade até 2026", disse o executivo.',
      'Segundo a empresa, foram abertas 23 lojas no período, a maioria no Nordeste.',
      'Menezes afirmou que a companhia não pretende fazer demissões. "Estamos contratando, não cortando", ressaltou.',
      'A diretora financeira, Juliana Prado, destacou a redução do endividamento. "Pela primeira vez em cinco anos temos caixa líquido positivo", declarou a executiva em teleconferência com analistas.',
      'Para o analista Bruno Teixeira, da corretora Vértice, os números vieram acima do esperado, mas "o juro alto ainda pesa sobre o consumo das famílias".',
      'Fontes do mercado ouvidas pela reportagem avaliam que a empresa pode voltar a pagar dividendos no ano que vem.',
      'As ações da Casa Aurora subiram 6,2% na Bolsa brasileira após a divulgação do balanço.',
    ].join('\n\n'),
    rows: [
      ['O digital já representa 40%', 'Ricardo Menezes'],
      ['Estamos contratando, não cortando', 'Ricardo Menezes'],
      ['Pela primeira vez em cinco anos', 'Juliana Prado'],
      ['o juro alto ainda pesa', 'Bruno Teixeira'],
    ],
  },
  {
    title: 'Setúbal (Lusa): a council row with «» marks, o autarca, a vereadora, acrescentou, disse à Lusa, a party in a statement',
    text: [
      'Setúbal, 14 nov 2024 (Lusa) - A vereadora da oposição na Câmara de Setúbal Carla Mourão acusou hoje o executivo municipal de «esconder» os custos da obra do novo mercado, que já ultrapassam os 9 milhões de euros.',
      '«Os setubalenses têm o direito de saber quanto vai custar esta obra e quem a vai pagar», afirmou a vereadora em declarações à agência Lusa.',
      'Carla Mourão disse ainda que pediu por três vezes acesso aos contratos, sem resposta. «É uma falta de respeito pelos eleitos e pelos munícipes», acrescentou.',
      'Contactado pela Lusa, o presidente da câmara, Vasco Amaral, rejeitou as acusações. «Todos os documentos estão disponíveis no portal da transparência do município», garantiu o autarca.',
      'O autarca admitiu, no entanto, um atraso de seis meses na conclusão da obra, que atribuiu à falta de mão-de-obra no setor da construção.',
      '«Não há nenhuma derrapagem, há uma revisão de preços prevista na lei», sublinhou.',
      'Em comunicado, a concelhia do PSD considerou que a obra é «um exemplo de má gestão» e exigiu uma auditoria externa.',
      'Segundo o Tribunal de Contas, o contrato inicial foi visado em 2022 por 7,4 milhões de euros.',
    ].join('\n\n'),
    rows: [
      ['Os setubalenses têm o direito', 'Carla Mourão'],
      ['É uma falta de respeito', 'Carla Mourão'],
      ['Todos os documentos estão disponíveis', 'Vasco Amaral'],
      ['Não há nenhuma derrapagem', 'Vasco Amaral'],
    ],
  },
  {
    title: 'Brasília (Agência Brasil): a court, o ministro relator, a lawyer, de acordo com o STF, dialogue of a hearing, a colon quote',
    text: [
      'Brasília - O Supremo Tribunal Federal (STF) formou maioria nesta terça-feira (12) para derrubar a lei estadual que proibia o uso de linguagem neutra nas escolas de Rondônia.',
      'O relator do caso, ministro Alexandre Fontoura, afirmou em seu voto que os estados não podem legislar sobre diretrizes da educação. "A competência é privativa da União, e isso está claro na Constituição", escreveu o magistrado.',
      'A ministra Helena Barros acompanhou o relator, mas fez uma ressalva: "O debate sobre a língua é legítimo e deve ser feito no Congresso, não nas assembleias".',
      'O advogado do governo de Rondônia, Márcio Tavares, disse que vai aguardar a publicação do acórdão. "Respeitamos a decisão, embora discordemos dela", declarou.',
      'De acordo com o STF, o julgamento no plenário virtual termina na sexta-feira.',
      'A presidente da Associação Nacional de Professores, Denise Lopes, comemorou o resultado. "É uma vitória da autonomia pedagógica", disse ela à Agência Brasil.',
      '"As escolas precisam de liberdade para ensinar", completou a educadora.',
    ].join('\n\n'),
    rows: [
      ['A competência é privativa da União', 'Alexandre Fontoura'],
      ['O debate sobre a língua é legítimo', 'Helena Barros'],
      ['Respeitamos a decisão', 'Márcio Tavares'],
      ['É uma vitória da autonomia', 'Denise Lopes'],
      ['As escolas precisam de liberdade', 'Denise Lopes', 'or none'], // (a educadora: she heads a teachers' body)
    ],
  },
  {
    title: 'Rio (O Globo): o presidente da Câmara, O Globo apurou, fontes do Planalto, a ministra, a colon quote, acrescentou',
    text: [
      'BRASÍLIA — O presidente da Câmara dos Deputados, Hugo Motta, afirmou nesta terça-feira que vai pautar a reforma administrativa ainda neste semestre, apesar da resistência do governo.',
      '"A Casa tem maioria para aprovar e não vamos esperar o ano eleitoral", disse Motta a jornalistas após reunião com líderes partidários.',
      'O Globo apurou que o Palácio do Planalto tenta adiar a votação para depois das eleições municipais.',
      'Segundo fontes do Planalto, o presidente teme o desgaste com os servidores públicos.',
      'A ministra da Gestão, Esther Dweck, foi direta: "O governo não é contra a reforma, é contra esta reforma".',
      'Em entrevista à GloboNews, a ministra disse que o texto atual "precariza o serviço público". "Não há economia real nessa proposta", acrescentou.',
      'O líder do PL na Câmara, Sóstenes Cavalcante, rebateu. "Quem precariza o serviço público é a máquina inchada", declarou o deputado.',
      'Para o cientista político Cláudio Couto, da FGV, o embate "antecipa a disputa de 2026".',
    ].join('\n\n'),
    rows: [
      ['A Casa tem maioria para aprovar', 'Hugo Motta'],
      ['O governo não é contra a reforma', 'Esther Dweck'],
      ['precariza o serviço público"', 'Esther Dweck'],
      ['Não há economia real', 'Esther Dweck'],
      ['Quem precariza o serviço', 'Sóstenes Cavalcante'],
      ['antecipa a disputa de 2026', 'Cláudio Couto'],
    ],
  },
  {
    title: 'Porto (Público/Lusa): a football coach in «», o técnico, o avançado, pro-drop, a club in a statement, a quotation over two paragraphs',
    text: [
      'O treinador do FC Porto, Martim Seabra, admitiu hoje que a equipa «não esteve ao nível» exigido na derrota frente ao Sporting de Braga, por 2-0, no Estádio do Dragão.',
      '«Entrámos mal no jogo e, a partir do momento em que sofremos o primeiro golo, perdemos a cabeça», afirmou o técnico portista na conferência de imprensa.',
      '«Não há desculpas. Os adeptos merecem mais e vamos trabalhar para dar essa resposta já no próximo jogo», acrescentou.',
      'O avançado brasileiro Wendel Souza, autor dos dois golos do Sp. Braga, dedicou a vitória à filha recém-nascida.',
      '«Ela nasceu há quatro dias e eu prometi-lhe um golo. Acabaram por ser dois», contou o jogador à Sport TV.',
      '«Esta equipa tem uma união muito grande.',
      '«Acho que podemos lutar pelo título até ao fim.»',
      'Em comunicado, o FC Porto anunciou que vai apresentar queixa ao Conselho de Disciplina pela arbitragem.',
    ].join('\n\n'),
    rows: [
      ['não esteve ao nível', 'Martim Seabra'],
      ['Entrámos mal no jogo', 'Martim Seabra'],
      ['Não há desculpas', 'Martim Seabra'],
      ['Ela nasceu há quatro dias', 'Wendel Souza'],
      ['Acho que podemos lutar', 'Wendel Souza'],
    ],
  },
];

export const BATCH2: Article[] = [];
