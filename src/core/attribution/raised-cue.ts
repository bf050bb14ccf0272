// A cue verb under a raising verb: "Obama seemed to recognize the stakes", "the party appeared to
// acknowledge that …". The subject is the one who recognizes, hedged by the writer's "seemed":
// the subject is the source, "seemed to recognize" the cue, and what follows the content.
// (Without a cue verb after it, "seem" reports an impression with no source: seem-cue.ts.)
import type { Tokens } from '../text/tokens.ts';
import type { QuoteIndex } from './quote-index.ts';
import type { OtherCue } from './other-cues.ts';
import { CUE_FORMS } from '../locales/en/lexicon/cue-lexicon.ts';
import { nounPhraseLeft } from './noun-phrase.ts';
import { clauseLastToken, spanOf } from './token-spans.ts';
import { AUXILIARIES, CUE_ADVERBS, DETERMINERS } from '../locales/en/lexicon/word-classes.ts';

const RAISING = new Set(['seem', 'seems', 'seemed', 'appear', 'appears', 'appeared']);

export function raisedCue(t: Tokens, i: number, quotes: QuoteIndex): OtherCue | null {
  if (!RAISING.has(t.low[i]!) || t.low[i + 1] !== 'to' || (t.cap[i] && i > 0)) return null;
  const v = i + 2;
  const e = CUE_FORMS.get(t.low[v] ?? '');
  if (!e || e.form !== 'base' || !t.word[v] || e.verb.particleOnly) return null;
  let b = v;
  if (e.verb.particles.includes(t.low[v + 1] ?? '')) b = v + 1;
  // the subject: a noun phrase before the verb and its auxiliaries ("did not seem to")
  let a = i;
  while (a - 1 >= 0 && t.word[a - 1] && t.low[a - 1] !== 'to' && (AUXILIARIES.has(t.low[a - 1]!) || CUE_ADVERBS.has(t.low[a - 1]!))) a--;
  if (a < 1 || !t.word[a - 1] || DETERMINERS.has(t.low[a - 1]!)) return null;
  const np = nounPhraseLeft(t, a - 1);
  if (!np) return null;
  const k = b + 1;
  if (k >= t.length || !(t.word[k] || t.raw[k] === '“' || t.raw[k] === '"')) return null;
  const last = clauseLastToken(t, k, quotes);
  if (last < k) return null;
  return {
    content: [spanOf(t, k, last, quotes)],
    source: { start: t.start[np[0]]!, end: t.end[np[1]]! },
    cue: { start: t.start[a]!, end: t.end[b]! },
    contentEnd: last,
  };
}
