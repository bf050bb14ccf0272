// Invented articles (round 5): a statement whose issuer is named just before the tag, not in it ("indique le
// communiqué"), and relatives introduced by a first name after their kinship ("Son fils Olivier"). Each quotation
// with the speaker a careful reader gives it, or null where the text does not tell (two bodies, a person as author).
export interface Article { lang: string; title: string; text: string; expect: [string, string | null][] }

export const ARTICLES: Article[] = [
  {
    lang: 'fr', title: 'fr: tempête sur le littoral, communiqués et famille',
    text: `La tempête Léonie a frappé le littoral breton dans la nuit de lundi à mardi.

La préfecture du Finistère a publié un communiqué mardi matin. « Les déplacements sont fortement déconseillés jusqu'à mercredi midi », indique le communiqué.

Le gestionnaire du réseau Enedis et la compagnie Brittany Ferries ont eux aussi communiqué dans la journée. « Toutes les équipes disponibles sont mobilisées sur le terrain », précise la note.

À Plouguerneau, le maire Yves Le Gall a fait le tour des maisons inondées. Sa voisine Monique, 82 ans, a tout perdu. « L'eau est montée jusqu'aux fenêtres en vingt minutes », a-t-elle raconté.

Son fils Olivier est venu de Rennes pour l'aider. « Ma mère ne veut pas quitter sa maison », a-t-il confié.

« Nous allons reloger les familles dès ce soir », a assuré Yves Le Gall.`,
    expect: [
      ['déplacements sont fortement', 'préfecture du Finistère'],
      ['équipes disponibles', null],
      ["L'eau est montée", 'Monique'],
      ['Ma mère ne veut pas', 'Olivier'],
      ['reloger les familles', 'Yves Le Gall'],
    ],
  },
  {
    lang: 'it', title: 'it: cantiere in autostrada e il lutto della famiglia',
    text: `Il crollo di un ponteggio sul cantiere dell'A14 ha causato la morte di un operaio di 58 anni, Franco Bellini.

La società Autostrade per l'Italia ha diffuso una nota nel pomeriggio. «Siamo vicini alla famiglia e collaboriamo pienamente con gli inquirenti», si legge nel comunicato diffuso dalla società.

Il sindacato Fillea Cgil e la Procura di Ancona hanno annunciato verifiche. «Non si può morire così sul lavoro», afferma la nota.

La moglie Teresa ha atteso per ore davanti ai cancelli. «Mi aveva chiamato alle sette, stava bene», ha detto.

La figlia Anna, che vive a Bologna, è arrivata in serata. «Mio padre chiedeva da mesi più sicurezza», ha spiegato lei ai cronisti.`,
    expect: [
      ['Siamo vicini alla famiglia', 'Autostrade'],
      ['Non si può morire', null],
      ['Mi aveva chiamato', 'Teresa'],
      ['Mio padre chiedeva', 'Anna'],
    ],
  },
  {
    lang: 'de', title: 'de: Werksschließung und eine Familie',
    text: `Der Autozulieferer Brenner schließt sein Werk in Zwickau.

Das Unternehmen Brenner hat am Dienstag eine Mitteilung verschickt. „Die Entscheidung ist uns nicht leicht gefallen“, heißt es in der Mitteilung.

Die Gewerkschaft IG Metall und die Stadt Zwickau reagierten am Abend. „Wir werden um jeden Arbeitsplatz kämpfen“, heißt es in der Erklärung.

Betriebsratschef Uwe Krause arbeitet seit 31 Jahren im Werk. Seine Frau Gisela arbeitet ebenfalls dort. „Wir wissen nicht, wie wir das Haus abbezahlen sollen“, sagte sie.

„Die Belegschaft wird nicht aufgeben“, sagte Krause.`,
    expect: [
      ['Entscheidung ist uns nicht', 'Brenner'],
      ['um jeden Arbeitsplatz', null],
      ['Haus abbezahlen', 'Gisela'],
      ['Belegschaft wird nicht', 'Uwe Krause'],
    ],
  },
  {
    lang: 'es', title: 'es: brote en un hospital y una familia',
    text: `Un brote de legionela obligó a cerrar una planta del Hospital General de Alicante.

La Consejería de Sanidad emitió un comunicado el lunes por la noche. "Los pacientes afectados evolucionan favorablemente", señala el comunicado.

El Colegio de Médicos y el sindicato SATSE también se pronunciaron. "Faltan medios desde hace años", dice la nota.

El alcalde, Luis Barcala, visitó a los familiares. Su hija Marta acompañaba a su abuelo ingresado. "Nadie nos explicó nada durante dos días", dijo ella.

"Vamos a exigir responsabilidades hasta el final", afirmó Barcala.`,
    expect: [
      ['pacientes afectados', 'Consejería de Sanidad'],
      ['Faltan medios', null],
      ['Nadie nos explicó', 'Marta'],
      ['exigir responsabilidades', 'Luis Barcala'],
    ],
  },
  {
    lang: 'pt', title: 'pt: vazamento de óleo e uma família de pescadores',
    text: `Um vazamento de óleo atingiu praias do litoral norte de São Paulo nesta segunda-feira.

A Petrobras divulgou uma nota no fim da tarde. "A empresa acionou seu plano de emergência e monitora a área", diz a nota.

O Ibama e a Secretaria do Meio Ambiente também se manifestaram. "A multa será aplicada", afirma o comunicado.

O pescador José Ribeiro perdeu a semana de trabalho. Sua filha Ana ajuda na venda do peixe. "Ninguém vai comprar peixe desta praia agora", disse ela.

"Vamos pedir indenização", disse José Ribeiro.`,
    expect: [
      ['acionou seu plano', 'Petrobras'],
      ['multa será aplicada', null],
      ['Ninguém vai comprar', 'Ana'],
      ['pedir indenização', 'José Ribeiro'],
    ],
  },
  {
    lang: 'pl', title: 'pl: wypadek na budowie i rodzina',
    text: `Do wypadku doszło w poniedziałek na budowie osiedla w Gdańsku.

Ministerstwo Rozwoju wydało w poniedziałek komunikat. „Sprawą zajmie się Państwowa Inspekcja Pracy” – czytamy w komunikacie resortu.

Spółka Budimex i związek zawodowy Budowlani także zabrali głos. „Bezpieczeństwo pracowników jest dla nas najważniejsze” – czytamy w oświadczeniu.

Poszkodowany Marek Nowak trafił do szpitala. Jego żona Ewa czuwała przy nim całą noc. „Lekarze mówią, że będzie chodził” – powiedziała.

Jej brat Zbigniew przyjechał z Łodzi. „Ktoś musi za to odpowiedzieć” – dodał.`,
    expect: [
      ['Sprawą zajmie się', 'Ministerstwo Rozwoju'],
      ['Bezpieczeństwo pracowników', null],
      ['będzie chodził', 'Ewa'],
      ['Ktoś musi za to', 'Zbigniew'],
    ],
  },
];
