// Blocks inside the story's container that are not the story: ad labels, "READ MORE: <link>"
// lines, a lone link, date lines, bylines, "X contributed to this report", follow/subscribe
// prompts. Judged from the block's own text and link share only; every pattern
// is anchored and bounded (no backtracking blow-up), and only short blocks are tested. The words,
// per language, are data: lexicon/.
import type { RenderedBlock } from './render-block.ts';
import { APPEAL, BYLINE_LABEL, CREDIT, DISCLAIMER, LABELS, LEAD_LABEL, PAYWALL, PROMO, PROMO_TOPIC, READING_TIME } from './lexicon/index.ts';

const CONTRIBUTED = /^(?:\S+\s+){0,25}?(?:contributed (?:reporting|to this (?:report|story|article))|contributed\.?$)|^additional reporting by\b|^reporting by\b|^(?:editing|edited) by\b|^compiled by\b|^written by\b|^(?:sources?|fuente|quelle)\s*:/i;

export const BYLINE = /^(?:[Bb]y|BY|[Vv]on|[Pp]ar|[Pp]or|[Dd]i|[Dd]oor)\s+\p{Lu}/u;

// Date lines: nothing but a date or time ("November 20, 2019 - 11:28 AMT", "20 Nov, 2019 05:47",
// "Updated at 1:23 p.m."). Words allowed besides numbers and separators:
export const DATE_WORDS = new Set([
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

const COPYRIGHT = /^(?:©|\(c\)\s|copyright\s*(?:©|\(c\)|\d{4}))/i;

const EMAIL = /[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}/u;

/** A line that is an e-mail address and at most four words besides (a name, "reporter"), no sentence. */
function isNameAndEmail(t: string): boolean {
  const m = EMAIL.exec(t);
  if (!m) return false;
  const rest = (t.slice(0, m.index) + ' ' + t.slice(m.index + m[0].length)).trim();
  return !/[.!?。]$/.test(rest) && rest.split(/\s+/).filter(Boolean).length <= 4;
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
  // A counter, share count or page number: no letters at all, or a count in thousands or millions
  // ("1.4K", "12k") (outside a data table).
  if (!ctx.inTable && t.length <= 12 && !/\p{L}/u.test(t.replace(/(?<=\d)\s?[KkMm]$/, ''))) return true;
  // The headline repeated inside the body.
  if (ctx.title && t.length <= ctx.title.length + 2 && t.length >= 8 && t.toLowerCase() === ctx.title.toLowerCase()) return true;
  if (t.length < 600 && DISCLAIMER.test(t)) return true;
  // A slider's or lightbox's image data printed as text: the file's address, then sizes or a date.
  if (t.length < 600 && IMAGE_URL.test(t)) return true;
  if (t.length < 300) {
    // A site's copyright line ("© 2025 Site · Region", "Copyright 2024 Verein"): a footer printed
    // inside the page's one wrapper. Not a wire service's notice under its story ("© 2019 Agency.
    // All Rights Reserved. This material may not be …", a sentence) nor a bare "© Agency" credit.
    if (t.length < 120 && COPYRIGHT.test(t) && /\b(?:19|20)\d\d\b/.test(t) && !/[.!?]$/.test(t)) return true;
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
    // A photo credit line of its own ("Foto: Karin Weber", "Photo : AFP"): a name, not a sentence.
    if (t.length < 80 && CREDIT.test(t) && !/[.!?]$/.test(t)) return true;
    if (t.length < 120 && BYLINE.test(t) && !/[.!?]["”’]?$/.test(t)) return true;
    // A labelled byline line ("Text: Julia Hahn · Fotos: Max Roth", "Автор: …"): names, not a sentence.
    if (t.length < 80 && BYLINE_LABEL.test(t) && !/[.!?。！？]["”’」]?$/.test(t)) return true;
    // The reporter's name and address on a line of their own ("Kim Seo-yeon, reporter seo@example.kr").
    if (t.length < 80 && isNameAndEmail(t)) return true;
    // A reading-time line ("6 min read", "Lesezeit: 4 Min."), the date often run into it.
    if (t.length < 60 && /\d/.test(t) && READING_TIME.test(t)) return true;
    if (!ctx.inTable && isDateLine(t)) return true;
  }
  return false;
}
