// Reads the article text out of the chosen root, block by block, leaving out furniture subtrees
// and furniture blocks (labels, "READ MORE:" links, link lists), and joins the blocks with blank
// lines. Read-only: pieces point into the live Text nodes.
import type { TextSegment } from '../types.ts';
import { BLOCK_TAGS, HEADING_TAGS } from './block-tags.ts';
import { FURNITURE_TAGS, isFurnitureRole, isLeadMarkup } from './class-signals.ts';
import { isFurnitureBlock, isLinkBlock } from './is-furniture-block.ts';
import { RELATED_LABEL } from './lexicon/index.ts';
import type { TreeStats } from './measure-tree.ts';
import { renderBlock, type Piece, type RenderedBlock } from './render-block.ts';

export interface ArticleText {
  text: string;
  segments: TextSegment[];
  /** First element that gave body text (for the header-date search). */
  firstBlock: Element | null;
}

interface Block extends RenderedBlock {
  heading: boolean;
  el: Element;
}

const LEAF_BLOCKS = new Set(['p', 'li', 'td', 'th', 'dd', 'dt', 'blockquote', 'pre', 'h2', 'h3', 'h4', 'h5', 'h6']);

function countLinks(st: TreeStats, i: number): number {
  let n = 0;
  for (let j = i + 1; j < st.end[i]! && n < 2; j++) if (st.tag[j] === 'a') n++;
  return n;
}

const CARD_TAGS = new Set(['div', 'article', 'section']); // li only when mostly link: lists in the body are prose

/**
 * A list of story cards: three or more sibling elements with the same class, each a short text
 * with a link in it (a headline over a one-line summary), making up most of the container.
 */
function isCardList(st: TreeStats, i: number): boolean {
  if (st.link[i]! === 0 || st.end[i]! - i < 7) return false;
  const byClass = new Map<string, number>();
  for (let j = i + 1; j < st.end[i]!; j = st.end[j]!) {
    const el = st.els[j]!;
    const cls = el.getAttribute('class');
    const text = st.text[j]!;
    if (!cls || text === 0 || text > 300) continue;
    // A list item is a card when its link is most of it (a teaser rail is often a <ul> of cards).
    if (CARD_TAGS.has(st.tag[j]!) ? st.link[j]! < 0.2 * text : st.tag[j] !== 'li' || st.link[j]! < 0.5 * text) continue;
    byClass.set(cls, (byClass.get(cls) ?? 0) + text);
  }
  let best = 0;
  for (const [cls, text] of byClass) if (text > best && countCards(st, i, cls) >= 3) best = text;
  return best >= 0.8 * st.text[i]!;
}

function countCards(st: TreeStats, i: number, cls: string): number {
  let n = 0;
  for (let j = i + 1; j < st.end[i]!; j = st.end[j]!) if (st.els[j]!.getAttribute('class') === cls) n++;
  return n;
}

function isPopover(st: TreeStats, i: number): boolean {
  const tag = st.tag[i]!;
  const text = st.text[i]!;
  return !BLOCK_TAGS.has(tag) && tag !== 'a' && text >= 60 && st.link[i]! >= 0.8 * text && countLinks(st, i) >= 2;
}

function hasPopoverInside(st: TreeStats, i: number): boolean {
  for (let j = i + 1; j < st.end[i]!; j++) if (st.text[j]! >= 0.5 * st.text[i]! && isPopover(st, j)) return true;
  return false;
}

const sameText = (a: string, b: string) => a.replace(/\s+/g, ' ').trim().toLowerCase() === b;

interface WalkContext {
  rootIdx: number;
  /** Preorder index of the root's first paragraph. */
  firstPara: number;
  /** The title, whitespace collapsed, lower case. */
  titleText: string;
  /** Preorder index of the story's headline inside the root (a heading that is the title), or -1. */
  headline: number;
  /** The story's lead marked like a teaser (findLead), read although its markup says furniture; or -1. */
  lead: number;
}

const LISTS = new Set(['ul', 'ol']);

/**
 * A list before the story's headline, or a box made of one (a label over it): a ticker, a "breaking"
 * strip, a menu or tag row printed above the story. A story's own lists come after its headline.
 */
function isListBeforeHeadline(st: TreeStats, i: number, headline: number): boolean {
  if (headline < 0 || st.end[i]! > headline || st.text[i]! === 0) return false;
  if (LISTS.has(st.tag[i]!)) return true;
  if (!BLOCK_TAGS.has(st.tag[i]!) || LEAF_BLOCKS.has(st.tag[i]!)) return false;
  let inLists = 0;
  for (let j = i + 1; j < st.end[i]!; j++) if (LISTS.has(st.tag[j]!)) { inLists += st.text[j]!; j = st.end[j]! - 1; }
  return inLists >= 0.7 * st.text[i]!;
}

const contains = (st: TreeStats, i: number, j: number) => j > i && j < st.end[i]!;

/** A form a reader types into (a newsletter sign-up, a comment form): an input that is not hidden or a button. */
function isTypingForm(st: TreeStats, i: number): boolean {
  if (st.tag[i] !== 'form') return false;
  for (let j = i + 1; j < st.end[i]!; j++) {
    if (st.tag[j] === 'textarea') return true;
    if (st.tag[j] !== 'input') continue;
    const type = (st.els[j]!.getAttribute('type') ?? 'text').toLowerCase();
    if (!['hidden', 'submit', 'button', 'image', 'reset', 'checkbox', 'radio'].includes(type)) return true;
  }
  return false;
}

/**
 * A box beside the story, in the same container: a sibling of the block that holds the story's
 * headline and its prose, made of a form a reader types into (a newsletter sign-up) or of tabs
 * (a "most read / latest" tab panel). The story's own text never sits in either, unless the
 * headline's block holds only a summary. (Folding questions,
 * <details>, are no such sign: a site's help FAQ and a story's own FAQ look the same.)
 */
function isBoxBesideStory(st: TreeStats, i: number, headline: number): boolean {
  if (headline < 0 || contains(st, i, headline) || !BLOCK_TAGS.has(st.tag[i]!) || LEAF_BLOCKS.has(st.tag[i]!)) return false;
  const p = st.parent[i]!;
  if (p < 0 || !contains(st, p, headline)) return false;
  // The parent's child that holds the headline also holds the story's prose.
  let c = headline;
  while (st.parent[c]! !== p) c = st.parent[c]!;
  if (c === headline || st.para[c]! <= 0) return false;
  // Under a headline with a one-paragraph summary, a box with more prose is the story's own (a shop's
  // description tab under the product's name and its one-line summary); so is one with several
  // paragraphs and more than twice the prose of the headline's block, whatever small lines stand
  // there (a stock line, a byline; a long read's chapters under its title block, with a sign-up
  // form of their own in the middle).
  if (st.paragraphs[c]! < 2 && st.para[i]! > st.para[c]!) return false;
  if (st.paragraphs[i]! >= 3 && st.para[i]! > 2 * st.para[c]!) return false;
  for (let j = i + 1; j < st.end[i]!; j++) {
    if (isTypingForm(st, j)) return true;
    const role = st.els[j]!.getAttribute('role');
    if (role === 'tablist' || role === 'tabpanel') return true;
  }
  return false;
}

/** The first heading inside the root that is the page's title (or most of it), or -1. */
function findHeadline(st: TreeStats, rootIdx: number, titleText: string): number {
  if (titleText.length < 8) return -1;
  for (let j = rootIdx + 1; j < st.end[rootIdx]!; j++) {
    if (!HEADING_TAGS.has(st.tag[j]!) || st.skipped[j]) continue;
    const h = (st.els[j]!.textContent ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
    if (h.length >= 8 && titleText.includes(h) && h.length >= 0.6 * titleText.length) return j;
  }
  return -1;
}

/**
 * The story's lead standing apart under its headline, marked like another story's teaser
 * (isLeadMarkup: "article__teaser", "sub-title", itemprop=description): after the story's headline
 * and before its first paragraph, in the root or just before it (the root is often the body's own
 * wrapper, with the headline and the lead above it). Said so by its class, never a landmark (an
 * <aside> describing a series). Not a card: no heading inside, little link text, a sentence's worth.
 */
function findLead(st: TreeStats, { rootIdx, firstPara, titleText, headline }: WalkContext): number {
  let scope = rootIdx;
  let h = headline >= 0 ? headline : firstHeading(st, rootIdx, titleText);
  for (let k = 0; h < 0 && k < 3; k++) {
    scope = st.parent[scope]!;
    if (scope < 0 || st.tag[scope] === 'body' || st.tag[scope] === 'html' || st.furniture[scope]) return -1;
    h = firstHeading(st, scope, titleText);
  }
  if (h < 0) return -1;
  const until = contains(st, rootIdx, h) ? firstPara : rootIdx;
  let plainSeen = false;
  for (let j = st.end[h]!; j < until; j++) {
    if (st.skipped[j]) { j = st.end[j]! - 1; continue; }
    if (contains(st, j, rootIdx)) continue;
    // A dek with no mark at all, outside the root: the first <h2>/<h3>/<p> after the headline, beside
    // it (in the headline's own wrapper), a sentence's worth of unlinked text (a subtitle line in an
    // <h2> under the <h1>, a standfirst <p>). Only the first such block: a later one is a box's or a card's.
    if (!plainSeen && !st.furniture[j] && DEK_TAGS.has(st.tag[j]!) && st.text[j]! > 0) {
      plainSeen = true;
      if (st.text[j]! >= 60 && st.link[j]! <= 0.2 * st.text[j]! && besideHeadline(st, j, h)) return j;
    }
    const p = st.parent[j]!;
    if (!st.furniture[j] || (p >= 0 && st.furniture[p]) || FURNITURE_TAGS.has(st.tag[j]!) || isFurnitureRole(st.els[j]!.getAttribute('role')) || !isLeadMarkup(st.els[j]!)) continue;
    const text = st.text[j]!;
    let heading = false;
    for (let k = j + 1; k < st.end[j]! && !heading; k++) heading = HEADING_TAGS.has(st.tag[k]!);
    if (text >= 60 && st.link[j]! <= 0.2 * text && !heading) return j;
  }
  return -1;
}

const DEK_TAGS = new Set(['h2', 'h3', 'p']);

/** Is j in the headline's wrapper: a sibling of the headline, or of a wrapper that holds only the headline? */
function besideHeadline(st: TreeStats, j: number, h: number): boolean {
  const p = st.parent[j]!;
  const hp = st.parent[h]!;
  if (p === hp) return true;
  return hp >= 0 && p === st.parent[hp]! && st.text[hp]! === st.text[h]!;
}

/** The heading inside an element that is the page's title, else its first <h1>; or -1. */
function firstHeading(st: TreeStats, scope: number, titleText: string): number {
  const t = findHeadline(st, scope, titleText);
  if (t >= 0) return t;
  for (let j = scope + 1; j < st.end[scope]!; j++) if (st.tag[j] === 'h1' && !st.skipped[j]) return j;
  return -1;
}

/** Is this element's subtree left out of the text? */
function leaveOut(st: TreeStats, i: number, { rootIdx, firstPara, titleText, headline, lead }: WalkContext): boolean {
  if (i === rootIdx) return false;
  if (st.skipped[i]) return true;
  if (lead >= 0 && (i === lead || contains(st, lead, i))) return i !== lead && st.signal[i] === 'furniture';
  if (st.furniture[i]) return true;
  if (isListBeforeHeadline(st, i, headline)) return true;
  if (isBoxBesideStory(st, i, headline)) return true;
  // A form a reader types into that holds no paragraph (a quantity box and its label, a search or
  // sign-up form): never the story's text. (Some sites wrap the whole page in one form: it holds the prose.)
  if (st.para[i]! === 0 && isTypingForm(st, i)) return true;
  const tag = st.tag[i]!;
  // The title is shown apart, never part of the body: an <h1> before the story's first paragraph, or
  // one that repeats the title. A later <h1> is a subheading (themes that use <h1> for every heading).
  if (tag === 'h1' && (i < firstPara || sameText(st.els[i]!.textContent ?? '', titleText))) return true;
  const text = st.text[i]!;
  const link = st.link[i]!;
  // A container that is mostly links and holds no prose: a list of links (related, tags, menus).
  // Single blocks (a paragraph, a list item) are judged by isFurnitureBlock instead.
  if (text > 0 && link > 0.7 * text && st.para[i]! < 0.3 * text && BLOCK_TAGS.has(tag) && !LEAF_BLOCKS.has(tag) && !inDataRow(st, i)) return true;
  if (isCardList(st, i)) return true;
  if (isRelatedSection(st, i)) return true;
  // An inline popover inside a paragraph (a name's hover card with its list of stories): the
  // innermost such element goes, so the name link beside it stays.
  if (isPopover(st, i) && !hasPopoverInside(st, i)) return true;
  return false;
}

// The label over a list of other stories ("More Great Stories", "Related", "Lesen Sie auch"):
// RELATED_LABEL, every language's words (lexicon/).
export function isRelatedLabelText(text: string): boolean {
  const t = text.replace(/\s*(?:\.\.\.|…|:|»|›|>)+$/, '');
  return t.length <= 60 && !/[.!?]$/.test(t) && !/\d/.test(t) && RELATED_LABEL.test(t);
}

/** A label over a list of other stories: a heading or a line of its own, never an item of a list. */
function isRelatedLabel(b: Block): boolean {
  return b.el.localName !== 'li' && isRelatedLabelText(b.text);
}

/**
 * A section headed by a related label ("Você pode gostar...", "Lesen Sie auch") holding other stories
 * printed in full or as cards: its first text is the label, and it holds more than the label.
 */
function isRelatedSection(st: TreeStats, i: number): boolean {
  if (!BLOCK_TAGS.has(st.tag[i]!) || LEAF_BLOCKS.has(st.tag[i]!) || st.tag[i] === 'ul' || st.tag[i] === 'ol' || st.text[i]! < 120) return false;
  let j = i + 1;
  // Down the first element with text, to a heading or a leaf.
  while (j < st.end[i]! && st.text[j]! === 0) j = st.end[j]!;
  while (j < st.end[i]! && !HEADING_TAGS.has(st.tag[j]!) && j + 1 < st.end[j]! && st.text[j]! > 60) {
    let k = j + 1;
    while (k < st.end[j]! && st.text[k]! === 0) k = st.end[k]!;
    if (k >= st.end[j]!) break;
    j = k;
  }
  // The label is a heading or a block of its own, not a link inside a sentence.
  if (j >= st.end[i]! || !BLOCK_TAGS.has(st.tag[j]!) || st.text[j]! > 60 || st.text[j]! >= 0.5 * st.text[i]!) return false;
  return isRelatedLabelText((st.els[j]!.textContent ?? '').replace(/\s+/g, ' ').trim());
}

/** A list item or a short linked line: what a list of other stories is made of. */
function isTeaser(b: Block): boolean {
  if (b.heading) return false;
  if (b.el.localName === 'li') return b.chars < 300;
  return b.linkChars > 0 && b.chars < 200;
}

/**
 * Is the block a table row, or a cell (or a wrapper in one) whose row holds another cell with text of
 * its own, not a link: a data table's row, not a menu?
 */
function inDataRow(st: TreeStats, i: number): boolean {
  let c = i;
  for (let k = 0; c >= 0 && k < 3 && st.tag[c] !== 'td' && st.tag[c] !== 'th' && st.tag[c] !== 'tr'; k++) c = st.parent[c]!;
  const row = c < 0 ? -1 : st.tag[c] === 'tr' ? c : st.tag[c] === 'td' || st.tag[c] === 'th' ? st.parent[c]! : -1;
  if (row < 0 || st.tag[row] !== 'tr') return false;
  for (let j = row + 1; j < st.end[row]!; j = st.end[j]!) if (j !== c && st.text[j]! > st.link[j]!) return true;
  return false;
}

/** Mostly capital letters: a shouted teaser headline. */
function isShouting(t: string): boolean {
  const letters = t.match(/\p{L}/gu) ?? [];
  const upper = t.match(/\p{Lu}/gu) ?? [];
  return letters.length >= 8 && upper.length >= 0.7 * letters.length;
}

export function collectArticleText(root: Element, st: TreeStats, title: string): ArticleText {
  const rootIdx = st.index.get(root) ?? 0;
  const titleText = title.replace(/\s+/g, ' ').trim().toLowerCase();
  const ctx: WalkContext = { rootIdx, firstPara: st.end[rootIdx]!, titleText, headline: findHeadline(st, rootIdx, titleText), lead: -1 };
  for (let j = rootIdx; j < st.end[rootIdx]!; j++) {
    if (j > rootIdx && isListBeforeHeadline(st, j, ctx.headline)) { j = st.end[j]! - 1; continue; }
    if (st.ownPara[j]! > 0 && !st.furniture[j] && !st.skipped[j]) { ctx.firstPara = j; break; }
  }
  ctx.lead = findLead(st, ctx);
  const blocks: Block[] = [];
  let pieces: Piece[] = [];
  let blockEl: Element = root;
  let linkDepth = 0;

  const flush = (heading: boolean) => {
    if (!pieces.length) return;
    const r = renderBlock(pieces) as Block;
    pieces = [];
    if (r.text) {
      r.heading = heading;
      r.el = blockEl;
      blocks.push(r);
    }
  };

  // Iterative walk (deep pages must not overflow the stack).
  const stack: { el: Element; block: boolean; heading: boolean; link: boolean }[] = [];
  const visit = (el: Element): boolean => {
    const i = st.index.get(el);
    if (i === undefined || leaveOut(st, i, ctx)) return false;
    const tag = st.tag[i]!;
    if (tag === 'br') {
      pieces.push({ node: null, start: 0, end: 0, link: false });
      return false;
    }
    const block = BLOCK_TAGS.has(tag);
    const heading = HEADING_TAGS.has(tag) && !(st.ownPara[i]! > 0); // body text set in a heading is prose
    if (block) { flush(false); blockEl = el; }
    const link = tag === 'a';
    if (link) linkDepth++;
    stack.push({ el, block, heading, link });
    return true;
  };
  const leave = () => {
    const f = stack.pop()!;
    if (f.block) flush(f.heading);
    if (f.link) linkDepth--;
  };

  // The lead standing before the root (its headline and lead above the body's own wrapper) is read
  // first, as a block of the story.
  const starts = ctx.lead >= 0 && !contains(st, rootIdx, ctx.lead) ? [st.els[ctx.lead]!, root] : [root];
  for (const start of starts) {
    if (!visit(start)) {
      if (start === root) return { text: '', segments: [], firstBlock: null };
      continue;
    }
    let child: Node | null = start.firstChild;
    for (;;) {
      if (child) {
        if (child.nodeType === 1) {
          if (visit(child as Element)) { child = child.firstChild; continue; }
        } else if (child.nodeType === 3) {
          const t = child as Text;
          if (t.data.length) pieces.push({ node: t, start: 0, end: t.data.length, link: linkDepth > 0 });
        }
        child = child.nextSibling;
        continue;
      }
      const el = stack[stack.length - 1]!.el;
      leave();
      if (!stack.length) break;
      child = el.nextSibling;
    }
  }
  flush(false);

  // Block filters, then trailing/orphan headings (a heading with no paragraph under it is the
  // title of a list we left out).
  const furnitureBlock = (b: Block) => isFurnitureBlock(b, { title, inTable: b.el.localName === 'td' || b.el.localName === 'th' });
  // A related label stays until its list is read ("DON'T MISS" is a label of its own, and so is
  // the line of teasers under it).
  const candidates = blocks.filter((b) => isRelatedLabel(b) || !furnitureBlock(b));
  // Link-only blocks go, unless a short one stands alone inside the prose, a prose paragraph on
  // each side ("Get it on Amazon for $39", "[ Source ]"). A headline-length or all-capitals link
  // there is a "related story" teaser.
  const prose = (b: Block | undefined) => !!b && !b.heading && b.chars >= 80 && !isLinkBlock(b);
  const inlineLink = (b: Block, k: number) =>
    b.chars < 50 && !isShouting(b.text) && prose(candidates[k - 1]) && prose(candidates[k + 1]);
  // A linked subheading over its own paragraph (a product in a roundup) is the body's structure.
  const linkedHeading = (b: Block, k: number) => {
    const next = candidates[k + 1];
    return b.heading && !!next && !next.heading && next.chars >= 40 && !isLinkBlock(next);
  };
  // A linked cell in a data table's row (an app's name beside its sizes) is data, not a teaser.
  const dataCell = (b: Block) => inDataRow(st, st.index.get(b.el) ?? -1);
  const kept = candidates.filter((b, k) => !isLinkBlock(b) || inlineLink(b, k) || linkedHeading(b, k) || dataCell(b));
  const out: Block[] = [];
  for (let k = 0; k < kept.length; k++) {
    const b = kept[k]!;
    if (b.heading && (k === kept.length - 1 || kept[k + 1]!.heading)) continue;
    // "More great stories" / "Related" over a list of teasers: the label and its list go.
    if (isRelatedLabel(b) && kept[k + 1] && isTeaser(kept[k + 1]!)) {
      while (kept[k + 1] && isTeaser(kept[k + 1]!)) k++;
      continue;
    }
    if (isRelatedLabel(b) && furnitureBlock(b)) continue;
    out.push(b);
  }
  let text = '';
  const segments: TextSegment[] = [];
  for (const b of out) {
    if (text) {
      segments.push({ textStart: text.length, length: 2, node: null, nodeOffset: 0 });
      text += '\n\n';
    }
    const base = text.length;
    // The block's segments are its own: shift them in place rather than copy.
    for (const s of b.segments) {
      s.textStart += base;
      segments.push(s);
    }
    text += b.text;
  }
  return { text, segments, firstBlock: out[0]?.el ?? null };
}
