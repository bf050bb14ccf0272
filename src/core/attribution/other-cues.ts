// Cues that are not verbs: stance adjectives after "be" (X is confident that …, Y was
// critical of …) and nouns of saying or thinking with their owner (Trump's claim that …,
// her call for …). Lists written from general English grammar.
import type { Span } from '../types.ts';
import type { Tokens } from '../text/tokens.ts';
import type { QuoteIndex } from './quote-index.ts';
import { nounPhraseLeft, nounPhraseRight } from './noun-phrase.ts';
import { lastContentToken, spanOf } from './token-spans.ts';
import { CUE_ADVERBS } from '../locales/en/lexicon/word-classes.ts';

export interface OtherCue {
  content: Span[];
  source: Span | null;
  cue: Span;
  contentEnd: number;
}

// Adjective → the words that may introduce its complement.
const ADJECTIVES = new Map<string, string[]>();
for (const [words, comps] of [
  ['confident convinced sure certain aware hopeful optimistic pessimistic adamant positive', ['that', 'about', 'of']],
  ['concerned worried afraid fearful anxious nervous', ['that', 'about', 'by']],
  ['skeptical sceptical doubtful unsure uncertain unconvinced', ['that', 'about', 'of', 'whether']],
  ['determined eager willing reluctant unwilling ready keen loath prepared committed', ['to']],
  ['happy glad pleased proud delighted thrilled excited', ['that', 'with', 'about', 'of', 'to']],
  ['angry upset furious disappointed frustrated unhappy outraged dismayed annoyed', ['that', 'with', 'about', 'at', 'by']],
  ['surprised shocked stunned', ['that', 'by', 'at']],
  ['critical supportive dismissive contemptuous scornful tolerant wary suspicious fond', ['of']],
  ['opposed open hostile resistant', ['to']],
  ['clear', ['that']],
  ['insistent', ['that', 'on']],
  ['grateful thankful sorry ashamed embarrassed', ['that', 'for', 'about', 'to', 'of']],
  ['enthusiastic bullish bearish excited', ['about', 'on']],
  ['alarmed troubled disturbed incensed livid irate', ['that', 'by', 'about', 'at']],
  ['unaware mindful conscious', ['that', 'of']],
  ['vocal outspoken candid', ['about', 'on', 'in']],
] as [string, string[]][]) for (const w of words.split(' ')) ADJECTIVES.set(w, comps);

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', "'s", "'re", "isn't", "aren't", "wasn't", "weren't", 'remain', 'remains', 'remained', 'seem', 'seemed', 'seems', 'appear',
  'appeared', 'appears', 'feel', 'feels', 'felt', 'sound', 'sounds', 'sounded', 'became', 'become', 'becomes', 'stay', 'stays', 'stayed']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'it', 'there']);
const MAKE = new Set(['made', 'make', 'makes', 'making']);
const DEGREE = new Set(['very', 'so', 'too', 'quite', 'rather', 'more', 'less', 'most', 'increasingly', 'deeply', 'not', 'never', 'also', 'still', 'all', 'fairly', 'highly', 'pretty', 'really', 'extremely', 'particularly', 'absolutely', 'fully']);

/** "Clinton is confident that …" at adjective token i. */
export function adjectiveCue(t: Tokens, i: number, quotes: QuoteIndex): OtherCue | null {
  const comps = ADJECTIVES.get(t.low[i]!);
  if (!comps) return null;
  let a = i;
  while (a - 1 >= 0 && (DEGREE.has(t.low[a - 1]!) || CUE_ADVERBS.has(t.low[a - 1]!))) a--;
  // "made (it) clear that …"
  if (t.low[i] === 'clear' && a - 1 >= 0 && (t.low[a - 1] === 'it' ? MAKE.has(t.low[a - 2] ?? '') : MAKE.has(t.low[a - 1]!))) {
    a -= t.low[a - 1] === 'it' ? 2 : 1;
  } else {
    if (a - 1 < 0 || !BE.has(t.low[a - 1]!)) return null;
    a--;
  }
  while (a - 1 >= 0 && (CUE_ADVERBS.has(t.low[a - 1]!) || t.low[a - 1] === 'not' || ['has', 'have', 'had', 'will', 'would', 'may', 'might'].includes(t.low[a - 1]!))) a--;
  const src = a - 1 >= 0 ? nounPhraseLeft(t, a - 1) : null;
  if (!src) return null;
  const c = t.low[i + 1] ?? '';
  // "was sure Trump would win": a that-clause without its "that", opened by a subject
  const bare = comps.includes('that') && !comps.includes(c) && (SUBJECT_PRONOUNS.has(c) || (t.cap[i + 1] && !!t.word[i + 1]) || c === 'the');
  if (!comps.includes(c) && !bare) return null;
  // "that"/"whether" and the infinitive's "to" open the content; prepositions end the cue.
  const opens = c === 'that' || c === 'whether' || c === 'to';
  const start = opens || bare ? i + 1 : i + 2;
  const last = lastContentToken(t, t.length - 1);
  if (start > last) return null;
  return {
    content: [spanOf(t, start, last, quotes)],
    source: { start: t.start[src[0]]!, end: t.end[src[1]]! },
    cue: { start: t.start[a]!, end: t.end[opens || bare ? i : i + 1]! },
    contentEnd: t.length - 1,
  };
}

// Nouns of saying and thinking, with the words that introduce what was said.
const NOUNS = new Map<string, string[]>();
for (const [words, comps] of [
  ['claim claims assertion contention argument belief view statement suggestion insistence admission denial allegation accusation charge warning prediction promise pledge vow threat hope fear concern worry conviction assessment conclusion assurance acknowledgment acknowledgement observation explanation announcement confirmation complaint remark comment opinion position insinuation', ['that']],
  ['call calls plea appeal demand demands push', ['for', 'to']],
  ['plan plans promise pledge vow threat decision refusal desire intention bid offer proposal attempt willingness determination', ['to']],
  ['criticism criticisms praise support opposition endorsement condemnation defense defence rejection dismissal description characterization', ['of', 'for', 'to']],
  ['remarks comments statement statements testimony speech words tweet tweets message letter memo email interview questions question', ['about', 'on', 'that']],
  ['attack attacks assault broadside', ['on', 'against']],
  ['concern concerns worries fears complaints complaint questions', ['about', 'over']],
  ['accusation accusations allegation allegations charges', ['of', 'that']],
] as [string, string[]][]) for (const w of words.split(' ')) NOUNS.set(w, [...(NOUNS.get(w) ?? []), ...comps]);
// plurals of the nouns that take a that-clause ("allegations that …", "warnings that …")
for (const [w, comps] of [...NOUNS]) if (comps.includes('that') && !w.endsWith('s')) NOUNS.set(`${w}s`, [...new Set([...(NOUNS.get(`${w}s`) ?? []), 'that'])]);

const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its', 'my', 'our', 'your']);
// nouns whose bare use (no owner, no "the … that") is most often not a report ("support for the
// bill passed", "calls for comment"): they need an owner
const NEED_OWNER = new Set(['support', 'call', 'calls', 'push', 'plan', 'plans', 'bid', 'offer', 'proposal', 'efforts', 'attempt', 'decision',
  'position', 'view', 'interview', 'speech', 'letter', 'memo', 'email', 'message', 'words', 'statement', 'statements', 'remarks', 'comments',
  'tweet', 'tweets', 'testimony', 'question', 'questions', 'charge', 'charges', 'defense', 'defence', 'description', 'praise', 'promise', 'hope', 'comment', 'remark',
  'attack', 'attacks', 'assault', 'broadside', 'appeal', 'threat', 'rejection', 'endorsement', 'dismissal']);
// the to-infinitive nouns (plan to, bid to, refusal to) need an owner too
for (const [w, comps] of NOUNS) if (comps.includes('to') && !comps.includes('of')) NEED_OWNER.add(w);

/** "Trump's assertion that …" / "her call for …" / "criticism from rivals that …" / "allegations that …" at noun token i. */
export function nounCue(t: Tokens, i: number, quotes: QuoteIndex): OtherCue | null {
  const comps = NOUNS.get(t.low[i]!);
  if (!comps) return null;
  // "criticism from rivals that …", "an endorsement by Le Pen": the owner after the noun
  let k = i + 1;
  let after: [number, number] | null = null;
  if ((t.low[k] === 'from' || t.low[k] === 'by') && !t.cap[i]) {
    after = nounPhraseRight(t, k + 1);
    if (after) k = after[1] + 1;
  }
  const c = t.low[k] ?? '';
  const compOk = comps.includes(c) || (!!after && c === 'that');
  if (!compOk && !after) return null;
  // the owner: a possessive right before (adjectives between are allowed: "his repeated claim")
  let p = i - 1;
  while (p >= 0 && p >= i - 3 && t.word[p] && !t.poss[p] && !POSSESSIVE_PRONOUNS.has(t.low[p]!) && !t.cap[p]) p--;
  if (p < 0 || !t.word[p]) p = -1;
  let source: Span | null;
  if (after) {
    source = { start: t.start[after[0]]!, end: t.end[after[1]]! };
    p = i - 1;
  } else if (p < 0 || (!t.poss[p] && !POSSESSIVE_PRONOUNS.has(t.low[p]!))) {
    // "the claim that …", "allegations that …", "concerns about …": said, but not by whom
    const d = t.low[i - 1] ?? '';
    const det = d === 'the' || d === 'a' || d === 'an';
    if (!(c === 'that' && det) && (NEED_OWNER.has(t.low[i]!) || t.cap[i] || t.poss[i - 1] || (t.cap[i - 1] && i - 1 > 0))) return null;
    if (c === 'that' && !det && !t.low[i]!.endsWith('s')) return null;
    source = null;
    p = i - 1;
  } else if (POSSESSIVE_PRONOUNS.has(t.low[p]!)) source = { start: t.start[p]!, end: t.end[p]! };
  else if (t.poss[p]) {
    const np = nounPhraseLeft(t, p);
    if (!np) return null;
    // the span stops before the possessive ending
    const end = t.end[p]! - (t.raw[p]!.endsWith('s') ? 2 : 1);
    source = { start: t.start[np[0]]!, end: Math.max(t.start[np[0]]! + 1, end) };
  } else return null;
  const opens = c === 'that' || c === 'to';
  const start = !compOk ? k : opens ? k : k + 1;
  // a noun phrase's clause usually ends at the next comma (the sentence goes on after it)
  let last = lastContentToken(t, t.length - 1);
  for (let j = start; j <= last; j++) if (t.raw[j] === ',' || t.raw[j] === ';' || t.raw[j] === '—') { last = j - 1; break; }
  // after a preposition the content is a noun phrase ("attacks on the mayor have …")
  if (!opens && compOk) {
    const np = nounPhraseRight(t, start);
    if (np && np[1] < last) last = np[1];
  }
  if (start > last || !compOk) return null; // "criticism from rivals." says nothing
  return {
    content: [spanOf(t, start, last, quotes)],
    source,
    cue: { start: t.start[p + 1 <= i ? (p + 1 === i ? i : p + 1) : i]!, end: t.end[opens || after ? i : k]! },
    contentEnd: last,
  };
}

// People named by their stance, after a form of "be": "Kaine is a staunch opponent of the death
// penalty", "She has been an outspoken supporter of NATO". The subject holds the stance.
const AGENT_NOUNS = new Set(['supporter', 'supporters', 'opponent', 'opponents', 'critic', 'critics', 'advocate', 'advocates', 'proponent',
  'proponents', 'champion', 'champions', 'backer', 'backers', 'fan', 'fans', 'defender', 'defenders', 'foe', 'foes', 'admirer', 'admirers', 'skeptic', 'skeptics']);
const ARTICLES = new Set(['a', 'an', 'the', 'one', 'among']);

export function agentNounCue(t: Tokens, i: number, quotes: QuoteIndex): OtherCue | null {
  if (!AGENT_NOUNS.has(t.low[i]!) || t.low[i + 1] !== 'of') return null;
  // back over adjectives ("a consistent and outspoken") to the article, then the verb "be"
  let a = i - 1;
  while (a >= 0 && a >= i - 5 && t.word[a] && !ARTICLES.has(t.low[a]!) && !BE.has(t.low[a]!) && !t.cap[a]) a--;
  if (a < 1) return null;
  if (ARTICLES.has(t.low[a]!)) a--;
  if (!BE.has(t.low[a]!)) return null;
  let b = a;
  while (b - 1 >= 0 && (CUE_ADVERBS.has(t.low[b - 1]!) || t.low[b - 1] === 'not' || ['has', 'have', 'had', 'will', 'would', 'may', 'might'].includes(t.low[b - 1]!))) b--;
  const src = b - 1 >= 0 ? nounPhraseLeft(t, b - 1) : null;
  if (!src) return null;
  const start = i + 2;
  const np = nounPhraseRight(t, start);
  if (!np) return null;
  return {
    content: [spanOf(t, start, np[1], quotes)],
    source: { start: t.start[src[0]]!, end: t.end[src[1]]! },
    cue: { start: t.start[b]!, end: t.end[i + 1]! },
    contentEnd: np[1],
  };
}
