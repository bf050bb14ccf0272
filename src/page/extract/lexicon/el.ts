// Greek furniture words.
import type { LeakWords } from './types.ts';

export default {
  labels: ['διαφήμιση', 'διαβάστε επίσης', 'δείτε επίσης', 'κοινοποίηση', 'σχόλια'],
  related: ['διαβάστε επίσης', 'δείτε επίσης', 'σχετικά (?:άρθρα|θέματα)', 'δημοφιλή', 'περισσότερα νέα'],
  leadLabels: ['διαβάστε(?: επίσης)?', 'δείτε(?: επίσης)?'],
  promo: ['ακολουθήστε', 'εγγραφείτε'],
  promoTopics: ['newsletter', 'ενημερωτικό'],
  credits: ['φωτογραφία', 'φωτογραφίες'],
} satisfies LeakWords;
