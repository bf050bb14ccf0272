// A cue after a non-restrictive relative clause has closed belongs to the main clause: "Mayor Lee,
// who runs the city, is no fan of the plan but praised …", "The mayor, who was not there, has
// softened his tone, admitting …". Its holder is the relative's antecedent with its clause, not
// "who" (nor "who runs the city"). A cue inside the clause ("Lee, who endorsed the plan and said
// …, did not attend") keeps "who": no comma stands between the pronoun and the cue. A comma inside the
// clause does not close it: one after an opening adverbial ("which, despite …, held") or one
// before a name or a coordinator ("who backed Cruz, R-Texas, and opposed …").
import type { Span } from '../types.ts';
import type { Tokens } from '../text/tokens.ts';
import type { QuoteIndex } from './quote-index.ts';
import type { Draft } from './draft.ts';
import { nounPhraseLeft } from './noun-phrase.ts';
import { PREPOSITIONS, TRUE_PREPOSITIONS } from '../locales/en/lexicon/word-classes.ts';

const RELATIVES = new Set(['who', 'which']);
const COORDINATORS = new Set(['and', 'or', 'but', 'nor']);
const OPENERS = new Set(['despite', 'although', 'though', 'while', 'as', 'if', 'when', 'after', 'before', 'like', 'unlike', 'since', 'until']);

/** Moves the draft's source from "who" to the antecedent when the cue comes after the clause's closing comma. */
export function afterRelativeClause(t: Tokens, draft: Draft, quotes: QuoteIndex): void {
  const { source, cue } = draft;
  if (!source || !cue || cue.start < source.end) return;
  const w = t.start.indexOf(source.start);
  if (w < 2 || !RELATIVES.has(t.low[w]!) || t.raw[w - 1] !== ',' || !t.word[w + 1]) return;
  if (PREPOSITIONS.has(t.low[w + 1]!) || TRUE_PREPOSITIONS.has(t.low[w + 1]!) || OPENERS.has(t.low[w + 1]!)) return;
  // the comma that closes the clause, between the pronoun and the cue, and the main clause's
  // verb after it
  let c = -1;
  for (let k = w + 1; k < t.length && t.start[k]! < cue.start; k++) {
    if (t.raw[k] === ',' && !quotes.insideQuote(t.start[k]!)) { c = k; break; }
  }
  if (c < 0 || !t.word[c + 1] || t.cap[c + 1] || COORDINATORS.has(t.low[c + 1]!)) return;
  const ante = nounPhraseLeft(t, w - 2);
  if (!ante) return;
  // the holder as a whole: the antecedent with its clause ("Weber, who advises Kasich")
  const span: Span = { start: t.start[ante[0]]!, end: t.end[c - 1]! };
  draft.source = span;
  draft.speakerSpan = null;
}
