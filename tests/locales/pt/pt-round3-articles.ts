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

export const BATCH2: Article[] = [
  {
    title: 'Brasília (Agência Brasil): a health story, o ministro, a secretária, segundo o ministério, em nota, de acordo com, a hearer',
    text: [
      'Brasília - O Ministério da Saúde decidiu ampliar a vacinação contra a dengue para crianças de 6 a 9 anos em 300 municípios com alta transmissão da doença, anunciou nesta quinta-feira (15) o ministro da Saúde, Rogério Antunes.',
      '"Estamos diante de uma epidemia que exige resposta rápida e não vamos economizar esforços", disse o ministro em entrevista coletiva.',
      'Segundo o ministério, já foram registrados 1,2 milhão de casos prováveis de dengue neste ano, mais que o dobro do mesmo período de 2023.',
      'A secretária de Vigilância em Saúde, Camila Nogueira, explicou que as doses serão distribuídas a partir da próxima semana. "As crianças dessa faixa etária são as que mais têm sido internadas", afirmou a secretária.',
      'Em nota, o Conselho Nacional de Secretários de Saúde (Conass) afirmou que os estados estão preparados para a nova etapa.',
      'De acordo com a Fiocruz, o calor acima da média e as chuvas intensas explicam o avanço do mosquito.',
      'O infectologista Marcelo Dantas, da Universidade de Brasília, disse à Agência Brasil que a vacina é importante, mas não resolve o problema sozinha. "Sem eliminar os criadouros, vamos continuar correndo atrás do prejuízo", alertou o médico.',
    ].join('\n\n'),
    rows: [
      ['Estamos diante de uma epidemia', 'Rogério Antunes'],
      ['As crianças dessa faixa etária', 'Camila Nogueira'],
      ['Sem eliminar os criadouros', 'Marcelo Dantas'],
    ],
  },
  {
    title: 'Lisboa (Lusa): a court with «», o juiz, a procuradora, o advogado, acrescentou, disse à Lusa, a quotation over two paragraphs',
    text: [
      'Lisboa, 3 jul 2024 (Lusa) - O Tribunal Central Criminal de Lisboa condenou hoje a seis anos de prisão efetiva o antigo presidente da Câmara de Sintra Rui Carvalhal pelos crimes de corrupção passiva e prevaricação.',
      'Na leitura do acórdão, o juiz presidente, Nuno Matos Lopes, considerou que o arguido «traiu a confiança» dos munícipes.',
      '«O tribunal não tem dúvidas de que o arguido recebeu contrapartidas para favorecer empresas de construção», afirmou o magistrado.',
      'A procuradora do Ministério Público, Helena Sarmento, tinha pedido uma pena de oito anos. À saída do tribunal, mostrou-se satisfeita com a decisão.',
      '«A justiça funcionou. É um sinal importante para todos os que exercem cargos públicos», disse a procuradora aos jornalistas.',
      'O advogado de defesa, Tiago Barreiros, anunciou que vai recorrer para o Tribunal da Relação. «Há nulidades graves na prova e vamos demonstrá-lo», disse à Lusa.',
      '«O meu cliente está inocente e sempre colaborou com a justiça.',
      '«Não vamos desistir.»',
      'Rui Carvalhal, de 61 anos, não prestou declarações.',
    ].join('\n\n'),
    rows: [
      ['traiu a confiança', 'Nuno Matos Lopes'],
      ['O tribunal não tem dúvidas', 'Nuno Matos Lopes'],
      ['A justiça funcionou', 'Helena Sarmento'],
      ['Há nulidades graves na prova', 'Tiago Barreiros'],
      ['Não vamos desistir', 'Tiago Barreiros'],
    ],
  },
  {
    title: 'Porto Alegre (Folha): floods, o governador, a prefeita, moradores, fontes da Defesa Civil, O Globo apurou-like reporting, a dash answer',
    text: [
      'PORTO ALEGRE — O governador do Rio Grande do Sul, Eduardo Leite, decretou nesta segunda-feira (6) estado de calamidade pública em 87 municípios atingidos pelas enchentes que já deixaram 12 mortos.',
      '"É a maior tragédia climática da história do estado e vamos precisar de muita ajuda", afirmou Leite em pronunciamento no Palácio Piratini.',
      'A prefeita de Canoas, Simone Brum, disse que metade da cidade está debaixo d\'água. "Perdemos o controle das bombas de drenagem durante a madrugada", relatou a prefeita.',
      'Segundo fontes da Defesa Civil ouvidas pela Folha, o nível do Guaíba pode subir mais 40 centímetros até quarta-feira.',
      'A reportagem apurou que o governo federal prepara uma medida provisória para liberar R$ 2 bilhões ao estado.',
      'Moradores do bairro Mathias Velho reclamam da demora no resgate. "Ficamos dois dias no telhado esperando um barco", contou o aposentado Valdir Kunz, de 72 anos.',
      '"Ninguém veio. Quem nos tirou de lá foram os vizinhos", completou ele.',
      'Em nota, a Defesa Civil afirmou que mais de 3.000 pessoas já foram resgatadas.',
    ].join('\n\n'),
    rows: [
      ['É a maior tragédia climática', 'Eduardo Leite'],
      ['Perdemos o controle das bombas', 'Simone Brum'],
      ['Ficamos dois dias no telhado', 'Valdir Kunz'],
      ['Ninguém veio. Quem nos tirou', 'Valdir Kunz'],
    ],
  },
];

/** Batch 3, written after batch 2's fixes and run before any change. */
export const BATCH3: Article[] = [
  {
    title: 'Rio (G1): a police operation, o delegado, a governadora, a vague source, segundo a polícia, a resident, a pronoun',
    text: [
      'RIO DE JANEIRO — A Polícia Civil prendeu nesta sexta-feira (22) onze suspeitos de integrar uma quadrilha especializada em roubo de cargas na Baixada Fluminense.',
      'Segundo a polícia, o grupo movimentou cerca de R$ 30 milhões nos últimos dois anos.',
      '"É uma organização com braços em três estados e que usava empresas de fachada para lavar o dinheiro", explicou o delegado Fábio Cordeiro, titular da Delegacia de Roubos e Furtos de Cargas.',
      'O delegado disse ainda que as investigações continuam. "Não descartamos a participação de agentes públicos", acrescentou.',
      'Fontes da investigação ouvidas pelo g1 afirmam que ao menos dois policiais militares estão sendo investigados.',
      'Em nota, a Polícia Militar informou que "não compactua com desvios de conduta" e que colabora com as investigações.',
      'Uma moradora de Duque de Caxias, que pediu para não ser identificada, contou que os caminhões eram descarregados de madrugada. "A gente ouvia o barulho a noite inteira, mas ninguém tinha coragem de falar", disse ela.',
    ].join('\n\n'),
    rows: [
      ['É uma organização com braços', 'Fábio Cordeiro'],
      ['Não descartamos a participação', 'Fábio Cordeiro'],
      ['A gente ouvia o barulho', 'Uma moradora de Duque de Caxias'],
    ],
  },
  {
    title: 'Lisboa (Público): parliament with «», a ministra, o deputado, disse em declarações aos jornalistas, a pronoun after two persons, para X',
    text: [
      'A ministra da Saúde, Ana Paula Martins, admitiu hoje no Parlamento que o plano de urgência para as maternidades «não correu como esperado» durante o verão.',
      '«Tivemos dias em que três blocos de partos estiveram encerrados ao mesmo tempo e isso não pode voltar a acontecer», reconheceu a governante, durante uma audição na comissão parlamentar de Saúde.',
      'O deputado socialista João Paulo Correia acusou o Governo de «desmantelar» o Serviço Nacional de Saúde.',
      '«A senhora ministra prometeu soluções em sessenta dias e passaram seis meses», atirou o parlamentar.',
      'Ana Paula Martins e João Paulo Correia trocaram acusações durante vários minutos. «Não recebo lições de quem deixou o SNS neste estado», respondeu ela.',
      'Para o bastonário da Ordem dos Médicos, Carlos Cortes, o problema é estrutural: «Faltam obstetras e nenhum plano de verão resolve isso».',
      'Em declarações aos jornalistas no final da audição, a ministra garantiu que o novo plano estará pronto em dezembro.',
    ].join('\n\n'),
    rows: [
      ['não correu como esperado', 'Ana Paula Martins'],
      ['Tivemos dias em que três blocos', 'Ana Paula Martins'],
      ['A senhora ministra prometeu', 'João Paulo Correia'],
      ['Não recebo lições', 'Ana Paula Martins'],
      ['Faltam obstetras', 'Carlos Cortes'],
    ],
  },
];

/** Batch 4, written after batch 3's fixes and run before any change. */
export const BATCH4: Article[] = [
  {
    title: 'Belo Horizonte (Estado de Minas): a dam collapse trial, a promotora, o juiz, a mineradora em nota, a victim mother, segundo ela',
    text: [
      'BELO HORIZONTE — Cinco anos depois do rompimento da barragem de Brumadinho, familiares das vítimas voltaram a protestar nesta quinta-feira (25) em frente ao Fórum de Belo Horizonte, onde corre o processo criminal contra ex-dirigentes da mineradora.',
      '"A gente não quer vingança, quer justiça. Cinco anos é tempo demais", disse Marina Oliveira, que perdeu o filho de 24 anos na tragédia.',
      'Segundo ela, muitas famílias ainda não receberam a indenização integral.',
      'A promotora Andressa Lanchotti, responsável pela acusação, afirmou que o Ministério Público vai recorrer de qualquer decisão que beneficie os réus. "As provas de que a empresa sabia dos riscos são robustas", declarou a promotora.',
      'Em nota, a mineradora afirmou que "segue comprometida com a reparação integral" dos danos.',
      'O advogado dos ex-diretores, Paulo Sérgio Prado, não respondeu aos pedidos de entrevista.',
      '"O processo está na fase final de instrução", informou o juiz federal Rodrigo Figueiredo, sem dar prazo para a sentença.',
    ].join('\n\n'),
    rows: [
      ['A gente não quer vingança', 'Marina Oliveira'],
      ['As provas de que a empresa sabia', 'Andressa Lanchotti'],
      ['O processo está na fase final', 'Rodrigo Figueiredo'],
    ],
  },
  {
    title: 'Lisboa (Lusa): a strike, o sindicalista, a ministra, «», fontes do ministério (vague), disse à Lusa, rematou',
    text: [
      'Lisboa, 12 mar 2025 (Lusa) - Os professores cumprem hoje o terceiro dia de greve nacional, com uma adesão que a Federação Nacional dos Professores (Fenprof) estima em 80%.',
      '«É uma das maiores greves dos últimos dez anos e mostra o descontentamento de uma classe inteira», disse à Lusa o secretário-geral da Fenprof, José Feliciano Costa.',
      'O sindicalista exigiu a recuperação integral do tempo de serviço congelado. «Não aceitamos mais adiamentos», rematou.',
      'Fontes do Ministério da Educação contestam os números e apontam para uma adesão inferior a 40%.',
      'A ministra da Educação, Margarida Alves, apelou ao diálogo. «A porta do ministério está aberta, mas as contas públicas têm limites», afirmou a governante em Coimbra.',
      'Para o investigador Luís Capucha, do ISCTE, o conflito «vai arrastar-se até ao final do ano letivo».',
    ].join('\n\n'),
    rows: [
      ['É uma das maiores greves', 'José Feliciano Costa'],
      ['Não aceitamos mais adiamentos', 'José Feliciano Costa'],
      ['A porta do ministério está aberta', 'Margarida Alves'],
      ['vai arrastar-se até ao final', 'Luís Capucha'],
    ],
  },
];

/** Batch 5, written after batch 4's fixes: measured only. */
export const BATCH5: Article[] = [
  {
    title: 'São Paulo (Estadão): a tech company layoffs, a CEO in an interview, o sindicato em nota, segundo a empresa, para X',
    text: [
      'SÃO PAULO — A fintech Pagar Já anunciou nesta terça-feira (4) a demissão de 400 funcionários, cerca de 15% do seu quadro, em meio à queda da receita com tarifas de cartão.',
      'Em entrevista ao Estadão, a presidente-executiva da empresa, Luana Ribeiro, disse que a decisão foi "a mais difícil" de sua carreira. "Crescemos rápido demais e agora precisamos ajustar a estrutura ao tamanho do mercado", afirmou a executiva.',
      'Segundo a empresa, os demitidos receberão três salários extras e plano de saúde por seis meses.',
      'Em nota, o Sindicato dos Bancários de São Paulo classificou os cortes de "inaceitáveis" e pediu uma reunião com a direção.',
      'Para o analista Renato Mesquita, da consultoria Lume, o setor vive uma "correção natural" depois de anos de dinheiro barato.',
      '"As empresas que sobreviverem vão sair mais fortes", avaliou o especialista.',
    ].join('\n\n'),
    rows: [
      ['Crescemos rápido demais', 'Luana Ribeiro'],
      ['correção natural', 'Renato Mesquita'],
      ['As empresas que sobreviverem', 'Renato Mesquita'],
    ],
  },
  {
    title: 'Funchal (Lusa): fires on Madeira, o presidente do Governo Regional, o comandante, «», acrescentou, a resident',
    text: [
      'Funchal, 19 ago 2024 (Lusa) - O presidente do Governo Regional da Madeira, Miguel Albuquerque, afirmou hoje que o incêndio que lavra há cinco dias na ilha está «em fase de resolução».',
      '«Não há casas ameaçadas neste momento e as frentes ativas estão em zonas de difícil acesso», disse o governante aos jornalistas, no Funchal.',
      'O comandante regional de Proteção Civil, António Nunes, explicou que o vento forte continua a dificultar o combate. «Temos 200 operacionais no terreno e dois meios aéreos», acrescentou.',
      'Maria Fernanda Gouveia, de 78 anos, moradora na Serra de Água, passou a noite num pavilhão. «Nunca vi nada assim em toda a minha vida», contou à Lusa.',
      'O PS-Madeira exigiu em comunicado a demissão do secretário regional com a tutela da Proteção Civil.',
    ].join('\n\n'),
    rows: [
      ['em fase de resolução', 'Miguel Albuquerque'],
      ['Não há casas ameaçadas', 'Miguel Albuquerque'],
      ['Temos 200 operacionais', 'António Nunes'],
      ['Nunca vi nada assim', 'Maria Fernanda Gouveia'],
    ],
  },
];
