// Arabic furniture words.
import type { LeakWords } from './types.ts';

export default {
  labels: ['إعلان', 'اقرأ أيضا', 'اقرأ أيضاً', 'شارك', 'تعليقات', 'اقرأ المزيد'],
  related: ['اقرأ أيضا', 'اقرأ أيضاً', '(?:مقالات|أخبار) ذات صلة', 'الأكثر (?:قراءة|مشاهدة)', 'قد يعجبك أيضا'],
  leadLabels: ['اقرأ(?: أيضا| أيضاً)?'],
  promo: ['تابعونا', 'تابعوا', 'اشترك'],
  promoTopics: ['النشرة', 'قناة'],
} satisfies LeakWords;
