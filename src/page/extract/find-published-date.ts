// Publication date from the page's own statements, in this order of trust:
//   1. json-ld  datePublished of the page's schema.org Article
//   2. meta     article:published_time and the other common publication meta tags
//   3. time     a <time datetime> (or itemprop=datePublished) in the article's own header:
//               inside the story's <article>/container and before its first paragraph, never in
//               a related card, a comment or a page-wide widget (those are furniture)
//   4. url      a full year/month/day in the address (a year and month alone is not a date)
// The first that gives a valid date wins. Nothing else (visible "today" widgets, copyright years,
// dates in the text) is ever used: a missing date is reported as null, not guessed.
import { ldText, mainLdArticle, type PageMetadata } from './read-metadata.ts';

export interface PublishedDate {
  published: string | null;
  source: 'json-ld' | 'meta' | 'time' | 'url' | null;
}

const META_KEYS = [
  'article:published_time', 'og:article:published_time', 'article:published', 'og:published_time',
  'datepublished', 'publish-date', 'publish_date', 'publishdate', 'published-date', 'published_time',
  'pubdate', 'parsely-pub-date', 'sailthru.date', 'dc.date.issued', 'dcterms.issued', 'dcterms.created',
  'dc.date', 'dc.date.created', 'publication_date', 'article.published', 'date',
];

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?/;

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** A real calendar day (no 30 February, no 31 April). */
function validYmd(y: number, m: number, d: number): boolean {
  if (!(y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 1)) return false;
  return d <= (m === 2 && !isLeap(y) ? 28 : DAYS_IN_MONTH[m - 1]!);
}

const validTime = (hh: number, mm: number, ss: number) => hh <= 23 && mm <= 59 && ss <= 59;

/** A date string as ISO (date, or date-time when the source gives a time), or null. */
export function normalizeDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const v = value.trim().slice(0, 80);
  const m = ISO.exec(v);
  if (m) {
    const [, y, mo, d, hh, mm, ss, zone] = m;
    if (!validYmd(+y!, +mo!, +d!)) return null;
    // A real day with a garbled time keeps the day: the time adds nothing a reader can trust.
    if (!hh || !validTime(+hh, +mm!, +(ss ?? 0))) return `${y}-${mo}-${d}`;
    const z = zone ? (zone === 'Z' ? 'Z' : zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone) : '';
    return `${y}-${mo}-${d}T${hh}:${mm}:${ss ?? '00'}${z}`;
  }
  // Other spellings ("Tue, 19 Nov 2019 10:00:00 GMT", "November 19, 2019"): the engine's parser.
  if (!/[a-z]{3}|\d{4}/i.test(v)) return null;
  const t = Date.parse(v);
  if (Number.isNaN(t)) return null;
  const iso = new Date(t).toISOString();
  const y = +iso.slice(0, 4);
  return y >= 1900 && y <= 2100 ? (/\d:\d\d/.test(v) ? iso.replace('.000', '') : iso.slice(0, 10)) : null;
}

function fromJsonLd(md: PageMetadata, url?: string): string | null {
  const a = mainLdArticle(md, url);
  return a ? normalizeDate(ldText(a.datePublished)) : null;
}

function fromMeta(md: PageMetadata): string | null {
  for (const k of META_KEYS) {
    const d = normalizeDate(md.meta.get(k));
    if (d) return d;
  }
  return null;
}

/**
 * A <time> (or itemprop=datePublished element) in the article's header: the caller gives the
 * candidates inside the story's container and before its first paragraph, in document order.
 */
function fromHeaderTime(candidates: Element[], isFurniture: (el: Element) => boolean): string | null {
  for (const t of candidates) {
    if (isFurniture(t)) continue;
    const d = normalizeDate(t.getAttribute('datetime') ?? t.getAttribute('content'));
    if (d) return d;
  }
  return null;
}

function fromUrl(url?: string): string | null {
  if (!url) return null;
  const path = url.replace(/^[a-z]+:\/\/[^/]*/i, '').replace(/[?#].*$/, '');
  const m = /(?:^|[/_-])((?:19|20)\d\d)[/_-]?([01]\d)[/_-]?([0-3]\d)(?:[/_.-]|$)/.exec(path)
    ?? /\/((?:19|20)\d\d)\/(\d{1,2})\/(\d{1,2})\//.exec(path);
  if (!m) return null;
  const [y, mo, d] = [+m[1]!, +m[2]!, +m[3]!];
  if (!validYmd(y, mo, d)) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function findPublishedDate(
  md: PageMetadata,
  headerTimes: Element[],
  isFurniture: (el: Element) => boolean,
  url?: string,
): PublishedDate {
  const steps: [PublishedDate['source'], () => string | null][] = [
    ['json-ld', () => fromJsonLd(md, url)],
    ['meta', () => fromMeta(md)],
    ['time', () => fromHeaderTime(headerTimes, isFurniture)],
    ['url', () => fromUrl(url)],
  ];
  for (const [source, step] of steps) {
    const published = step();
    if (published) return { published, source };
  }
  return { published: null, source: null };
}
