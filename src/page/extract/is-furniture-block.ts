// Blocks inside the story's container that are not the story: ad labels, "READ MORE: <link>"
// lines, a lone link, date lines, bylines, "X contributed to this report", follow/subscribe
// prompts. Judged from the block's own text and link share only; every pattern
// is anchored and bounded (no backtracking blow-up), and only short blocks are tested.
import type { RenderedBlock } from './render-block.ts';

// Whole-block labels (after trimming dashes, bullets, colons and dots).
const LABELS = new Set([
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
  'like loading', 'like this', 'text size', 'font size', 'listen to this article', 'print this article', 'advertisement - scroll to continue', 'skip ad', 'next', 'previous',
  // de, fr, es, it, pt, pl: ads, "read also", "share", "comments", "subscribe"
  'anzeige', 'werbung', 'artikel teilen', 'teilen', 'kommentare', 'mehr zum thema', 'lesen sie auch', 'auch interessant', 'abonnieren', 'jetzt abonnieren', 'weiterlesen',
  'publicité', 'lire aussi', 'à lire aussi', 'partager', 'commentaires', "s'abonner", 'abonnez-vous', 'lire la suite', 'voir aussi',
  'publicidad', 'anuncio', 'lee también', 'leer más', 'compartir', 'comentarios', 'suscríbete', 'te puede interesar',
  'pubblicità', 'leggi anche', 'condividi', 'commenti', 'abbonati', 'continua a leggere',
  'publicidade', 'leia também', 'leia mais', 'compartilhar', 'partilhar', 'comentários', 'assine', 'veja também',
  'reklama', 'czytaj także', 'czytaj też', 'zobacz też', 'zobacz także', 'udostępnij', 'komentarze', 'subskrybuj', 'czytaj dalej',
  // comment forms
  'kommentar schreiben', 'schreiben sie einen kommentar', 'laisser un commentaire', 'ajouter un commentaire', 'deja un comentario',
  'dejar un comentario', 'lascia un commento', 'deixe um comentário', 'deixe seu comentário', 'dodaj komentarz', 'napisz komentarz',
]);

// "READ MORE:", "Related:", "See also -", "ALSO READ >>" ... as the start of a block.
const LEAD_LABEL = /^(?:read|see|also|more|related|recommended|watch|listen|click|further|previously|latest|top|don't miss|must read|lesen sie|lies|mehr|auch|siehe|lire|à lire|voir|lee|leer|ver|también|leggi|vedi|leia|veja|czytaj|zobacz|przeczytaj)(?![\p{L}])[^:>»|–—-]{0,24}(?::|>>|»|\||–|—|-)\s*/iu;

// Lines that address the reader about the site rather than tell the story.
const PROMO = /^(?:follow|subscribe|sign up|join|write to|email|e-mail|reach|contact|listen to|like this|share this|get|download|click here|tap here|don't miss|never miss|to get|want more|folgen sie|abonnieren sie|melden sie sich|suivez|abonnez|inscrivez|síguenos|suscríbete|sigue|seguici|iscriviti|abbonati|siga|assine|inscreva|obserwuj|zapisz się|subskrybuj)(?![\p{L}])/iu;
const PROMO_TOPIC = /twitter|facebook|instagram|youtube|linkedin|newsletter|inbox|subscri|podcast|forum|@|https?:|\bemail\b|\bapp\b|click here|whatsapp|telegram|abonn|suscri|iscri|assin|subskryb|prenumer|postfach|boîte|bandeja|casella|caixa|skrzynk|boletín|bolet[ií]m|bulletin|notiziario|biuletyn|rundbrief/iu;

// Paywall and subscription notices, in the languages we read most: a short block that offers
// access to the rest of the story rather than tells it.
const PAYWALL = /^(?:this (?:article|story|content) is (?:for|only for|available to|reserved for) (?:subscribers|members)|subscribe (?:now )?to (?:read|continue|unlock)|to (?:continue|keep) reading,? (?:subscribe|log in|sign in)|already a subscriber|dieser (?:artikel|beitrag|inhalt) ist (?:nur )?(?:für|exklusiv für) (?:abonnenten|abonnentinnen|abonnent|plus|mitglieder)|(?:jetzt )?weiterlesen mit|sie sind bereits abonnent|cet article est réservé aux abonnés|(?:la suite|le reste) (?:de cet article )?est réservée? aux abonnés|déjà abonné|(?:este )?contenido (?:es )?exclusivo para (?:suscriptores|socios)|¿ya eres suscriptor|(?:questo )?(?:articolo|contenuto) è riservato agli abbonati|sei già abbonato|(?:este )?(?:conteúdo|artigo) (?:é )?exclusivo para assinantes|já é assinante|(?:ten )?(?:artykuł|materiał|tekst) (?:jest )?dostępny (?:tylko )?dla (?:subskrybentów|prenumeratorów)|masz już (?:subskrypcję|prenumeratę))/iu;

// Appeals to the reader that need no topic word ("Like this story? Share it", "If you enjoyed this
// article, ..."), and the messages of a newsletter form.
const APPEAL = /^(?:like this (?:story|article)|if you (?:enjoyed|liked|value|appreciate) (?:this|our)|enjoyed this (?:story|article)|have your say|you have been successfully subscribed|thank you for subscribing|there was (?:a|an) (?:problem|error) subscribing)/i;

const CONTRIBUTED = /^(?:\S+\s+){0,25}?(?:contributed (?:reporting|to this (?:report|story|article))|contributed\.?$)|^additional reporting by\b|^reporting by\b|^(?:editing|edited) by\b|^compiled by\b|^written by\b|^(?:sources?|fuente|quelle)\s*:/i;

const BYLINE = /^(?:[Bb]y|BY|[Vv]on|[Pp]ar|[Pp]or|[Dd]i|[Dd]oor)\s+\p{Lu}/u;

// Date lines: nothing but a date or time ("November 20, 2019 - 11:28 AMT", "20 Nov, 2019 05:47",
// "Updated at 1:23 p.m."). Words allowed besides numbers and separators:
const DATE_WORDS = new Set([
  'jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun', 'monday', 'tuesday',
  'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'am', 'pm', 'a', 'p', 'm', 'at', 'on',
  'updated', 'published', 'posted', 'last', 'first', 'modified', 'gmt', 'utc', 'bst', 'cet', 'cest',
  'est', 'edt', 'cst', 'cdt', 'mst', 'mdt', 'pst', 'pdt', 'ist', 'et', 'pt', 'ct', 'st',
  'nd', 'rd', 'th', 'of', 'ago', 'hours', 'hour', 'minutes', 'mins', 'days', 'day', 'h', 'min',
]);

const trimmed = (s: string) => s.replace(/^[\s\-–—•·|*:.]+/, '').replace(/[\s\-–—•·|*:.…!]+$/, '').toLowerCase();

/**
 * A date line, possibly with the author's name ("Jane Roe 2019-11-20 17:27"): besides date words,
 * numbers and separators, at most four capitalised words, and then a clear date or time shape.
 */
function isDateLine(t: string): boolean {
  if (t.length > 70 || !/\d/.test(t)) return false;
  const words = t.match(/\p{L}+/gu) ?? [];
  const others = words.filter((w) => !DATE_WORDS.has(w.toLowerCase()));
  if (!others.length) return words.length > 0 || /\d[:/.-]\d/.test(t); // a bare number is no date
  return others.length <= 4 && others.every((w) => /^\p{Lu}/u.test(w)) && /\d{4}-\d\d-\d\d|\d:\d\d/.test(t);
}

const IMAGE_URL = /^https?:\/\/\S{1,300}?\.(?:jpe?g|png|gif|webp|avif|bmp|tiff?)(?:\?\S{0,200})?(?=\s|$)/i;

export interface BlockContext {
  title: string;
  /** The block is a table cell: numbers alone are data there. */
  inTable: boolean;
}

/**
 * A short block that is nothing but a link (or nearly): a teaser or a menu item, unless the
 * caller finds it standing alone between two paragraphs of prose (a shop link, a source credit).
 */
export function isLinkBlock(b: RenderedBlock): boolean {
  return b.chars > 0 && b.linkChars >= 0.8 * b.chars && b.chars < 160;
}

export function isFurnitureBlock(b: RenderedBlock, ctx: BlockContext): boolean {
  const t = b.text;
  if (t.length <= 60 && LABELS.has(trimmed(t))) return true;
  // A counter, share count or page number: no letters at all (outside a data table).
  if (!ctx.inTable && t.length <= 12 && !/\p{L}/u.test(t)) return true;
  // The headline repeated inside the body.
  if (ctx.title && t.length <= ctx.title.length + 2 && t.length >= 8 && t.toLowerCase() === ctx.title.toLowerCase()) return true;
  if (t.length < 600 && /^(?:disclaimer|haftungsausschluss|hinweis der redaktion|avertissement|clause de non-responsabilité|aviso legal|descargo de responsabilidad|avvertenza|esclusione di responsabilità|aviso legal|isenção de responsabilidade|zastrzeżenie|nota prawna)\s*:/i.test(t)) return true;
  // A slider's or lightbox's image data printed as text: the file's address, then sizes or a date.
  if (t.length < 600 && IMAGE_URL.test(t)) return true;
  if (t.length < 300) {
    // A labelled link line: "READ MORE: <headline>", the link making most of the rest.
    if (b.linkChars > 0) {
      const m = LEAD_LABEL.exec(t);
      if (m && b.linkChars >= 0.5 * (b.chars - m[0].replace(/\s/g, '').length)) return true;
    }
    const promo = PROMO.exec(t);
    if (promo && PROMO_TOPIC.test(t.slice(promo[0].length))) return true;
    if (APPEAL.test(t)) return true;
    if (PAYWALL.test(t)) return true;
    if (t.length < 200 && CONTRIBUTED.test(t)) return true;
    if (t.length < 120 && BYLINE.test(t) && !/[.!?]["”’]?$/.test(t)) return true;
    if (!ctx.inTable && isDateLine(t)) return true;
  }
  return false;
}
