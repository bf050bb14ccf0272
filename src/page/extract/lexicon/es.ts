// Spanish furniture words.
import type { LeakWords } from './types.ts';

export default {
  labels: ['respuesta aceptada',
    'publicidad', 'anuncio', 'lee también', 'leer más', 'compartir', 'comentarios', 'suscríbete', 'te puede interesar',
    'deja un comentario', 'dejar un comentario',
  ],
  related: [
    '(?:también )?te (?:puede|podría) interesar', 'lee (?:también|además)', 'noticias relacionadas', 'artículos relacionados',
    'lo más (?:leído|visto)', 'más noticias', 'quizás te interese', 'te recomendamos', 'relacionad[oa]s', 'sobre el autor(?:a)?'],
  leadLabels: ['lee', 'leer', 'ver', 'también'],
  promo: ['síguenos', 'suscríbete', 'sigue'],
  promoTopics: ['suscri', 'bandeja', 'boletín'],
  paywall: ['suscríbete (?:por|desde) (?:solo )?\\d', '(?:este )?contenido (?:es )?exclusivo para (?:suscriptores|socios)', '¿ya eres suscriptor'],
  disclaimer: ['aviso legal', 'descargo de responsabilidad'],
  classWords: ['publicidad', 'compartir', 'relacionadas', 'relacionados', 'anuncio', 'anuncios', 'autor', 'autora'],
  commentClassWords: ['comentario', 'comentarios'],
  credits: ['foto', 'fotos', 'imagen', 'fotografía'],
  mediaClassWords: ['foto', 'fotos', 'imagen'],
  appeal: ['¿?te ha resultado útil', '¿?te ha gustado (?:este artículo|la noticia)', 'valora (?:este artículo|esta noticia)', '¿?has visto (?:un|algún) error'],
  bylineLabels: ['texto', 'autor', 'autora', 'textos'],
  readingTime: ['\\d+\\s*min(?:utos)?\\.?\\s+de lectura', 'tiempo de lectura'],
} satisfies LeakWords;
