// "He now runs a group called Harbor Watch", "payments to a firm called Blue Peak": after a
// common noun that opens with "a"/"an" and stands as an object, "called" (or "dubbed", "named")
// before a name gives the thing its name. It is a participle modifying that noun, not a verb of
// labelling whose subject is the noun ("A spokesman called Lee a liar" at a clause start stays one).
import type { Tokens } from '../text/tokens.ts';
import { isOpenQuote } from './token-spans.ts';

const NAMING = new Set(['call', 'dub', 'name', 'label', 'brand', 'term']);
const ARTICLES = new Set(['a', 'an', 'another']);
// words that open a clause, so that a noun phrase after them may be its subject
const CLAUSE_LINKS = new Set(['and', 'but', 'or', 'nor', 'yet', 'so', 'then', 'while', 'when', 'as', 'that', 'because',
  'if', 'though', 'although', 'where', 'after', 'before', 'since', 'until', 'unless', 'once', 'whether']);

/** Whether the past form of verb base right after token p names the thing the noun at p is. */
export function namingParticiple(t: Tokens, p: number, base: string): boolean {
  if (!NAMING.has(base) || !t.word[p] || t.cap[p] || t.poss[p]) return false;
  const next = p + 2;
  if (!(t.cap[next] || isOpenQuote(t.raw[next] ?? '') || /^#/.test(t.raw[next] ?? ''))) return false;
  // back over up to three modifiers to the article
  let k = p - 1;
  while (k >= 0 && k >= p - 4 && t.word[k] && !ARTICLES.has(t.low[k]!)) k--;
  if (k < 1 || !ARTICLES.has(t.low[k]!) || !t.word[k - 1]) return false;
  const lead = t.low[k - 1]!;
  return !t.cap[k - 1] && !CLAUSE_LINKS.has(lead);
}
