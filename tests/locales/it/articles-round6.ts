// Invented Italian news articles, round 6: genres the earlier batches did not use (a labour dispute in
// a regional paper, an election night, a tabloid human-interest story, a concert review with an
// artist's portrait). Names, events and words are invented. Each quotation is listed with the
// speaker a careful reader gives it, or null where the text does not say.
// Batch 1 was written before the rules it led to; batch 2 after them, and read first without any
// change to the rules (its figures before the fixes are the round's held-out measure).
import type { Article } from './articles-round3.ts';

export const ARTICLES: Article[] = [
  {
    title: 'labour dispute (Il Piccolo style): a gesture before a colon, a note of the management, a worker, a regional assessora to the paper, a unionist who warns',
    batch: 1,
    text: `MONFALCONE - Terzo giorno di sciopero al cantiere navale di Panzano, dove da lunedì circa milleduecento lavoratori delle ditte in appalto incrociano le braccia contro il nuovo sistema dei turni. Ieri mattina il presidio davanti ai cancelli si è allungato fino alla rotonda di via Matteotti.

Il segretario provinciale della Fiom, Gianluca Zorzenon, allarga le braccia: «Ci hanno convocato alle otto di sera per comunicarci una decisione già presa. Questo non è un confronto, è un ordine di servizio».

La direzione del cantiere, in una nota diffusa nel pomeriggio, ha ribadito che la riorganizzazione «non comporterà alcuna riduzione salariale» e che i nuovi turni «sono necessari per rispettare le consegne».

Tra i lavoratori la rabbia è palpabile. Dragan Petrović, saldatore da quindici anni nelle ditte dell'indotto, mostra la busta paga: «Con i turni nuovi perdo il sabato e duecento euro al mese. Chi lo dice che non c'è riduzione?».

La Regione prova a mediare. L'assessora regionale al Lavoro, Paola Cossar, ha convocato le parti per venerdì a Trieste. «Il cantiere è il cuore economico di questo territorio e nessuno può permettersi una vertenza lunga», ha detto al Piccolo.

Zorzenon non si fida. «Abbiamo già visto tavoli che servivano solo a prendere tempo».

Più cauta la Fim Cisl. «Andremo al tavolo con proposte concrete, ma lo sciopero resta finché non ci sono risposte scritte», avverte il segretario Marco Tomasin.

Il direttore del personale, Stefano Benedetti, ha incontrato ieri i delegati sindacali per un'ora. «Non ci sono margini per tornare indietro», ha risposto Benedetti a Zorzenon, secondo quanto riferito dai presenti.

In serata è arrivata anche la voce del sindaco, Riccardo Visintin, che ha espresso «preoccupazione» e ha chiesto all'azienda di «ritirare la circolare». «La città non può restare ostaggio di una guerra tra appalti», ha scritto su Facebook.`,
    expect: [
      ['Ci hanno convocato alle otto di sera', 'Gianluca Zorzenon'],
      ['non comporterà alcuna riduzione', 'direzione del cantiere'],
      ['sono necessari per rispettare', 'direzione del cantiere'],
      ['Con i turni nuovi perdo il sabato', 'Dragan Petrović'],
      ['Il cantiere è il cuore economico', 'Paola Cossar'],
      ['Abbiamo già visto tavoli', 'Gianluca Zorzenon'],
      ['Andremo al tavolo con proposte', 'Marco Tomasin'],
      ['Non ci sono margini', 'Stefano Benedetti'],
      ['preoccupazione', 'Riccardo Visintin'],
      ['ritirare la circolare', 'Riccardo Visintin'],
      ['La città non può restare ostaggio', 'Riccardo Visintin'],
    ],
    // (first run: 7 right, 0 wrong, 4 missing — the note's issuer past an aside, "X, in una nota …, ha ribadito"; a
    // relative after the name in apposition, "il sindaco, X, che ha espresso «…» e ha chiesto di «…»"; a one-word partial)
  },
  {
    title: 'election night (Il Giornale di Vicenza style): two men, the winner to his supporters, the loser by a description, sbotta, a dropped subject after both men, the outgoing mayor by a note',
    batch: 1,
    text: `BASSANO DEL GRAPPA - È Tommaso Dal Ferro il nuovo sindaco di Bassano. Al ballottaggio il candidato del centrosinistra ha battuto con il 52,3 per cento Giorgio Zanella, sostenuto dal centrodestra, ribaltando il risultato del primo turno.

Poco dopo le 23, nel comitato elettorale di via Roma, Dal Ferro è salito su una sedia tra gli applausi. «Questa vittoria è di chi ci ha creduto quando eravamo dati per spacciati», ha gridato ai sostenitori. Poi, più tranquillo, ha promesso di essere «il sindaco di tutti».

«Da domani si lavora. La prima cosa sarà il cantiere del ponte, che aspetta da troppo tempo».

Nel quartier generale di Zanella l'atmosfera era ben diversa. Il candidato sconfitto si è presentato ai giornalisti pochi minuti dopo la mezzanotte. «Ho telefonato a Dal Ferro per fargli gli auguri. I cittadini hanno scelto e io rispetto la loro scelta».

Zanella non ha però risparmiato una frecciata agli alleati: «Al primo turno qualcuno ha lavorato per perdere».

Il coordinatore provinciale di Fratelli d'Italia, Nicola Bizzotto, sbotta: «Chi parla di tradimenti guardi prima in casa propria».

Più tardi i due candidati si sono incrociati in piazza Libertà per una stretta di mano davanti ai fotografi. «È stata una campagna dura ma corretta», ha commentato.

L'affluenza si è fermata al 41 per cento, dieci punti in meno del primo turno. «Un dato così basso deve far riflettere tutti», osserva il politologo dell'Università di Padova Andrea Segato.

La sindaca uscente, Elena Pavan, che non si era ricandidata, ha affidato a una nota il suo commento: «Lascio una città con i conti in ordine. Auguro buon lavoro a Tommaso». «Sono certa che saprà ascoltare tutti», ha aggiunto.`,
    expect: [
      ['Questa vittoria è di chi ci ha creduto', 'Tommaso Dal Ferro'],
      ['il sindaco di tutti', 'Tommaso Dal Ferro'],
      ['Da domani si lavora', 'Tommaso Dal Ferro'],
      ['Ho telefonato a Dal Ferro', 'Giorgio Zanella'],
      ['Al primo turno qualcuno', 'Giorgio Zanella'],
      ['Chi parla di tradimenti', 'Nicola Bizzotto'],
      ['È stata una campagna dura', null],
      ['Un dato così basso', 'Andrea Segato'],
      ['Lascio una città con i conti', 'Elena Pavan'],
      ['Sono certa che saprà', 'Elena Pavan'],
    ],
    // (first run: 5 right, 1 wrong, 4 missing — "i due candidati si sono incrociati. «…», ha commentato" went to the last
    // speaker; the subject "Dal Ferro" opens with a particle in capitals and was not read, so the winner's words had none)
    open: ['Ho telefonato a Dal Ferro'],
  },
  {
    title: 'human interest (Fanpage style): a rescuer by "A trovarlo è stato", the old man who jokes with the doctors, his wife and son by given name, a gesture before a colon, an appeal, a mayor on Facebook',
    batch: 1,
    text: `PIACENZA - Due notti all'aperto nei boschi sopra Bobbio, con una giacca leggera e mezzo panino. Poi, ieri mattina, la svolta. Giuseppe Calegari, 78 anni, pensionato di Travo, è stato ritrovato in una scarpata a un chilometro dal sentiero da cui era partito sabato per cercare funghi.

A trovarlo è stato Davide Schiavi, 34 anni, volontario del Soccorso alpino. «Ho sentito un lamento, poi l'ho visto muovere un braccio. Mi ha chiesto subito se sua moglie stava bene», racconta con la voce ancora rotta.

Calegari, trasportato in elisoccorso all'ospedale di Piacenza, è in buone condizioni. Dal letto del reparto scherza con i medici: «La prossima volta i funghi li compro al mercato».

La moglie Rosa non ha mai perso la speranza. «Lo conosco da cinquantadue anni, è un testone ma è forte come un mulo».

Il figlio Alberto, arrivato da Milano nella notte di sabato, si commuove: «Quando ci hanno chiamato per dirci che l'avevano trovato, mia madre si è seduta per terra e ha pianto».

Le ricerche hanno coinvolto più di ottanta persone tra vigili del fuoco, carabinieri, Protezione civile e unità cinofile. Il capostazione del Soccorso alpino di Bobbio, Franco Rebecchi, ricorda che il terreno era «molto impervio» e lancia un appello: «Chi va per funghi lasci sempre detto dove va e porti con sé il telefono carico».

Rebecchi ha poi ringraziato Schiavi davanti a tutta la squadra. «Ha un orecchio che noi non abbiamo», ha detto.

In paese si festeggia. «Qui lo conoscono tutti, al bar non si parlava d'altro», dicono al circolo di Travo.

La sindaca di Travo, Chiara Ghezzi, ha ringraziato i soccorritori su Facebook: «Una comunità intera non ha dormito per due notti. Grazie a tutti».`,
    expect: [
      ['Ho sentito un lamento', 'Davide Schiavi'],
      ['La prossima volta i funghi', 'Giuseppe Calegari'],
      ['Lo conosco da cinquantadue anni', 'Rosa'],
      ['Quando ci hanno chiamato', 'Alberto'],
      ['molto impervio', 'Franco Rebecchi'],
      ['Chi va per funghi lasci', 'Franco Rebecchi'],
      ['Ha un orecchio che noi', 'Franco Rebecchi'],
      ['Qui lo conoscono tutti', null],
      ['Una comunità intera non ha dormito', 'Chiara Ghezzi'],
    ],
    // (first run: 6 right, 0 wrong, 3 missing — the son's words past an aside before a gesture and a colon; "A trovarlo è
    // stato X, …. «…», racconta"; a two-word partial)
  },
  {
    title: 'concert review and portrait (Rolling Stone Italia style): a singer to the audience, a producer on stage, la cantautrice, a smile before a colon, a young woman who confesses, "ha detto di lei X", Instagram',
    batch: 1,
    text: `Tre ore, trentadue canzoni e un'Arena piena fino all'ultimo gradino. Martina Sereni ha chiuso a Verona il tour di «Vetro», il disco che a quarantadue anni l'ha riportata in testa alle classifiche.

«Quindici anni fa qui suonavo come ospite, per una canzone sola. Stasera è casa mia», ha detto al pubblico prima del bis, con la voce incrinata.

Ad aprire la serata è stata Giulia Testa, vent'anni, scoperta dalla stessa Sereni su TikTok. «Mi ha scritto lei, pensavo fosse uno scherzo», confessa la giovane. «Ho cantato davanti a dodicimila persone e non ricordo niente», ha aggiunto ridendo.

Sul palco, a sorpresa, è salito anche Filippo Arduini, il produttore che ha firmato gli arrangiamenti del disco. I due hanno suonato insieme al pianoforte «Ottobre». «Martina mi ha chiamato alle tre di notte con un giro di accordi e mi ha detto: finiamolo adesso», ha raccontato Arduini dietro le quinte.

Alla vigilia, in una lunga chiacchierata con il nostro giornale, la cantautrice aveva spiegato che il disco è nato «da un anno di silenzio».

«Dopo la morte di mio padre non riuscivo più a scrivere una riga. Poi un giorno ho ripreso la chitarra e le canzoni sono uscite da sole».

Sereni sorride quando le si chiede delle classifiche: «Non le guardo. Però mia madre sì, e mi manda gli screenshot».

Della giovane che ha aperto i suoi concerti parla come di una sorella minore. «È la voce più bella che ho sentito negli ultimi anni», ha detto di lei Sereni.

A fine serata la cantautrice ha scritto su Instagram: «Non ho parole, solo grazie. Ci vediamo presto».`,
    expect: [
      ['Quindici anni fa qui suonavo', 'Martina Sereni'],
      ['Mi ha scritto lei, pensavo', 'Giulia Testa'],
      ['Ho cantato davanti a dodicimila', 'Giulia Testa'],
      ['Martina mi ha chiamato alle tre', 'Filippo Arduini'],
      ['da un anno di silenzio', 'Martina Sereni'],
      ['Dopo la morte di mio padre', 'Martina Sereni'],
      ['Non le guardo', 'Martina Sereni'],
      ['È la voce più bella', 'Martina Sereni'],
      ['Non ho parole, solo grazie', 'Martina Sereni'],
    ],
    // (first run: 4 right, 3 wrong, 2 missing — "la cantautrice", unknown, was read as a dropped subject and given the man
    // quoted last; "ha aggiunto" after "confessa la giovane", unread, went to the singer quoted before; two women of
    // one trade leave "la cantautrice" unsure)
    // (later: "la giovane" with two women named in its paragraph is unsure — the age that tells them apart is not read)
    open: ['Mi ha scritto lei, pensavo', 'Ho cantato davanti a dodicimila', 'da un anno di silenzio', 'Dopo la morte di mio padre'],
  },
  {
    title: 'Serie B (Tuttosport style): both coaches to a broadcaster, il tecnico for each, a scorer, a captain in a paragraph of his own, a pronoun after two men',
    batch: 2,
    text: `PALERMO - Il Palermo batte la Reggiana 2-1 al Barbera e aggancia il terzo posto. Decide una doppietta di Matteo Brunori, a segno al 23' e al 71', dopo il pareggio ospite firmato da Manuel Marras.

A fine gara il tecnico rosanero Alessio Dionisi non nasconde la soddisfazione. «Abbiamo sofferto nel primo tempo, ma la squadra non ha mai smesso di cercare la porta», ha spiegato ai microfoni di Dazn. «Brunori? È un attaccante che vive per il gol, lo sappiamo tutti».

Di tutt'altro umore William Viali, allenatore della Reggiana. «Abbiamo regalato il secondo gol, non si può concedere un contropiede così a un quarto d'ora dalla fine», ha detto il tecnico granata in sala stampa.

Viali se l'è presa anche con l'arbitro per un rigore non concesso nel finale. «C'era un fallo netto su Girma, l'ha visto tutto lo stadio».

Brunori, uscito tra gli applausi, si gode la serata. «Dedico i gol a mia figlia, che domani compie un anno», ha raccontato il centravanti.

Il capitano rosanero Jacopo Segre ha parlato a lungo con Dionisi a bordo campo prima di rientrare negli spogliatoi.

«Il terzo posto non basta, vogliamo di più».

Dionisi ha poi stretto la mano a Viali. «Sono partite che si vincono con la testa», ha aggiunto.`,
    expect: [
      ['Abbiamo sofferto nel primo tempo', 'Alessio Dionisi'],
      ['È un attaccante che vive per il gol', 'Alessio Dionisi'],
      ['Abbiamo regalato il secondo gol', 'William Viali'],
      ["C'era un fallo netto su Girma", 'William Viali'],
      ['Dedico i gol a mia figlia', 'Matteo Brunori'],
      ['Il terzo posto non basta', null],
      ['Sono partite che si vincono', 'Alessio Dionisi'],
    ],
    // (written after the batch-1 fixes; first run: 4 right, 2 wrong, 1 missing as first listed — "il tecnico granata" in
    // Viali's paragraph went to the other coach named "il tecnico" before; "il centravanti" was not a role. The last
    // piece was first listed with no speaker; on reading again, "Dionisi ha poi stretto la mano a Viali. «…», ha
    // aggiunto" is the subject's, Dionisi, quoted before: a careful reader gives it him, and so does the reader)
  },
  {
    title: 'landslide (L\'Eco di Bergamo style): the mayor, a geologist, the prefect by description, the civil protection\'s note, residents, a husband by given name, the Anas by its press office',
    batch: 2,
    text: `VALBONDIONE - Una frana di circa trentamila metri cubi si è staccata nella notte dal versante del monte Gleno e ha travolto la strada provinciale 49, isolando la frazione di Lizzola. Nessun ferito, ma quaranta persone sono state evacuate.

Il sindaco di Valbondione, Romina Morstabilini, è salita sul posto all'alba insieme ai vigili del fuoco. «Abbiamo sentito un boato intorno alle tre, poi è mancata la corrente. Ringrazio i soccorritori, sono stati velocissimi», ha detto la prima cittadina.

Sul posto anche il geologo della Provincia, Carlo Bonomi, che ha escluso per ora nuovi crolli. «Il versante è ancora in movimento, ma i sensori non segnalano accelerazioni», ha spiegato all'Eco di Bergamo. «Servirà almeno una settimana per mettere in sicurezza la strada».

La Protezione civile regionale, in una nota diffusa in mattinata, ha invitato la popolazione a «non avvicinarsi all'area» e ha annunciato l'arrivo di un elicottero per i rifornimenti.

Tra gli sfollati c'è Teresa Bonaldi, 81 anni, ospitata dalla figlia a Fiumenero. «Sono nata a Lizzola e non me ne sono mai andata. Spero di tornare a casa prima di Natale».

Suo marito Angelo, 84 anni, non ha voluto lasciare la stalla fino all'ultimo. «Le mucche non capiscono le frane», ha scherzato con i soccorritori.

Nel pomeriggio è arrivata in valle la prefetta di Bergamo, che ha incontrato gli sfollati nella palestra comunale. «Lo Stato c'è e non vi lascerà soli», ha assicurato la prefetta.

Secondo i residenti, segnali di cedimento si vedevano da mesi. «Lo abbiamo scritto al Comune già in primavera», protesta un commerciante della frazione.`,
    expect: [
      ['Abbiamo sentito un boato', 'Romina Morstabilini'],
      ['Il versante è ancora in movimento', 'Carlo Bonomi'],
      ['Servirà almeno una settimana', 'Carlo Bonomi'],
      ["non avvicinarsi all'area", 'Protezione civile regionale'],
      ['Sono nata a Lizzola', 'Teresa Bonaldi'],
      ['Le mucche non capiscono', 'Angelo'],
      ['Lo Stato c\'è e non vi lascerà', 'prefetta di Bergamo'],
      ['Lo abbiamo scritto al Comune', 'commerciante'],
    ],
    // (written after the batch-1 fixes; first run: 5 right, 1 wrong, 2 missing — "la prima cittadina" for someone named
    // "il sindaco" was read as the bare word; "Tra gli sfollati c'è X" had no subject; "la prefetta" said again with
    // no name)
  },
];
