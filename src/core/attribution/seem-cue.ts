// An impression reported without its holder: "the team appeared paralyzed", "X seems to be
// moving behind Y", "it appears that …". The raising verbs seem and appear take a subject and
// a complement (an infinitive, an adjective, a that-clause); together they are the content,
// and there is no source. "Appear" also means to show up ("appeared on Fox News"), so it
// needs a complement that cannot be a place or a time.
import type { Tokens } from './tokens.ts';
import type { QuoteIndex } from './quote-index.ts';
import { clauseLastToken, firstContentToken, spanOf } from './token-spans.ts';
import { AUXILIARIES, DETERMINERS, PREPOSITIONS } from './word-classes.ts';
import type { OtherCue } from './other-cues.ts';

const SEEM = new Set(['seem', 'seems', 'seemed', 'appear', 'appears', 'appeared']);
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'me', 'us', 'you', 'it']);
// words after "appear" that make it the verb of showing up
const NOT_COMPLEMENT = new Set(['again', 'together', 'alongside', 'live', 'here', 'there', 'twice', 'once', 'onstage', 'before',
  'and', 'or', 'but', 'as', 'only', 'first', 'online', 'later', 'earlier', 'nowhere', 'where', 'when', 'without', 'under', 'into', 'onto', 'out']);
// adjective and participle endings, for the bare complement of "appear"
const ADJ_ENDINGS = ['ed', 'ful', 'ous', 'ive', 'able', 'ible', 'ent', 'ant', 'al', 'ic', 'less', 'ish', 'ary', 'ly', 'er', 'y'];

export function seemCue(t: Tokens, i: number, quotes: QuoteIndex): OtherCue | null {
  const w = t.low[i]!;
  if (!SEEM.has(w) || (t.cap[i] && i > 0)) return null;
  const prev = t.low[i - 1] ?? '';
  if (i === 0 || !t.word[i - 1] || DETERMINERS.has(prev) || t.poss[i - 1] || prev === 'to') return null;
  const appear = w.startsWith('appear');
  let k = i + 1;
  const next = t.low[k] ?? '';
  if (!t.word[k]) return null;
  if (next === 'to') {
    const v = t.low[k + 1] ?? '';
    if (!t.word[k + 1] || t.cap[k + 1] || DETERMINERS.has(v) || OBJECT_PRONOUNS.has(v)) return null; // "appeared to the crowd"
  } else if (next === 'as') {
    if (t.low[k + 1] !== 'if' && t.low[k + 1] !== 'though') return null;
  } else if (next !== 'that' && next !== 'like') {
    if (t.cap[k] || PREPOSITIONS.has(next) || DETERMINERS.has(next) || NOT_COMPLEMENT.has(next) || /\d/.test(next)) return null;
    if (appear && !ADJ_ENDINGS.some((e) => next.endsWith(e))) return null;
  }
  // the subject: from the start of its clause (after a comma) to the verb, auxiliaries and all
  const first = firstContentToken(t, 0);
  let s = first;
  for (let j = i - 1; j > first; j--) if (t.raw[j] === ',' || t.raw[j] === ';' || t.raw[j] === '—') { s = j + 1; break; }
  let e = i - 1; // "does not seem": the auxiliaries are no part of the subject
  while (e > s && AUXILIARIES.has(t.low[e]!)) e--;
  if (s > e || AUXILIARIES.has(t.low[e]!)) return null;
  const expletive = s === e && (t.low[e] === 'it' || t.low[e] === 'there');
  // the complement: to the next clause break outside quotation marks
  const last = clauseLastToken(t, k, quotes);
  if (last < k) return null;
  if (next === 'that' && expletive) k++;
  const content = expletive ? [spanOf(t, k, last, quotes)] : [spanOf(t, s, e, quotes), spanOf(t, k, last, quotes)];
  return { content, source: null, cue: { start: t.start[i]!, end: t.end[i]! }, contentEnd: last };
}
