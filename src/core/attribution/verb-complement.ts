// Where the complement of a cue verb starts, past its particle and its hearer: "spoke out
// against …", "telling reporters that …" (the hearer is no part of what was said).
import type { Tokens } from '../text/tokens.ts';
import type { CueVerb } from '../locales/en/lexicon/cue-lexicon.ts';
import { nounPhraseRight } from './noun-phrase.ts';
import { isOpenQuote } from './token-spans.ts';

/**
 * The verb's last token (its particle, if any) and the token its complement starts at, or null
 * when the verb at i cannot take one here.
 */
export function complementStart(t: Tokens, i: number, verb: CueVerb): { verbEnd: number; start: number } | null {
  let b = i;
  if (verb.particles.includes(t.low[i + 1] ?? '')) b = i + 1;
  else if (verb.particleOnly) return null;
  let k = b + 1;
  if (verb.recipient) {
    const r = nounPhraseRight(t, k);
    if (r && (t.low[r[1] + 1] === 'that' || t.low[r[1] + 1] === 'to')) k = r[1] + 1;
    // "asking her, “…”": the hearer, then the quotation
    else if (r && verb.quote && quoteAfterComma(t, r[1] + 1)) k = r[1] + 2;
  }
  // "before saying, “…”"
  if (verb.quote && k === b + 1 && quoteAfterComma(t, k)) k++;
  return k < t.length && (t.word[k] || isOpenQuote(t.raw[k]!)) ? { verbEnd: b, start: k } : null;
}

const quoteAfterComma = (t: Tokens, j: number) => (t.raw[j] === ',' || t.raw[j] === ':') && isOpenQuote(t.raw[j + 1] ?? '');
