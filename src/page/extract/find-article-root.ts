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

/**
 * Prose that comes before the headline (<h1> index `headline`, -1 when unknown) is a ticker or a
 * teaser rail, not the story: it does not count, unless nearly all of the page's prose is up there
 * (a layout that prints the headline after the body).
 */
export function findArticleRoot(st: TreeStats, headline = -1): number {
  const n = st.els.length;
  let para = st.para;
  if (headline > 0) {
    const after = new Float64Array(n);
    for (let i = n - 1; i >= 0; i--) {
      if (i > headline && !st.furniture[i] && !st.skipped[i]) after[i] = after[i]! + st.ownPara[i]!;
      const p = st.parent[i]!;
      if (p >= 0) after[p] = after[p]! + after[i]!;
    }
    if (after[0]! >= 0.25 * st.para[0]! || after[0]! >= 600) para = after;
  }
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
 * A container that holds several <article>s (the story, then "you may also like" posts printed in
 * full) is narrowed to the one whose headline is the page's title (else the one with the <h1>).
 */
export function narrowToHeadlineArticle(st: TreeStats, root: number, title: string): number {
  const articles: number[] = [];
  for (let j = root + 1; j < st.end[root]!; j++) {
    if (st.tag[j] === 'article' && st.para[j]! > 0) {
      articles.push(j);
      j = st.end[j]! - 1;
    }
  }
  if (articles.length < 2) return root;
  const want = squash(title);
  const headed = (a: number, titled: boolean) => {
    for (let j = a + 1; j < st.end[a]!; j++) {
      const tag = st.tag[j]!;
      if (tag === 'h1' || (titled && (tag === 'h2' || tag === 'h3'))) {
        if (!titled) return true;
        const h = squash(st.els[j]!.textContent ?? '');
        if (h.length >= Math.max(8, 0.6 * want.length) && want.includes(h)) return true;
      }
    }
    return false;
  };
  for (const titled of [true, false]) {
    if (titled && want.length < 8) continue;
    const hits = articles.filter((a) => headed(a, titled));
    if (hits.length === 1) return hits[0]!;
  }
  return root;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
