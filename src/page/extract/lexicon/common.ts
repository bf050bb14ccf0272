// Furniture words of no one language: social networks, addresses, apps.
import type { LeakWords } from './types.ts';

export default {
  promoTopics: ['twitter', 'facebook', 'instagram', 'youtube', 'linkedin', 'tiktok', 'whatsapp', 'telegram', '@', 'https?:', 'google news'],
  copyright: ['^©', '^\\(c\\)\\s*\\d{4}', '^copyright\\s*(?:©|\\(c\\)|\\d{4})'],
} satisfies LeakWords;
