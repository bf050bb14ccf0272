// Norwegian (Bokmål) furniture words.
import type { LeakWords } from './types.ts';

export default {
  labels: ['annonse', 'les også', 'les mer', 'del', 'del artikkelen', 'kommentarer'],
  related: ['les også', 'mest lest', 'relaterte (?:saker|artikler)', 'flere nyheter'],
  leadLabels: ['les'],
  promo: ['følg', 'meld deg på'],
  promoTopics: ['nyhetsbrev'],
  paywall: ['denne artikkelen er (?:kun )?for abonnenter', 'er du allerede abonnent'],
  classWords: ['annonse', 'relaterte'],
  commentClassWords: ['kommentarer'],
  credits: ['foto'],
} satisfies LeakWords;
