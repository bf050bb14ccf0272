// Danish furniture words.
import type { LeakWords } from './types.ts';

export default {
  labels: ['annonce', 'læs også', 'læs mere', 'del', 'del artiklen', 'kommentarer', 'abonnér'],
  related: ['læs også', 'mest læste', 'relaterede (?:artikler|nyheder)', 'flere nyheder'],
  leadLabels: ['læs'],
  promo: ['følg', 'tilmeld dig'],
  promoTopics: ['nyhedsbrev'],
  paywall: ['denne artikel er (?:kun )?for abonnenter', 'er du allerede abonnent'],
  classWords: ['annonce', 'relaterede'],
  commentClassWords: ['kommentarer'],
  credits: ['foto'],
} satisfies LeakWords;
