// Hebrew furniture words.
import type { LeakWords } from './types.ts';

export default {
  labels: ['פרסומת', 'קראו גם', 'קראו עוד', 'שתפו', 'תגובות', 'כתבות נוספות'],
  related: ['קראו (?:גם|עוד)', 'כתבות (?:נוספות|קשורות)', 'עוד (?:באתר|כתבות)', 'הכי (?:נקראים|נצפים)', 'אולי יעניין אותך'],
  leadLabels: ['קראו (?:גם|עוד)', 'עוד בנושא'],
  promo: ['הצטרפו', 'עקבו'],
  promoTopics: ['ניוזלטר', 'ערוץ', 'טלגרם', 'וואטסאפ'],
  bylineLabels: ['מאת', 'כתב', 'כתבת'],
} satisfies LeakWords;
