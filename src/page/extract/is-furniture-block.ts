// Blocks inside the story's container that are not the story: ad labels, "READ MORE: <link>"
// lines, a lone link, share prompts. Judged from the block's text and link share only.
import type { RenderedBlock } from './render-block.ts';

// Whole-block labels (after trimming dashes and bullets).
const LABELS = new Set([
  'advertisement', 'advertisements', 'advertising', 'ad', 'ads', 'sponsored', 'sponsored content',
  'story continues below advertisement', 'story continues below', 'continue reading below',
  'article continues below', 'continue reading', 'scroll to continue with content', 'read more',
  'share', 'share this', 'share this article', 'share this story', 'share on facebook', 'share on twitter',
  'source link', 'source', 'loading', 'loading...', 'related', 'related articles', 'related stories',
  'more', 'see more', 'show more', 'click to expand', 'photo', 'image', 'video', 'listen',
  'print', 'email', 'comments', 'comment', 'subscribe', 'sign up', 'log in',
]);

// "READ MORE:", "Related:", "See also -", "ALSO READ >>" ... as the start of a block.
const LEAD_LABEL = /^(?:read|see|also|more|related|recommended|watch|listen|click|further|previously|latest|top|don't miss|must read)\b[^:>»|–—-]{0,24}(?::|>>|»|\||–|—|-)\s*/i;

const trimmed = (s: string) => s.replace(/^[\s\-–—•·|*]+|[\s\-–—•·|*]+$/g, '').toLowerCase();

export function isFurnitureBlock(b: RenderedBlock): boolean {
  const t = b.text;
  if (t.length <= 40 && LABELS.has(trimmed(t))) return true;
  // A block that is nothing but a link (or nearly), and short: a teaser or a menu item.
  if (b.chars > 0 && b.linkChars >= 0.8 * b.chars && b.chars < 160) return true;
  // A labelled link line: "READ MORE: <headline>", the link making most of the rest.
  if (b.linkChars > 0 && t.length < 300) {
    const m = LEAD_LABEL.exec(t);
    if (m && b.linkChars >= 0.5 * (b.chars - m[0].replace(/\s/g, '').length)) return true;
  }
  return false;
}
