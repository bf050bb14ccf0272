// Portuguese: invented articles for round 6, in genres the earlier fixtures did not use (an election-night live
// blog in Brazil, a tabloid rescue story in Portugal, a derby with both coaches, a regional paper on closed
// maternity wards). Names, events and words are invented. Each row: a quotation and its speaker, or null where
// a careful reader cannot tell. Batch 1 was run before any rule change (the held-out figure); batch 2 was written
// after.
import type { Article } from './pt-round3-articles.ts';

export const ROUND6_BATCH1: Article[] = [
  {
    title: 'Curitiba (live blog, G1 style): election night, escreveu, foi às redes cumprimentar, a crowd\'s chant, desconversa before a colon, a judge with his title',
    text: [
      'AO VIVO: Apuração do segundo turno em Curitiba',
      '21h20 — Questionado sobre a composição do secretariado, Tavares desconversa: "Amanhã a gente fala disso".',
      '21h05 — Juliana Prates volta a falar, agora à imprensa. Ela nega que vá deixar a política: "Quem pensa que vou sumir está enganado".',
      '20h42 — O prefeito eleito, Marcelo Tavares Filho, discursa para apoiadores no centro da cidade. "Essa vitória não é minha, é de cada curitibano que acreditou que dava para fazer diferente", afirmou.',
      '20h15 — A candidata derrotada, Juliana Prates, reconheceu a derrota em um vídeo publicado nas redes sociais. "Liguei para o Marcelo e desejei boa sorte. A cidade precisa de união", escreveu.',
      '19h58 — O governador do Paraná, Otávio Brandão, foi às redes cumprimentar o aliado: "Parabéns, Marcelo! Curitiba fez a escolha certa".',
      '19h40 — Tavares chega ao comitê sob gritos de "já ganhou". Ele acena para a multidão e pede silêncio.',
      '"Agora é hora de trabalhar."',
      '19h20 — O Tribunal Regional Eleitoral do Paraná informou que 98 % das urnas já foram apuradas. "A votação transcorreu sem incidentes graves", disse o presidente do tribunal, desembargador Luiz Fernando Sá, em entrevista coletiva.',
      '18h30 — O cientista político Rodrigo Ayres, da UFPR, avalia que o resultado foi "previsível". "O eleitor puniu a polarização", resume.',
    ].join('\n\n'),
    rows: [
      ['Amanhã a gente fala disso', 'Marcelo Tavares Filho'],
      ['Quem pensa que vou sumir', 'Juliana Prates'],
      ['Essa vitória não é minha', 'Marcelo Tavares Filho'],
      ['Liguei para o Marcelo', 'Juliana Prates'],
      ['Parabéns, Marcelo', 'Otávio Brandão'],
      ['Agora é hora de trabalhar', 'Marcelo Tavares Filho'],
      ['A votação transcorreu', 'Luiz Fernando Sá'],
      ['previsível', 'Rodrigo Ayres'],
      ['O eleitor puniu a polarização', 'Rodrigo Ayres'],
    ],
  },
  {
    title: 'Nazaré (Correio da Manhã style): a fisherman adrift, contou ao JN, a mulher Graça, a shrug before a colon, lê-se numa nota, a quotation alone after a sentence about the brother, a daughter by her first name',
    text: [
      'Manuel Joaquim Bento, pescador de 61 anos, esteve mais de 14 horas à deriva no mar ao largo da Nazaré, agarrado a uma caixa de plástico, depois de o barco onde seguia ter naufragado na madrugada de sexta-feira.',
      '«Pensei que não voltava a ver a minha família. Rezei o tempo todo», contou ao JN, ainda no Hospital de Leiria.',
      'O alerta foi dado pela mulher, Graça, quando o marido não regressou a casa à hora habitual. «Ele nunca se atrasa. Às sete da manhã eu já sabia que alguma coisa estava mal», recorda.',
      'O comandante da Capitania do Porto da Nazaré, José Patrício Lemos, explicou que as buscas envolveram uma embarcação salva-vidas e um helicóptero da Força Aérea. «As condições eram muito difíceis, com ondulação de três metros», afirmou o responsável.',
      'Foi um pescador amador, Rui Caldeira, quem avistou o náufrago a cerca de quatro milhas da costa. Caldeira encolhe os ombros quando lhe chamam herói: «Fiz o que qualquer um faria».',
      'O outro tripulante, Adelino Matos, de 45 anos, continua desaparecido. A Autoridade Marítima Nacional garante que as buscas vão prosseguir. «Não desistimos enquanto houver esperança», lê-se numa nota divulgada pela instituição.',
      'O irmão de Adelino, Carlos Matos, não esconde a revolta.',
      '«Se o barco tivesse sido inspecionado como devia, isto não tinha acontecido.»',
      'O presidente da câmara municipal, Vítor Cardoso, decretou três dias de luto municipal. «É um momento de enorme dor para a comunidade piscatória», disse.',
      'Manuel Bento deverá ter alta nos próximos dias. A filha, Sónia, conta que o pescador já fala em voltar ao mar. «O meu pai é teimoso. Diz que o mar é a vida dele», desabafa.',
    ].join('\n\n'),
    rows: [
      ['Pensei que não voltava', 'Manuel Joaquim Bento'],
      ['Ele nunca se atrasa', 'Graça', 'or none'], // (not read yet: the agent of a passive, "dado pela mulher, Graça")
      ['As condições eram muito difíceis', 'José Patrício Lemos'],
      ['Fiz o que qualquer um faria', 'Rui Caldeira'],
      ['Não desistimos enquanto houver', 'Autoridade Marítima Nacional'],
      ['Se o barco tivesse sido inspecionado', 'Carlos Matos'],
      ['É um momento de enorme dor', 'Vítor Cardoso'],
      ['O meu pai é teimoso', 'Sónia'],
    ],
  },
  {
    title: 'Fortaleza (ge style): a derby with both coaches, criticou, para ele, a striker with his age, rebateu before a colon, the club in a note and "diz o texto", o treinador tricolor',
    text: [
      'O Fortaleza venceu o Ceará por 2 a 1, neste domingo, na Arena Castelão, de virada, e assumiu a sexta posição do Campeonato Brasileiro.',
      'O técnico do Fortaleza, Rogério Fontenele, elogiou a entrega do time. "Foi um jogo de muita intensidade. O grupo mostrou personalidade depois de sair atrás", disse o treinador na entrevista coletiva.',
      'Do outro lado, o técnico do Ceará, Paulo Viana, reclamou do gol da virada, marcado em posição duvidosa. "Para mim, o Lucas está impedido. O VAR precisa explicar", criticou.',
      'Viana também lamentou as chances perdidas no primeiro tempo. Para ele, o time "mereceu mais".',
      'Autor do gol da vitória, o atacante Lucas Bandeira, de 23 anos, dedicou o gol à avó. "Ela faleceu na semana passada. Esse gol é todo dela", afirmou, emocionado.',
      'Fontenele rebateu as críticas do rival: "Não vi o lance. Mas o VAR checou e confirmou, então está resolvido".',
      'Em nota, o Ceará informou que vai enviar uma reclamação formal à CBF. "O clube pede transparência na divulgação dos áudios do VAR", diz o texto.',
      'O goleiro do Ceará, Diego Maciel, preferiu não polemizar. "Perdemos, tem que aceitar e levantar a cabeça", disse ele.',
      'Com o resultado, o Fortaleza chega a 31 pontos. O treinador tricolor já projeta o próximo jogo. "Agora é descansar e pensar no Palmeiras", concluiu.',
    ].join('\n\n'),
    rows: [
      ['Foi um jogo de muita intensidade', 'Rogério Fontenele'],
      ['Para mim, o Lucas está impedido', 'Paulo Viana'],
      ['mereceu mais', 'Paulo Viana'],
      ['Ela faleceu na semana passada', 'Lucas Bandeira'],
      ['Não vi o lance', 'Rogério Fontenele'],
      ['O clube pede transparência', 'Ceará'],
      ['Perdemos, tem que aceitar', 'Diego Maciel'],
      ['Agora é descansar', 'Rogério Fontenele', 'or none'], // (tricolor: the club's nickname)
    ],
  },
  {
    title: 'Portimão (Sul Informação style): closed maternity wards, a ULS in a communiqué, o autarca ao jornal, segundo a dirigente, a sindicalista, the ministry questioned by the paper, a sigh before a colon, a hearer deputy',
    text: [
      'As urgências de obstetrícia do Hospital de Portimão vão estar encerradas em 11 dos 30 dias de agosto, anunciou esta segunda-feira a Unidade Local de Saúde (ULS) do Algarve.',
      '«Trata-se de uma medida temporária, que garante a segurança das grávidas», refere a ULS em comunicado.',
      'O presidente da câmara de Portimão, Álvaro Bentes, reagiu com indignação. «É inaceitável que uma cidade com 60 mil habitantes fique sem urgência obstétrica em pleno verão», afirmou o autarca ao Sul Informação.',
      'Bentes garante que a autarquia não foi ouvida. «Soubemos pela comunicação social», lamentou.',
      'O Sindicato dos Enfermeiros Portugueses atribui os encerramentos à falta de profissionais. Segundo a dirigente regional Helena Vargas, há «dezenas de vagas por preencher» nos hospitais da região.',
      '«As pessoas estão cansadas de fazer horas extraordinárias sem fim», acrescentou a sindicalista.',
      'Questionado pelo Sul Informação, o Ministério da Saúde garante que está a «acompanhar a situação».',
      'Em Lagoa, Cátia Rosário, grávida de 32 semanas, já fez as contas. Suspira antes de responder: «Se o bebé decidir nascer num desses dias, tenho de ir a Faro. São 70 quilómetros».',
      'A ministra da Saúde, Teresa Faria Gomes, prometeu no Parlamento que a situação ficará resolvida até ao final do ano. «Estamos a contratar médicos e a rever os incentivos», disse a governante, em resposta a uma pergunta do deputado socialista Nuno Serrano.',
      'Serrano não ficou convencido: «Ouvimos a mesma promessa no ano passado».',
    ].join('\n\n'),
    rows: [
      ['Trata-se de uma medida temporária', 'Unidade Local de Saúde (ULS) do Algarve'],
      ['É inaceitável que uma cidade', 'Álvaro Bentes'],
      ['Soubemos pela comunicação social', 'Álvaro Bentes'],
      ['dezenas de vagas por preencher', 'Helena Vargas'],
      ['As pessoas estão cansadas', 'Helena Vargas'],
      ['acompanhar a situação', 'Ministério da Saúde'],
      ['Se o bebé decidir nascer', 'Cátia Rosário'],
      ['Estamos a contratar médicos', 'Teresa Faria Gomes'],
      ['Ouvimos a mesma promessa', 'Nuno Serrano'],
    ],
  },
];

export const ROUND6_BATCH2: Article[] = [
  {
    title: 'São Paulo (Folha style): a delivery riders\' strike, a rider leader, a company in a note, disse à reportagem, o Ministério do Trabalho, a rider with his age, a pronoun after two men (no one), a partial quote',
    text: [
      'Entregadores de aplicativo fizeram nesta terça-feira (12) uma paralisação em ao menos oito capitais por reajuste no valor mínimo das corridas. Em São Paulo, cerca de 2.000 motociclistas se concentraram em frente ao estádio do Pacaembu.',
      'Um dos organizadores do protesto, Edson Carvalho, conhecido como Mineiro, afirmou que a categoria está "no limite". "A gasolina subiu, a manutenção da moto subiu e a taxa que a gente recebe é a mesma de quatro anos atrás", disse à reportagem.',
      'Em nota, a Rapidex afirmou que respeita o direito de manifestação e que "os ganhos médios por hora dos entregadores superam o salário mínimo". A empresa diz ainda que mantém um canal permanente de diálogo com a categoria.',
      'O Ministério do Trabalho informou que vai convocar as empresas para uma reunião na próxima semana. "O governo quer uma solução negociada, que garanta renda e proteção social", declarou o secretário-executivo da pasta, Francisco Macedo.',
      'Wellington Souza, 27, trabalha até 12 horas por dia. Ele tira o capacete e mostra a marca no rosto antes de responder: "Faço em média 30 entregas. Se chover, não paro. Se eu parar, não pago o aluguel".',
      'Carvalho e Macedo chegaram a conversar por telefone no fim da tarde. "Foi uma conversa franca, mas ainda falta muito", disse ele depois.',
      'Para o sociólogo Ricardo Antunes Leal, da Unicamp, o movimento mostra "uma nova forma de organização" de trabalhadores sem patrão visível.',
      '"Eles não têm sindicato forte nem sede, mas têm o celular. Isso muda tudo", avalia o pesquisador.',
    ].join('\n\n'),
    rows: [
      ['no limite', 'Edson Carvalho'],
      ['A gasolina subiu', 'Edson Carvalho'],
      ['os ganhos médios por hora', 'Rapidex'],
      ['O governo quer uma solução negociada', 'Francisco Macedo'],
      ['Faço em média 30 entregas', 'Wellington Souza'],
      ['Foi uma conversa franca', null],
      ['uma nova forma de organização', 'Ricardo Antunes Leal'],
      ['Eles não têm sindicato forte', 'Ricardo Antunes Leal'],
    ],
  },
  {
    title: 'Lisboa (Expresso style): a fado singer\'s new album, a song title in «», a fadista, o produtor, o pai Joaquim, sorri before a colon, a quotation over two paragraphs, a critic',
    text: [
      'Aos 34 anos, Beatriz Loureiro lança «Maré Cheia», o terceiro álbum, gravado ao vivo numa casa de fados de Alfama. A fadista recebeu-nos na varanda de casa, em Santa Catarina, com vista para o rio.',
      '«Este disco é sobre as pessoas que ficam à espera de quem foi embora. É o fado mais antigo que há», explica.',
      'O pai, Joaquim Loureiro, foi guitarrista durante quarenta anos e toca em dois temas do álbum. A filha sorri quando fala dele: «Aprendi a cantar a ouvi-lo afinar a guitarra todas as noites».',
      'O produtor do disco, Rui Veloso Matos, quis gravar sem rede. «Há qualquer coisa que se perde quando se canta fado num estúdio com auscultadores.',
      '«Ali, com o público a dois metros, a Beatriz canta de outra maneira. Não há segunda oportunidade.»',
      'A primeira canção, «Cais do Sodré», foi escrita pela própria fadista. Loureiro confessa que hesitou em incluí-la. «Achava-a demasiado pessoal. Foi o Rui que insistiu», conta.',
      'Para o crítico Nuno Pacheco, trata-se de «um dos discos de fado mais honestos da década».',
      'O álbum é apresentado no dia 21 no Coliseu dos Recreios. «Vou estar mais nervosa do que no primeiro concerto da minha vida», admite a cantora.',
    ].join('\n\n'),
    rows: [
      ['Maré Cheia', null],
      ['Este disco é sobre as pessoas', 'Beatriz Loureiro'],
      ['Aprendi a cantar a ouvi-lo', 'Beatriz Loureiro', 'or none'], // (not read yet: "A filha" is the child of the father just named)
      ['Há qualquer coisa que se perde', 'Rui Veloso Matos'],
      ['com o público a dois metros', 'Rui Veloso Matos'],
      ['Cais do Sodré', null],
      ['Achava-a demasiado pessoal', 'Beatriz Loureiro', 'or none'], // (not read yet: "Loureiro" is father's and daughter's)
      ['um dos discos de fado mais honestos', 'Nuno Pacheco'],
      ['Vou estar mais nervosa', 'Beatriz Loureiro'],
    ],
  },
];
