// Swedish furniture words.
import type { LeakWords } from './types.ts';

export default {
  labels: ['annons', 'läs också', 'läs även', 'läs mer', 'dela', 'dela artikeln', 'kommentarer', 'prenumerera'],
  related: ['läs (?:också|även)', 'mer om', 'relaterade (?:artiklar|nyheter)', 'mest lästa', 'rekommenderat', 'fler nyheter'],
  leadLabels: ['läs', 'se också'],
  promo: ['följ', 'prenumerera', 'registrera dig', 'anmäl dig'],
  promoTopics: ['nyhetsbrev', 'prenumer'],
  paywall: ['(?:den här|denna) artikel är (?:endast )?för (?:prenumeranter|abonnenter)', 'är du redan prenumerant'],
  classWords: ['annons', 'relaterade'],
  commentClassWords: ['kommentarer'],
  // A public body's page-owner lines ("Sidansvarig: …", "Sidan uppdaterades: 2025-03-18").
  bylineLabels: ['sidansvarig', 'sidan (?:uppdaterades|granskades)', 'senast (?:uppdaterad|ändrad|granskad)'],
  credits: ['foto', 'bild'],
} satisfies LeakWords;
