// Portuguese furniture words (Brazil and Portugal).
import type { LeakWords } from './types.ts';

export default {
  labels: ['resposta aceita',
    'publicidade', 'leia também', 'leia mais', 'compartilhar', 'partilhar', 'comentários', 'assine', 'veja também',
    'deixe um comentário', 'deixe seu comentário',
  ],
  related: [
    'você (?:também )?pode gostar', 'leia (?:também|mais)', 'veja também', 'notícias relacionadas', 'artigos relacionados',
    'mais lid[ao]s', 'recomendados para você', 'relacionad[oa]s', 'sobre o autor(?:a)?'],
  leadLabels: ['leia', 'veja'],
  promo: ['siga', 'assine', 'inscreva'],
  promoTopics: ['assin', 'caixa', 'bolet[ií]m'],
  paywall: ['assine (?:por|a partir de) (?:apenas |só )?(?:r\\$\\s?)?\\d', '(?:este )?(?:conteúdo|artigo) (?:é )?exclusivo para assinantes', 'já é assinante'],
  disclaimer: ['aviso legal', 'isenção de responsabilidade'],
  classWords: ['publicidade', 'compartilhar', 'partilhar', 'relacionadas', 'relacionados', 'legenda', 'autor', 'autora'],
  commentClassWords: ['comentario', 'comentarios'],
  credits: ['foto', 'fotos', 'imagem'],
  mediaClassWords: ['foto', 'fotos', 'imagem'],
  appeal: ['este artigo (?:foi|lhe foi) útil', 'avalie (?:este artigo|esta notícia)', 'encontrou (?:um )?erro'],
  bylineLabels: ['texto', 'autor', 'autora', 'textos'],
  readingTime: ['\\d+\\s*min(?:utos)?\\.?\\s+de leitura', 'tempo de leitura'],
} satisfies LeakWords;
