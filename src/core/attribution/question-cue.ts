// A question put to someone, told without the one who asks as subject: "Asked whether he
// would run, …", "…, he said when asked about the report", "She was asked if …", "when asked
// by a reporter what …". The question is the content; the asker ("by X") is the source, or
// there is none. A finite "X asked Y whether …" is an ordinary cue verb (find-attributions).
import type { Span } from '../types.ts';
import type { Tokens } from '../text/tokens.ts';
import type { QuoteIndex } from './quote-index.ts';
import { nounPhraseRight } from './noun-phrase.ts';
import { clauseLastToken, isOpenQuote, spanOf } from './token-spans.ts';
import type { OtherCue } from './other-cues.ts';

// What may stand right before a reduced or passive "asked": a subordinator or a form of "be".
const BEFORE = new Set(['when', 'whenever', 'if', 'once', 'after', 'before', 'while', 'until', 'as',
  'was', 'were', 'is', 'are', 'be', 'been', 'being', 'am', "'s", "'re", 'get', 'got', 'gets', 'getting']);
const ADVERB_LIKE = new Set(['not', 'never', 'also', 'later', 'then', 'again', 'repeatedly', 'once', 'first', 'often', 'recently', 'specifically', 'directly', 'previously']);

export function questionCue(t: Tokens, i: number, quotes: QuoteIndex): OtherCue | null {
  if (t.low[i] !== 'asked') return null;
  let p = i - 1;
  while (p >= 0 && ADVERB_LIKE.has(t.low[p]!)) p--;
  const setOff = p < 0 || t.raw[p] === ',' || t.raw[p] === '—' || t.raw[p] === '–' || t.raw[p] === '(' || t.raw[p] === ';';
  if (!setOff && !BEFORE.has(t.low[p]!)) return null;
  let cueEnd = i;
  let k = i + 1;
  if (t.low[k] === 'about') cueEnd = k++;
  let source: Span | null = null;
  if (t.low[k] === 'by') {
    const np = nounPhraseRight(t, k + 1);
    if (!np) return null;
    source = { start: t.start[np[0]]!, end: t.end[np[1]]! };
    k = np[1] + 1;
    if (t.low[cueEnd] !== 'about' && t.low[k] === 'about') cueEnd = -1; // "asked by X about Y": "about" opens the content
  }
  if (t.raw[k] === ',' && isOpenQuote(t.raw[k + 1] ?? '')) k++; // was asked, “…?”
  if (k >= t.length || !(t.word[k] || isOpenQuote(t.raw[k]!))) return null;
  // the question runs to the next comma outside quotation marks, or to the sentence end
  const last = clauseLastToken(t, k, quotes);
  if (last < k) return null;
  const cue = { start: t.start[i]!, end: t.end[cueEnd < 0 ? i : cueEnd]! };
  return { content: [spanOf(t, k, last, quotes)], source, cue, contentEnd: last };
}
