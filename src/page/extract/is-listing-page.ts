// A cheap "is this a list of stories rather than a story?" check on the chosen root: home pages,
// section fronts and search results put a linked headline over each teaser paragraph. An article
// seldom links its subheadings, so several linked headings against few paragraphs mean a listing.
import type { TreeStats } from './measure-tree.ts';

const HEADINGS = new Set(['h2', 'h3', 'h4', 'h5']);

export function isListingPage(st: TreeStats, root: number): boolean {
  let linkedHeadings = 0;
  let paragraphs = 0;
  for (let j = root + 1; j < st.end[root]!; j++) {
    if (st.ownPara[j]! > 0 && !st.furniture[j]) paragraphs++;
    if (!HEADINGS.has(st.tag[j]!) || st.text[j]! === 0 || st.furniture[j]) continue;
    // The heading's text is mostly a link (inside it), or the heading sits inside a link.
    let inLink = st.link[j]! >= 0.5 * st.text[j]!;
    for (let p = st.parent[j]!, k = 0; !inLink && p > root && k < 3; p = st.parent[p]!, k++) if (st.tag[p] === 'a') inLink = true;
    if (inLink) linkedHeadings++;
  }
  return linkedHeadings >= 4 && linkedHeadings >= 0.4 * paragraphs;
}
