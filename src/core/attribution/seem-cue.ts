// An impression reported without its holder: "the team appeared paralyzed", "X seems to be
// moving behind Y", "it appears that …". The raising verbs seem and appear take a subject and
// a complement (an infinitive, an adjective, a that-clause); together they are the content,
// and there is no source. "Appear" also means to show up ("appeared on Fox News"), so it
// needs a complement that cannot be a place or a time.
import type { Tokens } from '../text/tokens.ts';
import type { QuoteIndex } from './quote-index.ts';
import { clauseLastToken, firstContentToken, spanOf } from './token-spans.ts';
import { AUXILIARIES, DETERMINERS, PREPOSITIONS } from '../locales/en/lexicon/word-classes.ts';
import type { OtherCue } from './other-cues.ts';

const SEEM = new Set(['seem', 'seems', 'seemed', 'appear', 'appears', 'appeared', 'look', 'looks', 'looked', 'sound', 'sounds', 'sounded']);
// "look" and "sound" report an impression only with an adjective or "like" ("looked tired",
// "sounds like a plan"), never with "to" ("looks to build on …" is "seeks to")
const SENSE = new Set(['look', 'looks', 'looked', 'sound', 'sounds', 'sounded']);
const DEGREE = new Set(['more', 'less', 'most', 'least', 'very', 'so', 'too', 'far', 'increasingly', 'quite', 'rather', 'pretty', 'much']);
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
  if (i === 0 || (!t.word[i - 1] && t.raw[i - 1] !== ',') || DETERMINERS.has(prev) || t.poss[i - 1] || prev === 'to') return null;
  const appear = w.startsWith('appear');
  const sense = SENSE.has(w);
  let k = i + 1;
  const next = t.low[k] ?? '';
  if (!t.word[k]) return null;
  if (sense) {
    // the adjective may follow a degree word ("sounded far less welcoming")
    let j = k;
    while (DEGREE.has(t.low[j] ?? '') && j < k + 2) j++;
    const adj = t.low[j] ?? '';
    const ok = next === 'like' || (next === 'as' && (t.low[k + 1] === 'if' || t.low[k + 1] === 'though')) ||
      (t.word[j] && !t.cap[j] && !PREPOSITIONS.has(adj) && !DETERMINERS.has(adj) && adj !== 'to' && !NOT_COMPLEMENT.has(adj) && ADJ_ENDINGS.some((e) => adj.endsWith(e)) && !adj.endsWith('ly'));
    if (!ok) return null;
  }
  if (sense) {
    // checked above
  } else if (next === 'to') {
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
  let e = i - 1; // "does not seem": the auxiliaries are no part of the subject
  // "The economy, until recently, seemed …": an aside between the subject and the verb
  if (t.raw[i - 1] === ',') {
    let c1 = -1;
    for (let j = i - 2; j > first && j >= i - 25; j--) if (t.raw[j] === ',') { c1 = j; break; }
    if (c1 < 0) return null;
    e = c1; // (one past the subject's last token: e-- below)
    for (let j = c1 - 1; j > first; j--) if (t.raw[j] === ',' || t.raw[j] === ';' || t.raw[j] === '—') { s = j + 1; break; }
    e--;
  } else {
    for (let j = i - 1; j > first; j--) if (t.raw[j] === ',' || t.raw[j] === ';' || t.raw[j] === '—') { s = j + 1; break; }
  }
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
