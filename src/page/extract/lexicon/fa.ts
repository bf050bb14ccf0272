// Persian furniture words.
import type { LeakWords } from './types.ts';

export default {
  labels: ['تبلیغات', 'بیشتر بخوانید', 'اشتراک گذاری', 'نظرات', 'مطالب مرتبط', 'اخبار مرتبط'],
  related: ['بیشتر بخوانید', '(?:مطالب|اخبار) مرتبط', 'پربازدیدترین', 'پربازدید ترین ها', 'آخرین اخبار'],
  leadLabels: ['بیشتر بخوانید', 'بخوانید'],
  promo: ['دنبال کنید', 'عضو شوید'],
  promoTopics: ['کانال', 'تلگرام', 'اینستاگرام'],
} satisfies LeakWords;
