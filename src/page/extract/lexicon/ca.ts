// Catalan furniture words.
import type { LeakWords } from './types.ts';

export default {
  labels: ['publicitat', 'llegeix també', 'comparteix', 'comentaris', 'subscriu-te'],
  related: ['llegeix també', 'notícies relacionades', 'el més llegit', 'també et pot interessar', 'et pot interessar'],
  leadLabels: ['llegeix', 'vegeu'],
  promo: ['segueix-nos', 'subscriu-te'],
  promoTopics: ['butlletí'],
} satisfies LeakWords;
