// Chinese furniture words (simplified and traditional).
import type { LeakWords } from './types.ts';

export default {
  labels: ['广告', '廣告', '相关阅读', '相關閱讀', '分享', '评论', '評論', '留言', '延伸阅读', '延伸閱讀', '阅读全文', '閱讀全文'],
  related: ['相关(?:文章|阅读|新闻|推荐)', '相關(?:文章|閱讀|新聞|推薦)', '延伸阅读', '延伸閱讀', '推荐阅读', '推薦閱讀', '热门文章', '熱門文章', '猜你喜欢', '猜你喜歡', '更多新闻', '更多新聞'],
  leadLabels: ['延伸阅读', '延伸閱讀', '相关阅读', '相關閱讀', '推荐阅读', '推薦閱讀', '相关新闻', '相關新聞'],
  promo: ['关注', '關注', '订阅', '訂閱'],
  promoTopics: ['公众号', '公眾號', '微信', '微博'],
  bylineLabels: ['责任编辑', '責任編輯', '编辑', '編輯', '记者', '記者', '来源', '來源', '作者'],
} satisfies LeakWords;
