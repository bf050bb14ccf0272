// A cheap "is this a list of stories rather than a story?" check on the chosen root: home pages,
// section fronts and search results put a linked headline over each teaser paragraph. An article
// seldom links its subheadings, so several linked headings against few paragraphs mean a listing.
// A listing puts each linked headline in a card of its own; an article that links its subheadings
// (a roundup, a guide) prints them in one flow with its paragraphs, and links to anchors on the
// page (#section, permalinks) are no teasers at all. A listicle numbers its linked items.
import type { TreeStats } from './measure-tree.ts';

const HEADINGS = new Set(['h2', 'h3', 'h4', 'h5']);

export function isListingPage(st: TreeStats, root: number): boolean {
  let linkedHeadings = 0;
  let paragraphs = 0;
  const numbers: number[] = [];
  for (let j = root + 1; j < st.end[root]!; j++) {
    if (st.ownPara[j]! > 0 && !st.furniture[j]) paragraphs++;
    if (!HEADINGS.has(st.tag[j]!) || st.text[j]! === 0 || st.furniture[j]) continue;
    // The heading's text is mostly a link (inside it), or the heading sits inside a link.
    let inLink = st.link[j]! >= 0.5 * st.text[j]!;
    for (let p = st.parent[j]!, k = 0; !inLink && p > root && k < 3; p = st.parent[p]!, k++) if (st.tag[p] === 'a') inLink = true;
    if (inLink && isCard(st, j, root) && !linksToAnchor(st, j)) {
      linkedHeadings++;
      const n = /^\s*(?:#|n[º°o]\.?\s*)?(\d{1,3})\s*[.):–-]/i.exec(st.els[j]!.textContent ?? '');
      if (n) numbers.push(Number(n[1]));
    }
  }
  // A listicle numbers its items ("1. …", "2) …", "#3 …", counting up or down): its own sections,
  // however linked, not other stories' teasers.
  if (numbers.length >= 3 && numbers.length >= 0.8 * linkedHeadings && isCountingRun(numbers)) return false;
  return linkedHeadings >= 4 && linkedHeadings >= 0.4 * paragraphs;
}

/** Do the numbers count by one, up or down (1 2 3 …, 10 9 8 …)? */
function isCountingRun(xs: number[]): boolean {
  const step = xs[1]! - xs[0]!;
  if (step !== 1 && step !== -1) return false;
  for (let k = 1; k < xs.length; k++) if (xs[k]! - xs[k - 1]! !== step) return false;
  return true;
}

/** Does the heading stand in a card of its own (its container, a link aside, holds no other heading)? */
function isCard(st: TreeStats, heading: number, root: number): boolean {
  let p = st.parent[heading]!;
  while (p > root && st.tag[p] === 'a') p = st.parent[p]!;
  if (p <= root) return false;
  for (let k = p + 1; k < st.end[p]!; k++) if (k !== heading && HEADINGS.has(st.tag[k]!)) return false;
  return true;
}

/** Is the heading's link an anchor on this page ("#costs")? */
function linksToAnchor(st: TreeStats, heading: number): boolean {
  const a = st.els[heading]!.querySelector('a[href]') ?? st.els[heading]!.closest('a[href]');
  return !!a && (a.getAttribute('href') ?? '').startsWith('#');
}
