// Quotations in running text: pairs of quote marks of every common style (“ ” " ‘ ’ ' „ “
// « » ‹ › ‚ ‘ 「 」 『 』), nested quotes, apostrophes that are not quotes, and quotations that
// run over several paragraphs (an opening mark at each paragraph, one closing mark at the end).
// An unclosed quotation ends at its paragraph's end: it never swallows the rest of the article.
// One pass over the text, a small stack per paragraph: linear time.
import type { Span } from '../types.ts';

export interface Quote extends Span {
  /** start/end include the marks; inner excludes them. */
  inner: Span;
  /** 0 for an outer quotation, 1 for a quotation inside it, ... */
  depth: number;
  /** False when no closing mark was found (the quote ends at its paragraph's end). */
  closed: boolean;
  /** True for double marks (“ " „ « 「), false for single ones (‘ ' ‚ ‹). */
  double: boolean;
}

type Role = 'open' | 'close' | 'either';
interface Mark {
  pos: number;
  ch: string;
  double: boolean;
}

const DOUBLE = new Set(['“', '”', '"', '„', '‟', '«', '»', '「', '」', '『', '』', '″']);
const SINGLE = new Set(['‘', '’', "'", '‚', '‛', '‹', '›']);
// Which closing marks may end a quotation opened by a mark.
const CLOSERS: Record<string, string> = {
  '“': '”"“', '"': '"”“', '„': '“”"', '‟': '”"', '«': '»', '»': '«', '「': '」', '『': '』', '″': '″"',
  "''": "''", '``': "''", '”': '”"“', '’': '’\'', '‘': '’\'‘', "'": '\'’', '‚': '‘’', '‛': '’', '‹': '›', '›': '‹',
};

const isSpace = (c: string | undefined) => c === undefined || c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\u00a0' || c === '\u2009' || c === '\u202f';
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const OPEN_BEFORE = '([{—–-/‘“„«‹';
const CLOSE_AFTER = '.,;:!?)]}—–-…/”’»›';

// Where a mark can stand, from its neighbours.
function roleOf(text: string, i: number, len = 1): Role | null {
  const ch = len === 2 ? '"' : text[i]!;
  const prev = text[i - 1];
  const next = text[i + len];
  if (ch === '“' || ch === '„' || ch === '‚' || ch === '«' || ch === '‹' || ch === '「' || ch === '『' || ch === '‛' || ch === '‟') {
    // “ closes a „ quotation (German), and « » run both ways; the stack sorts that out. But a
    // “ after a space and before a word opens: it never closes a straight " left open before it.
    if (ch === '“' && (isSpace(prev) || OPEN_BEFORE.includes(prev!)) && isWordChar(next)) return 'open';
    return ch === '“' || ch === '«' || ch === '‹' ? 'either' : 'open';
  }
  if (ch === '」' || ch === '』') return 'close';
  // an attribute value of markup left in the text (<tweet date="May 9">) is no quotation
  if (ch === '"' && (prev === '=' || next === '>')) return null;
  const before = isSpace(prev) || OPEN_BEFORE.includes(prev!);
  const after = isSpace(next) || CLOSE_AFTER.includes(next!) || DOUBLE.has(next!) || SINGLE.has(next!);
  if (ch === '’' || ch === "'") {
    // An apostrophe between letters (don't, O'Brien, Xi’s) or after a letter and before "s"
    // is never a quote mark; after a word it may close a quote or be a plural possessive.
    if (isWordChar(prev) && isWordChar(next)) return null;
    if (isDigitYear(text, i)) return null; // ’90s, '16
    if (before && !isSpace(next)) return 'open';
    if (!before && after) return 'close';
    return null;
  }
  // ” " » ›
  if (before && !after) return ch === '”' ? 'either' : 'open';
  if (!before && after) return 'close';
  if (ch === '”' || ch === '»' || ch === '›') return 'close';
  // a lone mark between spaces closes after punctuation ("… 'this is important,' " he said" /
  // "… a disgrace, " Trump said"); otherwise it is no quote mark
  if (before && isSpace(next)) return isSpace(prev) && i >= 2 && ",.!?;:'’".includes(text[i - 2]!) ? 'close' : null;
  return 'either';
}

// '90s, ’16: an elided century.
function isDigitYear(text: string, i: number): boolean {
  const a = text.charCodeAt(i + 1);
  const b = text.charCodeAt(i + 2);
  return a >= 48 && a <= 57 && b >= 48 && b <= 57 && !/[0-9]/.test(text[i + 3] ?? '');
}

/** Quotations in text, sorted by start; inner quotations come after the quotation holding them. */
export function findQuotes(text: string): Quote[] {
  const out: Quote[] = [];
  if (!text) return out;
  const n = text.length;
  // Open double quotation carried over a paragraph break (multi-paragraph quote).
  let carried: Carried | null = null;
  let p = 0;
  while (p < n) {
    let q = text.indexOf('\n', p);
    if (q < 0) q = n;
    carried = scanParagraph(text, p, q, carried, out);
    p = q + 1;
  }
  if (carried) out.push(makeQuote(carried.start, carried.endOfPrev, 0, false, carried.double));
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  return out;
}

function lastNonSpace(text: string, end: number): number {
  let e = end;
  while (e > 0 && isSpace(text[e - 1])) e--;
  return e;
}

function makeQuote(start: number, end: number, depth: number, closed: boolean, double: boolean, openLen = 1, closeLen = 1): Quote {
  return { start, end, inner: { start: start + openLen, end: closed ? end - closeLen : end }, depth, closed, double };
}

interface Carried {
  start: number;
  ch: string;
  double: boolean;
  /** End of the paragraph it was left open in. */
  endOfPrev: number;
}

function scanParagraph(text: string, from: number, to: number, carried: Carried | null, out: Quote[]): Carried | null {
  let s = from;
  while (s < to && isSpace(text[s])) s++;
  if (s >= to) return carried; // blank line: a multi-paragraph quote goes on
  const stack: Mark[] = [];
  const memo: CloseScan = { from: -1, at: -2, closer: '' };
  if (carried) {
    // A quotation left open goes on only if this paragraph opens with a double mark (or, for one
    // in single marks, with a single opening mark).
    const two = text[s] === "'" && text[s + 1] === "'";
    const goesOn = carried.double ? two || DOUBLE.has(text[s]!) : !two && opensSingle(text, s);
    if (goesOn && roleOf(text, s, two ? 2 : 1) !== 'close') {
      stack.push({ pos: carried.start, ch: carried.ch, double: carried.double });
      s += two ? 2 : 1; // this paragraph's opening mark is the continuation mark
    } else {
      out.push(makeQuote(carried.start, carried.endOfPrev, 0, false, carried.double));
    }
  }
  // British style: a single mark left open in a paragraph, when the next paragraph opens with one
  // too, starts a quotation run over both ('…¶¶'…'); it may hold apostrophes.
  const singleRun = !stack.length && nextParagraphOpensSingle(text, to);
  for (let i = s; i < to; i++) {
    const code = text.charCodeAt(i);
    // fast path: every mark is " ' ` or lies above U+00AA
    if (code < 0xab && code !== 34 && code !== 39 && code !== 96) continue;
    let ch = text[i]!;
    let len = 1;
    // Two apostrophes (or two back-ticks) stand for a double mark in some newsrooms' text.
    if ((ch === "'" || ch === '`') && text[i + 1] === ch) {
      ch = ch === '`' ? '``' : "''";
      len = 2;
    } else if (ch === '`') continue;
    const dbl = len === 2 || DOUBLE.has(ch);
    if (!dbl && !SINGLE.has(ch)) continue;
    const role = ch === '``' ? 'open' : roleOf(text, i, len);
    if (len === 2) i++;
    if (!role) continue;
    // Can it close an open quotation? Look for the innermost open mark of the same weight.
    if (role !== 'open') {
      let k = stack.length - 1;
      while (k >= 0 && stack[k]!.double !== dbl) {
        // a single mark cannot close past an open double one, and vice versa stops at it
        if (!dbl) break;
        k--;
      }
      if (k >= 0 && stack[k]!.double === dbl && (CLOSERS[stack[k]!.ch] ?? '').includes(ch)) {
        // Singles left open inside are apostrophes after all (the players’ union): drop them.
        const m = stack[k]!;
        stack.length = k;
        out.push(makeQuote(m.pos, i + 1, depthOf(stack), true, dbl, m.ch.length, len));
        continue;
      }
      if (role === 'close') continue; // a stray closing mark (or a plural possessive)
    }
    // Single marks open a quotation only inside a double one, or when a closing mark follows
    // in the paragraph (otherwise 'tis, ’em and the like would open one).
    if (!dbl && !hasLaterCloser(text, i + 1, to, ch, memo) && !(singleRun && !stack.length && role === 'open' && opensSingle(text, i) && (i === s || /[:,]\s$/.test(text.slice(i - 2, i))))) continue;
    stack.push({ pos: len === 2 ? i - 1 : i, ch, double: dbl });
  }
  // Whatever is still open: single marks were apostrophes; a double mark either carries on
  // into the next paragraph (if that one opens with a mark) or ends here.
  const outer = stack.find((m) => m.double) ?? (stack[0] && (singleRun || carried) && nextParagraphOpensSingle(text, to) ? stack[0] : undefined);
  const end = lastNonSpace(text, to);
  return outer ? { start: outer.pos, ch: outer.ch, double: outer.double, endOfPrev: end } : null;
}

// A single opening mark (' or ‘) before a word.
function opensSingle(text: string, at: number): boolean {
  const c = text[at];
  return (c === "'" || c === '‘') && isWordChar(text[at + 1]);
}

// Whether the next paragraph with text after `to` opens with a single opening mark.
function nextParagraphOpensSingle(text: string, to: number): boolean {
  let k = to;
  while (k < text.length && isSpace(text[k])) k++;
  return k < text.length && opensSingle(text, k);
}

function depthOf(stack: Mark[]): number {
  return stack.length;
}

// The first mark at or after from that can close a single quotation, or that stops the search
// (a closing double mark: the single one would have to close before it). Remembered per
// paragraph so that a run of opening marks costs one scan, not one each.
interface CloseScan {
  from: number;
  at: number;
  closer: string;
}

function hasLaterCloser(text: string, from: number, to: number, opener: string, memo: CloseScan): boolean {
  const closers = CLOSERS[opener] ?? '';
  if (from < memo.from || from > memo.at) {
    let j = from;
    memo.closer = '';
    for (; j < to; j++) {
      const c = text[j]!;
      if ((c === '’' || c === "'" || c === '‘' || c === '›') && roleOf(text, j) === 'close') break;
      if ((c === '”' || c === '“' || c === '"') && roleOf(text, j) === 'close') {
        memo.closer = 'stop';
        break;
      }
    }
    memo.from = from;
    memo.at = j;
    if (j < to && !memo.closer) memo.closer = text[j]!;
  }
  // a bounded reach: a quotation in single marks is short
  return memo.at < to && memo.at - from < 600 && memo.closer !== 'stop' && closers.includes(memo.closer) && memo.at - from >= 2;
}
