// Japanese furniture words.
import type { LeakWords } from './types.ts';

export default {
  labels: ['広告', 'スポンサーリンク', '関連記事', 'シェア', 'コメント', '続きを読む', 'あわせて読みたい', 'この記事をシェア'],
  related: ['関連記事', '関連ニュース', 'あわせて読みたい', 'こちらもおすすめ', 'おすすめ記事', '人気記事', 'よく読まれている記事', 'アクセスランキング', '注目記事'],
  leadLabels: ['関連記事', 'あわせて読みたい'],
  paywall: ['この記事は(?:有料)?会員限定', '有料会員になると'],
  bylineLabels: ['文', '執筆', '取材・文'],
  readingTime: ['\\d+分で読めます', '読了時間'],
} satisfies LeakWords;
