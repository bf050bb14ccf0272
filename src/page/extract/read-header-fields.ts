// Title, byline and site name from the page's own statements (meta, JSON-LD, the story's <h1>).
import { BYLINE, DATE_WORDS } from './is-furniture-block.ts';
import { BYLINE_LABEL } from './lexicon/index.ts';
import { ldText, mainLdArticle, type PageMetadata } from './read-metadata.ts';

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const MAX_TITLE = 400;

/** The visible <h1> when the page's metadata agrees with it, else og:title, JSON-LD headline, <title>. */
export function readTitle(doc: Document, md: PageMetadata): string {
  const og = md.meta.get('og:title') ?? md.meta.get('twitter:title') ?? null;
  const ld = ldText(mainLdArticle(md)?.headline);
  const docTitle = squash(doc.title ?? '');
  const stated = [og, ld, docTitle].filter((x): x is string => !!x).map((x) => squash(x).toLowerCase());
  const parts = titleParts(docTitle);
  const lowParts = parts.map((x) => x.toLowerCase());
  const longest = parts.reduce((a, b) => (b.length > a.length ? b : a), '');
  const siteName = squash(md.meta.get('og:site_name') ?? '').toLowerCase();
  for (const h of Array.from(doc.querySelectorAll('h1')).slice(0, 5)) {
    const t = squash(h.textContent ?? '');
    // The <h1> must be most of a stated title, not the site name inside "Headline | Site".
    const low = t.toLowerCase();
    if (t.length < 3 || t.length > MAX_TITLE) continue;
    if (stated.some((s) => s.includes(low) && low.length >= 0.6 * s.length)) return t;
    // ... or a whole part of it, the headline's part: the longest, or the first when the others
    // are short like a site name ("週末の山歩き｜みどりの散歩帖").
    const k = lowParts.indexOf(low);
    if (k < 0 || low === siteName) continue;
    if (parts[k] === longest || (k === 0 && parts.slice(1).every((x) => x.length <= 30))) return t;
  }
  const best = og ?? ld;
  if (best) return squash(best).slice(0, MAX_TITLE);
  // "<headline> - Site" / "<headline> | Site": the part the page shows as a heading (a site builder's
  // page title in an <h2>, "Vårens kurser - Keramikverkstan i Ystad"), else the longest part.
  if (parts.length > 1) {
    for (const h of Array.from(doc.querySelectorAll('h2, h3')).slice(0, 10)) {
      const k = lowParts.indexOf(squash(h.textContent ?? '').toLowerCase());
      if (k >= 0 && parts[k]!.length >= 3) return parts[k]!.slice(0, MAX_TITLE);
    }
  }
  return (parts.length > 1 ? longest : docTitle).slice(0, MAX_TITLE);
}

/**
 * A <title>'s parts: "<headline> - Site", "<headline> | Site", "見出し｜サイト". A guillemet closes
 * a quotation when one was opened before it ("Théière « Brume » – Boutique"), no separator then.
 */
function titleParts(title: string): string[] {
  const parts: string[] = [];
  let from = 0;
  const sep = /\s[|\-–—·»](?=\s)|｜/g;
  for (let m = sep.exec(title); m; m = sep.exec(title)) {
    if (m[0].includes('»') && title.lastIndexOf('«', m.index) >= from) continue;
    parts.push(title.slice(from, m.index).trim());
    from = m.index + m[0].length;
  }
  parts.push(title.slice(from).trim());
  return parts.filter((x) => x.length > 0);
}

export function readSiteName(md: PageMetadata): string | null {
  const og = md.meta.get('og:site_name') ?? md.meta.get('application-name');
  if (og) return squash(og);
  return ldText((mainLdArticle(md)?.publisher as Record<string, unknown> | undefined)?.name) ?? null;
}

const isUrl = (s: string) => /^https?:\/\//i.test(s) || s.startsWith('/');

/** Author names: JSON-LD author, then meta author, then a rel=author / itemprop=author in the story's container, then a byline line there. */
export function readByline(doc: Document, md: PageMetadata, scope: Element | null): string | null {
  const ld = ldText(mainLdArticle(md)?.author);
  if (ld && !isUrl(ld)) return ld.slice(0, 200);
  for (const k of ['author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator']) {
    const v = md.meta.get(k);
    if (v && !isUrl(v)) return squash(v).replace(/^by\s+/i, '').slice(0, 200);
  }
  const el = (scope ?? doc).querySelector('[rel="author"], [itemprop="author"]');
  const t = el ? squash(el.textContent ?? '') : '';
  if (t && t.length < 120) return t.replace(/^by\s+/i, '');
  return scope ? bylineLine(scope) : null;
}

// A name: capitalised words, with the particles names carry ("María de la Fuente", "Jan van Dijk").
const NAME = /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|da|del|la|le|van|von|der|den|di|du|dos|y|e))*/u;

/**
 * A byline printed as a line of its own in the story's container ("Por María López | 3 de marzo",
 * "Von Anna Berg, dpa", "Text: Julia Hahn · Fotos: Max Roth"): the name after its opening word.
 */
function bylineLine(scope: Element): string | null {
  const els = scope.querySelectorAll('p, div, span, li, address, strong, em');
  for (let i = 0; i < els.length && i < 300; i++) {
    // (A line holds a few inline elements at most: a wrapper's whole text is never read.)
    if (els[i]!.childElementCount > 4) continue;
    const t = squash(els[i]!.textContent ?? '');
    if (t.length < 6 || t.length >= 80 || /[.!?]["”’]?$/.test(t)) continue;
    let rest: string | null = null;
    if (BYLINE.test(t)) rest = t.replace(/^\S+\s+/, '');
    else {
      const m = BYLINE_LABEL.exec(t);
      if (m) rest = t.slice(m[0].length - 1);
    }
    // (The name ends where a date begins: "By Jane Roe March 3, 2019", "Joe Doe Sept. 4".)
    const words = rest ? NAME.exec(rest)?.[0].split(' ') ?? [] : [];
    const cut = words.findIndex((w) => DATE_WORDS.has(w.replace(/\.$/, '').toLowerCase()));
    const name = words.slice(0, cut < 0 ? words.length : cut).join(' ').replace(/\s+(?:de|da|del|la|le|van|von|der|den|di|du|dos|y|e)$/u, '');
    if (name && name.length >= 3 && name.split(' ').length <= 6) return name;
  }
  return null;
}
