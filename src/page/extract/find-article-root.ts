// The story's container: the element that holds the most paragraph text while taking in the
// least other text (menus, link lists, captions, widgets). Each element scores
//   prose - PENALTY * (all text - prose)
// and the best one wins: a subtree sum, so one linear pass over the measured tree.
import type { TreeStats } from './measure-tree.ts';

const PENALTY = 0.5;

export function findArticleRoot(st: TreeStats): number {
  let best = -1;
  let bestScore = 0;
  const n = st.els.length;
  for (let i = 0; i < n; i++) {
    if (st.skipped[i] || st.furniture[i]) continue;
    const prose = st.para[i]!;
    if (prose <= 0) continue;
    let score = prose - PENALTY * (st.text[i]! - prose);
    if (st.signal[i] === 'content') score += 0; // reserved: the class is a tie-breaker only
    if (score > bestScore) { bestScore = score; best = i; }
  }
  return best;
}
