// A cue verb as a gerund after a preposition, or as a participle opening the sentence: "After
// saying he would not run, Smith …", "Conceding that the race was close, Lee …",
// "She won the seat by denouncing the deal", "Mr. Lee, before endorsing Jones, …", "… by
// telling voters that …". The gerund has no subject of its own; its holder is the subject of the clause
// it hangs on: after the comma when the phrase opens the sentence, before it otherwise.
import type { Span } from '../types.ts';
import type { Tokens } from '../text/tokens.ts';
import type { QuoteIndex } from './quote-index.ts';
import type { CueVerb, VerbForm } from '../locales/en/lexicon/cue-lexicon.ts';
import type { OtherCue } from './other-cues.ts';
import { nounPhraseLeft, nounPhraseRight, sentenceSubject } from './noun-phrase.ts';
import { clauseSubject, subjectOnly } from './clause-subject.ts';
import { clauseLastToken, firstContentToken, spanOf } from './token-spans.ts';
import { CUE_ADVERBS } from '../locales/en/lexicon/word-classes.ts';
import { complementStart } from './verb-complement.ts';

const GERUND_PREPOSITIONS = new Set(['after', 'before', 'by', 'besides', 'since', 'upon', 'when', 'through']);
const LEAD = new Set(['but', 'and', 'so', 'yet', 'still', 'even', 'only', 'also', 'just']);

export function gerundCue(t: Tokens, i: number, quotes: QuoteIndex, entry: { verb: CueVerb; form: VerbForm } | undefined): OtherCue | null {
  if (!entry || entry.form !== 'ing') return null;
  let first = firstContentToken(t, 0);
  while (first < i && LEAD.has(t.low[first]!)) first++;
  // "Conceding that the race was close, he …": a participle clause opening the sentence
  const opening = i === first;
  if (t.cap[i] && !opening) return null;
  const verb = entry.verb;
  // verbs of saying and of taking sides; a gerund of knowing or reading is seldom reported speech
  if (verb.quoteOnly || !(verb.quote || verb.object || verb.recipient)) return null;
  let p = i - 1;
  while (p >= 0 && t.word[p] && (CUE_ADVERBS.has(t.low[p]!) || (t.low[p]!.endsWith('ly') && t.low[p]!.length > 4 && !t.cap[p]))) p--;
  if (!opening && (p < 0 || !GERUND_PREPOSITIONS.has(t.low[p]!))) return null;
  const complement = complementStart(t, i, verb);
  if (!complement) return null;
  const { verbEnd: b, start: k } = complement;
  const last = clauseLastToken(t, k, quotes);
  if (last < k) return null;
  // the holder
  while (first < p && LEAD.has(t.low[first]!)) first++;
  let src: [number, number] | null = null;
  if (opening || first === p) {
    const np = t.raw[last + 1] === ',' ? nounPhraseRight(t, last + 2) : null;
    src = np && subjectOnly(t, np);
  } else if (t.raw[p - 1] === ',' && p >= 2) {
    src = nounPhraseLeft(t, p - 2);
  } else {
    const np = sentenceSubject(t, p) ?? clauseSubject(t, p);
    src = np && subjectOnly(t, np);
    // ("“…,” Lee sings before asking, “…”": a quotation opens the sentence, its speaker follows it)
    if (src && quotes.insideQuote(t.start[src[0]]!)) src = speakerAfterQuote(t, src[0], p, quotes);
  }
  if (!src) return null;
  const source: Span = { start: t.start[src[0]]!, end: t.end[src[1]]! };
  // "began by saying", "followed up by asking": a short predicate of manner before "by" is the cue's
  const from = !opening && t.low[p] === 'by' && src[1] < p ? mannerStart(t, src[1] + 1, p, i) : i;
  return { content: [spanOf(t, k, last, quotes)], source, cue: { start: t.start[from]!, end: t.end[b]! }, contentEnd: last };
}

// The noun phrase right after the quotation holding token j (and its comma), before token p.
function speakerAfterQuote(t: Tokens, j: number, p: number, quotes: QuoteIndex): [number, number] | null {
  const q = quotes.outerAt(t.start[j]!);
  if (!q) return null;
  let k = j;
  while (k < p && t.start[k]! < q.end) k++;
  if (t.raw[k] === ',') k++;
  const np = k < p ? nounPhraseRight(t, k) : null;
  return np && np[1] < p ? subjectOnly(t, np) : null;
}

// The first token of the predicate from a (right after the subject) to "by" at p when it is a
// short run of words (a verb and its particle: "began", "followed up"; "won the seat by …" is a means), else the gerund at i.
function mannerStart(t: Tokens, a: number, p: number, i: number): number {
  if (a >= p || p - a > 2) return i;
  for (let j = a; j < p; j++) if (!t.word[j]) return i;
  return a;
}
