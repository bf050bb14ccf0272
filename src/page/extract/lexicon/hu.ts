// Hungarian furniture words.
import type { LeakWords } from './types.ts';

export default {
  labels: ['hirdetés', 'olvasd el ezt is', 'olvassa el ezt is', 'megosztás', 'hozzászólások', 'kommentek'],
  related: ['olvass?(?:a|d) el ezt is', 'kapcsolódó (?:cikkek|hírek)', 'legolvasottabb', 'ezt is ajánljuk', 'további hírek'],
  leadLabels: ['olvasd', 'olvassa', 'kapcsolódó'],
  promo: ['kövess', 'iratkozz'],
  promoTopics: ['hírlevél'],
} satisfies LeakWords;
