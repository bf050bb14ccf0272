// Indonesian and Malay furniture words.
import type { LeakWords } from './types.ts';

export default {
  labels: ['iklan', 'baca juga', 'bagikan', 'komentar', 'baca selengkapnya', 'advertisement'],
  related: ['baca juga', 'berita terkait', 'artikel terkait', 'terpopuler', 'rekomendasi', 'berita lainnya', 'pilihan editor'],
  leadLabels: ['baca(?: juga)?', 'lihat juga', 'simak juga'],
  promo: ['ikuti', 'simak', 'dapatkan', 'langganan'],
  promoTopics: ['saluran', 'berlangganan'],
  classWords: ['iklan', 'terkait', 'bagikan'],
  commentClassWords: ['komentar'],
  credits: ['foto'],
} satisfies LeakWords;
