// Italian furniture words.
import type { LeakWords } from './types.ts';

export default {
  labels: ['risposta accettata', 'pubblicità', 'leggi anche', 'condividi', 'commenti', 'abbonati', 'continua a leggere', 'lascia un commento'],
  related: [
    'leggi anche', '(?:ti )?potrebbe(?:ro)? interessarti', 'articoli correlati', 'i più letti', 'altre notizie',
    'potrebbe interessarti anche', 'correlati', "sull'autore"],
  leadLabels: ['leggi', 'vedi'],
  promo: ['seguici', 'iscriviti', 'abbonati'],
  promoTopics: ['iscri', 'casella', 'notiziario'],
  paywall: ['abbonati (?:a|da|per) (?:soli |solo )?\\d', '(?:questo )?(?:articolo|contenuto) è riservato agli abbonati', 'sei già abbonato'],
  disclaimer: ['avvertenza', 'esclusione di responsabilità'],
  classWords: ['pubblicita', 'condividi', 'correlati', 'correlate', 'didascalia', 'autore', 'autrice'],
  commentClassWords: ['commento', 'commenti'],
  credits: ['foto', 'immagine'],
  mediaClassWords: ['foto', 'immagine'],
  appeal: ['questo articolo ti è stato utile', 'valuta questo articolo', 'hai (?:trovato|notato) un errore', 'segnala un errore'],
  bylineLabels: ['testo', 'autore', 'autrice', 'testi'],
  readingTime: ['\\d+\\s*min(?:uti)?\\.?\\s+di lettura', 'tempo di lettura'],
} satisfies LeakWords;
