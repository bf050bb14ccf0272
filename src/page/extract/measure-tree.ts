// One read-only pass over the page: every element's text length, link text, paragraph text and
// furniture signal, in flat arrays (preorder), so the root search and the text walk cost O(nodes).
import { FURNITURE_TAGS, SKIP_TAGS, hasStrongClassWord, isCommentsMarkup, isFurnitureRole, isHidden, markupSignal, navigationSignal, type ClassWordsMode, type Signal } from './class-signals.ts';
import { BLOCK_TAGS, HEADING_TAGS } from './block-tags.ts';

export interface TreeStats {
  els: Element[];
  index: Map<Element, number>;
  parent: Int32Array;
  tag: string[];
  /** Visible characters (whitespace not counted) in the element, skipped subtrees left out. */
  text: Float64Array;
  /** Of which inside links. */
  link: Float64Array;
  /** Text of paragraph-like blocks inside (each block counted once), furniture included. */
  paraRaw: Float64Array;
  /** Paragraph text that lies in no furniture subtree. */
  para: Float64Array;
  /** Element's own paragraph text (0 when it is no paragraph). */
  ownPara: Float64Array;
  signal: Signal[];
  /** Hidden, or a tag never read. */
  skipped: Uint8Array;
  /** Furniture itself or inside furniture (after the guard below). */
  furniture: Uint8Array;
  paragraphs: Int32Array;
  /** Preorder index just past the element's subtree: its descendants are i+1 .. end[i]-1. */
  end: Int32Array;
}

/**
 * Visible characters of a string: everything but whitespace. A CJK character (kana, ideographs,
 * hangul) says about as much as a short English word, so it counts twice: the same thresholds
 * then fit Chinese, Japanese and Korean pages.
 */
function visibleLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 32 && c !== 160) n += (c >= 0x3040 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af) ? 2 : 1;
  }
  return n;
}

const PARA_MIN = 25; // a <p> shorter than this is a label, not a paragraph
const LOOSE_MIN = 80;
const SENTENCE_MIN = 8;
const HEADING_PROSE = 150;
const OWN_WORDS = 20; // a link roll's item: this much text of its own besides the link
// A sentence's end in the scripts we meet: Latin/Cyrillic/Greek marks, the CJK full stop and its
// full-width marks, the Arabic question mark, the Devanagari danda, the Urdu full stop; a closing
// quote or bracket may stand on either side of the mark ("…」。", "…said.”").
const SENTENCE_END = /\p{L}["”»’)」』）]?[.!?…。！？｡؟।۔]["”»’)」』）]?\s*$/u;

/** Furniture said by class/id only (not by a landmark tag or a furniture role): the guard may overrule it. */
const byClass = (el: Element, tag: string) => !FURNITURE_TAGS.has(tag) && !isFurnitureRole(el.getAttribute('role')) && el.getAttribute('aria-modal') !== 'true';

/**
 * classWords false: furniture only by landmark tag, role and itemprop, never by class or id words
 * (a later look at a page where class words left no story at all: a forum thread, a live ticker);
 * 'noComments': every class word but those for readers' comments (the look before: a forum thread
 * or a Q&A page whose every post says "comment").
 * captions true: a <figcaption> is text like a <p> (the last look, at a page whose story is told in
 * slide captions: a photo gallery with no paragraph outside its figures).
 * linkRolls true: a list item with words of its own beside its link ("<a>A bridge of one stone</a> –
 * the engineering is simpler than it looks") is prose (a post that is a list of commented links).
 * landmarks false: only navigation and footers are furniture (no class word, no other landmark or
 * role: the last look, at a page where every other look left no story).
 * lists true: a list item is a paragraph like a <p> (the last look, at a post that is one list of
 * short sentences).
 * ariaHidden true: elements hidden only by aria-hidden are read (the last look: a consent or menu
 * layer hides the page from assistive technology while it is open).
 * hidden true: elements hidden by a style or the hidden attribute are read (the last look, at a page
 * that hides its body until a script shows it: an anti-flicker snippet, an age or cookie gate).
 */
export function measureTree(root: Element, { classWords = true as ClassWordsMode, captions = false, hidden = false, linkRolls = false, landmarks = true, lists = false, ariaHidden = false } = {}): TreeStats {
  const els: Element[] = [];
  const parentList: number[] = [];
  const tags: string[] = [];
  const signal: Signal[] = [];
  const skippedList: number[] = [];
  // Preorder walk with an explicit stack of element indices (no recursion: deep pages are fine).
  const textL: number[] = [];
  const linkL: number[] = [];
  const inlineL: number[] = []; // text not inside a block descendant: this element's own "paragraph"
  const ownParaL: number[] = [];
  const endL: number[] = [];
  const stack: number[] = [];

  const enter = (el: Element, parentIdx: number): number => {
    const i = els.length;
    const tag = (el.localName || el.tagName || '').toLowerCase();
    els.push(el);
    parentList.push(parentIdx);
    tags.push(tag);
    const skip = SKIP_TAGS.has(tag) || (hidden ? el.getAttribute('aria-hidden') === 'true' : isHidden(el, ariaHidden));
    skippedList.push(skip ? 1 : 0);
    signal.push(skip ? null : captions && tag === 'figcaption' ? null : !landmarks ? navigationSignal(el, tag) : markupSignal(el, tag, classWords));
    textL.push(0);
    linkL.push(0);
    inlineL.push(0);
    ownParaL.push(0);
    endL.push(0);
    return i;
  };

  let linkDepth = 0; // open <a> elements: their text is link text for every element around it
  const leave = (i: number) => {
    const tag = tags[i]!;
    if (tag === 'a') linkDepth--;
    endL[i] = els.length;
    const block = BLOCK_TAGS.has(tag);
    // A block's own inline text is a paragraph when long enough (headings never are).
    // A heading is never a paragraph, unless it holds a paragraph's worth of sentences (themes that
    // set body text in <h2>..<h6>); a headline is seldom that long, and seldom ends with a full stop.
    if (block && (!HEADING_TAGS.has(tag) || (tag !== 'h1' && inlineL[i]! >= HEADING_PROSE && SENTENCE_END.test(els[i]!.textContent ?? '')))) {
      const own = inlineL[i]!;
      const pLike = tag === 'p' || (captions && tag === 'figcaption') || (lists && tag === 'li');
      if (own >= (pLike || tag === 'pre' || tag === 'blockquote' ? PARA_MIN : LOOSE_MIN)) ownParaL[i] = own;
      // A short line that ends a sentence is prose too: dialogue ("– Are you coming? – Yes."), a
      // one-line post. Labels and captions seldom end with a full stop.
      else if (pLike && own >= SENTENCE_MIN && SENTENCE_END.test(els[i]!.textContent ?? '')) ownParaL[i] = own;
      else if (linkRolls && tag === 'li' && own >= 40 && textL[i]! - linkL[i]! >= OWN_WORDS) ownParaL[i] = own;
    }
    const p = parentList[i]!;
    if (p >= 0) {
      textL[p] = textL[p]! + textL[i]!;
      linkL[p] = linkL[p]! + linkL[i]!;
      if (!block) inlineL[p] = inlineL[p]! + inlineL[i]!;
    }
  };

  const idx = enter(root, -1);
  stack.push(idx);
  // Walk: descend into elements that are not skipped; text nodes add to the nearest element.
  let child: Node | null = skippedList[idx] ? null : root.firstChild;
  for (;;) {
    if (child) {
      if (child.nodeType === 1) {
        const ci = enter(child as Element, stack[stack.length - 1]!);
        stack.push(ci);
        if (tags[ci] === 'a') linkDepth++;
        child = skippedList[ci] ? null : child.firstChild;
        continue;
      }
      if (child.nodeType === 3) {
        const top = stack[stack.length - 1]!;
        const n = visibleLength((child as Text).data);
        textL[top] = textL[top]! + n;
        inlineL[top] = inlineL[top]! + n;
        if (linkDepth > 0) linkL[top] = linkL[top]! + n;
      }
      child = child.nextSibling;
      continue;
    }
    // No more children: leave the current element, continue with its next sibling.
    const done = stack.pop()!;
    leave(done);
    if (!stack.length) break;
    child = els[done]!.nextSibling;
  }

  const n = els.length;
  const parent = Int32Array.from(parentList);
  const text = Float64Array.from(textL);
  const link = Float64Array.from(linkL);
  const ownPara = Float64Array.from(ownParaL);
  // Short lines that end a sentence in a <div> or <section>, repeated in three or more wrappers of
  // the same class (a live ticker's posts, one line each, set in <div>s; a forum thread's short
  // replies, each in a post box of its own), or three or more under one wrapper (an editor that sets
  // every line of a post in a <section> of its own): each is prose. Grouped page-wide by the
  // wrapper's tag and class and the line's class, so replies wrapped once more (post > body > line)
  // still meet; under a wrapper with no class, by the wrapper itself.
  {
    const line = (i: number) => (tags[i] === 'div' || tags[i] === 'section') && ownPara[i] === 0 && inlineL[i]! >= SENTENCE_MIN && inlineL[i]! < LOOSE_MIN && SENTENCE_END.test(els[i]!.textContent ?? '');
    const groups = new Map<string, number[]>();
    for (let i = 1; i < n; i++) {
      if (!line(i)) continue;
      const w = parentList[i]!;
      const cls = els[w]!.getAttribute('class'); // i > 0: w is an element
      if (parentList[w]! < 0) continue;
      // A wrapper with no class groups only its own lines.
      const key = cls ? `${tags[w]} ${cls} ${els[i]!.getAttribute('class') ?? ''}` : `#${w} ${els[i]!.getAttribute('class') ?? ''}`;
      const g = groups.get(key) ?? [];
      g.push(i);
      groups.set(key, g);
    }
    for (const g of groups.values()) if (g.length >= 3) for (const i of g) ownPara[i] = inlineL[i]!;
  }
  // A paragraph that is mostly link text is a list of links (teasers, tags), not prose.
  for (let i = 0; i < n; i++) {
    if (ownPara[i]! > 0 && link[i]! > 0.5 * text[i]! && !(linkRolls && tags[i] === 'li' && text[i]! - link[i]! >= OWN_WORDS)) ownPara[i] = 0;
  }
  const paraRaw = new Float64Array(n);
  const paragraphs = new Int32Array(n);
  for (let i = n - 1; i >= 0; i--) {
    paraRaw[i] = paraRaw[i]! + ownPara[i]!;
    if (ownPara[i]! > 0) paragraphs[i] = paragraphs[i]! + 1;
    const p = parent[i]!;
    if (p >= 0) { paraRaw[p] = paraRaw[p]! + paraRaw[i]!; paragraphs[p] = paragraphs[p]! + paragraphs[i]!; }
  }
  // Furniture, top-down. Guard: an element that holds most of the page's prose is the story's
  // container whatever its class says (themes put words like "sidebar" on wrappers).
  const total = paraRaw[0]!;
  const end = Int32Array.from(endL);
  // Class words are weak evidence; prose and position are strong. They are overruled on the story's
  // own container: the main landmark; an element that, with its siblings of the same class (a body
  // split across several wrappers), holds most of the page's prose; or an article (<article>,
  // role=article, hAtom / microformats entry, schema.org Article) holding a paragraph and a third of
  // the page's prose, or several paragraphs (WordPress prints "tag-x promoted" on the post itself).
  const overruled = (i: number) => {
    const el = els[i]!;
    if (!byClass(el, tags[i]!)) return false;
    const role = (el.getAttribute('role') ?? '').toLowerCase();
    if (paraRaw[i]! > 0 && (tags[i] === 'main' || role === 'main')) return true;
    // (Not readers' comments: under a short story they may hold most of the page's prose. A page
    // that is all comments, a forum thread, is read by the second look.)
    if (siblingsProse(i) > (2 / 3) * total && paraRaw[i]! > 0 && total > 300 && !isCommentsMarkup(el)) return true;
    // A page builder's wrappers ("elementor-widget-container", "wixui-column"): a weak word only, on
    // every block of the page, the story's paragraphs split over several of them in different columns
    // and sections. Together they hold most of the page's prose.
    if (paraRaw[i]! > 0 && total > 300 && classProse(i) > (2 / 3) * total && !hasStrongClassWord(el) && !isCommentsMarkup(el)) return true;
    if (paragraphs[i]! < 1) return false;
    const articleish = tags[i] === 'article' || role === 'article' || /\b(?:hentry|h-entry)\b/.test(el.getAttribute('class') ?? '') || /Article|Posting/.test(el.getAttribute('itemtype') ?? '');
    return articleish && (paragraphs[i]! >= 3 || paraRaw[i]! >= total / 3);
  };
  // Paragraph text of the element and its siblings that carry the same class value.
  // (Summed once per parent and class: a page of 10,000 flagged siblings stays linear.)
  const groupSums = new Map<string, number>();
  const siblingsProse = (i: number) => {
    const cls = els[i]!.getAttribute('class');
    const p = parent[i]!;
    if (!cls || p < 0) return paraRaw[i]!;
    const key = `${p} ${cls}`;
    let sum = groupSums.get(key);
    if (sum === undefined) {
      sum = 0;
      for (let j = p + 1; j < end[p]!; j = end[j]!) if (els[j]!.getAttribute('class') === cls) sum += paraRaw[j]!;
      groupSums.set(key, sum);
    }
    return sum;
  };
  // Paragraph text of every element in the page with the same class value (one nested in another
  // counted once: preorder, so a nested one starts before its outer one's end).
  let byClassValue: Map<string, number> | null = null;
  const classProse = (i: number) => {
    if (!byClassValue) {
      byClassValue = new Map();
      const until = new Map<string, number>();
      for (let j = 0; j < n; j++) {
        const cls = els[j]!.getAttribute('class');
        if (!cls || paraRaw[j]! === 0 || j < (until.get(cls) ?? 0)) continue;
        until.set(cls, end[j]!);
        byClassValue.set(cls, (byClassValue.get(cls) ?? 0) + paraRaw[j]!);
      }
    }
    return byClassValue.get(els[i]!.getAttribute('class') ?? '') ?? paraRaw[i]!;
  };
  // A page that prints its story inside a <header>, an <aside> or a tab list (a theme's wrapper): the
  // landmark holds most of the page's prose in several paragraphs. Navigation and footers never do.
  const storyLandmark = (i: number) => {
    const tag = tags[i]!;
    if (tag === 'header' && articleHeader(i)) return true;
    const role = (els[i]!.getAttribute('role') ?? '').toLowerCase();
    // (In the last look also a dialog: a story opened in a reader overlay over a page of teasers.)
    const dialog = !landmarks && (role === 'dialog' || role === 'alertdialog' || els[i]!.getAttribute('aria-modal') === 'true');
    if (!(tag === 'header' || tag === 'aside' || role === 'tablist' || role === 'complementary' || role === 'banner' || dialog)) return false;
    return paraRaw[i]! > (2 / 3) * total && paraRaw[i]! > 150 && paragraphs[i]! >= 2;
  };
  // An article's own <header> (inside an <article> or <main>): its lead paragraph is the story's
  // first paragraph; its byline and date lines go by the block rules and their own class words.
  const articleHeader = (i: number) => {
    for (let p = parent[i]!; p >= 0; p = parent[p]!) {
      if (tags[p] === 'article' || tags[p] === 'main') return paragraphs[i]! > 0;
    }
    return false;
  };
  const holdsQuote = (i: number) => {
    for (let j = i + 1; j < end[i]!; j++) if (tags[j] === 'blockquote') return true;
    return false;
  };
  const furniture = new Uint8Array(n);
  const skipped = Uint8Array.from(skippedList);
  for (let i = 0; i < n; i++) {
    const p = parent[i]!;
    if (p >= 0 && (furniture[p] || skipped[p])) { furniture[i] = 1; if (skipped[p]) skipped[i] = 1; continue; }
    // A media wrapper holding several paragraphs is a layout wrapper around a story, not a photo box.
    if (signal[i] === 'media' && paragraphs[i]! < 3 && !holdsQuote(i)) { furniture[i] = 1; continue; }
    if (signal[i] === 'furniture' && tags[i] !== 'body' && tags[i] !== 'html' && !overruled(i) && !storyLandmark(i)) furniture[i] = 1;
  }
  const para = new Float64Array(n);
  for (let i = n - 1; i >= 0; i--) {
    if (!furniture[i] && !skipped[i]) para[i] = para[i]! + ownPara[i]!;
    const p = parent[i]!;
    if (p >= 0) para[p] = para[p]! + para[i]!;
  }
  const index = new Map<Element, number>();
  for (let i = 0; i < n; i++) index.set(els[i]!, i);
  return { els, index, parent, tag: tags, text, link, paraRaw, para, ownPara, signal, skipped, furniture, paragraphs, end };
}
