// The time-expression grammar: a left-to-right scan over word tokens. At each token every parser
// of grammar.ts may try to match (each first checks one word against a small table, so most
// tokens cost a few lookups); the longest match wins and the scan moves past it. Then the
// refiners of grammar.ts run over the list. Extents and values follow the TimeML TIMEX3
// guidelines: prepositions stay out ("on Monday" → "Monday"), determiners, modifiers and
// approximators stay in ("the past three years", "early next year", "nearly two years");
// quarters → 1998-Q3, weeks → 1998-W02, "now" → PRESENT_REF, "recently" → PAST_REF.
import type { Span, Timex } from '../types.ts';
import type { Ymd } from './calendar.ts';
import { PARSERS, RECORDERS, REFINERS } from './grammar.ts';
import { MONTH_ABBR, TIME_WORDS } from './lexicon.ts';
import { ScanContext, type Match } from './scan-context.ts';
import { tokenizeNear } from './tokenize.ts';

export type { ScanState } from './scan-context.ts';

/** TIME_WORDS and the month abbreviations: one set lookup per token in the scan below. */
const TIME_WORDS_OR_ABBR = new Set([...TIME_WORDS, ...MONTH_ABBR.keys()]);

/** Where a time expression may be: a time word, a year, a numeric date or a clock time. */
const ANCHOR = new RegExp(
  `\\b(?:${[...TIME_WORDS, ...MONTH_ABBR.keys(), 'o\'clock', 'ago', 'every', 'each'].sort((a, b) => b.length - a.length).join('|')})\\b` +
    `|\\b[12]\\d{3}(?:s|\\b)|\\d[./:]\\d|\\d\\s?(?:[ap]\\.m|[ap]m\\b)|\\d(?:st|nd|rd|th)\\b|['’]\\d0s`,
  'gi',
);

const CORE = PARSERS.filter((p) => !p.wraps).map((p) => p.parse);
const ALL = PARSERS.map((p) => p.parse);

export function scanTimexes(text: string, ref: Ymd | null, sentences: Span[]): Timex[] {
  const toks = tokenizeNear(text, ANCHOR, 90, 70);
  const c = new ScanContext(text, toks, ref, sentences);
  c.core = CORE;
  const { out } = c;

  // Every expression holds a number or a time word within its first six tokens: one set lookup
  // per token decides where the rules are tried at all (most tokens never reach them).
  const timeWord = new Uint8Array(toks.length);
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    if (t.num || TIME_WORDS_OR_ABBR.has(t.w)) timeWord[k] = 1;
    else if (t.w.includes('-')) {
      for (const part of t.w.split('-')) if (TIME_WORDS.has(part) || /^\d/.test(part)) timeWord[k] = 1;
    }
  }
  let nextTimeWord = -1;
  for (let i = 0; i < toks.length; ) {
    const t = toks[i]!;
    if (nextTimeWord < i) {
      nextTimeWord = i;
      while (nextTimeWord < toks.length && !timeWord[nextTimeWord]) nextTimeWord++;
    }
    if (nextTimeWord - i > 5) { i = nextTimeWord - 5; continue; }
    // quick reject: punctuation never starts an expression
    if (!t.num && !/[a-z]/.test(t.w[0]!)) { i++; continue; }
    let best: Match | null = null;
    for (const p of ALL) {
      const m = p(c, i);
      if (m && (!best || m.end > best.end)) best = m;
    }
    if (!best) { i++; continue; }
    const s = best.start ?? i;
    const e = best.end;
    if (e <= s) { i++; continue; }
    const start = toks[s]!.start;
    let endChar = toks[e - 1]!.end;
    // a sentence's final period stays out ("in 1998."), an abbreviation's stays in ("Jan.", "p.m.")
    if (toks[e - 1]!.w === '.' && e - 1 > s && !/^(a|p|m)$/.test(toks[e - 2]!.w) && !MONTH_ABBR.get(toks[e - 2]!.w)) endChar = toks[e - 2]!.end;
    const timex: Timex = { start, end: endChar, text: text.slice(start, endChar), type: best.type, value: best.value, anchored: best.anchored };
    out.push(timex);
    for (const r of RECORDERS) r.record(c, best, s, timex);
    i = Math.max(e, i + 1);
  }
  let result = out;
  for (const r of REFINERS) result = r.refine(c, result);
  return result;
}
