// A finding reported "in" a poll, a survey or a study: "In the latest poll, Clinton leads by
// 9 points", "Trump held a lead in a CNN survey". The document is the source, "in" the cue,
// and the rest of the clause the content.
import type { Span } from '../types.ts';
import type { Tokens } from '../text/tokens.ts';
import type { QuoteIndex } from './quote-index.ts';
import { nounPhraseRight } from './noun-phrase.ts';
import { firstContentToken, lastContentToken, spanOf } from './token-spans.ts';
import type { OtherCue } from './other-cues.ts';

// Heads of documents that report findings.
const DOCUMENTS = new Set(['poll', 'polls', 'polling', 'survey', 'surveys', 'study', 'studies', 'analysis', 'tally', 'count', 'average', 'rankings']);

// "The polls" or "polling" on their own are where a candidate stands, not a document reporting
// a finding: "he slid in the polls", "a wide lead in polling" (no cue); "in two recent polls" is.
const STANDING = new Set(['polls', 'polling', 'surveys', 'studies']);

export function documentCue(t: Tokens, i: number, quotes: QuoteIndex): OtherCue | null {
  if (t.low[i] !== 'in') return null;
  const np = nounPhraseRight(t, i + 1);
  if (!np) return null;
  let doc = -1;
  for (let j = np[0]; j <= np[1]; j++) if (DOCUMENTS.has(t.low[j]!)) { doc = j; break; }
  if (doc < 0) return null;
  if (STANDING.has(t.low[doc]!) && (doc === np[0] || (doc === np[0] + 1 && t.low[np[0]] === 'the'))) return null;
  const first = firstContentToken(t, 0);
  const last = lastContentToken(t, t.length - 1);
  const content: Span[] = [];
  let a = i - 1;
  if (t.raw[a] === ',') a--;
  if (a >= first) content.push(spanOf(t, first, a, quotes));
  let b = np[1] + 1;
  if (t.raw[b] === ',') b++;
  if (b <= last) content.push(spanOf(t, b, last, quotes));
  // a quotation in the clause has a speaker of its own
  if (!content.length || content.some((c) => quotes.quotedLength(c) > 0)) return null;
  return {
    content,
    source: { start: t.start[np[0]]!, end: t.end[np[1]]! },
    cue: { start: t.start[i]!, end: t.end[i]! },
    contentEnd: np[1], // a cue later in the sentence still reads its own clause
  };
}
