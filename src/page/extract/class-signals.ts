// What an element's own markup says about it: page furniture (share bars, ads, related lists,
// comments, navigation) or article content. Read from tag, role, class/id words and hidden flags.
//
// Class and id values are split into words ("articleShareBar" / "article-share_bar" -> article,
// share, bar) and matched as whole words, so "header" never matches "ad" and "commentary" is not
// "comment". These are generic web conventions, not any one site's names.
import { CLASS_WORDS, COMMENT_CLASS_WORDS, MEDIA_CLASS_WORDS } from './lexicon/index.ts';

/** Never read: no article text can be inside. */
export const SKIP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'canvas', 'iframe', 'object', 'embed',
  'video', 'audio', 'picture', 'img', 'button', 'select', 'input', 'textarea', 'option', 'link',
  'meta', 'head', 'title', 'frameset', 'frame', 'dialog', 'map', 'source', 'track',
  // ruby annotations (the reading of a word printed above it) are not part of the sentence
  'rt', 'rp',
]);

/** Landmarks that hold furniture rather than the story. */
export const FURNITURE_TAGS = new Set(['nav', 'aside', 'footer', 'header', 'menu', 'figcaption']);

const FURNITURE_ROLES = new Set([
  'navigation', 'complementary', 'contentinfo', 'banner', 'menu', 'menubar', 'dialog', 'alertdialog',
  'search', 'toolbar', 'tablist', 'alert', 'status', 'marquee',
]);

export const isFurnitureRole = (role: string | null) => !!role && FURNITURE_ROLES.has(role.toLowerCase());

// Always furniture, whatever else the class says ("article-share" is a share bar).
const STRONG_WORDS = new Set([
  'share', 'shares', 'sharing', 'sharebar', 'sharetools', 'newsletter', 'newsletters',
  'subscribe', 'subscription', 'subscriptions', 'signup', 'comment', 'comments', 'commentlist',
  'disqus', 'advert', 'adverts', 'advertisement', 'advertising', 'ad', 'ads', 'adsbygoogle', 'adspot',
  'adslot', 'adunit', 'adwrapper', 'adcontainer', 'dfp', 'gpt', 'sponsor', 'sponsored', 'promo',
  'promotion', 'outbrain', 'taboola', 'related', 'recommended', 'recommendations',
  'recommendation', 'breadcrumb', 'breadcrumbs', 'cookie', 'cookies', 'consent', 'popup', 'modal',
  'byline', 'bylines', 'caption', 'captions', 'credit', 'credits', 'copyright', 'toolbar', 'tags',
  'tag', 'keywords', 'topics', 'rating', 'ratings', 'reactions', 'pagination', 'pager',
  'readmore', 'seealso', 'trending', 'popular', 'mostread', 'mostpopular', 'nav', 'navbar', 'paging',
  'navigation', 'menu', 'sidebar', 'footer', 'masthead', 'dateline', 'timestamp', 'print', 'hidden',
  'hide', 'sr', 'visually', 'offscreen', 'skip', 'author', 'authors', 'avatar', 'bio', 'widget',
  'widgets', 'banner', 'login', 'donate', 'donation', 'follow', 'icons', 'overlay', 'tooltip',
  'embed', 'video', 'gallery', 'slideshow', 'carousel', 'photo', 'image',
  'img', 'figure', 'media', 'infobox', 'meta', 'date', 'time', 'published',
  'updated', 'header', 'headline', 'title', 'kicker', 'eyebrow', 'label',
  // story teasers elsewhere (the story's own summary, "dek" or "standfirst", is its lead: kept)
  'teaser', 'teasers', 'excerpt',
  // the same words run together, as plugins and themes write them ("jp-relatedposts", "sharedaddy")
  'relatedposts', 'relatedarticles', 'relatedstories', 'relatedlinks', 'relatedcontent', 'relatednews',
  'sharebuttons', 'sharelinks', 'sharebox', 'socialshare', 'socialbuttons', 'sharedaddy', 'addtoany', 'addthis',
  'authorbox', 'authorbio', 'aboutauthor', 'commentform', 'commentsarea', 'respond', 'adsense', 'googleads',
  'newsletterbox', 'newslettersignup', 'readnext', 'postnav', 'postnavigation',
  // a forum post's furniture: the poster's profile box, signature and like counter; a wiki's edit links
  'postprofile', 'userinfo', 'signature', 'likes', 'edit', 'editsection',
  // weak (a content word outweighs it): a poster's or author's profile
  'profile',
  // the same furniture named in other languages' class names ("kommentare", "publicidad")
  ...CLASS_WORDS,
  ...COMMENT_CLASS_WORDS,
]);

// Readers' comments, in any language's class names.
const COMMENT_WORDS = new Set(['comment', 'comments', 'commentlist', 'disqus', 'reactions', ...COMMENT_CLASS_WORDS]);

// Words that mark the story's own container: they keep an element with a weak furniture word.
const CONTENT_WORDS = new Set([
  'article', 'articlebody', 'body', 'content', 'entry', 'main', 'post', 'story', 'text', 'prose',
  'paragraph', 'para', 'richtext', 'copy',
]);

// Furniture words that a content word outweighs ("content-header" is not a page header).
const WEAK_WORDS = new Set([
  'header', 'headline', 'title', 'published', 'updated', 'media', 'image', 'img', 'photo', 'figure',
  'video', 'embed', 'label', 'kicker', 'eyebrow', 'widget', 'widgets', 'icons', 'hidden', 'hide',
  'keywords', 'gallery', 'carousel', 'slideshow', 'banner', 'overlay', 'rating', 'ratings', 'login',
  'menu', 'nav', 'skip', 'print', 'profile',
]);

const INLINE_TAGS = new Set([
  'a', 'span', 'em', 'strong', 'b', 'i', 'u', 's', 'small', 'sup', 'sub', 'abbr', 'cite', 'code', 'mark',
  'q', 'time', 'font', 'bdi', 'bdo', 'data', 'dfn', 'kbd', 'samp', 'var', 'del', 'nobr',
]);

const TABLE_PARTS = new Set(['tr', 'td', 'th', 'tbody', 'thead', 'tfoot', 'table', 'col', 'colgroup']);

/** Splits class/id values into lowercase words: "storyBody article-text_2" -> story body article text 2. */
export function classWords(value: string): string[] {
  const out: string[] = [];
  let word = '';
  let prevLower = false;
  for (let i = 0; i < value.length && i < 400; i++) {
    const c = value.charCodeAt(i);
    const isUpper = c >= 65 && c <= 90;
    const isLower = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    if (isUpper) {
      if (prevLower && word) { out.push(word); word = ''; }
      word += String.fromCharCode(c + 32);
      prevLower = false;
    } else if (isLower) {
      word += value[i];
      prevLower = true;
    } else {
      if (word) out.push(word);
      word = '';
      prevLower = false;
    }
  }
  if (word) out.push(word);
  return out;
}

/**
 * furniture: leave it out; media: a photo/video/embed wrapper, furniture unless it holds a quoted
 * embed (a tweet's blockquote); content: the story's container.
 */
export type Signal = 'furniture' | 'media' | 'content' | null;

// Media wrappers: their captions and credits are furniture, an embedded post's text is not.
// "social" wraps an embedded post as often as a row of follow buttons: a media wrapper (kept when it
// holds a quoted post).
const MEDIA_WORDS = new Set(['social', 'socials', 'video', 'embed', 'media', 'image', 'img', 'photo', 'figure', 'gallery', 'carousel', 'slideshow', ...MEDIA_CLASS_WORDS]);

// A token that begins with these names a state or a modifier of the element, or a hook for a script
// or a generated style, not what the element is: "is-sticky", "has-comments", "no-ads", "js-share",
// "u-hidden", "overflow-hidden", "css-k3j2h1", "sc-fzXfNl".
const STATE_PREFIXES = new Set(['is', 'has', 'with', 'w', 'no', 'without', 'show', 'js', 'u', 'can', 'not', 'overflow', 'css', 'sc', 'jsx']);
// ... or ends with these: "sidebar-layout", "share-enabled", "comments-open", "ad-loaded".
const STATE_SUFFIXES = new Set(['layout', 'enabled', 'disabled', 'active', 'open', 'opened', 'closed', 'loaded', 'visible', 'anchor', 'start', 'end', 'scope', 'ready', 'initialized', 'mounted', 'after', 'before']);
// Taxonomy classes a CMS prints on the post itself ("tag-elections", "category-sport"), unless
// the second word makes them a list of tags ("tag-list", "tags-box").
const TAXONOMY = new Set(['tag', 'category', 'cat', 'status', 'format', 'type', 'term']);
const TAXONOMY_LISTS = new Set(['list', 'lists', 'cloud', 'links', 'link', 'box', 'bar', 'container', 'wrapper', 'wrap', 'area', 'block', 'section', 'module', 'nav', 'items', 'item', 'group', 'widget', 'label', 'title', 'heading', 'holder', 'panel']);

function isStateToken(words: string[]): boolean {
  if (words.length < 2) return false;
  if (STATE_PREFIXES.has(words[0]!) || STATE_SUFFIXES.has(words[words.length - 1]!)) return true;
  return TAXONOMY.has(words[0]!) && !TAXONOMY_LISTS.has(words[1]!);
}

const NAVIGATION_TAGS = new Set(['nav', 'footer', 'menu']);
const NAVIGATION_ROLES = new Set(['navigation', 'contentinfo', 'menu', 'menubar', 'search']);

/**
 * Navigation, footers and dialogs only, by tag, role or aria-modal: the one signal the last look at
 * a page believes (a dialog that holds the page's story is let in by the landmark guard).
 */
export function navigationSignal(el: Element, tag: string): Signal {
  if (NAVIGATION_TAGS.has(tag) || el.getAttribute('aria-modal') === 'true') return 'furniture';
  const role = (el.getAttribute('role') ?? '').toLowerCase();
  return NAVIGATION_ROLES.has(role) || role === 'dialog' || role === 'alertdialog' ? 'furniture' : null;
}

/** Is this element hidden by its own attributes (no layout needed)? ignoreAria: aria-hidden does not count. */
export function isHidden(el: Element, ignoreAria = false): boolean {
  if (el.hasAttribute('hidden') || (!ignoreAria && el.getAttribute('aria-hidden') === 'true')) return true;
  const style = el.getAttribute('style');
  if (style && style.length < 500) {
    const s = style.toLowerCase();
    if (/display\s*:\s*none|visibility\s*:\s*hidden/.test(s)) return true;
  }
  return false;
}

const CONTENT_ITEMPROPS = new Set(['articlebody', 'text', 'reviewbody']);
// schema.org properties of what stands around a story: its author and publisher boxes, readers'
// comments, the date line, the teaser's description, like and view counters.
const FURNITURE_ITEMPROPS = new Set(['author', 'comment', 'publisher', 'datepublished', 'description', 'interactionstatistic', 'interactioncount']);

// Weak words that only say "a title": on a subheading (<h2>..<h6>) they name the heading itself
// ("chapter__title", "section-heading"), not a box around other stories (whose other words, or whose
// lack of a paragraph under it, say so).
const TITLE_WORDS = new Set(['title', 'headline', 'header']);
const SUBHEADING_TAGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * How much class and id words count: all of them; all but the words for readers' comments (a forum
 * thread or a Q&A page, whose every post says "comment", while its teasers, sign-up prompts and
 * share bars still say what they are); or none.
 */
export type ClassWordsMode = boolean | 'noComments';

/** The element's own signal: furniture (leave it out), content (story container), or nothing. */
export function markupSignal(el: Element, tag: string, classWordsCount: ClassWordsMode = true): Signal {
  if (FURNITURE_TAGS.has(tag)) return 'furniture';
  const role = el.getAttribute('role');
  if (role && FURNITURE_ROLES.has(role.toLowerCase())) return 'furniture';
  // A modal (a newsletter or cookie dialog drawn over the page) is never the story.
  if (el.getAttribute('aria-modal') === 'true') return 'furniture';
  const itemprop = el.getAttribute('itemprop');
  if (itemprop) {
    // itemprop may hold several names ("description articleBody" on a blog's post body): the body wins.
    const ips = itemprop.toLowerCase().split(/\s+/);
    if (ips.some((ip) => CONTENT_ITEMPROPS.has(ip))) return 'content';
    if (ips.some((ip) => FURNITURE_ITEMPROPS.has(ip))) return 'furniture';
  }
  // A blockquote is quoted text (an embedded post's class says "twitter", "social", "media"): keep it,
  // unless it is a forum poster's signature set in a blockquote.
  // A link sits inside a sentence (auto-linked names carry ids like "auto-tag_x"): its class never
  // removes it. Other inline elements go only for strong words (a caption or credit <span>).
  if (tag === 'blockquote') return classWordsCount && classWords(el.getAttribute('class') ?? '').includes('signature') ? 'furniture' : null;
  if (tag === 'a') return null;
  if (!classWordsCount) return null;
  const inline = INLINE_TAGS.has(tag);
  const cls = el.getAttribute('class') ?? '';
  const id = el.getAttribute('id') ?? '';
  if (!cls && !id) return null;
  let strong = false;
  let weak = false;
  let weakTitleOnly = true;
  let media = false;
  let content = false;
  const noComments = classWordsCount === 'noComments';
  // One class token at a time: a token that names a state, a layout or a script hook says nothing
  // about what the element is ("has-sidebar", "is-share-open", "js-social-start", "sidebar-layout",
  // "overflow-hidden", "tag-elections", generated "css-1a2b3c").
  const tokens = cls.split(/\s+/);
  if (id) tokens.push(id);
  for (let t = 0; t < tokens.length && t < 40; t++) {
    const words = classWords(tokens[t]!);
    if (!words.length || isStateToken(words)) continue;
    let joined = false;
    let tokenContent = false;
    for (let k = 0; k < words.length; k++) {
      const w = words[k]!;
      if (CONTENT_WORDS.has(w)) content = tokenContent = true;
      else if (noComments && COMMENT_WORDS.has(w)) continue;
      else if (MEDIA_WORDS.has(w)) media = true;
      else if (STRONG_WORDS.has(w)) {
        if (!WEAK_WORDS.has(w)) strong = true;
        else { weak = true; if (!TITLE_WORDS.has(w)) weakTitleOnly = false; }
      }
      if (isSplitCompound(w, words[k + 1])) joined = true;
    }
    // Two words that make one furniture word run together ("user_info", "author-box"),
    // unless the token names content too ("read-more-content" is the story's folded rest).
    if (joined && !tokenContent) strong = true;
  }
  if (strong) return 'furniture';
  if (inline) return null;
  // Table rows and cells carry data classes ("player-12", "date"): only strong words count there.
  if (weak && !content && !TABLE_PARTS.has(tag) && !(weakTitleOnly && SUBHEADING_TAGS.has(tag))) return 'furniture';
  if (media && !content && !TABLE_PARTS.has(tag)) return 'media';
  return content ? 'content' : null;
}

const isStrongWord = (w: string) => STRONG_WORDS.has(w) && !WEAK_WORDS.has(w);
// Run-together furniture words that also mean furniture written apart ("user_info", "author-box");
// not "read-more" (a folded rest of the story says so as often as a link box) or "post-nav".
const SPLIT_COMPOUNDS = new Set(['userinfo', 'postprofile', 'authorbox', 'authorbio', 'aboutauthor', 'commentform', 'sharebuttons', 'socialshare']);
const isSplitCompound = (w: string, next: string | undefined) => next !== undefined && SPLIT_COMPOUNDS.has(w + next);

/** Does the class or id carry a strong furniture word (not only weak ones such as "widget", "media")? */
export function hasStrongClassWord(el: Element): boolean {
  const tokens = (el.getAttribute('class') ?? '').split(/\s+/).slice(0, 40);
  const id = el.getAttribute('id');
  if (id) tokens.push(id);
  for (const token of tokens) {
    const words = classWords(token);
    if (!words.length || isStateToken(words)) continue;
    if (words.some(isStrongWord)) return true;
    if (!words.some((w) => CONTENT_WORDS.has(w)) && words.some((w, k) => isSplitCompound(w, words[k + 1]))) return true;
  }
  return false;
}

// The story's own summary under its headline is often marked with words that elsewhere name another
// story's teaser ("article__teaser", "post-excerpt", "sub-title", itemprop=description). Only the
// caller knows where the element stands (between the story's headline and its first paragraph).
const LEAD_WORDS = new Set(['teaser', 'excerpt', 'summary', 'description', 'dek', 'standfirst', 'lead', 'intro', 'abstract']);
const SUB_WORDS = new Set(['title', 'headline', 'heading']);

/** Markup that may name a story's lead: a teaser, excerpt or description class, a sub-title, itemprop=description. */
export function isLeadMarkup(el: Element): boolean {
  const ip = (el.getAttribute('itemprop') ?? '').toLowerCase();
  if (ip === 'description' || ip === 'abstract') return true;
  let lead = false;
  for (const token of (el.getAttribute('class') ?? '').split(/\s+/).slice(0, 40)) {
    const words = classWords(token);
    for (let k = 0; k < words.length; k++) {
      const w = words[k]!;
      if (LEAD_WORDS.has(w) || (w === 'sub' && SUB_WORDS.has(words[k + 1] ?? ''))) lead = true;
      // A teaser's share bar, a promoted or related teaser: another story's card after all.
      else if (STRONG_WORDS.has(w) && !WEAK_WORDS.has(w) && !(k > 0 && words[k - 1] === 'sub')) return false;
    }
  }
  return lead;
}

/**
 * Readers' comments by the element's own class or id ("comments", "comment-list", "kommentare"),
 * not a state of the story's container ("has-comments", "comments-open").
 */
export function isCommentsMarkup(el: Element): boolean {
  const tokens = (el.getAttribute('class') ?? '').split(/\s+/).slice(0, 40);
  const id = el.getAttribute('id');
  if (id) tokens.push(id);
  for (const token of tokens) {
    const words = classWords(token);
    if (words.length && !isStateToken(words) && words.some((w) => COMMENT_WORDS.has(w))) return true;
  }
  return false;
}

