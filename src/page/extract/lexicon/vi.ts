// Vietnamese furniture words.
import type { LeakWords } from './types.ts';

export default {
  labels: ['quảng cáo', 'xem thêm', 'đọc thêm', 'chia sẻ', 'bình luận', 'tin liên quan'],
  related: ['tin liên quan', 'bài viết liên quan', 'xem thêm', 'đọc thêm', 'tin cùng chuyên mục', 'đọc nhiều(?: nhất)?', 'tin mới nhất'],
  leadLabels: ['xem thêm', 'đọc thêm', 'tin liên quan'],
  promo: ['theo dõi', 'đăng ký'],
  promoTopics: ['bản tin'],
  credits: ['ảnh'],
} satisfies LeakWords;
