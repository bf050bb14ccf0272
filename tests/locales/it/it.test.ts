// Italian: invented sentences, read with the Italian pack.
import { describe, expect, test } from 'vitest';
import { read, said } from '../read.ts';

describe('Italian', () => {
  test('«…», ha detto il presidente del Consiglio: the officeholder of the day', () => {
    const { items } = read('«Il governo andrà avanti con la riforma», ha detto il presidente del Consiglio durante la conferenza stampa.', 'it');
    expect(said(items, 'Il governo andrà avanti')?.speaker).toBe('Giorgia Meloni');
  });

  test('a description with an office of its own in small letters is someone new; one by a manner is not', () => {
    const { items } = read('In consiglio comunale la sindaca Anna Galli ha difeso il bilancio. «Non taglieremo un solo servizio», ha detto la sindaca.\n\n«Vi prego di lasciar concludere l’intervento», ha chiesto la presidente di turno.\n\n«Nessuno resterà indietro», ha ripetuto la sindaca con voce ferma.', 'it');
    expect(said(items, 'Non taglieremo')?.speaker).toBe('Anna Galli');
    // (someone unnamed: no speaker or the description's own words, not the mayor)
    const chair = said(items, 'Vi prego di lasciar');
    expect(chair).toBeTruthy();
    expect([null, 'la presidente di turno']).toContain(chair!.speaker);
    expect(said(items, 'Nessuno resterà indietro')?.speaker).toBe('Anna Galli');
  });

  test('ha detto commossa: a dropped subject with a word on how it spoke; unsure when two were named', () => {
    const one = read('La nipote Giulia Ferri ha ricordato la nonna. «Ci ha insegnato a non arrenderci mai», ha detto commossa.', 'it').items;
    expect(said(one, 'Ci ha insegnato a non arrenderci')?.speaker).toBe('Giulia Ferri');
    const two = read('Il sindaco Marco Neri e la vicesindaca Giulia Ferri hanno parlato in piazza. «Ci ha insegnato a non arrenderci mai», ha detto commossa.', 'it').items;
    expect(said(two, 'Ci ha insegnato a non arrenderci')?.speaker).toBeNull();
  });

  test('il comandante, il colonnello X: the name in apposition after a role and a rank; E ancora: goes on', () => {
    const { items } = read('«Non ci sono state denunce», ha spiegato il comandante provinciale, il colonnello Piero Landi. E ancora: «Stiamo verificando ogni segnalazione ricevuta».', 'it');
    expect(said(items, 'Non ci sono state denunce')?.speaker).toBe('Piero Landi');
    expect(said(items, 'Stiamo verificando ogni')?.speaker).toBe('Piero Landi');
  });

  test('secondo X, and secondo gli esperti is vague', () => {
    const { items } = read('Secondo la polizia, due persone sono rimaste ferite. Secondo gli esperti, la siccità durerà ancora un anno.', 'it');
    expect(said(items, 'due persone sono rimaste ferite')?.source).toBe('la polizia');
    expect(said(items, 'la siccità durerà')?.vague).toBe(true);
  });

  test('the agency is the hearer: «…», ha spiegato all’ANSA (the person spoken of) / il sindaco X', () => {
    const { items } = read('Il sindaco Marco Rossi ha visitato il cantiere. «Finiremo i lavori entro giugno», ha spiegato all’ANSA. «Il ponte riaprirà a luglio», ha detto all’ANSA l’assessore Luca Bianchi.', 'it');
    expect(said(items, 'Finiremo i lavori')?.speaker).toBe('Marco Rossi');
    expect(said(items, 'Il ponte riaprirà')?.speaker).toBe('Luca Bianchi');
  });

  test('the name after its role and complement: il ministro delle Infrastrutture Luca Bianchi', () => {
    const { items } = read('«Finiremo il ponte entro giugno», ha assicurato il ministro delle Infrastrutture Luca Bianchi.', 'it');
    expect(said(items, 'Finiremo il ponte')?.speaker).toBe('Luca Bianchi');
  });

  test('il presidente della Regione and l’ex premier are no officeholders of the day', () => {
    const { entities } = read('«Assumeremo dieci persone», ha detto il presidente della Regione. «Non rimpiango nulla», ha detto l’ex premier.', 'it');
    const names = entities.map((e) => e.name);
    expect(names).not.toContain('Sergio Mattarella');
    expect(names).not.toContain('Giorgia Meloni');
  });

  test('«…», hanno detto is no one person; «…», ha detto is the mayor', () => {
    const a = read('Il sindaco Marco Rossi ha visitato il cantiere. «Finiremo i lavori entro giugno», hanno detto.', 'it');
    expect(said(a.items, 'Finiremo i lavori')?.speaker ?? null).toBe(null);
    const b = read('Il sindaco Marco Rossi ha visitato il cantiere. «Finiremo i lavori entro giugno», ha detto.', 'it');
    expect(said(b.items, 'Finiremo i lavori')?.speaker).toBe('Marco Rossi');
  });

  test('a role with its complement before the name makes the subject, for a dropped subject later; secondo l’Istat; a name in apposition before a colon', () => {
    const text = 'Il ministro dell’Economia Paolo Ferri ha difeso il provvedimento. «È un aiuto concreto per le famiglie», ha detto in conferenza stampa.\n\nSecondo l’Istat, l’inflazione è scesa al cinque per cento.\n\nLa presidente di Confcommercio, Anna Riva, è più cauta: «Il decreto va nella giusta direzione».';
    const { items, entities } = read(text, 'it');
    expect(said(items, 'aiuto concreto')?.speaker).toBe('Paolo Ferri');
    const istat = said(items, 'inflazione è scesa');
    expect(entities.find((e) => e.name === istat?.speaker)?.type).toBe('organization');
    expect(said(items, 'giusta direzione')?.speaker).toBe('Anna Riva');
  });

  test('the spokesman of the premier is not the premier; the minister\'s wife is no one named', () => {
    const { items } = read('Il ministro Paolo Ferri ha visitato il cantiere. «Il premier seguirà da vicino i lavori», ha detto il portavoce del presidente del Consiglio. «Siamo molto orgogliosi», ha detto la moglie del ministro.', 'it');
    expect(said(items, 'seguirà da vicino')?.speaker ?? null).not.toBe('Giorgia Meloni');
    expect(said(items, 'seguirà da vicino')?.speaker ?? null).not.toBe('Paolo Ferri');
    expect(said(items, 'molto orgogliosi')?.speaker ?? null).toBe(null);
  });

  test('a partitive subject is someone, not the person spoken of: «…», si è sfogato uno di loro', () => {
    const { items } = read('Il ministro Franco Lollo ha incontrato gli allevatori. «Sono stanco di sentire promesse», si è sfogato uno di loro.', 'it');
    expect(said(items, 'Sono stanco')?.speaker ?? null).toBe(null);
  });
  test('secondo il quale «…»: the person before the relative, as with secondo cui', () => {
    const { items } = read('Più cauto il leader della Cisl, Luigi Sbarra, secondo il quale il testo «va nella direzione giusta ma serve più coraggio».', 'it');
    expect(said(items, 'va nella direzione giusta')?.speaker).toBe('Luigi Sbarra');
  });

  test('«…», si legge: the one issuer of a note named just before; none when the sentence before names no body', () => {
    const one = read("L'ufficio stampa della Regione Lombardia ha pubblicato una nota in serata. «La Regione collabora con la magistratura», si legge.", 'it').items;
    expect(said(one, 'collabora con la magistratura')?.speaker).toBe('Regione Lombardia');
    const none = read('Il processo riprenderà a marzo. «La Regione collabora con la magistratura», si legge.', 'it').items;
    expect(said(none, 'collabora con la magistratura')?.speaker ?? null).toBe(null);
  });

  test('«Siamo sereni», ha detto X: two words that open their sentence with a tag are speech; a short title is not', () => {
    const { items } = read("«Siamo sereni», ha detto l'avvocato Marco Bellotti ai giornalisti. Il film «Ottobre rosso» esce domani.", 'it');
    expect(said(items, 'Siamo sereni')?.speaker).toBe('Marco Bellotti');
    expect(said(items, 'Ottobre rosso')).toBeUndefined();
  });

  test('ha detto al collega X: one person spoken to, by a noun and a name, is the hearer; ai giornalisti X is the speaker', () => {
    const { items } = read("Il ministro Giulio Ferraris ha parlato. «I conti sono in ordine», ha detto al collega Marco Bianchi.\n\n«Non ci sono soldi», ha detto ai giornalisti Marco Bianchi.\n\n«Il decreto è pronto», ha detto all'amico Paolo Neri la ministra Anna Verdi.", 'it');
    expect(said(items, 'I conti sono in ordine')?.speaker).toBe('Giulio Ferraris');
    expect(said(items, 'Non ci sono soldi')?.speaker).toBe('Marco Bianchi');
    expect(said(items, 'Il decreto è pronto')?.speaker).toBe('Anna Verdi');
  });

  test('ha detto la donna with two women named in its paragraph: unsure', () => {
    const { items } = read("L'avvocata di parte civile, Giovanna Amato, ha parlato con la madre di una delle vittime, Lucia Ferrara. «Aspettiamo questa sentenza da sei anni», ha detto la donna.", 'it');
    expect(said(items, 'Aspettiamo questa sentenza')?.speaker ?? null).toBe(null);
  });

  test('a paragraph of speech after a sentence about a relative by kinship and a complement (la vedova dell’operaio): hers', () => {
    const { items } = read("Il segretario Enrico Poggi è prudente. «Prima trattiamo, poi vediamo».\n\nLa vedova dell'operaio, intervistata dal Secolo XIX, chiede giustizia.\n\n«Mio marito è uscito di casa e non è più tornato».", 'it');
    expect(said(items, 'Mio marito è uscito')?.speaker).toBe("La vedova dell'operaio");
  });

  test('a paragraph of speech after a paragraph about two people: unsure; about one: theirs', () => {
    const two = read("BOLOGNA - L'allenatore Vincenzo Italiano è soddisfatto.\n\nIl capitano Lewis Ferguson ha festeggiato con i tifosi. Italiano lo ha abbracciato a lungo.\n\n«Questa vittoria la dedichiamo a loro».", 'it').items;
    expect(said(two, 'Questa vittoria la dedichiamo')?.speaker ?? null).toBe(null);
    const one = read('Il capitano Lewis Ferguson ha festeggiato con i tifosi sotto la curva.\n\n«Questa vittoria la dedichiamo a loro».', 'it').items;
    expect(said(one, 'Questa vittoria la dedichiamo')?.speaker).toBe('Lewis Ferguson');
  });

  test('a statement whose issuer is a body in small letters named just before (la direzione della struttura); recita il provvedimento', () => {
    const { items } = read('La direzione della struttura ha pubblicato un comunicato. «Tutti gli ospiti sono stati testati», si legge.\n\nIl Comune di Bari ha emesso un’ordinanza. «Sono sospese le visite dei parenti», recita il provvedimento.', 'it');
    expect(said(items, 'Tutti gli ospiti')?.speaker).toBe('direzione della struttura');
    expect(said(items, 'Sono sospese le visite')?.speaker).toBe('Comune di Bari');
  });
});
