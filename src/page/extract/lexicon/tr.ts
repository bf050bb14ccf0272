// Turkish furniture words.
import type { LeakWords } from './types.ts';

export default {
  labels: ['reklam', 'ayrıca okuyun', 'paylaş', 'yorumlar', 'yorum yap', 'ilgili haberler'],
  related: ['[iİ]lgili (?:haberler|yazılar)', 'benzer haberler', 'en çok okunanlar', 'bunlar da ilginizi çekebilir', 'ilginizi çekebilir', 'ayrıca (?:okuyun|bakınız)', 'diğer haberler'],
  leadLabels: ['ayrıca okuyun', '[iİ]lgili haber'],
  promo: ['takip edin', 'abone ol'],
  promoTopics: ['bülten', 'abone'],
  classWords: ['reklam', 'ilgili', 'paylas'],
  commentClassWords: ['yorum', 'yorumlar'],
  credits: ['fotoğraf', 'foto'],
} satisfies LeakWords;
