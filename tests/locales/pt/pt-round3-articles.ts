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
];

export const BATCH2: Article[] = [];
