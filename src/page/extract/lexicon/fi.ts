// Finnish furniture words.
import type { LeakWords } from './types.ts';

export default {
  labels: ['mainos', 'lue myös', 'lue lisää', 'jaa', 'kommentit', 'tilaa'],
  related: ['lue myös', 'luetuimmat', 'aiheesta lisää', 'suosittelemme'],
  leadLabels: ['lue'],
  promo: ['seuraa', 'tilaa'],
  promoTopics: ['uutiskirje'],
  paywall: ['tämä (?:artikkeli|juttu) on (?:vain )?tilaajille'],
  classWords: ['mainos'],
  commentClassWords: ['kommentit'],
  credits: ['kuva'],
} satisfies LeakWords;
