// Finds the article in a document without modifying it: metadata (title, byline, date, site),
// the story's container, and its text with a map back to the live Text nodes.
//
// Order: measure the page once (text, links, prose, furniture signals per element) -> pick the
// container with the most prose and least other text -> read its blocks, leaving furniture out ->
// date from metadata in a fixed order of trust (find-published-date.ts).
import type { ExtractedArticle } from '../types.ts';
import { classWords } from './class-signals.ts';
import { collectArticleText } from './collect-article-text.ts';
import { findArticleRoot, isTitle, narrowToHeadedArticle } from './find-article-root.ts';
import { HEADING_TAGS } from './block-tags.ts';
import { findPublishedDate } from './find-published-date.ts';
import { isListingPage } from './is-listing-page.ts';
import { measureTree, type TreeStats } from './measure-tree.ts';
import { readByline, readSiteName, readTitle } from './read-header-fields.ts';
import { readMetadata } from './read-metadata.ts';

/**
 * Less prose than this (visible characters) is no article: a home page, a search page, a video.
 * A page that declares itself an article (og:type, JSON-LD) may be a short news brief.
 */
const MIN_ARTICLE_CHARS = 250;
const MIN_DECLARED_ARTICLE_CHARS = 100;

/**
 * A short post also says what it is by its structure: the story's container (or one around it) is
 * an <article> or the main landmark, or it holds the page's <h1> above its paragraphs, or a heading
 * that is the page's title (a forum thread's topic in an <h2>), or the title's <h1> stands just
 * before it.
 */
function isHeadedStory(st: TreeStats, root: number, title: string): boolean {
  for (let e = root, k = 0; e >= 0 && k < 8; e = st.parent[e]!, k++) {
    const tag = st.tag[e];
    const role = st.els[e]!.getAttribute('role');
    if (tag === 'article' || tag === 'main' || role === 'main' || role === 'article') return true;
  }
  for (let j = root + 1; j < st.end[root]!; j++) {
    if (st.skipped[j]) continue;
    if (st.tag[j] === 'h1') return true;
    if (HEADING_TAGS.has(st.tag[j]!) && isTitle(st.els[j]!.textContent ?? '', title)) return true;
  }
  // The title's <h1> just before the root, in a wrapper of its own ("title" box, then "text" box).
  for (let e = root, k = 0; k < 2; k++) {
    const p = st.parent[e]!;
    if (p < 0 || st.tag[p] === 'body' || st.tag[p] === 'html') break;
    for (let j = p + 1; j < e; j++) {
      if (st.skipped[j] || st.furniture[j]) { j = st.end[j]! - 1; continue; }
      if (st.tag[j] === 'h1' && isTitle(st.els[j]!.textContent ?? '', title)) return true;
    }
    e = p;
  }
  return false;
}

// Containers whose dates belong to other stories or to readers, never to this article.
const OTHER_DATES = new Set(['related', 'recommended', 'comment', 'comments', 'teaser', 'card', 'promo', 'more', 'popular', 'trending', 'sidebar', 'widget', 'latest', 'recirculation', 'rail']);

function isOtherStory(el: Element, stop: Element): boolean {
  for (let e: Element | null = el; e && e !== stop; e = e.parentElement) {
    const tag = e.localName;
    if (tag === 'aside' || tag === 'footer' || tag === 'nav') return true;
    const words = classWords(`${e.getAttribute('class') ?? ''} ${e.getAttribute('id') ?? ''}`);
    if (words.some((w) => OTHER_DATES.has(w))) return true;
  }
  return false;
}

/** The story's own container for header fields: the nearest <article> (or schema.org Article) above the root. */
function articleScope(root: Element): Element {
  let e: Element | null = root;
  for (let k = 0; e && k < 6; k++, e = e.parentElement) {
    if (e.localName === 'article' || /Article|Posting/.test(e.getAttribute('itemtype') ?? '')) return e;
    if (e.localName === 'body') break;
  }
  return root.parentElement && root.parentElement.localName !== 'html' ? root.parentElement : root;
}

/** <time> and itemprop=datePublished elements inside the story's container, before its first paragraph. */
function headerTimes(st: TreeStats, scope: Element, firstBlock: Element | null): Element[] {
  const from = st.index.get(scope);
  if (from === undefined) return [];
  const until = Math.min(st.end[from]!, (firstBlock && st.index.get(firstBlock)) ?? st.end[from]!);
  const out: Element[] = [];
  for (let i = from + 1; i < until && out.length < 10; i++) {
    if (st.skipped[i] && st.tag[i] !== 'time') continue;
    if (st.tag[i] === 'time' || st.els[i]!.getAttribute('itemprop') === 'datePublished') out.push(st.els[i]!);
  }
  return out;
}

export function extractArticle(doc: Document, url?: string): ExtractedArticle {
  try {
    return extract(doc, url);
  } catch (err) {
    // A calm answer on any page, even one that breaks an assumption above: the content script
    // runs on every page and must never throw into it.
    const reason = `extraction failed: ${err instanceof Error ? err.message : String(err)}`;
    return { title: '', byline: null, published: null, publishedSource: null, text: '', segments: [], siteName: null, lang: null, reason };
  }
}

const NO_TEXT = 'no article text found';

/** The looks at a page after the first, in order: what the tree's measure counts, and how the root is judged. */
const LATER_LOOKS: { measure: Parameters<typeof measureTree>[1]; headedOnly?: boolean; lastResort?: boolean }[] = [
  // A post that is a list of commented links (a link roll): its items count as prose, under the
  // post's own headline (a section front's teaser list with excerpts has none).
  { measure: { linkRolls: true }, headedOnly: true },
  // The words for readers' comments do not count (a forum thread, a Q&A page: every post says
  // "comment"); the other class words do (a guest's sign-up teaser, a share bar, the poster's box).
  { measure: { classWords: 'noComments' } },
  // Class words do not count (a forum thread or a live ticker whose every post says "comment" or
  // "update", a theme whose every wrapper says "widget"); landmarks, roles, thresholds and the
  // listing test still hold.
  { measure: { classWords: false } },
  // A gallery told in slide captions (figcaptions count as text).
  { measure: { classWords: false, captions: true } },
  // A page that hides everything until a script shows it (the command line runs no script; in the
  // browser the script has run): hidden-by-style elements are read.
  { measure: { hidden: true } },
  // Never "no article" on a page that holds prose: a last, calm look that believes no class word and
  // no landmark but navigation and footers (a story set in a <header>, an <aside>, a dialog or a
  // complementary region, a short post under every kind of wrapper), at the short-brief threshold;
  // list items count as paragraphs, and a page hidden by aria-hidden under a consent layer is read.
  // The listing test still holds, so home pages and search results stay empty.
  { measure: { classWords: false, landmarks: false, lists: true, ariaHidden: true }, lastResort: true },
];

/** The story's root and text, or why there is none. */
function readBody(st: TreeStats, declared: boolean, title: string, headedOnly = false, lastResort = false) {
  const rootIdx = narrowToHeadedArticle(st, findArticleRoot(st), title);
  const headed = rootIdx >= 0 && isHeadedStory(st, rootIdx, title);
  if (headedOnly && !headed) return NO_TEXT;
  const min = declared || headed || lastResort ? MIN_DECLARED_ARTICLE_CHARS : MIN_ARTICLE_CHARS;
  if (rootIdx < 0 || st.para[rootIdx]! < min) return NO_TEXT;
  // A page that declares itself an article may still link its subheadings (a shopping roundup).
  if (!declared && isListingPage(st, rootIdx)) return 'a list of stories (home page, section or search results), not an article';
  const root = st.els[rootIdx]!;
  const { text, segments, firstBlock } = collectArticleText(root, st, title);
  if (!text) return NO_TEXT;
  return { st, root, text, segments, firstBlock };
}

function extract(doc: Document, url?: string): ExtractedArticle {
  const lang = doc.documentElement?.getAttribute('lang')?.trim() || null;
  let md;
  try {
    md = readMetadata(doc);
  } catch {
    md = { articles: [], meta: new Map<string, string>() };
  }
  const title = readTitle(doc, md);
  const siteName = readSiteName(md);
  // Never document.body alone: a DOM that does not build the browser's tree (or a page with text
  // before <html>, or none of <body>) may leave the page's text outside it. The whole document
  // element is measured (<head> is never read), so the root search starts from wherever the text is.
  const body = doc.documentElement ?? doc.body;
  const empty = (reason: string): ExtractedArticle => {
    const d = findPublishedDate(md, [], () => false, url);
    return { title, byline: null, published: d.published, publishedSource: d.source, text: '', segments: [], siteName, lang, reason };
  };
  if (!body) return empty('no document element (empty page)');

  const declared = md.articles.length > 0 || /article/i.test(md.meta.get('og:type') ?? '');
  // First look: class words count. When it finds no story at all, the later looks below, in order,
  // until one finds it (a look that finds none, or only a listing, changes nothing).
  let found = readBody(measureTree(body), declared, title);
  for (const look of LATER_LOOKS) {
    if (found !== NO_TEXT) break;
    const next = readBody(measureTree(body, look.measure), declared, title, look.headedOnly, look.lastResort);
    if (typeof next !== 'string') found = next;
  }
  if (typeof found === 'string') return empty(found);
  const { st, root, text, segments, firstBlock } = found;

  const scope = articleScope(root);
  const d = findPublishedDate(md, headerTimes(st, scope, firstBlock), (el) => isOtherStory(el, scope), url);
  return {
    title,
    byline: readByline(doc, md, scope),
    published: d.published,
    publishedSource: d.source,
    text,
    segments,
    siteName,
    lang,
  };
}
