// Invented Italian news articles, round 3: a Serie A match, a science story with a Nobel laureate, a
// court report, a flood, an interview in questions and answers, … Names, events and words are
// invented. Each quotation or statement is listed with the speaker a careful reader gives it, or null
// where the text does not say.
// Batch 1 was written before the rules it led to; batch 2 after them, and read first without any
// change to the rules (its figures before the fixes are the held-out measure of the round).
import type { Article as Base } from './articles.ts';

export interface Article extends Base {
  batch: 1 | 2 | 3;
  /** Pieces whose speaker the reader does not find yet: no speaker is accepted for them, a wrong one is not. */
  open?: string[];
}

export const ARTICLES: Article[] = [
  {
    title: 'Serie A (Gazzetta style): il tecnico, il 45enne, an incise with dashes, a player alone in a new paragraph',
    batch: 1,
    text: `BERGAMO - L'Atalanta batte 3-1 il Bologna e aggancia il quarto posto. Decisiva la doppietta di Marco Ruggeri, entrato nella ripresa al posto dell'infortunato Demir.

Al termine della gara l'allenatore nerazzurro Fabio Salvetti, 45 anni, ha elogiato la reazione della squadra. «Nel primo tempo eravamo contratti – ha spiegato il tecnico ai microfoni di Sky – poi abbiamo alzato il ritmo e loro non ci hanno più tenuto».

«Non parlo di Champions, pensiamo una partita alla volta», ha aggiunto il 45enne, alla seconda stagione sulla panchina bergamasca.

Ruggeri, dal canto suo, si gode il momento. «Aspettavo questa occasione da mesi. Il mister mi ha detto di attaccare la profondità e ho fatto quello che mi chiedeva», ha raccontato l'attaccante.

«Dedico i gol alla mia famiglia, che mi è stata vicina nei momenti difficili.»

Amareggiato il tecnico del Bologna, Andrea Colombo. «Abbiamo regalato due gol, a questi livelli non puoi permettertelo», ha detto in conferenza stampa. L'allenatore rossoblù ha poi difeso il portiere: «Ha fatto due grandi parate, non è colpa sua».

Secondo il club, l'esterno Demir dovrà restare fermo almeno tre settimane.`,
    expect: [
      ['Nel primo tempo eravamo contratti', 'Fabio Salvetti'],
      ['Non parlo di Champions', 'Fabio Salvetti'],
      ['Aspettavo questa occasione', 'Marco Ruggeri'],
      ['Dedico i gol alla mia famiglia', 'Marco Ruggeri'],
      ['Abbiamo regalato due gol', 'Andrea Colombo'],
      ['Ha fatto due grandi parate', 'Andrea Colombo'],
      ['dovrà restare fermo', 'club'],
    ],
  },
  {
    title: 'science (Corriere style): il premio Nobel, lo scienziato, si legge nella nota dell’istituto, a virologist',
    batch: 1,
    text: `ROMA - Un nuovo farmaco sperimentale ha ridotto del 60 per cento la mortalità nei pazienti con fibrosi polmonare avanzata. È il risultato dello studio coordinato dall'Istituto di ricerche biomediche di Pavia e pubblicato ieri su una rivista internazionale.

«Si tratta di un passo avanti enorme, ma serve prudenza prima di parlare di cura», ha detto il premio Nobel per la Medicina Giorgio Anselmi, tra i firmatari della ricerca.

Lo scienziato ha poi ricordato che la sperimentazione è durata sei anni. «Senza i fondi pubblici questo lavoro non sarebbe stato possibile», ha sottolineato.

«I risultati confermano la solidità dell'approccio e aprono la strada a una sperimentazione su scala più ampia», si legge nella nota diffusa dall'Istituto.

Più cauto il virologo dell'Università di Padova Stefano Ricciardi. «I numeri sono incoraggianti ma il campione è ancora piccolo», ha spiegato all'ANSA.

Il virologo ha aggiunto che «servirà almeno un altro anno di verifiche».

Secondo l'Agenzia italiana del farmaco, il medicinale potrebbe essere disponibile negli ospedali entro il 2026.`,
    expect: [
      ['Si tratta di un passo avanti enorme', 'Giorgio Anselmi'],
      ['Senza i fondi pubblici', 'Giorgio Anselmi'],
      ["I risultati confermano la solidità", 'Istituto'],
      ['I numeri sono incoraggianti', 'Stefano Ricciardi'],
      ['servirà almeno un altro anno', 'Stefano Ricciardi'],
      ['potrebbe essere disponibile negli ospedali', 'Agenzia italiana del farmaco'],
    ],
  },
  {
    title: 'court (Repubblica style): il procuratore capo, the gip’s order, a defence lawyer, the mayor',
    batch: 1,
    text: `PALERMO - Sette persone sono state arrestate all'alba dalla Guardia di finanza nell'ambito di un'inchiesta sugli appalti per la manutenzione delle strade provinciali.

«Abbiamo scoperto un sistema collaudato, in cui gli appalti venivano decisi prima ancora delle gare», ha detto il procuratore capo di Palermo, Antonino Lo Cascio, in conferenza stampa.

Il procuratore capo ha ringraziato i finanzieri per «un lavoro lungo e paziente». «Le indagini non sono chiuse, stiamo verificando altre gare», ha aggiunto il magistrato.

«Gli indagati avevano creato un vero e proprio cartello», si legge nell'ordinanza del gip, che parla di «gravi indizi di colpevolezza».

Di tutt'altro avviso l'avvocato Francesco Amato, che difende due degli arrestati. «I miei assistiti chiariranno tutto davanti al giudice, non c'è stato alcun accordo», ha dichiarato.

Il sindaco Roberto La Mantia si è detto «sconcertato». «Se le accuse saranno confermate, il Comune si costituirà parte civile», ha annunciato il primo cittadino.`,
    expect: [
      ['Abbiamo scoperto un sistema collaudato', 'Antonino Lo Cascio'],
      ['Le indagini non sono chiuse', 'Antonino Lo Cascio'],
      ['Gli indagati avevano creato', 'gip'],
      ['I miei assistiti chiariranno', 'Francesco Amato'],
      ['il Comune si costituirà parte civile', 'Roberto La Mantia'],
    ],
    open: ['Gli indagati avevano creato'],
  },
  {
    title: 'flood (ANSA style): il primo cittadino, the civil protection’s note, a governor, a resident, the 70enne',
    batch: 1,
    text: `FAENZA (RAVENNA) - Il fiume Lamone è esondato nella notte allagando interi quartieri della città. Oltre 800 persone sono state evacuate.

«Abbiamo vissuto ore drammatiche, l'acqua è salita di un metro in pochi minuti», ha detto il sindaco di Faenza, Massimo Ghetti, che ha seguito le operazioni dal centro di coordinamento.

Il primo cittadino ha chiesto al governo lo stato di emergenza. «Da soli non ce la facciamo, servono risorse subito», ha spiegato.

«La situazione resta critica sui corsi d'acqua minori, invitiamo i cittadini a non avvicinarsi agli argini», fa sapere la Protezione civile regionale in una nota.

Il presidente della Regione Emilia-Romagna, Michele Pasini, ha raggiunto Faenza in mattinata. «Non lasceremo indietro nessuno. I primi fondi arriveranno già la prossima settimana», ha assicurato il governatore.

Tra gli sfollati c'è anche Gino Bertoni, 70 anni, che vive nel quartiere Borgo da sempre. «Ho perso tutto, la casa, la macchina, i ricordi», racconta il 70enne con le lacrime agli occhi.

Secondo i tecnici della Regione, i danni superano i 200 milioni di euro.`,
    expect: [
      ['Abbiamo vissuto ore drammatiche', 'Massimo Ghetti'],
      ['Da soli non ce la facciamo', 'Massimo Ghetti'],
      ["La situazione resta critica", 'Protezione civile regionale'],
      ['Non lasceremo indietro nessuno', 'Michele Pasini'],
      ['Ho perso tutto', 'Gino Bertoni'],
      ['i danni superano i 200 milioni', 'i tecnici della Regione'],
    ],
  },
  {
    title: 'interview in questions and answers (Il Venerdì style): the actress named in the intro answers',
    batch: 1,
    text: `Dopo trent'anni di teatro, Valentina Serra approda per la prima volta alla regia cinematografica con «La casa sul lago», in sala da giovedì. L'abbiamo incontrata a Roma.

Perché ha aspettato tanto per passare dietro la macchina da presa?

«Perché avevo paura. Il teatro è casa mia, il cinema era un territorio sconosciuto. Poi ho letto questa storia e ho capito che non potevo lasciarla a qualcun altro.»

Nel film recita anche sua figlia. È stato difficile dirigerla?

«Difficilissimo. Sul set ero la regista, a cena tornavo a essere la madre. Abbiamo litigato molto, ma ne è valsa la pena.»

Che cosa si aspetta dal pubblico?

«Niente di preciso. Mi basta che qualcuno esca dalla sala con una domanda in più.»

Il produttore del film, Alberto Carnevali, punta molto sul passaparola. «È un film che cresce nel tempo, ne sono convinto», ha detto a margine della presentazione.`,
    expect: [
      ['Perché avevo paura', 'Valentina Serra'],
      ['Difficilissimo', 'Valentina Serra'],
      ['Niente di preciso', 'Valentina Serra'],
      ['È un film che cresce nel tempo', 'Alberto Carnevali'],
    ],
  },
  {
    title: 'tennis (Corriere dello Sport style): l’altoatesino, the Spaniard, his coach, a quotation alone, the 23enne',
    batch: 2,
    text: `TORINO - Luca Pichler conquista la semifinale delle Finals battendo in due set lo spagnolo Álvaro Ruiz, 6-3, 7-6. Una prova di forza davanti a dodicimila spettatori.

«È stata una partita durissima, lui ha servito benissimo nel secondo set. Sono contento di come ho gestito il tie-break», ha detto l'altoatesino in conferenza stampa.

Il 23enne di San Candido ha poi parlato del pubblico. «Giocare qui in Italia è un'emozione unica, sento l'affetto della gente a ogni punto.»

Deluso lo spagnolo, che ha lamentato un fastidio alla spalla. «Non ero al cento per cento, ma lui ha meritato la vittoria», ha ammesso Ruiz.

Soddisfatto anche l'allenatore di Pichler, Massimo Dalla Torre. «Luca sta crescendo soprattutto dal punto di vista mentale. Oggi non ha mai perso la calma», ha spiegato il coach.

In semifinale l'azzurro troverà il russo Ivan Petrov, che ha battuto in tre set il tedesco Lukas Braun. «Contro Luca servirà la partita perfetta», ha detto il russo.`,
    expect: [
      ['È stata una partita durissima', 'Luca Pichler'],
      ["Giocare qui in Italia", 'Luca Pichler'],
      ['Non ero al cento per cento', 'Álvaro Ruiz'],
      ['Luca sta crescendo', 'Massimo Dalla Torre'],
      ['servirà la partita perfetta', 'Ivan Petrov'],
    ],
    open: ['Giocare qui in Italia'],
  },
  {
    title: 'company results (Il Sole 24 Ore style): the group’s note, the CEO, the unions’ statement, an analyst, a minister',
    batch: 2,
    text: `MILANO - Ferrovie Padane chiude il 2023 con ricavi in crescita del 12 per cento a 3,4 miliardi di euro e un utile netto di 210 milioni. Lo ha comunicato ieri il gruppo dopo il consiglio di amministrazione.

«I risultati confermano la solidità del piano industriale e la capacità del gruppo di crescere anche in un contesto difficile», si legge nella nota diffusa dalla società.

L'amministratore delegato Carlo Benedetti ha annunciato 1.500 assunzioni entro il 2025. «Investiremo soprattutto sul personale di bordo e sulla manutenzione, che sono il cuore del servizio», ha spiegato il manager durante la conferenza con gli analisti.

I sindacati chiedono però di più. «Le assunzioni annunciate non bastano nemmeno a coprire i pensionamenti», scrivono in una nota congiunta Filt-Cgil e Fit-Cisl.

Per Giulia Marchetti, analista di Banca Alfa, i conti sono «migliori delle attese». «Il margine operativo è salito più del previsto grazie al calo dei costi energetici», ha osservato.

Il ministro delle Infrastrutture, Renato Colli, ha parlato di «un segnale positivo per tutto il settore».`,
    expect: [
      ['I risultati confermano la solidità del piano', 'Ferrovie Padane'],
      ['Investiremo soprattutto sul personale', 'Carlo Benedetti'],
      ['non bastano nemmeno a coprire', 'Filt-Cgil'],
      ['migliori delle attese', 'Giulia Marchetti'],
      ['Il margine operativo è salito', 'Giulia Marchetti'],
      ['un segnale positivo per tutto il settore', 'Renato Colli'],
    ],
    open: ['I risultati confermano la solidità del piano'],
  },
  {
    title: 'hospital (Il Messaggero style): il primario, the 60enne patient, the Asl’s note, the regional councillor',
    batch: 2,
    text: `LATINA - È stato dimesso ieri Franco Pellegrini, il 60enne di Sezze sottoposto due settimane fa a un trapianto di cuore artificiale all'ospedale Santa Maria Goretti. È il primo intervento di questo tipo nel Lazio meridionale.

«L'intervento è durato nove ore ed è andato oltre le nostre aspettative», ha spiegato il primario di cardiochirurgia, Giovanni Ardito, che ha guidato l'équipe.

Il professore ha ricordato che il paziente era in lista d'attesa da oltre un anno. «Senza questa soluzione, le sue possibilità di sopravvivenza sarebbero state molto basse.»

Visibilmente commosso il 60enne, accompagnato dalla moglie. «Ringrazio i medici e gli infermieri, mi hanno ridato la vita», ha detto Pellegrini lasciando il reparto.

«L'ospedale di Latina si conferma un polo di eccellenza per tutta la provincia», si legge in una nota della Asl.

Non mancano però le polemiche. «Mentre si celebrano i trapianti, al pronto soccorso si aspetta anche due giorni per un letto», attacca la consigliera regionale del M5s Paola Ricci.`,
    expect: [
      ["L'intervento è durato nove ore", 'Giovanni Ardito'],
      ['le sue possibilità di sopravvivenza', 'Giovanni Ardito'],
      ['mi hanno ridato la vita', 'Franco Pellegrini'],
      ['un polo di eccellenza', 'Asl'],
      ['si aspetta anche due giorni', 'Paola Ricci'],
    ],
  },
  {
    title: 'interview in questions and answers (La Stampa style): a writer, then her publisher',
    batch: 2,
    text: `Con «L'inverno dei padri» Chiara Lodigiani ha vinto ieri sera il premio Strega. Quarantadue anni, cresciuta a Cremona, insegna lettere in un liceo di Torino. La raggiungiamo al telefono il giorno dopo la vittoria.

Ha dormito stanotte?

«Pochissimo. Il telefono non ha smesso di squillare fino alle tre. Mia madre mi ha chiamato sei volte.»

Il romanzo racconta la malattia di suo padre. Quanto c'è di autobiografico?

«Tutto e niente. I fatti sono inventati, ma il dolore è vero. Ho scritto questo libro per capire che cosa resta quando una persona se ne va piano piano.»

Continuerà a insegnare?

«Certo. La scuola è il mio osservatorio sul mondo, non potrei rinunciarci.»

Il suo editore, Marco Salvadori, non nasconde la soddisfazione: «Abbiamo creduto in questo libro fin dalla prima pagina», ha detto all'ANSA.`,
    expect: [
      ['Pochissimo', 'Chiara Lodigiani'],
      ['Tutto e niente', 'Chiara Lodigiani'],
      ['La scuola è il mio osservatorio', 'Chiara Lodigiani'],
      ['Abbiamo creduto in questo libro', 'Marco Salvadori'],
    ],
  },
  {
    title: 'politics (Ansa style): la premier, il vicepremier, the opposition leader, a senator, fonti di maggioranza',
    batch: 3,
    published: '2024-05-08',
    text: `ROMA - Scontro in Senato sulla riforma della giustizia. Il testo è stato approvato in prima lettura con 104 voti favorevoli e 62 contrari.

«È una riforma attesa da trent'anni, che restituisce ai cittadini fiducia nella giustizia», ha detto la presidente del Consiglio, Giorgia Meloni, commentando il voto.

Il vicepremier e ministro degli Esteri Antonio Tajani ha parlato di «un passo storico». «Andremo avanti senza farci intimidire dalle proteste», ha aggiunto il leader di Forza Italia.

Durissima la segretaria del Pd, Elly Schlein: «Questa non è una riforma, è una resa dei conti con la magistratura».

«Hanno scritto le regole per proteggere se stessi», ha attaccato in aula il senatore del M5s Stefano Patuelli, che ha annunciato ricorso alla Consulta.

Secondo fonti di maggioranza, il testo potrebbe arrivare alla Camera già a giugno.

La premier ha poi risposto alle critiche sui social. «Chi parla di attacco ai magistrati non ha letto il testo», ha scritto.`,
    expect: [
      ['È una riforma attesa da trent', 'Giorgia Meloni'],
      ['un passo storico', 'Antonio Tajani'],
      ['Andremo avanti senza farci intimidire', 'Antonio Tajani'],
      ['è una resa dei conti', 'Elly Schlein'],
      ['Hanno scritto le regole', 'Stefano Patuelli'],
      ['potrebbe arrivare alla Camera', 'fonti di maggioranza'],
      ['Chi parla di attacco ai magistrati', 'Giorgia Meloni'],
    ],
  },
  {
    title: 'crime (Il Resto del Carlino style): the questore, il 35enne, the victim’s mother, the carabinieri’s note, a neighbour',
    batch: 3,
    text: `RIMINI - È stato fermato ieri pomeriggio il 35enne accusato di aver accoltellato un ragazzo di 19 anni all'uscita di una discoteca di Riccione sabato notte. Si tratta di Davide Ferri, già noto alle forze dell'ordine.

«L'uomo ha confessato davanti al pubblico ministero. Le immagini delle telecamere sono state decisive», ha spiegato in conferenza stampa il questore di Rimini, Rosario Inzerillo.

Il questore ha ringraziato i cittadini che hanno fornito informazioni. «Senza la loro collaborazione ci sarebbe voluto molto più tempo.»

Il fermato, assistito dall'avvocato Paolo Gentili, si è avvalso della facoltà di non rispondere davanti al gip. «Il mio assistito è molto provato e si riserva di chiarire la sua posizione», ha detto il legale.

Il ragazzo ferito è ricoverato all'ospedale Infermi, non in pericolo di vita. «Mio figlio è vivo per miracolo. Voglio solo che chi ha fatto questo paghi», ha detto la madre, Roberta Casadei.

Una vicina di casa del fermato lo descrive come «un tipo solitario, che salutava appena».`,
    expect: [
      ["L'uomo ha confessato", 'Rosario Inzerillo'],
      ['Senza la loro collaborazione', 'Rosario Inzerillo'],
      ['Il mio assistito è molto provato', 'Paolo Gentili'],
      ['Mio figlio è vivo per miracolo', 'Roberta Casadei'],
      ['un tipo solitario', 'Una vicina di casa del fermato'],
    ],
    open: ['un tipo solitario'],
  },
  {
    title: 'cinema (La Repubblica style): the director at Venice, the actress, a critic, the festival’s director',
    batch: 3,
    text: `VENEZIA - Dieci minuti di applausi hanno accolto ieri sera in Sala Grande «Il silenzio delle cose», il nuovo film di Paolo Morandi, unico italiano in concorso alla Mostra.

«Ho girato questo film pensando a mio padre e a tutti quelli che non hanno avuto la possibilità di raccontarsi», ha detto il regista in conferenza stampa.

Il 58enne romano ha poi difeso la scelta di girare in bianco e nero. «Il colore avrebbe distratto. Volevo che lo spettatore guardasse i volti.»

Protagonista è Irene Sala, alla sua prima prova drammatica dopo anni di commedie. «Paolo mi ha chiesto di togliere tutto, di non recitare. È stata la cosa più difficile che abbia mai fatto», ha raccontato l'attrice.

Non tutti però sono convinti. «Un film elegante, ma freddo: si ammira più di quanto ci si emozioni», scrive il critico Luca Bertolini.

Il direttore della Mostra, Alberto Barbera, ha definito il film «un'opera coraggiosa, che divide ed è giusto che divida».`,
    expect: [
      ['Ho girato questo film pensando', 'Paolo Morandi'],
      ['Il colore avrebbe distratto', 'Paolo Morandi'],
      ['Paolo mi ha chiesto di togliere tutto', 'Irene Sala'],
      ['Un film elegante, ma freddo', 'Luca Bertolini'],
      ["un'opera coraggiosa", 'Alberto Barbera'],
    ],
  },
];
