// Dutch furniture words.
import type { LeakWords } from './types.ts';

export default {
  labels: ['advertentie', 'gesponsord', 'lees ook', 'lees meer', 'lees verder', 'delen', 'deel dit artikel', 'reacties', 'reageer', 'abonneren', 'bekijk ook'],
  related: ['lees ook', 'bekijk ook', 'meer over(?: dit onderwerp)?', 'gerelateerde (?:artikelen|berichten)', 'meest gelezen', 'aanbevolen', 'ook interessant', 'meer nieuws'],
  leadLabels: ['lees', 'bekijk', 'zie ook'],
  promo: ['volg', 'abonneer', 'schrijf je in', 'meld je aan', 'download'],
  promoTopics: ['nieuwsbrief', 'abonnee'],
  paywall: ['(?:dit|deze) (?:artikel|bericht) is (?:alleen |exclusief )?(?:voor|beschikbaar voor) abonnees', 'ben je al abonnee', 'al abonnee\\?'],
  classWords: ['advertentie', 'advertenties', 'delen', 'gerelateerd', 'auteur'],
  commentClassWords: ['reactie', 'reacties'],
  credits: ['foto', "foto's", 'beeld'],
  mediaClassWords: ['foto', 'fotos', 'beeld'],
  appeal: ['was dit artikel nuttig', 'fout gezien', 'beoordeel dit artikel'],
  bylineLabels: ['tekst', 'auteur', 'teksten'],
  readingTime: ['\\d+\\s*min(?:uten)?\\.?\\s+lezen', 'leestijd'],
} satisfies LeakWords;
