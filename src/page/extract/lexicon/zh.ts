// Chinese furniture words (simplified and traditional).
import type { LeakWords } from './types.ts';

export default {
  labels: ['广告', '廣告', '相关阅读', '相關閱讀', '分享', '评论', '評論', '留言', '延伸阅读', '延伸閱讀', '阅读全文', '閱讀全文'],
  related: ['相关(?:文章|阅读|新闻|推荐)', '相關(?:文章|閱讀|新聞|推薦)', '延伸阅读', '延伸閱讀', '推荐阅读', '推薦閱讀', '热门文章', '熱門文章', '猜你喜欢', '猜你喜歡', '更多新闻', '更多新聞'],
  leadLabels: ['延伸阅读', '延伸閱讀', '相关阅读', '相關閱讀', '推荐阅读', '推薦閱讀', '相关新闻', '相關新聞'],
  promo: ['关注', '關注', '订阅', '訂閱'],
  promoTopics: ['公众号', '公眾號', '微信', '微博'],
  // "Long-press to scan the QR code", "Scan the QR code", "Tap the blue words above to follow".
  appeal: ['长按(?:识别|扫描)?(?:图中|下方)?二维码', '長按(?:識別|掃描)?(?:圖中|下方)?二維碼', '扫(?:描|一扫)?(?:下方|图中)?二维码', '掃(?:描|一掃)?(?:下方|圖中)?二維碼', '点击(?:上方|下方)?蓝字', '點擊(?:上方|下方)?藍字'],
  bylineLabels: ['责任编辑', '責任編輯', '编辑', '編輯', '记者', '記者', '来源', '來源', '作者'],
} satisfies LeakWords;
