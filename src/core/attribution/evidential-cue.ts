// An evidential adverb reports a claim without its holder: "The FBI is reportedly preparing to
// …", "the gun he allegedly used", "Whitman has apparently been critical of Trump". The adverb
// is the cue; the clause around it (its subject and the rest) is the content; no source. Before
// a verb of saying the adverb is part of that verb's cue ("reportedly said"), not a cue itself.
import type { Tokens } from '../text/tokens.ts';
import type { QuoteIndex } from './quote-index.ts';
import type { OtherCue } from './other-cues.ts';
import { CUE_FORMS } from '../locales/en/lexicon/cue-lexicon.ts';
import { clauseLastToken, firstContentToken, spanOf } from './token-spans.ts';
import { AUXILIARIES, CUE_ADVERBS } from '../locales/en/lexicon/word-classes.ts';

// ("apparently" and "evidently" are as often the writer's own inference: left out)
const EVIDENTIAL = new Set(['reportedly', 'allegedly', 'supposedly', 'purportedly', 'ostensibly', 'seemingly']);
const CLAUSE_OPENERS = new Set(['that', 'who', 'which', 'because', 'when', 'while', 'if', 'although', 'though', 'after', 'before', 'as', 'since', 'but', 'and', 'whom', 'where']);

export function evidentialCue(t: Tokens, i: number, quotes: QuoteIndex): OtherCue | null {
  if (!EVIDENTIAL.has(t.low[i]!)) return null;
  // the verb group after it: auxiliaries, adverbs, then the verb
  let v = i + 1;
  while (v < t.length && (AUXILIARIES.has(t.low[v]!) || CUE_ADVERBS.has(t.low[v]!)) && t.low[v] !== 'to') v++;
  if (v >= t.length || !t.word[v] || CUE_FORMS.has(t.low[v]!)) return null;
  // the subject: back to the clause start (a comma, a subordinator or the sentence start)
  const first = firstContentToken(t, 0);
  let s = i;
  while (s - 1 >= first && t.word[s - 1] && !CLAUSE_OPENERS.has(t.low[s - 1]!)) s--;
  if (t.low[s - 1] === 'that' || t.low[s - 1] === 'who' || t.low[s - 1] === 'which') return null; // a relative clause: its antecedent is elsewhere
  const last = clauseLastToken(t, i, quotes);
  if (last <= i) return null;
  const content = s < i ? [spanOf(t, s, i - 1, quotes), spanOf(t, i + 1, last, quotes)] : [spanOf(t, i + 1, last, quotes)];
  return { content, source: null, cue: { start: t.start[i]!, end: t.end[i]! }, contentEnd: last };
}
