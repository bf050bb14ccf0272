// The story's container: the element that holds the most paragraph text while taking in the
// least other text. Each element scores
//   prose - LINK_PENALTY * link text - OTHER_PENALTY * (other non-link text)
// (menus and link lists cost most; short unlinked text such as table cells, labels and captions
// costs less) and the best one wins: subtree sums, so one linear pass over the measured tree.
import type { TreeStats } from './measure-tree.ts';

const LINK_PENALTY = 0.5;
const OTHER_PENALTY = 0.2;

export function rootScore(st: TreeStats, i: number, prose = st.para[i]!): number {
  const link = st.link[i]!;
  const other = Math.max(0, st.text[i]! - prose - link);
  return prose - LINK_PENALTY * link - OTHER_PENALTY * other;
}

/** The element with the best score (see above), or -1 when no element holds prose. */
export function findArticleRoot(st: TreeStats): number {
  const n = st.els.length;
  const para = st.para;
  let best = -1;
  let bestScore = 0;
  for (let i = 0; i < n; i++) {
    if (st.skipped[i] || st.furniture[i] || para[i]! <= 0) continue;
    const score = rootScore(st, i, para[i]!);
    if (score > bestScore) { bestScore = score; best = i; }
  }
  // A single paragraph is no story's container when its parent holds more prose: the paragraphs
  // around a long data table (its cells count against the container) belong together.
  if (best >= 0 && LEAF_BLOCKS.has(st.tag[best]!)) {
    const p = st.parent[best]!;
    if (p >= 0 && !st.furniture[p] && !st.skipped[p] && para[p]! > para[best]!) best = p;
  }
  // A block that is one paragraph of its own (a <div> of lines split by <br>s, a site builder's text
  // box) is no container either when its parent scores nearly as well and adds almost no link text:
  // the parent holds the story's subheading and its short last lines (under a paragraph's length).
  // (Not a layout table's row: its other cells are the site's menu.)
  if (best >= 0 && st.ownPara[best]! > 0 && st.ownPara[best]! === para[best]!) {
    const p = st.parent[best]!;
    const added = p >= 0 ? st.text[p]! - st.text[best]! : 0;
    if (p >= 0 && !st.furniture[p] && !st.skipped[p] && !NO_CLIMB.has(st.tag[p]!) && st.link[p]! - st.link[best]! <= 0.1 * added && rootScore(st, p, para[p]!) >= 0.85 * bestScore && holdsShortSentence(st, p, best)) best = p;
  }
  return best;
}

/** Does a child of p other than `except` hold a sentence (a story's short last line, not a date or comments line)? */
function holdsShortSentence(st: TreeStats, p: number, except: number): boolean {
  for (let j = p + 1; j < st.end[p]!; j = st.end[j]!) {
    if (j === except || st.skipped[j] || st.furniture[j] || st.text[j]! < 20) continue;
    if (/\p{L}[.!?。！？]["”»’)」]?\s*$/u.test(st.els[j]!.textContent ?? '')) return true;
  }
  return false;
}

const LEAF_BLOCKS = new Set(['p', 'li', 'dd', 'blockquote', 'pre', 'td', 'th']);
const NO_CLIMB = new Set(['body', 'html', 'tr', 'tbody', 'thead', 'table']);

/**
 * A container that holds several <article>s (the story, then other posts printed in full) is
 * narrowed to the one that holds the page's <h1>, when exactly one does: the page's main heading
 * belongs to its main story. Not to a small card: the headed article must hold at least half the
 * prose of the largest other one, or its <h1> must be the page's title (a featured teaser with an
 * <h1> of its own beside the story is no story; infinite-scroll pages print the next posts in full).
 */
export function narrowToHeadedArticle(st: TreeStats, root: number, title = ''): number {
  if (root < 0) return root;
  const headed: number[] = [];
  let articles = 0;
  let largestOther = 0;
  let titled = false;
  for (let j = root + 1; j < st.end[root]!; j++) {
    if (st.tag[j] !== 'article' || st.para[j]! <= 0) continue;
    articles++;
    let h1 = -1;
    for (let k = j + 1; k < st.end[j]! && h1 < 0; k++) if (st.tag[k] === 'h1' && !st.skipped[k]) h1 = k;
    if (h1 >= 0) { headed.push(j); titled = isTitle(st.els[h1]!.textContent ?? '', title); }
    else largestOther = Math.max(largestOther, st.para[j]!);
    j = st.end[j]! - 1;
  }
  if (articles < 2 || headed.length !== 1) return root;
  return titled || st.para[headed[0]!]! >= 0.5 * largestOther ? headed[0]! : root;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

/** Is a heading the page's title (or most of it, as in "Headline | Site")? */
export function isTitle(heading: string, title: string): boolean {
  const h = squash(heading);
  const t = squash(title);
  return h.length >= 8 && t.includes(h) && h.length >= 0.6 * t.length;
}
