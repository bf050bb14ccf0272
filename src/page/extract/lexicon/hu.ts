// Hungarian furniture words.
import type { LeakWords } from './types.ts';

export default {
  labels: ['ez is érdekelheti', 'hirdetés', 'olvasd el ezt is', 'olvassa el ezt is', 'megosztás', 'hozzászólások', 'kommentek'],
  related: ['ez is érdekelheti', 'ajánlott cikkek', 'friss hírek', 'olvass?(?:a|d) el ezt is', 'kapcsolódó (?:cikkek|hírek)', 'legolvasottabb', 'ezt is ajánljuk', 'további hírek'],
  leadLabels: ['ez is érdekelheti', 'ajánló', 'olvasd', 'olvassa', 'kapcsolódó'],
  promo: ['kövessen', 'iratkozzon', 'kövess', 'iratkozz'],
  promoTopics: ['hírlevél'],
  credits: ['fotó', 'fotók', 'kép'],
} satisfies LeakWords;
