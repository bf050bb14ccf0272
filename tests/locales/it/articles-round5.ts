// Invented Italian news articles, round 5: genres the earlier batches did not use (a political
// story in the Il Fatto Quotidiano manner with several party figures answering each other, a live
// blog in the Sky TG24 manner with time stamps, a local paper's council row). Names, events and
// words are invented. Each quotation is listed with the speaker a careful reader gives it, or null
// where the text does not say.
import type { Article } from './articles-round3.ts';

export const ARTICLES: Article[] = [
  {
    title: 'politics (Il Fatto Quotidiano style): a party leader, a minister, the opposition, "gli fa eco", la replica di X, fonti',
    batch: 1,
    text: `ROMA - Sulla legge elettorale la maggioranza si spacca ancora. Il leader di Azione Futura, Marco Delvecchio, ha annunciato che il suo partito non voterà il testo in commissione.

«Così com'è, questa riforma consegna il Paese a chi vince per un voto», ha dichiarato Delvecchio a margine di un convegno a Firenze. «Noi non ci stiamo».

Gli fa eco la capogruppo al Senato, Ilaria Fontanesi: «Abbiamo chiesto tre modifiche e non ne è stata accolta nessuna».

Dal governo minimizzano. Il ministro per le Riforme, Paolo Serravalle, parla di «normale dialettica». «Il testo arriverà in Aula a marzo, con o senza i voti di Azione Futura», ha tagliato corto il ministro.

Durissima la replica del segretario del Pd, Elena Caruso. «Questa maggioranza litiga su tutto tranne che sulle poltrone», ha attaccato. E ancora: «Gli italiani meritano una legge scritta insieme, non un regolamento di conti».

Secondo fonti di Palazzo Chigi la premier sarebbe «irritata» per lo strappo. Delvecchio però non arretra: «Se vogliono i nostri voti, ci ascoltino».`,
    expect: [
      ["Così com'è, questa riforma", 'Marco Delvecchio'],
      ['Noi non ci stiamo', 'Marco Delvecchio'],
      ['Abbiamo chiesto tre modifiche', 'Ilaria Fontanesi'],
      ['Il testo arriverà in Aula a marzo', 'Paolo Serravalle'],
      ['Questa maggioranza litiga su tutto', 'Elena Caruso'],
      ['Gli italiani meritano una legge', 'Elena Caruso'],
      ['irritata', 'fonti'],
      ['Se vogliono i nostri voti', 'Marco Delvecchio'],
    ],
    // (first run: 6 right, 0 wrong, 2 missing — "ha tagliato corto", a verb of two words, is unread; "E ancora: «…»"
    // now goes on with the one spoken of last. «normale dialettica», two words, is a term and no quotation)
    open: ['Il testo arriverà in Aula a marzo'],
  },
  {
    title: 'live blog (Sky TG24 style): time stamps, a prefect, a rescuer, a witness, a regional president, the same speaker across entries',
    batch: 1,
    text: `Maltempo in Liguria, esondato il torrente Entella: la diretta

ore 08.12 - Allerta rossa su tutta la provincia di Genova. Chiuse le scuole in dodici comuni.

ore 09.40 - Il prefetto di Genova, Carla Mereu, ha convocato il comitato per la sicurezza. «Chiediamo ai cittadini di non uscire di casa se non per motivi urgenti», ha detto al termine della riunione.

ore 10.05 - A Chiavari l'acqua ha invaso il centro storico. «Siamo al lavoro con venti squadre e due elicotteri», riferisce Giacomo Pittaluga, comandante provinciale dei vigili del fuoco. «Abbiamo già evacuato quaranta persone».

ore 10.30 - «In trent'anni non ho mai visto una cosa del genere, il negozio è sott'acqua», racconta ai nostri microfoni Gino, titolare di una ferramenta in via Martiri.

ore 11.15 - Interviene il presidente della Regione, Andrea Bocchiardo. «Chiederemo lo stato di emergenza già oggi pomeriggio».

ore 11.50 - «La situazione è ancora critica, ma il livello del torrente ha iniziato a scendere», fa sapere la prefetta in un nuovo aggiornamento.

ore 12.20 - Secondo la Protezione civile regionale, nelle prossime ore sono attese «piogge meno intense».`,
    expect: [
      ['Chiediamo ai cittadini di non uscire', 'Carla Mereu'],
      ['Siamo al lavoro con venti squadre', 'Giacomo Pittaluga'],
      ['Abbiamo già evacuato quaranta persone', 'Giacomo Pittaluga'],
      ["In trent'anni non ho mai visto", 'Gino'],
      ["Chiederemo lo stato di emergenza", 'Andrea Bocchiardo'],
      ['La situazione è ancora critica', 'Carla Mereu'],
      ['piogge meno intense', 'Protezione civile'],
    ],
    // (first run: 5 right, 0 wrong, 2 missing — a quotation whose stop stands after the closing mark, «…»., after a
    // sentence about the president; "la prefetta" for someone introduced as "il prefetto")
  },
  {
    title: 'council row (Il Tirreno style): the mayor, an opposition councillor, an assessore, the council president, a committee of residents',
    batch: 1,
    text: `LIVORNO - Seduta infuocata ieri sera in consiglio comunale sul progetto del nuovo parcheggio di piazza Cavallotti. Alla fine la delibera è passata con 19 voti favorevoli e 11 contrari.

Ad aprire il dibattito è stato il consigliere di Fratelli d'Italia Roberto Gambini. «Questa giunta decide tutto nelle segrete stanze e poi chiede al consiglio di mettere il timbro», ha accusato.

L'assessora alla Mobilità, Francesca Lenzi, ha difeso il progetto punto per punto. «Il parcheggio toglierà dalla strada quattrocento auto al giorno. Non è un favore a nessuno, è una scelta per il centro».

Gambini ha replicato subito: «Allora ci spieghi perché i residenti non sono mai stati ascoltati».

A quel punto il presidente del consiglio comunale ha sospeso la seduta per dieci minuti. Alla ripresa ha preso la parola il sindaco Luca Salvetti. «Nessuno ha nascosto niente: gli atti sono pubblici da sei mesi», ha puntualizzato il primo cittadino.

Il comitato "Salviamo Cavallotti", presente in aula con una trentina di residenti, annuncia battaglia. «Faremo ricorso al Tar», spiega la portavoce Marta Bini. «Non ci fermeremo a un voto».`,
    expect: [
      ['Questa giunta decide tutto', 'Roberto Gambini'],
      ['Il parcheggio toglierà dalla strada', 'Francesca Lenzi'],
      ['Allora ci spieghi perché', 'Roberto Gambini'],
      ['Nessuno ha nascosto niente', 'Luca Salvetti'],
      ['Faremo ricorso al Tar', 'Marta Bini'],
      ['Non ci fermeremo a un voto', 'Marta Bini'],
    ],
    // (first run: 5 right, 0 wrong, 1 missing — the assessora's words after the sentence about her, stop after the mark)
  },
  {
    title: 'crime (Tgcom24 style): the carabinieri, a commander named after his role and rank, the victim\'s brother and sister, a neighbour, the mayor, a lawyer',
    batch: 2,
    text: `BRESCIA - Un uomo di 52 anni è stato arrestato dai carabinieri per l'omicidio della moglie, Sara Bettoni, 47 anni, trovata senza vita nella loro casa di Lumezzane.

Secondo i militari della compagnia di Gardone, l'uomo avrebbe colpito la donna al culmine di una lite. «Ha chiamato lui il 112, era in stato confusionale», ha riferito il comandante provinciale, il colonnello Stefano Arrigoni.

Il fratello della vittima, Paolo Bettoni, non si dà pace. «Sara aveva paura, ce lo aveva detto più volte. Nessuno l'ha ascoltata».

«Lo conoscevamo come una persona tranquilla, nessuno poteva immaginare», racconta una vicina di casa.

Il sindaco di Lumezzane, Josehf Facchini, ha proclamato il lutto cittadino per il giorno dei funerali. «È una tragedia che colpisce tutta la comunità», ha detto il primo cittadino. Il parroco, don Mario Ghidini, ha annunciato una veglia di preghiera.

«Chiediamo giustizia per Sara», ha scritto la sorella Laura sui social. L'avvocato dell'uomo, Giovanni Rizzi, ha spiegato che il suo assistito «è distrutto» e che «collaborerà pienamente con gli inquirenti».

«Non ci sono mai state denunce», ha precisato il colonnello. «Ma stiamo verificando eventuali segnalazioni ai servizi sociali», ha aggiunto.`,
    expect: [
      ['Ha chiamato lui il 112', 'Stefano Arrigoni'],
      ['Sara aveva paura', 'Paolo Bettoni'],
      ['Lo conoscevamo come', 'vicina'],
      ['È una tragedia che colpisce', 'Josehf Facchini'],
      ['Chiediamo giustizia per Sara', 'Laura'],
      ['collaborerà pienamente', 'Giovanni Rizzi'],
      ['Non ci sono mai state denunce', 'Stefano Arrigoni'],
      ['Ma stiamo verificando', 'Stefano Arrigoni'],
    ],
    // (written after the batch-1 fixes; first run: 7 right, 1 wrong — "il comandante provinciale, il colonnello Stefano
    // Arrigoni" gave the role, not the man named in apposition after his rank; «è distrutto», two words, is no quotation)
  },
];
