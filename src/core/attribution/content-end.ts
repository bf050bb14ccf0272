// Where a content that is a phrase, not a clause, ends. After an object-only verb ("criticized
// the plan"), a topic ("spoke about the plan") or an infinitive ("urged them to leave"), a verb
// joined by "and"/"but" with no subject of its own is the speaker's next deed ("… thanked Miami
// and said …", "… mentioned CNN twice and seemed to blame …"), and a subordinate clause of
// reason or concession is the writer's ("… backs Ruiz because he …"): neither is what was said.
// (A that-clause or a reported clause goes on: "she said he rated X and talked about Y".)
import type { Tokens } from '../text/tokens.ts';
import type { QuoteIndex } from './quote-index.ts';
import { CUE_FORMS } from '../locales/en/lexicon/cue-lexicon.ts';
import { CUE_ADVERBS } from '../locales/en/lexicon/word-classes.ts';

const JOINERS = new Set(['and', 'but']);
const FINITE = new Set([
  'was', 'were', 'is', 'are', 'has', 'have', 'had', 'did', 'does', 'will', 'would', 'could', 'can', 'should', 'may', 'might',
  'must', "didn't", "doesn't", "wasn't", "isn't", "hasn't", "won't", "wouldn't", "couldn't",
  'went', 'came', 'took', 'made', 'gave', 'got', 'left', 'began', 'became', 'kept', 'held', 'brought', 'found', 'put',
  'ran', 'won', 'lost', 'spent', 'sent', 'met', 'led', 'stood', 'spoke', 'knew', 'saw',
]);
const SUBORDINATORS = new Set(['because', 'although', 'though', 'whereas', 'despite', 'unless']);

/** The last token of a phrase content running from start to at most last. */
export function phraseContentEnd(t: Tokens, start: number, last: number, quotes: QuoteIndex): number {
  for (let j = start + 1; j <= last; j++) {
    const w = t.low[j]!;
    if (!t.word[j] || quotes.insideQuote(t.start[j]!)) continue;
    const end = t.raw[j - 1] === ',' ? j - 2 : j - 1;
    if (end < start) continue;
    if (SUBORDINATORS.has(w)) return end;
    if (!JOINERS.has(w)) continue;
    let v = j + 1;
    while (v < j + 3 && CUE_ADVERBS.has(t.low[v] ?? '')) v++;
    if (isFinite(t, v)) return end;
  }
  return last;
}

// Whether token v is a finite verb: an auxiliary, a past in -ed or an everyday irregular past.
function isFinite(t: Tokens, v: number): boolean {
  const w = t.low[v] ?? '';
  if (!t.word[v] || t.cap[v]) return false;
  if (FINITE.has(w) || CUE_FORMS.get(w)?.form === 'past') return true;
  return w.length > 4 && w.endsWith('ed');
}
