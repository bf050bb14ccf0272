// Invented Italian news articles, round 4: genres the earlier batches did not use (a parliamentary
// debate where members answer each other, an obituary, a basketball report with both coaches and
// players of both teams, a business story with a company, its CEO, an analyst and a union, a tabloid
// story with people named only later). Names, events and words are invented. Each quotation is listed
// with the speaker a careful reader gives it, or null where the text does not say.
import type { Article } from './articles-round3.ts';

export const ARTICLES: Article[] = [
  {
    title: 'parliamentary debate (RaiNews style): a minister, two deputies answering each other, the Speaker, ha ribattuto',
    batch: 1,
    text: `ROMA - Scontro in Aula alla Camera sul decreto carceri. Il ministro della Giustizia, Tommaso Ferrante, ha difeso il provvedimento durante il question time.

«Il sovraffollamento è un'emergenza che abbiamo ereditato e che stiamo affrontando con serietà», ha detto il Guardasigilli rispondendo a un'interrogazione del Partito democratico.

Immediata la replica della deputata dem Chiara Bonfiglio. «Il ministro racconta un Paese che non esiste: nelle carceri si muore», ha ribattuto la parlamentare.

Ferrante ha poi annunciato nuove assunzioni. «Entro l'estate entreranno in servizio mille agenti di polizia penitenziaria».

Dai banchi della Lega, Davide Pozzi ha accusato le opposizioni di «fare propaganda sulla pelle degli agenti». «Quando governavate voi le celle erano le stesse», ha tuonato il capogruppo.

Bonfiglio ha chiesto la parola per fatto personale: «Non accetto lezioni da chi ha votato contro ogni riforma».

Il presidente della Camera è dovuto intervenire per riportare la calma. «Colleghi, vi prego, lasciate concludere gli interventi», ha ammonito.`,
    expect: [
      ["Il sovraffollamento è un'emergenza", 'Tommaso Ferrante'],
      ['Il ministro racconta un Paese', 'Chiara Bonfiglio'],
      ['Entro l\'estate entreranno in servizio', 'Tommaso Ferrante'],
      ['fare propaganda sulla pelle', 'Davide Pozzi'],
      ['Quando governavate voi', 'Davide Pozzi'],
      ['Non accetto lezioni', 'Chiara Bonfiglio'],
      ['Colleghi, vi prego', null],
    ],
    // (first run: "ha detto il Guardasigilli" had no speaker (now the minister), his quotation alone neither; the
    // capogruppo was the deputy quoted before — now unsure, as a Lega member is named in its paragraph)
    open: ['Colleghi, vi prego', "Entro l'estate entreranno in servizio", 'Quando governavate voi'],
  },
  {
    title: 'obituary (Il Mattino style): the deceased quoted from old interviews (diceva), his daughter, a mayor, a colleague',
    batch: 1,
    text: `NAPOLI - È morto ieri sera, all'età di 89 anni, il maestro Raffaele Esposito, per mezzo secolo direttore del coro del Teatro San Carlo.

«La musica non si insegna, si contagia», amava ripetere ai suoi allievi. In un'intervista di qualche anno fa aveva raccontato gli inizi: «Cantavo nei vicoli per due lire, poi un prete mi ha portato al conservatorio».

La figlia Anna ha annunciato che i funerali si terranno sabato nella basilica di Santa Chiara. «Papà se n'è andato sereno, circondato dalla sua famiglia», ha detto commossa.

Il sindaco Gaetano Russo ha proclamato il lutto cittadino. «Napoli perde una delle sue voci più autentiche», ha scritto in una nota.

Lo ricorda con affetto anche il tenore Luigi Capasso, che con lui ha lavorato per vent'anni. «Era severissimo in prova e tenerissimo fuori. Mi ha insegnato a respirare, prima ancora che a cantare».

«Non ha mai voluto lasciare Napoli, nonostante le offerte di mezzo mondo», ha aggiunto il cantante.`,
    expect: [
      ['La musica non si insegna', 'Raffaele Esposito'],
      ['Cantavo nei vicoli', 'Raffaele Esposito'],
      ["Papà se n'è andato sereno", 'Anna'],
      ['Napoli perde una delle sue voci', 'Gaetano Russo'],
      ['Era severissimo in prova', 'Luigi Capasso'],
      ['Non ha mai voluto lasciare Napoli', 'Luigi Capasso'],
    ],
    // (round 5: "ha detto commossa", a dropped subject with a word on how she spoke, is now the daughter's)
    open: ['La musica non si insegna', 'Cantavo nei vicoli', 'Era severissimo in prova'],
  },
  {
    title: 'basketball (Il Resto del Carlino style): both coaches, a player of each team, il play, coach X, the guest coach named after',
    batch: 1,
    text: `BOLOGNA - La Virtus cade in casa contro Trento (78-84) e perde il primato in classifica. Decisivi gli ultimi cinque minuti, con un parziale di 2-13 per gli ospiti.

«Abbiamo smesso di giocare quando pensavamo di averla vinta, ed è una cosa che non deve succedere», ha ammesso coach Luca Banchi nel dopo gara. «Dobbiamo guardarci in faccia».

Il play bianconero Marco Belinelli ha provato a fare quadrato: «Una sconfitta non cancella quello che abbiamo fatto finora. Mercoledì c'è l'Eurolega e dobbiamo reagire».

Sull'altra sponda sorride l'allenatore dell'Aquila, Paolo Galbiati. «I ragazzi hanno avuto il coraggio di restare attaccati alla partita anche sotto di quindici», ha spiegato il tecnico trentino.

Migliore in campo l'ala americana Jordan Ford, autore di 24 punti. «Coach ci ha chiesto di difendere forte e di correre, e lo abbiamo fatto», ha detto lo statunitense.

«Vincere qui è speciale, è uno dei palazzetti più caldi d'Europa», ha aggiunto Galbiati.`,
    expect: [
      ['Abbiamo smesso di giocare', 'Luca Banchi'],
      ['Dobbiamo guardarci in faccia', 'Luca Banchi'],
      ['Una sconfitta non cancella', 'Marco Belinelli'],
      ['I ragazzi hanno avuto il coraggio', 'Paolo Galbiati'],
      ['Coach ci ha chiesto di difendere', 'Jordan Ford'],
      ['Vincere qui è speciale', 'Paolo Galbiati'],
    ],
  },
  {
    title: 'business (Il Sole 24 Ore style): the company, its CEO, an analyst, a union leader, ha chiosato, fa sapere',
    batch: 1,
    text: `MILANO - Acciaierie del Nord chiude il 2025 con un utile netto di 214 milioni di euro, in crescita del 18 per cento, e annuncia un piano di investimenti da un miliardo nei prossimi tre anni.

«I risultati dimostrano la solidità del nostro modello industriale», si legge nel comunicato diffuso dalla società dopo il consiglio di amministrazione.

L'amministratore delegato Valeria Conti ha illustrato il piano agli analisti. «Puntiamo sull'acciaio verde: entro il 2028 metà della produzione arriverà da forni elettrici», ha spiegato la manager.

Più prudente Giorgio Lanzi, analista di una banca d'affari milanese. «I margini sono buoni, ma il costo dell'energia resta l'incognita principale», ha osservato.

Critica invece la Fiom. «Il piano non dice una parola sull'occupazione nello stabilimento di Lovere», attacca il segretario provinciale Sergio Marchi. «Senza garanzie siamo pronti allo sciopero», ha chiosato il sindacalista.

L'azienda fa sapere che «nessun posto di lavoro è a rischio».`,
    expect: [
      ['I risultati dimostrano la solidità', 'società'],
      ["Puntiamo sull'acciaio verde", 'Valeria Conti'],
      ['I margini sono buoni', 'Giorgio Lanzi'],
      ['Il piano non dice una parola', 'Sergio Marchi'],
      ['Senza garanzie siamo pronti', 'Sergio Marchi'],
      ['nessun posto di lavoro è a rischio', 'azienda'],
    ],
    // (first run: the analyst, the subject after "Più prudente", was given the CEO quoted before; now unsure)
    open: ['I risultati dimostrano la solidità', 'I margini sono buoni'],
  },
];
