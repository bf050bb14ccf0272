// Furniture words of no one language: social networks, addresses, apps.
import type { LeakWords } from './types.ts';

export default {
  promoTopics: ['twitter', 'facebook', 'instagram', 'youtube', 'linkedin', 'tiktok', 'whatsapp', 'telegram', '@', 'https?:', 'google news'],
} satisfies LeakWords;
