// Polish furniture words.
import type { LeakWords } from './types.ts';

export default {
  labels: [
    'reklama', 'czytaj także', 'czytaj też', 'zobacz też', 'zobacz także', 'udostępnij', 'komentarze', 'subskrybuj', 'czytaj dalej',
    'dodaj komentarz', 'napisz komentarz',
  ],
  related: [
    'czytaj (?:także|też|również)', 'zobacz (?:także|też|również)', 'polecamy', 'najczęściej czytane', 'powiązane(?: artykuły)?',
    'podobne artykuły', 'przeczytaj (?:także|też|również)', 'o autorze', 'o autorce'],
  leadLabels: ['czytaj', 'zobacz', 'przeczytaj'],
  promo: ['obserwuj', 'zapisz się', 'subskrybuj'],
  promoTopics: ['subskryb', 'prenumer', 'skrzynk', 'biuletyn'],
  paywall: [
    '(?:ten )?(?:artykuł|materiał|tekst) (?:jest )?dostępny (?:tylko )?dla (?:subskrybentów|prenumeratorów)',
    'masz już (?:subskrypcję|prenumeratę)',
  ],
  disclaimer: ['zastrzeżenie', 'nota prawna'],
  classWords: ['reklama', 'reklamy', 'udostepnij', 'powiazane', 'polecane', 'autor'],
  commentClassWords: ['komentarz', 'komentarze'],
  credits: ['fot\\.', 'foto', 'zdjęcie', 'źródło zdjęcia'],
  mediaClassWords: ['foto', 'zdjecie', 'zdjecia'],
  appeal: ['czy ten artykuł był (?:pomocny|przydatny)', 'oceń (?:ten )?artykuł', 'zauważył(?:eś|aś|eś/aś) błąd'],
  bylineLabels: ['tekst', 'autor', 'autorka', 'teksty'],
  readingTime: ['\\d+\\s*min(?:ut)?\\.?\\s+czytania', 'czas czytania'],
} satisfies LeakWords;
