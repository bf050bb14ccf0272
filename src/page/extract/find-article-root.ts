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
  return best;
}

/**
 * A container that holds several <article>s (the story, then other posts printed in full) is
 * narrowed to the one that holds the page's <h1>, when exactly one does: the page's main heading
 * belongs to its main story.
 */
export function narrowToHeadedArticle(st: TreeStats, root: number): number {
  if (root < 0) return root;
  const headed: number[] = [];
  let articles = 0;
  for (let j = root + 1; j < st.end[root]!; j++) {
    if (st.tag[j] !== 'article' || st.para[j]! <= 0) continue;
    articles++;
    for (let k = j + 1; k < st.end[j]!; k++) if (st.tag[k] === 'h1' && !st.skipped[k]) { headed.push(j); break; }
    j = st.end[j]! - 1;
  }
  return articles >= 2 && headed.length === 1 ? headed[0]! : root;
}
