// A cue in a subordinate clause ("Although he says A, he also accuses B" / "When she was talking
// about energy, she offered up this line: “…”" / "Boos rained down when Trump mentioned her, and
// the crowd chanted “…”") owns only that clause: its content ends at the comma that closes the
// clause, and the main clause after it is read on its own.
import type { Draft } from './draft.ts';
import type { QuoteIndex } from './quote-index.ts';
import type { Tokens } from '../text/tokens.ts';
import { firstContentToken } from './token-spans.ts';

const SUBORDINATORS = new Set(['although', 'though', 'when', 'while', 'whereas', 'because', 'since', 'after', 'before', 'once', 'if', 'as']);

// Prepositions that open an absolute phrase setting the scene ("With voters worried about jobs,
// the mayor …", "Despite polls showing her behind, Ruiz …"): a cue inside the phrase owns only it.
const PHRASE_OPENERS = new Set(['with', 'amid', 'despite']);

function commaBetween(t: Tokens, a: number, b: number, quotes: QuoteIndex): boolean {
  for (let j = a + 1; j < b; j++) if (t.raw[j] === ',' && !quotes.insideQuote(t.start[j]!)) return true;
  return false;
}

/** Cuts the content of the cue at token i back to its clause, when a subordinator opens the sentence or its subject. */
export function subordinateClause(t: Tokens, i: number, quotes: QuoteIndex, d: { draft: Draft; contentEnd: number }): void {
  const f = firstContentToken(t, 0);
  // (the cue must lie inside the opening clause: in "When asked why, Ruiz said, “…”" the clause
  // closed before the cue's subject)
  let opens = f < i && (SUBORDINATORS.has(t.low[f] ?? '') || PHRASE_OPENERS.has(t.low[f] ?? '')) && !commaBetween(t, f, i, quotes);
  // (mid-sentence: "…, when Trump mentioned her, and the crowd chanted “…”")
  if (!opens && d.draft.source) {
    let k = f;
    while (k < t.length && t.start[k]! < d.draft.source.start) k++;
    opens = k > f && SUBORDINATORS.has(t.low[k - 1] ?? '') && t.low[k - 1] !== 'as' && t.low[k - 1] !== 'if';
  }
  if (!opens) return;
  let comma = -1;
  for (let j = i + 1; j < t.length - 2; j++) {
    if (t.raw[j] === ',' && !quotes.insideQuote(t.start[j]!)) {
      comma = j;
      break;
    }
  }
  if (comma < 0 || d.contentEnd <= comma) return;
  const cut = t.start[comma]!;
  const content = d.draft.content.map((c) => (c.start < cut && c.end > cut ? { start: c.start, end: cut } : c)).filter((c) => c.end <= cut);
  // "As the paper noted, …": nothing of its own before the comma, the cue keeps what it read
  if (!content.length) return;
  d.draft.content = content;
  d.contentEnd = comma - 1;
}
