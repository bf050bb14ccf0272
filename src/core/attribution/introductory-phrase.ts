// Whether the words before a cue's subject are only an introductory adverbial: a phrase or a
// clause opened by a preposition or a subordinator and running to the subject's comma with no
// comma of its own ("In a changing economy, voters still believe in …", "When asked why, Bell
// said …", "As the count went on, voters weighed in on …"). Such a phrase sets the scene; it
// is not what was said. ("In 2008, Ruiz won the state, he said" has a clause after its comma.)
import type { Span } from '../types.ts';
import type { Tokens } from '../text/tokens.ts';
import type { QuoteIndex } from './quote-index.ts';

const OPENERS = new Set([
  'as', 'when', 'while', 'after', 'before', 'although', 'though', 'because', 'since', 'once', 'until', 'unless',
  'in', 'on', 'at', 'by', 'with', 'from', 'during', 'despite', 'amid', 'among', 'under', 'following', 'upon', 'without',
]);

export function introductoryPhrase(t: Tokens, span: Span, quotes: QuoteIndex): boolean {
  let a = 0;
  while (a < t.length && t.start[a]! < span.start) a++;
  if (a >= t.length || !OPENERS.has(t.low[a]!)) return false;
  for (let j = a + 1; j < t.length && t.end[j]! <= span.end; j++) {
    if ((t.raw[j] === ',' || t.raw[j] === ';' || t.raw[j] === ':') && !quotes.insideQuote(t.start[j]!)) return false;
  }
  return true;
}
