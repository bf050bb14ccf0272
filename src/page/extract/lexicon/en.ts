// English furniture words.
import type { LeakWords } from './types.ts';

export default {
  labels: ['accepted answer',
    'advertisement', 'advertisements', 'advertising', 'advert', 'adverts', 'ad', 'ads', 'sponsored',
    'sponsored content', 'story continues below advertisement', 'story continues below',
    'continue reading below', 'article continues below', 'continue reading', 'scroll to continue with content',
    'read more', 'more', 'see more', 'show more', 'load more', 'click to expand', 'share', 'share this',
    'share this article', 'share this story', 'share on facebook', 'share on twitter', 'tweet', 'email',
    'print', 'source link', 'loading', 'related', 'related articles', 'related stories', 'related content',
    'more stories', 'more from', 'recommended', 'recommended for you', 'you may also like',
    'you might also like', 'you may like', 'also read', 'must read', "don't miss", 'most read',
    'most popular', 'trending', 'trending now', 'latest', 'latest news', 'latest articles', 'top stories',
    'caption', 'close', 'hide caption', 'toggle caption', 'enlarge this image', 'photo', 'image', 'video',
    'watch', 'listen', 'comments', 'comment', 'leave a comment', 'subscribe', 'sign up', 'log in',
    'like loading', 'like this', 'text size', 'font size', 'listen to this article', 'print this article',
    'advertisement - scroll to continue', 'skip ad', 'next', 'previous',
  ],
  related: [
    'more', 'related', 'recommended', 'read next', 'up next', 'also read', 'see also', 'you (?:may|might) also like',
    "don't miss", 'most (?:read|popular|viewed)', 'popular', 'trending', 'latest', 'top stories', 'further reading',
    'partner (?:news|content)', 'sponsored', 'around the web', 'elsewhere', 'about the author'],
  leadLabels: ['read', 'see', 'also', 'more', 'related', 'recommended', 'watch', 'listen', 'click', 'further', 'previously', 'latest', 'top', "don't miss", 'must read'],
  promo: [
    'follow', 'subscribe', 'sign up', 'join', 'write to', 'email', 'e-mail', 'reach', 'contact', 'listen to', 'like this',
    'share this', 'get', 'download', 'click here', 'tap here', "don't miss", 'never miss', 'to get', 'want more',
  ],
  promoTopics: ['newsletter', 'inbox', 'subscri', 'podcast', 'forum', '\\bemail\\b', '\\bapp\\b', 'click here'],
  paywall: ['subscribe (?:for|from) (?:just |only )?[$£€]?\\d',
    'this (?:article|story|content) is (?:for|only for|available to|reserved for) (?:subscribers|members)',
    'subscribe (?:now )?to (?:read|continue|unlock)', 'to (?:continue|keep) reading,? (?:subscribe|log in|sign in)',
    'already a subscriber',
  ],
  disclaimer: ['disclaimer'],
  appeal: [
    'like this (?:story|article)', 'if you (?:enjoyed|liked|value|appreciate) (?:this|our)', 'enjoyed this (?:story|article)',
    'have your say', 'you have been successfully subscribed', 'thank you for subscribing', 'there was (?:a|an) (?:problem|error) subscribing', 'was this (?:article|story|page) helpful', 'rate this (?:article|story)', 'found (?:a|an) (?:error|typo|mistake)', 'report an? (?:error|typo)'],
  credits: ['photo', 'photos', 'image', 'picture', 'photograph', 'photo credit'],
  bylineLabels: ['text', 'words', 'story', 'author'],
  readingTime: ['\\d+\\s*min(?:ute)?s?\\.?\\s+read', 'reading time'],
} satisfies LeakWords;
