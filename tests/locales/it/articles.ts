// Invented Italian news articles in agency style (ANSA, AGI, dailies), each with the speakers a
// careful reader gives its quotations and attributions. Names, events and words are invented;
// each article has traps: two people, a description that takes someone up, a pronoun or a dropped
// subject, a hearer (all'ANSA), an institution, a vague source, a quotation by someone new.

export interface Article {
  title: string;
  /** Publication date (for the officeholders of the day). */
  published?: string;
  text: string;
  /** [a piece of the quotation or statement, its speaker's entity name or null for none]. */
  expect: [string, string | null][];
}

export const ARTICLES: Article[] = [
  {
    title: 'economy: a minister, his description, a leader of the opposition with a colon',
    text: `ROMA - «Non ci sarà nessuna manovra correttiva», ha detto il ministro dell'Economia Giancarlo Ferretti, parlando a margine di un convegno a Milano. «I conti sono in ordine e lo dicono anche i mercati», ha aggiunto.
Il titolare del Tesoro ha poi spiegato che il governo intende confermare il taglio del cuneo fiscale anche per il prossimo anno.
«Le risorse ci sono, ma bisogna usarle con prudenza», ha sottolineato Ferretti.
Di diverso avviso la segretaria del Pd, Elena Sartori: «Questa manovra è un'occasione persa per il Paese». Secondo la leader dem, il governo «sta tagliando su sanità e scuola».
«Siamo pronti a dare battaglia in Parlamento», ha dichiarato il capogruppo del M5s alla Camera, Francesco Lenti.
Secondo fonti di Palazzo Chigi, la premier avrebbe già dato il via libera al testo.`,
    expect: [
      ['Non ci sarà nessuna manovra', 'Giancarlo Ferretti'],
      ['I conti sono in ordine', 'Giancarlo Ferretti'],
      ['il governo intende confermare', 'Giancarlo Ferretti'],
      ['Le risorse ci sono', 'Giancarlo Ferretti'],
      ["un'occasione persa", 'Elena Sartori'],
      ['sta tagliando su sanità', 'Elena Sartori'],
      ['pronti a dare battaglia', 'Francesco Lenti'],
    ],
  },
  {
    title: 'crime: a prosecutor to the press, a witness, the carabinieri, «…». Così X',
    text: `MILANO - Un uomo di 45 anni è stato arrestato ieri sera nel quartiere di San Siro con l'accusa di tentato omicidio. Secondo quanto ricostruito dai carabinieri, la lite sarebbe nata per motivi economici.
Il procuratore di Milano, Marco Valeri, ha spiegato ai giornalisti che le indagini «sono ancora in una fase iniziale». «Non escludiamo nessuna pista», ha detto il magistrato.
Una vicina di casa, che ha chiesto di restare anonima, ha raccontato di aver sentito urla per diversi minuti. «Ho avuto paura, ho chiamato subito il 112», ha spiegato la donna.
«La sicurezza in questa zona è un problema che denunciamo da anni». Così il presidente del Municipio 7, Giorgio Nanni, che ha chiesto più pattuglie.`,
    expect: [
      ['sono ancora in una fase iniziale', 'Marco Valeri'],
      ['Non escludiamo nessuna pista', 'Marco Valeri'],
      ['Ho avuto paura', null],
      ['La sicurezza in questa zona', 'Giorgio Nanni'],
    ],
  },
  {
    title: 'foreign affairs: the Farnesina, a foreign president, a post on X, "Lo ha detto"',
    published: '2024-03-12',
    text: `«L'Italia continuerà a sostenere Kiev finché sarà necessario». Lo ha detto il ministro degli Esteri Antonio Tajani al termine del vertice di Bruxelles.
Il titolare della Farnesina ha poi aggiunto che «la via diplomatica resta l'unica strada per una pace giusta».
Da Kiev, il presidente ucraino Volodymyr Zelensky ha ringraziato Roma. «Grazie all'Italia per il suo sostegno costante», ha scritto su X.
Più duro il portavoce del Cremlino, Dmitri Peskov: «Le forniture di armi prolungano soltanto il conflitto».
Stando a fonti diplomatiche, un nuovo incontro potrebbe tenersi a maggio.`,
    expect: [
      ["L'Italia continuerà a sostenere Kiev", 'Antonio Tajani'],
      ["la via diplomatica resta l'unica strada", 'Antonio Tajani'],
      ["Grazie all'Italia", 'Volodymyr Zelensky'],
      ['Le forniture di armi', 'Dmitri Peskov'],
    ],
  },
  {
    title: 'sport: a coach to a broadcaster, a captain, the opponent coach',
    text: `Al termine della partita, l'allenatore dell'Inter Simone Sarti non ha nascosto la delusione. «Abbiamo giocato un buon primo tempo, poi ci siamo spenti», ha detto ai microfoni di Dazn. «Dobbiamo crescere sotto il profilo della cattiveria».
Soddisfatto invece il tecnico del Torino, Paolo Rinaldi. «I ragazzi hanno dato tutto, sono orgoglioso di loro», ha commentato in conferenza stampa.
Il capitano granata Luca Bellini ha dedicato la vittoria ai tifosi: «Questa è per loro, ci sono sempre stati vicini».`,
    expect: [
      ['Abbiamo giocato un buon primo tempo', 'Simone Sarti'],
      ['Dobbiamo crescere', 'Simone Sarti'],
      ['I ragazzi hanno dato tutto', 'Paolo Rinaldi'],
      ['Questa è per loro', 'Luca Bellini'],
    ],
  },
  {
    title: 'health: an institute, vague experts, a virologist to ANSA, a woman minister by pro-drop',
    text: `Stando ai dati dell'Istituto superiore di sanità, i casi di influenza sono in aumento in tutte le regioni.
«Siamo davanti a una stagione particolarmente intensa», ha spiegato all'ANSA il virologo Matteo Conti, docente all'Università di Padova. «Raccomando la vaccinazione soprattutto agli over 65», ha aggiunto.
Secondo molti esperti, il picco arriverà entro la fine di gennaio.
La ministra della Salute, Laura Ferri, ha annunciato una nuova campagna informativa. «Non c'è motivo di allarme, ma serve prudenza», ha dichiarato.`,
    expect: [
      ['i casi di influenza sono in aumento', 'Istituto superiore di sanità'],
      ['stagione particolarmente intensa', 'Matteo Conti'],
      ['Raccomando la vaccinazione', 'Matteo Conti'],
      ['il picco arriverà', 'molti esperti'],
      ["Non c'è motivo di allarme", 'Laura Ferri'],
    ],
  },
  {
    title: 'local: the tag set inside the quotation with dashes (- ha detto il sindaco -)',
    text: `Il sindaco di Bologna, Matteo Lepri, ha inaugurato ieri il nuovo tratto della linea tranviaria. «È un giorno importante per la città - ha detto il sindaco - ma il lavoro non è finito».
Critica l'opposizione. «I cantieri hanno messo in ginocchio i commercianti», ha attaccato il consigliere comunale di Fratelli d'Italia, Stefano Galli.
«Abbiamo perso il trenta per cento del fatturato», racconta Mario Bassi, titolare di un bar in via Saragozza.`,
    expect: [
      ['È un giorno importante per la città', 'Matteo Lepri'],
      ['I cantieri hanno messo in ginocchio', 'Stefano Galli'],
      ['Abbiamo perso il trenta per cento', 'Mario Bassi'],
    ],
  },
  {
    title: 'quotations that go on across paragraphs, and stop at a new name',
    text: `Il presidente della Regione Lazio, Francesco Rocchi, ha presentato il piano per la sanità.
«Assumeremo tremila infermieri entro la fine dell'anno», ha detto Rocchi.
«Le liste d'attesa sono la nostra priorità e le ridurremo del quaranta per cento.»
La consigliera regionale Anna Moretti ha criticato il piano.
«Sono promesse che abbiamo già sentito troppe volte.»`,
    expect: [
      ['Assumeremo tremila infermieri', 'Francesco Rocchi'],
      ["Le liste d'attesa sono la nostra priorità", 'Francesco Rocchi'],
      ['Sono promesse che abbiamo già sentito', 'Anna Moretti'],
    ],
  },
  {
    title: 'gender: a man quoted, then "ha aggiunto la ministra" takes up the woman named before',
    text: `La ministra del Lavoro Marina Calvi ha incontrato i sindacati a Palazzo Chigi. Al tavolo anche il segretario della Cgil, Maurizio Lando.
«È stato un incontro franco, ma restano distanze importanti», ha detto Lando al termine della riunione.
«Il governo è pronto ad ascoltare tutte le proposte», ha replicato la ministra.
«Ci rivedremo entro due settimane», ha detto lui.`,
    expect: [
      ['È stato un incontro franco', 'Maurizio Lando'],
      ['Il governo è pronto ad ascoltare', 'Marina Calvi'],
      ['Ci rivedremo entro due settimane', 'Maurizio Lando'],
    ],
  },
  {
    title: 'the president of the Republic by his title, and per X with a comma',
    published: '2024-06-02',
    text: `«La Repubblica è di tutti e va difesa ogni giorno», ha detto il presidente della Repubblica durante la cerimonia al Quirinale.
Per il leader della Lega, Matteo Salvini, la festa «deve unire e non dividere».
Il capo dello Stato ha poi ricordato le vittime del lavoro. «Nessuno deve morire per guadagnarsi da vivere», ha affermato.`,
    expect: [
      ['La Repubblica è di tutti', 'Sergio Mattarella'],
      ['deve unire e non dividere', 'Matteo Salvini'],
      ['Nessuno deve morire', 'Sergio Mattarella'],
    ],
  },
  {
    title: 'plural and vague: hanno detto, fonti, residents; no speaker is guessed',
    text: `Centinaia di persone hanno partecipato ieri alla fiaccolata per le vittime dell'alluvione. «Chiediamo giustizia e risposte», hanno detto i familiari.
Secondo i residenti, l'allarme è scattato troppo tardi.
«Nessuno ci aveva avvertito del pericolo», raccontano.
Il prefetto Giovanni Masi ha assicurato che gli aiuti arriveranno «entro pochi giorni».`,
    expect: [
      ['Chiediamo giustizia', null],
      ["l'allarme è scattato troppo tardi", 'i residenti'],
      ['Nessuno ci aveva avvertito', null],
      ['entro pochi giorni', 'Giovanni Masi'],
    ],
  },
];
