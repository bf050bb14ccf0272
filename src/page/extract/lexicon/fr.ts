// French furniture words.
import type { LeakWords } from './types.ts';

export default {
  labels: ['réponse acceptée',
    'publicité', 'lire aussi', 'à lire aussi', 'partager', 'commentaires', "s'abonner", 'abonnez-vous', 'lire la suite', 'voir aussi',
    'laisser un commentaire', 'ajouter un commentaire',
  ],
  related: [
    '(?:à )?lire (?:aussi|également)', 'sur le même (?:sujet|thème)', 'vous (?:aimerez|pourriez) (?:aussi|également)',
    'articles? (?:similaires|liés|associés)', 'les plus (?:lus|populaires)', 'voir aussi', 'à voir aussi', 'dans la même rubrique', "à propos de l'auteur(?:e)?"],
  leadLabels: ['lire', 'à lire', 'voir'],
  promo: ['suivez', 'abonnez', 'inscrivez'],
  promoTopics: ['abonn', 'boîte', 'bulletin'],
  paywall: ['abonnez-vous (?:pour|à partir de|dès) (?:seulement )?\\d', 'cet article est réservé aux abonnés', '(?:la suite|le reste) (?:de cet article )?est réservée? aux abonnés', 'déjà abonné'],
  disclaimer: ['avertissement', 'clause de non-responsabilité'],
  classWords: ['publicite', 'partage', 'partager', 'similaires', 'legende', 'auteur', 'auteure'],
  commentClassWords: ['commentaire', 'commentaires'],
  credits: ['photo', 'photos', 'crédits? photo', 'illustration'],
  appeal: ['cet article vous a-t-il été utile', 'évaluez cet article', 'vous avez (?:repéré|trouvé) une (?:erreur|faute)', 'signaler une erreur'],
  bylineLabels: ['texte', 'auteur', 'autrice', 'textes'],
  readingTime: ['\\d+\\s*min(?:utes)?\\.?\\s+de lecture', 'temps de lecture'],
} satisfies LeakWords;
