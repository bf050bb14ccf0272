// Romanian furniture words.
import type { LeakWords } from './types.ts';

export default {
  labels: ['publicitate', 'citește și', 'citeste si', 'distribuie', 'comentarii', 'abonează-te'],
  related: ['te-ar putea interesa', 'cite[șs]te [șs]i', 'articole (?:similare|recomandate)', 'cele mai citite', 'vezi [șs]i', 'știri similare'],
  leadLabels: ['cite[șs]te', 'vezi'],
  promo: ['urmărește', 'abonează-te', 'aboneaza-te'],
  promoTopics: ['newsletter', 'abon'],
  credits: ['foto', 'sursa foto', 'sursă foto'],
} satisfies LeakWords;
