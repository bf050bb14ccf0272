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
  {
    title: 'straight quotes, a tag with no comma, an interview to a daily, ha fatto sapere',
    text: `"Non mi dimetto, vado avanti con il mio lavoro" dice l'assessore regionale ai Trasporti Claudio Neri, al centro delle polemiche per i ritardi dei treni.
In un'intervista a La Stampa, Neri ha ammesso che "qualche errore è stato fatto", ma ha respinto le accuse dell'opposizione.
"Le sue dimissioni sono l'unica strada possibile", ha ribattuto la capogruppo del Pd in consiglio regionale, Sara Fontana.
Il presidente della Regione ha fatto sapere di avere "piena fiducia" nel suo assessore.`,
    expect: [
      ['Non mi dimetto', 'Claudio Neri'],
      ['qualche errore è stato fatto', 'Claudio Neri'],
      ["l'unica strada possibile", 'Sara Fontana'],
    ],
  },
  {
    title: 'the replica di X before a colon, a body by its note, si legge',
    text: `Il ministero dell'Ambiente ha diffuso ieri i dati sulla qualità dell'aria nelle grandi città. «La situazione è in miglioramento, ma restano criticità nella pianura padana», si legge in una nota del ministero.
Netta la replica di Legambiente: «I dati dimostrano che le misure prese finora non bastano».
Secondo il presidente dell'associazione, Stefano Ciafani Rocca, servono «interventi strutturali sul traffico e sul riscaldamento».`,
    expect: [
      ['La situazione è in miglioramento', 'ministero'],
      ['I dati dimostrano', 'Legambiente'],
      ['interventi strutturali', 'Stefano Ciafani Rocca'],
    ],
  },
  {
    title: 'a woman premier, a leader of a party, a Commission president with a particle',
    published: '2024-04-10',
    text: `«Con l'Europa abbiamo costruito un rapporto di fiducia», ha detto la premier Giorgia Meloni dopo l'incontro a Palazzo Chigi con la presidente della Commissione europea, Ursula von der Leyen.
«L'Italia è un partner essenziale per l'Unione», ha dichiarato von der Leyen in conferenza stampa.
La presidente del Consiglio ha poi annunciato un nuovo piano per il Mezzogiorno. «Investiremo dieci miliardi nei prossimi tre anni», ha spiegato.
Critico il leader del M5s, Giuseppe Conti: «Sono annunci che abbiamo già sentito».`,
    expect: [
      ["abbiamo costruito un rapporto di fiducia", 'Giorgia Meloni'],
      ["L'Italia è un partner essenziale", 'Ursula von der Leyen'],
      ['Investiremo dieci miliardi', 'Giorgia Meloni'],
      ['Sono annunci che abbiamo già sentito', 'Giuseppe Conti'],
    ],
  },
  {
    title: 'a partial quotation in a reporting sentence, and a quoted book title that is no speech',
    text: `Il cardinale Matteo Zuppi ha invitato i fedeli a «non voltarsi dall'altra parte» davanti alle povertà.
Nel suo ultimo libro, "La città di tutti", l'arcivescovo racconta le storie di chi vive ai margini.
«Abbiamo bisogno di comunità che accolgono», ha detto durante l'omelia.`,
    expect: [
      ["non voltarsi dall'altra parte", 'Matteo Zuppi'],
      ['Abbiamo bisogno di comunità', 'Matteo Zuppi'],
    ],
  },
  {
    title: 'two speakers of one gender: a pronoun after a second man is unsure',
    text: `Il sindaco di Napoli Carlo Esposito e il governatore Vincenzo De Martino si sono incontrati ieri per discutere della metropolitana.
«Abbiamo trovato un accordo sulle risorse», ha detto Esposito.
«Ora serve accelerare sui cantieri», ha aggiunto De Martino.
«I tempi saranno rispettati», ha assicurato lui.`,
    expect: [
      ['Abbiamo trovato un accordo', 'Carlo Esposito'],
      ['Ora serve accelerare', 'Vincenzo De Martino'],
      ['I tempi saranno rispettati', 'Vincenzo De Martino'],
    ],
  },
  {
    title: 'a tag after a quotation with a dash, and one with an age in apposition',
    text: `«Sono sopravvissuto per miracolo» - racconta Giorgio Ferri, 67 anni, uno dei passeggeri del pullman finito fuori strada.
«Ho sentito un boato e poi il buio» - aggiunge.
Anche Lucia Bassi, 34 anni, era a bordo. «Mio figlio piangeva, non sapevo cosa fare», dice la donna.`,
    expect: [
      ['Sono sopravvissuto per miracolo', 'Giorgio Ferri'],
      ['Ho sentito un boato', 'Giorgio Ferri'],
      ['Mio figlio piangeva', 'Lucia Bassi'],
    ],
  },
  {
    title: 'ha detto citing someone: the quoting speaker, not the one quoted; a vague source with no head',
    text: `«Come diceva mio padre, il lavoro nobilita l'uomo», ha detto il presidente di Confindustria Emanuele Orlandi all'assemblea annuale.
Secondo indiscrezioni, il governo starebbe preparando un decreto sulle bollette.
«Non abbiamo ricevuto alcuna bozza», ha precisato il presidente degli industriali.`,
    expect: [
      ['Come diceva mio padre', 'Emanuele Orlandi'],
      ['Non abbiamo ricevuto alcuna bozza', 'Emanuele Orlandi'],
    ],
  },
  {
    title: 'the tag before the quotation: X ha detto: «…» and X ha spiegato che «…»',
    text: `Alla manifestazione di Roma ha preso la parola anche la segretaria della Cisl, Daniela Rinaldi. Rinaldi ha detto: «Il lavoro povero è la vera emergenza del Paese».
Il ministro dell'Istruzione Giulio Valli ha spiegato che la riforma degli istituti tecnici «partirà dal prossimo settembre».
Per la Cgil, invece, «la riforma rischia di aumentare le disuguaglianze».`,
    expect: [
      ['Il lavoro povero è la vera emergenza', 'Daniela Rinaldi'],
      ['partirà dal prossimo settembre', 'Giulio Valli'],
      ['la riforma rischia di aumentare', 'Cgil'],
    ],
  },
  {
    title: 'sport: a coach called il tecnico, a player, and the other coach named after',
    text: `«Abbiamo meritato la vittoria, la squadra ha giocato con personalità», ha detto il tecnico della Roma, Daniele Fabbri, al termine del match.
Il centrocampista Lorenzo Pace ha segnato il gol decisivo. «Dedico il gol a mia figlia, nata la settimana scorsa», ha raccontato ai giornalisti.
«Siamo stati ingenui sul gol», ha ammesso il tecnico del Genoa Alberto Gilardi.
«Ma la classifica resta buona», ha concluso l'allenatore rossoblù.`,
    expect: [
      ['Abbiamo meritato la vittoria', 'Daniele Fabbri'],
      ['Dedico il gol a mia figlia', 'Lorenzo Pace'],
      ['Siamo stati ingenui', 'Alberto Gilardi'],
      ['la classifica resta buona', 'Alberto Gilardi'],
    ],
  },
  {
    title: 'a headline-like name before a colon, and a paragraph of speech after a sentence that introduces someone',
    text: `Mattarella: «La memoria è un dovere civile».
Il capo dello Stato è intervenuto alla cerimonia per il Giorno del Ricordo al Quirinale.
Tra gli ospiti, lo storico Andrea Galli.
«È stata una giornata importante per le famiglie delle vittime.»`,
    published: '2024-02-10',
    expect: [
      ['La memoria è un dovere civile', 'Sergio Mattarella'],
      ['È stata una giornata importante', 'Andrea Galli'],
    ],
  },
  {
    title: 'A dirlo è X: the speaker after a quotation by an infinitive with a clitic; A parlare è X before a colon',
    text: `«Il cantiere sarà chiuso entro l'estate». A dirlo è l'assessore ai Lavori pubblici di Firenze, Marco Salvi, durante il sopralluogo di ieri.
A parlare è poi il presidente del comitato dei residenti, Luigi Mancini: «Aspettiamo da troppo tempo, ora vogliamo fatti».
«Siamo pronti a ricorrere al Tar». Ad annunciarlo è stata l'avvocata del comitato, Giulia Franchi.`,
    expect: [
      ["Il cantiere sarà chiuso entro l'estate", 'Marco Salvi'],
      ['Aspettiamo da troppo tempo', 'Luigi Mancini'],
      ['Siamo pronti a ricorrere al Tar', 'Giulia Franchi'],
    ],
  },
  {
    title: 'secondo cui: the person before the relative; a newspaper that writes',
    text: `Sulla riforma della giustizia interviene anche l'ex magistrato Paolo Ferrante, secondo cui il testo «indebolisce l'indipendenza dei pm».
«Il governo tira dritto e fissa il voto finale a marzo», scrive il Corriere della Sera.
Il ministro della Giustizia Carlo Neri ha respinto le critiche: «Nessuno vuole toccare l'autonomia della magistratura».`,
    expect: [
      ["indebolisce l'indipendenza dei pm", 'Paolo Ferrante'],
      ['Il governo tira dritto', 'Corriere della Sera'],
      ["Nessuno vuole toccare l'autonomia", 'Carlo Neri'],
    ],
  },
  {
    title: 'curly quotes, ha detto lei, and the speaker after the hearer (ha detto a Repubblica la ministra)',
    text: `“Le donne guadagnano ancora il venti per cento in meno degli uomini”, ha detto a Repubblica la ministra per le Pari opportunità, Chiara Colombo.
Il vicepremier Antonio Gatti ha risposto in serata. “Il governo ha già fatto molto”, ha dichiarato.
“Non basta”, ha replicato lei, “servono leggi sulla trasparenza dei salari”.`,
    expect: [
      ['Le donne guadagnano ancora', 'Chiara Colombo'],
      ['Il governo ha già fatto molto', 'Antonio Gatti'],
      ['servono leggi sulla trasparenza', 'Chiara Colombo'],
    ],
  },
  {
    title: 'an institution, a spokesman unnamed, and a foreign leader by title and date',
    published: '2024-11-20',
    text: `«Non ci sono state vittime italiane», ha fatto sapere la Farnesina in serata.
Un portavoce della Protezione civile ha spiegato che i soccorsi «sono stati rapidi ed efficaci».
Il presidente francese ha espresso il suo cordoglio. «La Francia è vicina all'Italia», ha scritto sui social.`,
    expect: [
      ['Non ci sono state vittime italiane', 'Farnesina'],
      ['sono stati rapidi ed efficaci', 'Un portavoce della Protezione civile'],
      ["La Francia è vicina all'Italia", 'Emmanuel Macron'],
    ],
  },
  {
    title: 'a long interview: paragraphs of speech go on with the one speaker, and a new name stops them',
    text: `Elena Marchi, 52 anni, dirige da dieci anni il centro antiviolenza di Perugia.
«Le richieste di aiuto sono raddoppiate dall'inizio dell'anno», spiega Marchi.
«Molte donne arrivano da noi dopo anni di silenzio. Spesso hanno paura di non essere credute.»
«Servono più fondi e più personale», aggiunge.
Il sindaco Andrea Lupi ha promesso nuove risorse per il centro.
«Stanzieremo duecentomila euro già nel prossimo bilancio», ha detto Lupi.`,
    expect: [
      ['Le richieste di aiuto sono raddoppiate', 'Elena Marchi'],
      ['Molte donne arrivano da noi', 'Elena Marchi'],
      ['Servono più fondi', 'Elena Marchi'],
      ['Stanzieremo duecentomila euro', 'Andrea Lupi'],
    ],
  },
  {
    title: 'court news: a defence lawyer, the prosecutor, the judge by her role, and a defendant who speaks',
    text: `TORINO - È cominciato ieri il processo d'appello per il crollo del capannone di Settimo. «Il mio assistito non aveva alcun potere decisionale sulla manutenzione», ha detto in aula l'avvocato difensore Roberto Gallo.
Di parere opposto la pm Federica Longo, che ha chiesto la conferma delle condanne: «Le responsabilità sono chiare e documentate».
L'imputato, l'imprenditore Sergio Valle, ha preso la parola alla fine dell'udienza. «Non passa giorno senza che io pensi alle vittime», ha detto.
La presidente della Corte, Anna Ricci, ha rinviato l'udienza al 12 marzo.`,
    expect: [
      ['Il mio assistito non aveva', 'Roberto Gallo'],
      ['Le responsabilità sono chiare', 'Federica Longo'],
      ['Non passa giorno', 'Sergio Valle'],
    ],
  },
  {
    title: 'weather emergency: the civil protection, a mayor by a place name, a resident and hanno detto',
    text: `Allerta rossa in Emilia-Romagna per la giornata di domani. Secondo la Protezione civile, sono attese piogge fino a 200 millimetri in poche ore.
«Chiediamo ai cittadini di limitare gli spostamenti allo stretto necessario», ha detto il sindaco di Faenza, Massimo Isola Bertoni.
Nelle zone colpite dall'alluvione dello scorso anno la paura è tanta. «Non abbiamo ancora finito di pulire le cantine», racconta Rosa Gentile, 71 anni.
«Siamo stanchi di aspettare i rimborsi», hanno detto alcuni commercianti del centro.`,
    expect: [
      ['sono attese piogge', 'Protezione civile'],
      ['Chiediamo ai cittadini', 'Massimo Isola Bertoni'],
      ['Non abbiamo ancora finito', 'Rosa Gentile'],
      ['Siamo stanchi di aspettare', null],
    ],
  },
  {
    title: 'Europe: a commissioner, an Italian MEP, a vague diplomatic source; a quotation the speaker reports of someone else',
    text: `BRUXELLES - «Il patto di stabilità non può diventare una camicia di forza», ha detto il commissario europeo all'Economia, Jan Kowalczyk, in conferenza stampa.
L'eurodeputata del Pd Francesca Bruni ha accolto con favore le parole del commissario. «Finalmente si riconosce che servono investimenti», ha commentato.
Fonti diplomatiche parlano di un accordo vicino, ma i Paesi del Nord restano contrari.
Il ministro delle Finanze olandese, secondo quanto riferito dall'agenzia Reuters, avrebbe detto ai colleghi che «le regole vanno rispettate».`,
    expect: [
      ['camicia di forza', 'Jan Kowalczyk'],
      ['Finalmente si riconosce', 'Francesca Bruni'],
    ],
  },
  {
    title: 'a quotation inside the reporter\'s sentence with no speaker, and a scare-quoted word',
    text: `Il decreto, ribattezzato dalla stampa «salva-casa», è stato approvato ieri dal Consiglio dei ministri.
Le opposizioni parlano di un «condono mascherato».
«È una misura di buon senso che aiuta milioni di famiglie», ha detto il vicepremier Luca Moretti.`,
    expect: [
      ['È una misura di buon senso', 'Luca Moretti'],
    ],
  },
  {
    title: 'partial quotations after ha definito / ha parlato di, and a son who is no one named',
    text: `Il governatore della Lombardia Attilio Ferrandi ha definito la proposta del governo «irricevibile e offensiva per i territori».
Il leader dell'opposizione in consiglio regionale, Pierfrancesco Mauri, ha parlato invece di «un passo nella giusta direzione».
«Mio padre avrebbe voluto vedere questo giorno», ha detto il figlio dell'ex sindaco, commosso.`,
    expect: [
      ['irricevibile e offensiva', 'Attilio Ferrandi'],
      ['un passo nella giusta direzione', 'Pierfrancesco Mauri'],
      ['Mio padre avrebbe voluto', null],
    ],
  },
  {
    title: 'a meeting: the object of a meeting is not the speaker, and a reflexive tag (si è sfogato)',
    published: '2024-05-15',
    text: `La premier ha ricevuto a Palazzo Chigi il presidente del Kenya, William Ruto Mbeki.
«Abbiamo parlato di energia e di migrazioni», ha detto il presidente keniano al termine dell'incontro.
In serata il ministro dell'Agricoltura Franco Lollo ha incontrato gli allevatori. «Sono stanco di sentire promesse», si è sfogato uno di loro.
«Il governo è dalla vostra parte», ha assicurato il ministro.`,
    expect: [
      ['Abbiamo parlato di energia', 'William Ruto Mbeki'],
      ['Sono stanco di sentire promesse', null],
      ['Il governo è dalla vostra parte', 'Franco Lollo'],
    ],
  },
  {
    title: 'budget row: a hearer paper, the one answered (gli) is not the speaker, sources of a ministry, a title with a long complement',
    text: `ROMA - Scontro nella maggioranza sulla legge di bilancio. «Non voteremo un testo che alza le tasse sulla casa», ha avvertito il capogruppo di Forza Italia al Senato, Maurizio Gasperini, in un'intervista al Messaggero.
Gli ha risposto a stretto giro la segretaria della Lega in Lombardia: «Nessuno vuole alzare le tasse, ma servono coperture».
Fonti del ministero dell'Economia precisano che il testo «è ancora aperto a modifiche».
«Troveremo una sintesi, come sempre», assicura il sottosegretario alla presidenza del Consiglio Alfredo Mantova.
Il leader di Azione, Carlo Callegari, ironizza: «Ogni anno la stessa commedia».
«Le famiglie aspettano risposte, non liti», ha commentato su X Elena Marini, deputata del Pd.`,
    expect: [
      ['Non voteremo un testo', 'Maurizio Gasperini'],
      ['Nessuno vuole alzare le tasse', 'la segretaria della Lega'],
      ['Troveremo una sintesi', 'Alfredo Mantova'],
      ['Ogni anno la stessa commedia', 'Carlo Callegari'],
      ['Le famiglie aspettano risposte', 'Elena Marini'],
    ],
  },
  {
    title: 'two presidents of two chambers: a description with another complement is someone else; a quotation naming the one taken back',
    text: `Anche il presidente della Camera, Lorenzo Fontanelli, è intervenuto sul tema. «Serve una legge europea sull'asilo», ha dichiarato.
«Condivido la proposta», ha replicato il presidente del Senato.
«Le parole di Fontanelli sono un segnale importante», ha aggiunto.`,
    expect: [
      ["Serve una legge europea sull'asilo", 'Lorenzo Fontanelli'],
      ['Condivido la proposta', 'il presidente del Senato'],
      ['Le parole di Fontanelli', null],
    ],
  },
  {
    title: 'industry: a description of another kind of role is not the last speaker (il ministro delle Imprese after a unionist); il sindacalista is',
    text: `MILANO - L'amministratore delegato di Stellantis Italia, Giuseppe Manfredi, ha annunciato ieri un piano di investimenti da due miliardi. «Mirafiori resterà il cuore della produzione italiana», ha detto in conferenza stampa.
Cauti i sindacati. Per il segretario della Fiom, Michele De Palma Neri, si tratta di «promesse da verificare nei fatti».
«Abbiamo già visto troppi piani rimanere sulla carta», ha aggiunto il sindacalista.
Il ministro delle Imprese ha accolto con favore l'annuncio: «È una buona notizia per il Paese».
Stando alle stime dell'Anfia, il mercato dell'auto in Italia è calato del dieci per cento nell'ultimo anno.`,
    expect: [
      ['Mirafiori resterà il cuore', 'Giuseppe Manfredi'],
      ['promesse da verificare nei fatti', 'Michele De Palma Neri'],
      ['Abbiamo già visto troppi piani', 'Michele De Palma Neri'],
      ['È una buona notizia per il Paese', null],
      ["il mercato dell'auto in Italia", 'Anfia'],
    ],
  },
  {
    title: 'police and prosecutors: titles with a particle in the name, a paragraph of speech after a sentence that gives someone the floor, a report with an adjective',
    text: `NAPOLI - Il questore di Napoli, Maurizio Agricola Ferri, ha presentato il bilancio dell'anno. «I reati sono in calo del quindici per cento», ha detto.
Presente anche il prefetto Michele di Bari Santi. «La collaborazione tra le forze dell'ordine funziona», ha sottolineato il prefetto.
Poi la parola è passata al procuratore Nicola Gratteri Bassi.
«La criminalità organizzata è ancora forte in città.»
I cronisti hanno chiesto se il governo invierà nuovi agenti. «Lo spero», ha risposto.
Secondo l'ultimo rapporto della Dia, i clan controllano ancora molte piazze di spaccio.`,
    expect: [
      ['I reati sono in calo', 'Maurizio Agricola Ferri'],
      ["La collaborazione tra le forze dell'ordine", 'Michele di Bari Santi'],
      ['La criminalità organizzata è ancora forte', 'Nicola Gratteri Bassi'],
      ['i clan controllano ancora', 'Dia'],
    ],
  },
  {
    title: 'court: a lawyer by apposition, a mother who speaks untagged, a prosecutor by a two-word role then a dropped subject',
    text: `TORINO - È iniziato ieri davanti alla Corte d'Assise il processo per la morte di Luca Ferri, il ventenne investito lo scorso marzo. L'imputato, Davide Rosso, 34 anni, era presente in aula. «Il mio cliente è profondamente provato e collaborerà», ha detto il suo avvocato, Paolo Gatti.
La madre della vittima, Anna Ferri, ha atteso l'udienza fuori dal tribunale. «Voglio solo giustizia per mio figlio».
Il pubblico ministero Chiara Bassi ha chiesto l'acquisizione dei filmati delle telecamere. «Sono decisivi per ricostruire la dinamica», ha spiegato.
«Non c'è nessuna prova che guidasse ubriaco», ha replicato la difesa.
La prossima udienza è fissata per il 12 giugno.`,
    expect: [
      ['profondamente provato', 'Paolo Gatti'],
      ['Sono decisivi per ricostruire', 'Chiara Bassi'],
      ["Non c'è nessuna prova", null],
    ],
  },
  {
    title: 'sport: two coaches, a partial quotation then ha aggiunto, a captain to a broadcaster whose words go on',
    text: `NAPOLI - Il Napoli batte il Torino 2-0 e torna in zona Champions. Decidono le reti nel secondo tempo.
«Abbiamo giocato una partita di grande maturità», ha commentato a fine gara l'allenatore azzurro, Walter Mazzi. «I ragazzi hanno dato tutto».
Deluso il tecnico granata Ivan Juric, che ha parlato di «un primo tempo regalato». Poi ha aggiunto: «Dobbiamo crescere in personalità».
Il presidente Aurelio De Laurentiis ha affidato il suo commento ai social.
«Una vittoria che ci dà fiducia», ha detto il capitano Giovanni Di Lorenzo ai microfoni di Dazn.
«Il campionato è ancora lungo».`,
    expect: [
      ['grande maturità', 'Walter Mazzi'],
      ['un primo tempo regalato', 'Ivan Juric'],
      ['crescere in personalità', 'Ivan Juric'],
      ['ci dà fiducia', 'Giovanni Di Lorenzo'],
      ['ancora lungo', 'Giovanni Di Lorenzo'],
    ],
  },
  {
    title: 'markets: analysts of a bank, a banker taken up by il banchiere, secondo cui, an unnamed trader, a regulator',
    text: `MILANO - La Borsa di Milano chiude in rialzo dell'1,2%, trainata dalle banche. Secondo gli analisti di una grande banca, il rally potrebbe proseguire anche nelle prossime settimane.
L'amministratore delegato di Unicredit, Andrea Orcel, ha incontrato gli investitori a Londra. Il banchiere ha ribadito che «la remunerazione degli azionisti resta una priorità».
Nel pomeriggio è intervenuto anche il governatore della Banca d'Italia, Fabio Panetta, secondo cui «l'inflazione sta scendendo più rapidamente del previsto».
«I tassi potrebbero calare già in primavera», ha osservato un operatore.
Per la Consob, che ha pubblicato la relazione annuale, «il mercato resta solido».`,
    expect: [
      ['remunerazione degli azionisti', 'Andrea Orcel'],
      ["l'inflazione sta scendendo", 'Fabio Panetta'],
      ['I tassi potrebbero calare', null],
      ['il mercato resta solido', 'Consob'],
    ],
  },
  {
    title: 'local fire: a resident, her husband by first name, a mayor before a colon, a regional agency and its director',
    text: `BERGAMO - Un incendio è divampato nella notte in un capannone della zona industriale di Seriate. Non ci sono feriti.
«Abbiamo sentito un boato verso le tre», racconta Giulia Rota, che abita a poche centinaia di metri. Suo marito, Marco, è sceso in strada a vedere. «C'erano fiamme altissime».
Il sindaco Cristian Vezzoli è arrivato sul posto all'alba: «Chiediamo ai cittadini di tenere le finestre chiuse». I vigili del fuoco hanno lavorato per ore.
Secondo l'Arpa, i valori di diossina sono nella norma. «Monitoreremo la situazione per tutta la settimana», ha assicurato il direttore dell'agenzia regionale.`,
    expect: [
      ['sentito un boato', 'Giulia Rota'],
      ['tenere le finestre chiuse', 'Cristian Vezzoli'],
    ],
  },
  {
    title: 'city council: a speech paragraph after a sentence of two clauses with two subjects is unsure; a conjunction clause is no speech',
    text: `FIRENZE - Il consiglio comunale ha approvato ieri sera il nuovo piano per la mobilità. L'assessora ai Trasporti Lucia Bini ha difeso il provvedimento davanti all'aula.
Dura l'opposizione. Il capogruppo di Fratelli d'Italia, Alessandro Draghi, ha annunciato ricorso al Tar, mentre la sindaca ha ringraziato i tecnici del Comune.
«Questo piano è stato scritto senza ascoltare i commercianti del centro storico».
Per Confcommercio, che ha diffuso una nota, il piano «rischia di svuotare le vie dello shopping».`,
    expect: [
      ['Questo piano è stato scritto', null],
      ['ringraziato i tecnici', 'NOT FOUND'],
      ['rischia di svuotare', 'Confcommercio'],
    ],
  },
  {
    title: 'pensions: a unionist whose speech paragraph follows, secondo il quale with no quotation is no source after it, a woman minister',
    text: `ROMA - Prosegue il confronto tra governo e sindacati sulle pensioni. Dopo l'incontro di ieri a Palazzo Chigi, il segretario generale della Cgil Maurizio Landini si è detto insoddisfatto.
«Il governo non ha fatto nessuna proposta concreta sulla flessibilità in uscita e noi siamo pronti alla mobilitazione generale in tutte le piazze».
Più cauto il leader della Cisl, Luigi Sbarra, secondo il quale il dialogo va avanti. Il ministro del Lavoro Marina Calderone ha convocato un nuovo tavolo per la prossima settimana.
«Abbiamo ascoltato tutte le parti e faremo le nostre valutazioni», ha spiegato la ministra.`,
    expect: [
      ['Il governo non ha fatto', 'Maurizio Landini'],
      ['Più cauto il leader', 'NOT FOUND'],
      ['Abbiamo ascoltato tutte le parti', 'Marina Calderone'],
    ],
  },
];
