// Who said what: quotations and reported speech with their sources and cues.
//
// Reading is done sentence by sentence on tokens, with closed word classes and a lexicon of
// cue verbs (cue-lexicon.ts) instead of a tagger:
//   1. cues: a cue verb in a finite use (a subject before it, an auxiliary, an inverted
//      "…, said Putin", a passive "was confirmed by"), or "according to";
//   2. the source: the noun phrase before the cue, after it when inverted, after "by" or
//      "according to";
//   3. the content: what follows the cue (a that-clause, a clause, a quotation, an object),
//      or what precedes the source when the cue closes the sentence ("…,” he said.");
//   4. quotations no cue claimed are given to the speaker of the attribution just before.
// Each attribution's source is then resolved to an entity by the entity index.
import type { Attribution, Span } from '../types.ts';
import type { EntityIndex } from '../entities/find-entities.ts';
import { findQuotes, type Quote } from '../text/quote-marks.ts';
import { tokenize, type Tokens } from '../text/tokens.ts';
import { CUE_FORMS, PARTICIPLES, regularForms, type CueVerb, type VerbForm } from '../locales/en/lexicon/cue-lexicon.ts';
import { AUXILIARIES, BE, CUE_ADVERBS, DETERMINERS, DO_FORMS, MONTHS_DAYS, NP_BOUNDARY, PREPOSITIONS, PRONOUNS, TRUE_PREPOSITIONS, VAGUE_HEADS } from '../locales/en/lexicon/word-classes.ts';
import type { CueObject, Draft } from './draft.ts';
import { addUnclaimedQuotes, scareQuote } from './unclaimed-quotes.ts';
import { finish } from './finish-attributions.ts';
import { QuoteIndex } from './quote-index.ts';
import { speakerHeardInCourt } from './heard-in-court.ts';
import { nominalParticiple, nounPhraseLeft, nounPhraseRight, sentenceSubject } from './noun-phrase.ts';
import { firstContentToken, isCloseQuote, isOpenQuote, lastContentToken, spanOf } from './token-spans.ts';
import { adjectiveCue, agentNounCue, nounCue } from './other-cues.ts';
import { questionCue } from './question-cue.ts';
import { seemCue } from './seem-cue.ts';
import { raisedCue } from './raised-cue.ts';
import { documentCue } from './document-cue.ts';
import { subordinateClause } from './subordinate-clause.ts';
import { clauseSubject, subjectOnly } from './clause-subject.ts';
import { pluralSubject } from './plural-subject.ts';
import { beforeTimeAdjunct } from './time-adjunct.ts';
import { stanceOverride, stanceVerbAt } from './stance-verbs.ts';
import { gerundCue } from './gerund-cue.ts';
import { participleRelative } from './participle-relative.ts';
import { distantSubject } from './distant-subject.ts';
import { evidentialCue } from './evidential-cue.ts';
import { infinitiveCue } from './infinitive-cue.ts';
import { issuedDocument, issuingVerbAt } from './issuing-verb.ts';
import { lightObject, lightVerbAt } from './light-verb-cue.ts';
import { transcriptTurns } from './transcript-turns.ts';
import { dropDuplicateContent } from './duplicate-content.ts';
import { adverbialBefore } from './inner-adverbial.ts';
import { joinedSubject } from './joined-subject.ts';
import { contentStart, titleQuote, type ContentStart } from './content-start.ts';
import { ownedByPredicate } from './predicate-owner.ts';
import { phraseContentEnd } from './content-end.ts';
import { introductoryPhrase } from './introductory-phrase.ts';
import { dayAfterVerb } from './day-after-verb.ts';
import { publishedParticiple, publishedSubject, reducedBeforeVerb } from './reduced-participle.ts';
import { objectRelative } from './object-relative.ts';
import { afterRelativeClause } from './relative-closed.ts';
import { dropExtraposedIt } from './extraposed-it.ts';
import { adjunctHolder } from './stance-adjunct.ts';
import { namingParticiple } from './naming-participle.ts';
import { doQuestion } from './do-question.ts';
import { topicRegarding } from './regarding.ts';
import { EN_CUE_READERS, type EnCueReader } from '../locales/en/attribution/cue-readers.ts';


const OPEN_ADVERBS = new Set(['perhaps', 'maybe', 'together', 'jointly', 'thus']);
const RELATIVE = new Set(['who', 'which', 'that']);
const MODAL = new Set(['will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'do', 'does', 'did', "'ll", "'d",
  "didn't", "doesn't", "don't", "won't", "wouldn't", "can't", "couldn't", "shouldn't", '']);

export function findAttributions(text: string, sentences: Span[], entities: EntityIndex): Attribution[] {
  if (!text) return [];
  let quotes: QuoteIndex;
  try {
    quotes = new QuoteIndex(findQuotes(text));
  } catch {
    quotes = new QuoteIndex([]);
  }
  // A transcript's turns ("WALLACE: …") are whole attributions: what is said inside them is not read again.
  const drafts: Draft[] = transcriptTurns(text);
  const turns = drafts.map((d) => ({ start: d.source!.start, end: d.content[d.content.length - 1]!.end }));
  let ti = 0;
  for (const sentence of sentences) {
    while (ti < turns.length && turns[ti]!.end <= sentence.start) ti++;
    if (ti < turns.length && turns[ti]!.start <= sentence.start) continue;
    // A run-on "sentence" (a list, a table, broken markup) is read in pieces, which keeps the
    // work per cue bounded.
    for (const s of pieces(text, sentence)) {
      try {
        readSentence(text, s, quotes, drafts);
      } catch {
        // a sentence we cannot read is skipped, never the article
      }
    }
  }
  try {
    addUnclaimedQuotes(text, quotes, drafts);
    speakerHeardInCourt(text, drafts, quotes);
    return finish(text, dropDuplicateContent(drafts), quotes, entities);
  } catch {
    return [];
  }
}

const MAX_SENTENCE = 2000;

function pieces(text: string, s: Span): Span[] {
  if (s.end - s.start <= MAX_SENTENCE) return [s];
  const out: Span[] = [];
  let a = s.start;
  while (a < s.end) {
    let b = Math.min(s.end, a + MAX_SENTENCE);
    if (b < s.end) {
      const cut = text.lastIndexOf(' ', b);
      if (cut > a + MAX_SENTENCE / 2) b = cut;
    }
    out.push({ start: a, end: b });
    a = b;
  }
  return out;
}

// ---- one sentence -----------------------------------------------------------------------

function readSentence(text: string, s: Span, quotes: QuoteIndex, drafts: Draft[]): void {
  const t = tokenize(text, s.start, s.end);
  const n = t.length;
  if (n < 2) return;
  const local: Draft[] = [];
  // A cue that closes the sentence ("…, Politico reported." / "…, said Ruiz." / "…, according
  // to X.") owns everything before it: read it first, so that a verb inside its content
  // ("X plans to …, Politico reported") does not take the sentence.
  const head = headlineColon(t, quotes);
  if (head) {
    drafts.push(head);
    return;
  }
  const tail = trailingCue(text, t, s, quotes, local);
  const stop = tail ? tail.from : n;
  // Token index up to which this sentence's text is already someone's content.
  let claimedTo = tail ? tail.from - 1 : -1;
  for (let i = 0; i < stop; i++) {
    if (!t.word[i]) continue;
    // Inside someone's content only a relative clause about a named person is the writer's
    // own report ("X said the leader, who called Xi a “friend”, had …").
    const nested = i <= claimedTo || !!tail;
    if (nested && !(t.low[i - 1] === 'who' && t.raw[i - 2] === ',')) continue;
    const d = cueAt(text, t, i, s, quotes, local);
    if (!d) continue;
    afterRelativeClause(t, d.draft, quotes);
    if (!nested) subordinateClause(t, i, quotes, d); // "Although X said …, Y …": the opening clause is read on its own
    local.push(d.draft);
    if (!nested) claimedTo = Math.max(claimedTo, d.contentEnd);
  }
  if (tail) {
    local.push(tail.draft);
    // "…, Nefzi said, adding, “…”": what follows the closing cue may start its own attribution
    const cueEnd = tail.draft.cue?.end ?? s.end;
    for (let i = tail.from + 1; i < n; i++) {
      if (!t.word[i] || t.start[i]! < cueEnd) continue;
      // "…,” he said when asked about …": the question put to the speaker
      if (t.low[i] === 'asked') {
        const q = questionCue(t, i, quotes);
        if (q) local.push({ content: q.content, source: q.source, speakerSpan: null, cue: q.cue, rule: 'question-cue' });
        if (q) break;
      }
      const e = CUE_FORMS.get(t.low[i]!);
      if (!e || e.form !== 'ing') continue;
      const d = cueAt(text, t, i, s, quotes, local);
      if (d) local.push(d.draft);
      break;
    }
  }
  for (const d of local) dropExtraposedIt(t, d);
  drafts.push(...local);
}

type Found = { draft: Draft; contentEnd: number };
type CueEntry = { verb: CueVerb; form: VerbForm } | undefined;

/** What a cue reader sees at a word: the sentence's tokens, the word, the quotes and this sentence's attributions so far. */
export interface CueSite {
  text: string;
  t: Tokens;
  i: number;
  s: Span;
  quotes: QuoteIndex;
  local: Draft[];
  /** The lexicon's reading of the word as a verb of saying (computed on first use). */
  entry(): CueEntry;
}

interface CueReader {
  read(c: CueSite): Found | null;
  /** When true at a word, the reader's answer (even none) is the word's: no later reader is tried. */
  final?(c: CueSite): boolean;
}

const asFound = (o: { content: Span[]; source: Span | null; cue: Span | null; contentEnd: number } | null): Found | null =>
  o ? { draft: { content: o.content, source: o.source, speakerSpan: null, cue: o.cue }, contentEnd: o.contentEnd } : null;

/** The engine's cue readers by name; each language lists the ones it uses, in order (locales/<lang>/attribution/cue-readers.ts). */
const CUE_READERS: Record<EnCueReader, CueReader> = {
  'according-to': {
    final: (c) => c.t.low[c.i] === 'according' && c.t.low[c.i + 1] === 'to',
    read: (c) => (c.t.low[c.i] === 'according' && c.t.low[c.i + 1] === 'to' ? accordingTo(c.text, c.t, c.i, c.s, c.quotes) : null),
  },
  'raised-cue': { read: (c) => asFound(raisedCue(c.t, c.i, c.quotes)) },
  'question-or-seem': {
    read: (c) => {
      const asked = (finiteAsked(c.t, c.i) ? null : questionCue(c.t, c.i, c.quotes)) ?? seemCue(c.t, c.i, c.quotes);
      // "She was asked whether …", "it may seem": the auxiliaries belong to the cue
      if (asked) asked.cue = { start: c.t.start[auxiliariesBefore(c.t, c.i)]!, end: asked.cue.end };
      return asFound(asked);
    },
  },
  'document-cue': { read: (c) => asFound(documentCue(c.t, c.i, c.quotes)) },
  'evidential-cue': { read: (c) => asFound(evidentialCue(c.t, c.i, c.quotes)) }, // "reportedly", "allegedly": a cue without a source
  'verb-cue': {
    read: (c) => {
      const entry = c.entry();
      return entry ? verbCue(c.text, c.t, c.i, entry.verb, entry.form, c.s, c.quotes, c.local) : null;
    },
  },
  'adjective-cue': { read: (c) => asFound(expletive(c.t, adjectiveCue(c.t, c.i, c.quotes))) },
  'noun-cue': { read: (c) => asFound(adjunctHolder(c.t, c.i, ownedByPredicate(c.t, nounCue(c.t, c.i, c.quotes), c.quotes))) },
  'agent-noun-cue': { read: (c) => asFound(agentNounCue(c.t, c.i, c.quotes)) },
  'gerund-cue': { read: (c) => asFound(gerundCue(c.t, c.i, c.quotes, c.entry())) }, // "after saying …"
  'participle-relative': { read: (c) => asFound(participleRelative(c.t, c.i, c.quotes, c.entry())) }, // "a group backing X"
  'infinitive-cue': { read: (c) => asFound(infinitiveCue(c.t, c.i, c.quotes, c.entry())) }, // "went on CNN to declare …"
};

function cueAt(text: string, t: Tokens, i: number, s: Span, quotes: QuoteIndex, local: Draft[]): Found | null {
  if (quotes.insideQuote(t.start[i]!)) return null; // what a quoted speaker says is part of the quote
  if (nominalParticiple(t, i)) return null; // "the accused"
  let entry: CueEntry | null = null;
  const site: CueSite = {
    text, t, i, s, quotes, local,
    // verbs of taking sides (back, side with, vote for) and of issuing a document beside the lexicon
    entry: () => (entry === null ? (entry = topicRegarding(t, i) ? undefined : stanceOverride(t, i) ?? CUE_FORMS.get(t.low[i]!) ?? stanceVerbAt(t, i) ?? issuingVerbAt(t, i) ?? lightVerbAt(t, i)) : entry),
  };
  for (const name of EN_CUE_READERS) {
    const reader = CUE_READERS[name];
    const found = reader.read(site);
    if (found) {
      found.draft.rule ??= name;
      return found;
    }
    if (reader.final?.(site)) return null;
  }
  return null;
}

const NOT_SPEAKERS = new Set([
  'update', 'updated', 'note', 'editor', 'photo', 'photos', 'video', 'watch', 'read', 'related', 'source', 'sources',
  'correction', 'breaking', 'latest', 'contributing', 'exclusive', 'analysis', 'opinion', 'live', 'q', 'a', 'question', 'answer', 'warning',
  'caption', 'credit', 'credits', 'image', 'images', 'listen', 'see', 'more', 'also', 'tags', 'topics', 'share',
]);

// A headline's "Name: what they said" ("McCain: Populist Anger Appeals to ‘Bad Angels’").
function headlineColon(t: Tokens, quotes: QuoteIndex): Draft | null {
  let c = -1;
  for (let k = 1; k <= 4 && k < t.length; k++) if (t.raw[k] === ':') { c = k; break; }
  if (c < 1 || t.length - c < 4) return null;
  for (let k = 0; k < c; k++) {
    if (!t.word[k] || !t.cap[k] || NOT_SPEAKERS.has(t.low[k]!) || t.raw[k] === t.raw[k]!.toUpperCase()) return null;
  }
  if (nameList(t, c + 1)) return null; // "Iowa: Ann Lee, Bo Diaz, Cy Park": a heading over a list of names
  return {
    content: [spanOf(t, c + 1, lastContentToken(t, t.length - 1), quotes)],
    source: { start: t.start[0]!, end: t.end[c - 1]! },
    speakerSpan: null,
    cue: { start: t.start[c]!, end: t.end[c]! },
    rule: 'headline-colon',
  };
}

// Whether the tokens from a to the sentence end are only names set apart by commas ("Ann Lee,
// Bo Diaz and Cy Park."): a list, which says nothing.
function nameList(t: Tokens, a: number): boolean {
  let commas = 0;
  let k = a;
  for (; k < t.length && t.raw[k] !== '.'; k++) {
    if (t.raw[k] === ',' || t.low[k] === 'and') commas++;
    else if (!(t.word[k] && t.cap[k]) || t.poss[k]) return false;
  }
  return commas >= 2 && k >= t.length - 1;
}

// The attribution whose cue closes the sentence and whose content is all before it, with the
// token index its part of the sentence starts at.
function trailingCue(text: string, t: Tokens, s: Span, quotes: QuoteIndex, local: Draft[]): { draft: Draft; from: number } | null {
  // "…, suggesting that …, he said Tuesday.": a cue that closes the sentence owns the participle clause before it
  const whole = closingCueBefore(text, t, t.length, s, quotes, local);
  if (whole) return whole;
  let n = t.length;
  // "…, Hollande said Tuesday, noting …": the closing cue may be followed by a participle clause
  for (let j = Math.max(2, n - 40); j < n - 1; j++) {
    if (t.raw[j] === ',' && CUE_FORMS.get(t.low[j + 1]!)?.form === 'ing' && !quotes.insideQuote(t.start[j]!)) {
      n = j;
      break;
    }
  }
  return n < t.length ? closingCueBefore(text, t, n, s, quotes, local) : null;
}

/** The cue among the last tokens before token n whose content is all of the sentence before it. */
function closingCueBefore(text: string, t: Tokens, n: number, s: Span, quotes: QuoteIndex, local: Draft[]): { draft: Draft; from: number } | null {
  for (let i = n - 1; i >= 2 && i >= n - 16; i--) {
    if (!t.word[i] || t.raw[i - 1] === undefined) continue;
    const low = t.low[i]!;
    if (!(CUE_FORMS.has(low) || (low === 'according' && t.low[i + 1] === 'to'))) continue;
    // the clause must be set off: a comma, dash or closing quote before the source or the verb
    let k = i - 1;
    while (k >= 0 && k >= i - 10 && t.raw[k] !== ',' && t.raw[k] !== '—' && !isCloseQuote(t.raw[k]!)) k--;
    if (k < 1 || k < i - 10) continue;
    const d = cueAt(text, t, i, s, quotes, local);
    if (!d || d.draft.content.length !== 1) continue;
    const c = d.draft.content[0]!;
    const cueStart = d.draft.cue?.start ?? t.start[i]!;
    if (c.end > cueStart || c.end > t.start[k]! + 1) continue;
    if (c.start > t.start[firstContentToken(t, 0)]! && !isOpenQuote(text[c.start]!)) continue;
    return { draft: d.draft, from: k };
  }
  return null;
}

// "according to X, …" / "…, according to X" / "…, according to X, …"
function accordingTo(text: string, t: Tokens, i: number, s: Span, quotes: QuoteIndex): { draft: Draft; contentEnd: number } | null {
  const cue = { start: t.start[i]!, end: t.end[i + 1]! };
  let src = nounPhraseRight(t, i + 2);
  if (!src) return null;
  // "according to a tally by the Associated Press": the document's author is the source
  const by = t.low[src[1] + 1];
  const author = (by === 'by' || by === 'from') ? nounPhraseRight(t, src[1] + 2) : null;
  if (author) src = author;
  const content: Span[] = [];
  // before: from the sentence start to the comma before "according"
  const before = lastContentToken(t, i - 1);
  if (before >= 0 && firstContentToken(t, 0) < before) content.push(spanOf(t, firstContentToken(t, 0), before, quotes));
  // "…, according to someone in attendance." / "… an account she gave to The Post.": closing the
  // sentence with no comma after it, the rest of the phrase still describes the source
  // ("… according to Ruiz on Monday.": a time phrase is neither source nor content)
  const end = lastContentToken(t, t.length - 1);
  let tail = true;
  if (content.length && end > src[1] && !author) {
    let comma = false;
    for (let k = src[1] + 1; k <= end && !comma; k++) comma = t.raw[k] === ',' || t.raw[k] === ';' || isOpenQuote(t.raw[k]!);
    if (!comma && beforeTimeAdjunct(t, end) !== end) tail = false;
    else if (!comma) src = [src[0], end];
  }
  const source = { start: t.start[src[0]]!, end: t.end[src[1]]! };
  // after: from after the source (and its comma) to the end
  let k = src[1] + 1;
  if (t.raw[k] === ',') k++;
  if (k <= end && tail) content.push(spanOf(t, k, end, quotes));
  if (!content.length) return null;
  void s;
  void text;
  return { draft: { content, source, speakerSpan: null, cue }, contentEnd: t.length - 1 };
}

// Whether a source is only an owner's pronoun ("his attacks on Rubio"): a participle after it
// ("…, saying …") goes with the clause's subject instead.
function ownerOnly(text: string, source: Span): boolean {
  const w = text.slice(source.start, source.end).toLowerCase();
  return w === 'his' || w === 'her' || w === 'their' || w === 'its';
}

// The attribution just before whose content ends right at the comma before a finite verb.
function coordinated(t: Tokens, comma: number, form: string, local: Draft[]): Draft | null {
  if ((form !== 'past' && form !== 's') || t.raw[comma] !== ',' || comma < 1) return null;
  const before = local[local.length - 1];
  const last = before?.content[before.content.length - 1];
  return before?.source && last && last.end === t.end[comma - 1] ? before : null;
}

// Whether a span lies in an introductory phrase that opens the sentence with a preposition and
// ends in a comma before token limit ("In a letter released Monday, Sanders rips …, arguing …"):
// a participle after the main clause goes with the main clause's subject, not with a noun there.
function inIntroduction(t: Tokens, span: Span, limit: number): boolean {
  const first = firstContentToken(t, 0);
  if (first < 0 || !TRUE_PREPOSITIONS.has(t.low[first]!)) return false;
  for (let k = first + 1; k < limit && k <= first + 14; k++) if (t.raw[k] === ',') return span.end <= t.start[k]!;
  return false;
}

// "It is clear that …": an expletive "it" names no one.
function expletive<T extends { source: Span | null }>(t: Tokens, o: T | null): T | null {
  if (!o?.source) return o;
  const j = t.start.indexOf(o.source.start);
  if (j >= 0 && t.end[j] === o.source.end && t.low[j] === 'it') o.source = null;
  return o;
}

// "Vargas, an activist, asked the candidate if …": after an apposition, "asked" with the one asked
// as its object is a finite verb of its own, not a question put to someone ("…, asked about it, …").
const QUESTION_OPENERS = new Set(['about', 'whether', 'if', 'by', 'what', 'how', 'why', 'who', 'when', 'where', 'to', 'for', 'on', 'during', 'in']);
function finiteAsked(t: Tokens, i: number): boolean {
  return t.low[i] === 'asked' && t.raw[i - 1] === ',' && i >= 4 && t.word[i + 1] === true && !QUESTION_OPENERS.has(t.low[i + 1]!) && !isOpenQuote(t.raw[i + 1]!);
}

// The first of the auxiliaries and adverbs right before token i (has also been asked), or i.
function auxiliariesBefore(t: Tokens, i: number): number {
  let a = i;
  while (a - 1 >= 0 && t.word[a - 1] && t.low[a - 1] !== 'to' && (AUXILIARIES.has(t.low[a - 1]!) || CUE_ADVERBS.has(t.low[a - 1]!))) a--;
  return a;
}

// Verbs whose passive reports a belief or a claim without saying whose: "Sanders is expected
// to win", "the deal is said to be near", "he was described as …".
const PASSIVE_REPORTS = new Set(['expect', 'believe', 'think', 'consider', 'say', 'report', 'project', 'rumor', 'rumour', 'see', 'view',
  'know', 'allege', 'estimate', 'predict', 'describe', 'deem', 'regard', 'suppose', 'understand', 'fear', 'tip', 'assume', 'forecast']);

function agentlessPassive(t: Tokens, a: number, b: number, verb: CueVerb, quotes: QuoteIndex, cue: Span): { draft: Draft; contentEnd: number } | null {
  if (!PASSIVE_REPORTS.has(verb.base)) return null;
  const first = firstContentToken(t, 0);
  if (first >= a) return null;
  const k = b + 1;
  const w = t.low[k] ?? '';
  if (!(w === 'to' || w === 'that' || w === 'as')) return null;
  // "the war was supposed to be over", "taxes are supposed to fund schools": "be supposed to" is
  // the idiom of duty or plan, not a belief reported ("it is supposed that …" still is one)
  if (verb.base === 'suppose' && w === 'to') return null;
  const last = lastContentToken(t, t.length - 1);
  if (last < k) return null;
  // the subject from the clause start (after an introductory phrase) to the auxiliary
  let s = first;
  for (let j = a - 1; j > first; j--) if (t.raw[j] === ',') { s = j + 1; break; }
  const content = [spanOf(t, s, a - 1, quotes), spanOf(t, w === 'as' ? k + 1 : k, last, quotes)];
  // ("is known as": the "as" of a name is the cue's; after a verb of judging, "seen as a threat",
  // it opens the judgement)
  const linked = w === 'as' && verb.base === 'know' ? { start: cue.start, end: t.end[k]! } : cue;
  return { draft: { content, source: null, speakerSpan: null, cue: linked }, contentEnd: last };
}

function verbCue(
  text: string,
  t: Tokens,
  i: number,
  verb: CueVerb,
  form: string,
  s: Span,
  quotes: QuoteIndex,
  local: Draft[],
): Found | null {
  // The four stages of reading a verb of saying: its verb group (auxiliaries, adverbs, particles,
  // voice), the slot its subject sits in, the source span, and the content.
  const group = verbGroup(t, i, verb, form);
  if (!group) return null;
  const slot = subjectSlot(text, t, group, quotes, local);
  if ('done' in slot) return slot.done;
  return verbContent(text, t, group, slot, sourceOf(t, slot), quotes);
}

/** A verb of saying with its auxiliaries, adverbs and particles, its voice, and the word before it. */
interface VerbGroup {
  i: number;
  verb: CueVerb;
  /** The verb's form, or the aspect verb's before an infinitive ("tried to argue"). */
  form: string;
  /** First and last token of the verb group. */
  a: number;
  b: number;
  aux: boolean;
  auxWord: string;
  passive: boolean;
  /** The token before the subject's verb group (past time words, a participle phrase, an aside). */
  prevIdx: number;
  prev: string;
  prevRaw: string;
  /** The word after the verb group. */
  next: string;
  reduced: boolean;
  documentNoun: number;
  cue: Span;
}

/** Where the subject is: a source span already known (the clause before), or a token range. */
type SubjectSlot = { done: Found | null } | {
  source: Span | null;
  speakerSpan: Span | null;
  srcRange: [number, number] | null;
  inverted: boolean;
  /** Where content after the cue may begin. */
  afterIdx: number;
};

// ---- stage 1: the verb group
function verbGroup(t: Tokens, i: number, verb: CueVerb, form: string): VerbGroup | null {
  const n = t.length;
  // "continued to call for …", "began taking calls": a verb that only introduces quotations is
  // an aspect verb before an infinitive or a gerund, not a verb of saying
  if (verb.quoteOnly && (t.low[i + 1] === 'to' || (t.low[i + 1]!.length > 4 && t.low[i + 1]!.endsWith('ing')))) return null;
  // "showed up", "found herself in trouble": a particle the verb does not take, or a reflexive
  // object of "find", makes another verb (turn up, end up), not one of saying or knowing
  // ("said up to a third of …", "said up to 40 people …": "up to" there counts, it is no particle)
  if (OTHER_VERB_PARTICLES.has(t.low[i + 1] ?? '') && !verb.particles.includes(t.low[i + 1]!) && !upToAmount(t, i + 1)) return null;
  if (verb.base === 'find' && REFLEXIVES.has(t.low[i + 1] ?? '')) return null;
  // The cue: auxiliaries and adverbs just before the verb, particles just after it.
  let a = i;
  let aux = false;
  let auxWord = '';
  let passive = false;
  for (;;) {
    // (a capitalised "May" or "Will" inside a sentence before a lower-case word is a month or a
    // name, not a modal: "in May found", "George Will urged"; a headline capitalises every word)
    while (a - 1 >= 0 && t.word[a - 1] && ((AUXILIARIES.has(t.low[a - 1]!) && !(a - 1 > 0 && t.cap[a - 1] && !t.cap[a])) || CUE_ADVERBS.has(t.low[a - 1]!) || (isLyAdverb(t.low[a - 1]!) && !t.cap[a - 1]))) {
      const w = t.low[a - 1]!;
      if (w === 'to') break; // "declined to say": the governing verb is not ours
      if (AUXILIARIES.has(w)) {
        aux = true;
        if (!auxWord && w !== 'not' && w !== 'never') auxWord = w;
      }
      a--;
    }
    // "have in particular noted", "has nevertheless called", "both denounced"
    const adv = t.low[a - 1] === 'to' ? -1 : adverbialBefore(t, a);
    if (adv < 0) break;
    a = adv;
  }
  // "tried to argue that …", "is trying to show …", "continued to portray …": a verb of trying,
  // beginning or going on before the infinitive is part of the cue, and its subject the source
  if (form === 'base' && a === i && i >= 2 && t.low[i - 1] === 'to' && t.word[i - 2]) {
    const aspect = aspectForm(t.low[i - 2]!);
    // (a particle the verb does not take makes another verb: "failed to show up")
    if (aspect && ADVERB_PARTICLES.has(t.low[i + 1] ?? '') && !verb.particles.includes(t.low[i + 1]!)) return null;
    if (aspect) {
      form = aspect;
      a = i - 2;
      while (a - 1 >= 0 && t.word[a - 1] && (AUXILIARIES.has(t.low[a - 1]!) || CUE_ADVERBS.has(t.low[a - 1]!) || (isLyAdverb(t.low[a - 1]!) && !t.cap[a - 1])) && t.low[a - 1] !== 'to') {
        const w = t.low[a - 1]!;
        if (AUXILIARIES.has(w)) {
          aux = true;
          if (!auxWord && w !== 'not' && w !== 'never') auxWord = w;
        }
        a--;
      }
    }
  }
  let b = i;
  // ("agreed to pay": a "to" that opens an infinitive is the content's, not the verb's particle)
  if (verb.particles.includes(t.low[i + 1] ?? '') && !(t.low[i + 1] === 'to' && verb.infinitive && opensInfinitive(t, i + 2))) {
    b = i + 1;
    // a second particle of the verb: "pushed back against", "spoke out about" (not "to": "pointed out to reporters")
    const second = t.low[i + 2] ?? '';
    if (second !== t.low[i + 1] && second !== 'to' && verb.particles.includes(second) && t.word[i + 3]) b = i + 2;
  }
  else if (verb.particleOnly) return null;
  // "Priebus later Thursday told …": time words between the subject and its verb
  let prevIdx = a - 1;
  while (prevIdx > 0 && t.word[prevIdx] && (MONTHS_DAYS.has(t.low[prevIdx]!) || (t.low[prevIdx] === 'later' || t.low[prevIdx] === 'earlier')) && t.word[prevIdx - 1]) prevIdx--;
  prevIdx = beforeTimeAdjunct(t, prevIdx); // "Clinton on Tuesday said": the subject is before the time words
  // "A poll released Monday showed": the participle and its time words belong to the subject
  const reduced = prevIdx > 0 && prevIdx < a - 1 && (form === 'past' || form === 's') && CUE_FORMS.get(t.low[prevIdx]!)?.form === 'past' && reducedBeforeVerb(t, prevIdx);
  if (reduced) prevIdx--;
  // "A poll released by the college in May found": the document is the subject, its participle phrase the subject's
  const documentNoun = !reduced && (form === 'past' || form === 's') ? publishedSubject(t, a) : -1;
  if (documentNoun >= 0) prevIdx = documentNoun;
  // "which together vowed", "aides were upbeat, perhaps recognizing": an adverb outside the cue
  if (prevIdx > 0 && OPEN_ADVERBS.has(t.low[prevIdx]!) && (t.word[prevIdx - 1] || t.raw[prevIdx - 1] === ',')) prevIdx--;
  // "Clinton, meanwhile, criticized …", "… and, once again, denied …": a sentence adverb set off by
  // commas lies between the subject and its verb; the subject (or the joiner) is before it
  const aside = prevIdx > 1 && t.raw[prevIdx] === ',' ? adverbAside(t, prevIdx) : -1;
  if (aside >= 0) prevIdx = aside;
  const prev = prevIdx >= 0 ? t.low[prevIdx]! : '';
  const prevRaw = prevIdx >= 0 ? t.raw[prevIdx]! : '';
  const next = t.low[b + 1] ?? '';

  // Uses that are not attributive.
  if (t.cap[i] && i > 0 && !isOpenQuote(t.raw[i - 1]!) && t.raw[i - 1] !== ':' && isProse(t)) return null; // "the United States"

  if (prevIdx >= 0 && t.word[prevIdx] && DETERMINERS.has(prev) && prev !== 'that' && !pluralSubject(t, prevIdx, i, form as VerbForm, verb)) return null; // the announced plan, his claims
  if (prevIdx >= 0 && t.poss[prevIdx]) return null; // Trump's claims
  if (t.low[i] === 'said' && prev === 'that' && next === ',') return null; // "That said, …"
  if (prev === 'to' && !aux) {
    // "declined to say", "wants to discuss": only as a content-less infinitive, skip
    return null;
  }

  // a form of "be" as the nearest auxiliary makes a past participle passive ("is widely expected")
  // ("he's said" is "he has said"; "it's said" is passive)
  passive = form === 'past' && BE.has(auxWord) && (auxWord !== "'s" || ['it', 'that', 'what', 'this'].includes(t.low[a - 1] ?? ''));
  // "the contests known as Super Tuesday", "a letter written by aides": a participle that is no
  // simple past is passive unless "have" goes with it
  if (form === 'past' && PARTICIPLES.has(t.low[i]!) && !['has', 'have', 'had', 'having', "'ve", "'d", "hasn't", "haven't", "hadn't"].includes(auxWord)) passive = true;
  if (form === 'base' && aux && !MODAL.has(auxWord)) return null; // "is term", "have state"
  if (form === 'ing' && aux && !BE.has(auxWord)) return null;
  if (form === 'past' && !aux && reducedBeforeVerb(t, b)) return null; // "A poll released Monday showed …": the participle is the subject's
  const cue: Span = { start: t.start[a]!, end: t.end[b]! };
  return { i, verb, form, a, b, aux, auxWord, passive, prevIdx, prev, prevRaw, next, reduced, documentNoun, cue };
}

// ---- stage 2: the subject slot
function subjectSlot(text: string, t: Tokens, g: VerbGroup, quotes: QuoteIndex, local: Draft[]): SubjectSlot {
  const { i, verb, form, a, b, aux, passive, prevIdx, prev, prevRaw, next, reduced, documentNoun, cue } = g;
  const n = t.length;
  let source: Span | null = null;
  let speakerSpan: Span | null = null;
  let srcRange: [number, number] | null = null;
  let inverted = false;
  let afterIdx = b + 1; // where content after the cue may begin

  if (passive) {
    // "was confirmed by X": the subject is the content, the agent the source.
    if (next !== 'by') return { done: agentlessPassive(t, a, b, verb, quotes, cue) };
    const src = nounPhraseRight(t, b + 2);
    if (!src) return { done: null };
    // "A memo written by the mayor says …": the participle is part of the next verb's subject
    for (let m = src[0] + 1; m <= src[1]; m++) if (!t.cap[m] && CUE_FORMS.get(t.low[m]!)?.form === 's' && !CUE_FORMS.get(t.low[m]!)!.verb.noun) return { done: null };
    source = { start: t.start[src[0]]!, end: t.end[src[1]]! };
    const first = firstContentToken(t, 0);
    if (first >= a) return { done: null };
    const content = [spanOf(t, first, a - 1, quotes)];
    return { done: { draft: { content, source, speakerSpan: null, cue }, contentEnd: src[1] } };
  }

  if (form === 'ing' && !aux) {
    // ", saying …", ", adding …": the subject is the one of the clause before.
    // "O'Malley calling Trump a …", "with 30 percent of voters saying …": the noun phrase before.
    // (the comma may sit inside a closing quotation mark: "… “won the farmers,” claiming …")
    const comma = prevRaw === ',' || (isCloseQuote(prevRaw) && t.raw[prevIdx - 1] === ',');
    const reduced = !comma && prev !== 'and' && prev !== 'while' && prevRaw !== '—' && prevRaw !== '–' ? reducedRelative(t, prevIdx) : null;
    if (!comma && prev !== 'and' && prev !== 'while' && prevRaw !== '—' && prevRaw !== '–' && !reduced) return { done: null };
    const before = local[local.length - 1];
    const joined = reduced ? null : joinedPronoun(t, prevIdx);
    if (reduced) {
      srcRange = reduced;
    } else if (joined) {
      srcRange = joined;
    } else if (before?.source && !ownerOnly(text, before.source) && !inIntroduction(t, before.source, prevIdx)) {
      source = before.source;
      speakerSpan = before.speakerSpan;
      // "with Clinton — who's called for … — lambasting …": the relative's antecedent, past its clause
      const w = t.start.indexOf(before.source.start);
      if (w > 0 && t.end[w] === before.source.end && (t.low[w] === 'who' || t.low[w] === 'which')) {
        const ante = antecedent(t, w) ?? (t.raw[w - 1] === '—' || t.raw[w - 1] === '–' ? nounPhraseLeft(t, w - 2) : null);
        if (ante) {
          source = null;
          srcRange = ante;
        }
      }
    } else {
      // (a subject after the comma is none: "aides were upbeat, perhaps recognizing …")
      const opener = sentenceSubject(t, a);
      const subj = (opener && opener[0] <= prevIdx ? opener : null) ?? clauseSubject(t, a);
      if (!subj) return { done: null };
      // "Lee quickly pivoted to the budget, arguing …": the subject, not its clause
      srcRange = subjectOnly(t, subj);
    }
  } else if (prevIdx < 0 || prevRaw === ',' || isCloseQuote(prevRaw) || prevRaw === '—' || prevRaw === '–') {
    // Inverted: "…,” said Putin." / "…, said the official."
    if (prevIdx < 0 && form !== 'past' && form !== 's') return { done: null };
    // (not "… said of the plan" or "… said dryly": a preposition or an adverb opens no speaker)
    const opensNp = !(t.low[b + 1] === 'of' || t.low[b + 1] === 'for' || (isLyAdverb(t.low[b + 1] ?? '') && !t.cap[b + 1]));
    const r = (prevIdx < 0 && !quoteBefore(text, t, quotes)) || verb.base === 'tell' || form === 'base' || !opensNp ? null : nounPhraseRight(t, b + 1);
    const appos = prevRaw === ',' ? appositiveSource(t, prevIdx, quotes) : null;
    const rEnd = r ? r[1] + 1 : -1;
    const closes = r && (rEnd >= n || t.raw[rEnd] === '.' || t.raw[rEnd] === ',' || t.raw[rEnd] === ';' || t.raw[rEnd] === '!' || t.raw[rEnd] === '?' || t.raw[rEnd] === '(');
    // (an appositive subject opening the sentence keeps its verb: "Rawlings, 59, who …, said the event …")
    const opensWithAppos = !!appos && appos[0] <= firstContentToken(t, 0) && !quoteBefore(text, t, quotes);
    if (r && (verb.quote || verb.that) && !opensWithAppos && (closes || (!appos && endsClause(t, rEnd)))) {
      srcRange = r;
      inverted = true;
      afterIdx = r[1] + 1;
    } else if (appos) {
      // "Clinton, who …, said" / "Peter Cook, Carter's press secretary, said"
      srcRange = appos;
    } else {
      srcRange = distantSubject(t, prevIdx, quotes); // "A member of the club, Ann Ortiz, said": the subject before an aside
      if (!srcRange) {
        // "Biden defended the plan, mocked the GOP, and praised Obama": the next verb of a list
        // goes on with the subject of the one whose content ends at the comma
        const before = coordinated(t, prevIdx, form, local);
        if (!before) return { done: null };
        source = before.source;
        speakerSpan = before.speakerSpan;
      }
    }
  } else {
    if (!t.word[prevIdx] && prevRaw !== ')') return { done: null };
    if (prev === 'and' || prev === 'but' || prev === 'or') {
      // "Clinton visited Iowa and said …": the subject of the clause before
      const before = local[local.length - 1];
      // (a nearer clause's own subject wins: "… when Trump spotted a sign and asked …")
      const near = joinedSubject(t, prevIdx, quotes);
      if (near && (!before?.source || before.source.end <= t.start[near[0]]!)) {
        srcRange = near;
      } else if (before?.source) {
        source = before.source;
        speakerSpan = before.speakerSpan;
      } else {
        const subj = sentenceSubject(t, prevIdx);
        if (!subj) return { done: null };
        srcRange = subj;
      }
    } else {
      if (NP_BOUNDARY.has(prev) && !RELATIVE.has(prev)) return { done: null };
      // base and -s forms need a subject that fits them; nouns-as-verbs need a clear one
      const far = aux ? null : pluralSubject(t, prevIdx, i, form as VerbForm, verb); // "Voters in each state say": a head before its phrase
      if (!aux && !far && !subjectFits(t, prevIdx, form, verb)) return { done: null };
      let np = far ?? nounPhraseLeft(t, prevIdx);
      if (!np) return { done: null };
      // "Trump at the time said", "Clinton on Tuesday said": a short phrase between subject and verb
      const pp = np[0] - 1;
      if (pp >= 1 && TRUE_PREPOSITIONS.has(t.low[pp]!) && np[1] - np[0] <= 2 && !t.cap[np[1]] && (t.cap[pp - 1] || PRONOUNS.has(t.low[pp - 1]!))) {
        const subj = nounPhraseLeft(t, pp - 1);
        if (subj) np = subj;
      } else if (pp >= 1 && t.low[pp] === 'from' && t.word[pp - 1] && (t.cap[pp - 1] || pluralNounAt(t, pp - 1))) {
        // "Dr Maria Keane from the University of Limerick said", "Critics from both parties said": the phrase
        // after "from" tells where the subject comes from; the subject is the noun phrase before it
        const subj = nounPhraseLeft(t, pp - 1);
        if (subj) np = [subj[0], np[1]];
      } else if (pp >= 2 && TRUE_PREPOSITIONS.has(t.low[pp]!) && !t.cap[pp - 1] && t.low[pp - 1]!.endsWith('ing') && t.word[pp - 2] && (t.cap[pp - 2] || t.low[pp - 2]!.endsWith('s'))) {
        // "Protesters marching through the streets chanted": the participle phrase modifies the subject
        const subj = nounPhraseLeft(t, pp - 2);
        if (subj) np = subj;
      }
      // "the plan which critics rejected in May": the antecedent is what they rejected
      // (not a form that may be a noun with no auxiliary: "the parade float spots …")
      const rel = verb.noun && !aux && form !== 'past' ? null : objectRelative(t, np, b, verb, aux || form === 'past');
      if (rel) {
        const object = spanOf(t, rel.object[0], rel.object[1], quotes);
        const subject: Span = { start: t.start[rel.subject[0]]!, end: t.end[rel.subject[1]]! };
        return { done: { draft: { content: [object], source: subject, speakerSpan: null, cue }, contentEnd: b } };
      }
      srcRange = reduced || documentNoun >= 0 ? [np[0], a - 1] : np;
      if (RELATIVE.has(t.low[np[0]]!) && np[0] === np[1]) {
        // "the Russian leader, who called Xi …": the antecedent names the speaker
        const ante = antecedent(t, np[0]);
        if (ante) speakerSpan = { start: t.start[ante[0]]!, end: t.end[ante[1]]! };
      }
    }
  }
  return { source, speakerSpan, srcRange, inverted, afterIdx };
}

// ---- stage 3: the source span
function sourceOf(t: Tokens, slot: Exclude<SubjectSlot, { done: Found | null }>): Span | null {
  const { srcRange } = slot;
  return srcRange ? { start: t.start[srcRange[0]]!, end: t.end[srcRange[1]]! } : slot.source;
}

// ---- stage 4: the content
function verbContent(text: string, t: Tokens, g: VerbGroup, slot: Exclude<SubjectSlot, { done: Found | null }>, source: Span | null, quotes: QuoteIndex): Found | null {
  const { i, verb, form, a, b, aux, cue } = g;
  const { speakerSpan, srcRange, inverted, afterIdx } = slot;
  const n = t.length;
  const content: Span[] = [];
  let contentEnd = b;
  const srcStart = srcRange ? srcRange[0] : a;
  const relative = !!srcRange && RELATIVE.has(t.low[srcRange[0]]!) && srcRange[0] === srcRange[1];
  // After: skip the hearer ("told reporters"), adjuncts ("in a statement on Friday"), then
  // a that-clause, a quotation, a clause or an object.
  let after: Span | null = null;
  let afterTok = -1;
  let documentEnd = -1; // last token of the issued document and its participle, when the cue takes them
  let parenthetical = false; // "The economy, he said, is weak." / "“A,” he said, “B.”"
  let from: ContentStart | null = null;
  let k = afterIdx;
  // a semicolon right after the verb closes its clause: what follows is another sentence
  // ("The plan will fail, analysts say; in 2012 …"), and the content is before the verb
  if (t.raw[k] === ';') k = n;
  else if (t.raw[k] === ',' && SENTENCE_ADVERBS.has(t.low[k + 1] ?? '') && t.raw[k + 2] === ',') {
    k += 3; // "He added, though, that …"
  } else if (t.raw[k] === ',') {
    parenthetical = true;
    k++;
    // "…, he said, adding …": the next cue takes it from here
    const e = CUE_FORMS.get(t.low[k] ?? '');
    if (e && e.form === 'ing') k = n;
  }
  if (k < n) {
    from = parenthetical ? { start: k, last: -1, topic: false } : contentStart(t, k, verb, b > i, (form === 'base' || form === 's') && !aux);
    let start = from.start;
    if (start >= 0 && NOT_CONTENT_START.has(t.low[start]!)) start = -1; // "easier said than done"
    // "issued a statement Friday saying …": the document and the participle are the cue's
    const doc = parenthetical || inverted ? null : start === k ? issuedDocument(t, start, verb.base) ?? lightObject(t, start, verb.base) : from.topic ? topicAbout(t, k, start) : null;
    if (doc) {
      start = doc.contentStart;
      documentEnd = doc.cueEnd;
    }
    if (start >= 0) {
      let last = lastContentToken(t, from.last >= 0 ? from.last : n - 1);
      if (relative) {
        // a relative clause ends at its comma
        for (let j = start; j <= last; j++) if (t.raw[j] === ',' && !quotes.insideQuote(t.start[j]!)) { last = j - 1; break; }
      }
      last = beforeNextSpeaker(t, start, last, quotes, verb);
      // what an object-only verb (criticized, called out, defended) takes is a noun phrase,
      // which ends at its comma: "… attacked Trump, with whom he clashed …"
      if (verb.object && !verb.that && !verb.quote && !isOpenQuote(t.raw[start]!)) {
        for (let j = start + 1; j <= last; j++) if ((t.raw[j] === ',' || t.raw[j] === ';') && !quotes.insideQuote(t.start[j]!)) { last = j - 1; break; }
      }
      // a phrase (an object, a topic, an infinitive) ends before the speaker's next verb
      if ((verb.object && !verb.that && !verb.quote && !isOpenQuote(t.raw[start]!)) || from.topic || t.low[start] === 'to') last = phraseContentEnd(t, start, last, quotes);
      if (isOpenQuote(t.raw[start]!)) last = quoteBeforeClause(t, start, last, quotes);
      if (last >= start) {
        after = spanOf(t, start, last, quotes);
        afterTok = start;
        contentEnd = last;
      }
    } else if (start === -2) {
      // "He said:" and the quotation opens the next paragraph
      const q = quotes.startingAfter(t.end[n - 1]!, text);
      if (q) after = { start: q.start, end: q.end };
    }
  }
  // Before: "“…,” he said" / "The economy is weak, he said" / "…, said Putin" / "…, as X noted".
  let leftEdge = inverted ? a - 1 : srcStart - 1;
  // "As the paper noted, …" / "…, as the Times reported on Tuesday, and …"
  const asClause = !inverted && leftEdge >= 0 && t.low[leftEdge] === 'as';
  if (asClause && leftEdge === firstContentToken(t, 0) && after) parenthetical = false;
  if (asClause && leftEdge >= 1 && t.raw[leftEdge - 1] === ',') leftEdge--;
  const leftTok = leftEdge >= 0 ? t.raw[leftEdge]! : '';
  let before: Span | null = null;
  let quotedBefore = false;
  const prior = leftEdge < 0 ? quoteBefore(text, t, quotes) : null;
  if (prior && !relative) {
    // "“… be?” Pence said in response." — the splitter ended the sentence at the quote's "?"
    before = { start: prior.start, end: prior.end };
    quotedBefore = true;
  } else if (!relative && leftEdge >= 0 && (leftTok === ',' || isCloseQuote(leftTok) || leftTok === '—' || leftTok === '–')) {
    const q = quotes.endingAt(t.end[leftEdge]!, t.start[0]!);
    if (q && titleQuote(t, q.start, leftEdge)) {
      // "On CNN’s “State of the Union,” Ruiz said …": a programme's title, not speech
    } else if (q && (isCloseQuote(leftTok) || leftTok === ',') && !scareQuote(text, q) && !(form === 'ing' && after)) {
      before = { start: q.start, end: q.end };
      quotedBefore = true;
    } else {
      const last = lastContentToken(t, leftEdge);
      const first = firstContentToken(t, 0);
      if (last >= first && first < leftEdge) before = spanOf(t, first, last, quotes);
    }
  }
  // ("…, as Democrats attacked Republicans for …": an "as" clause whose verb has its own object
  // is a clause of reason or time, and the object is what was said)
  const asWithObject = asClause && !!after && !parenthetical && afterTok > 0 && t.raw[afterTok - 1] !== ',' && !isOpenQuote(text[after.start]!);
  if (before && asClause && !asWithObject) {
    content.push(before);
  } else if (before && parenthetical && !quotedBefore && after && isOpenQuote(text[after.start]!) && introductoryPhrase(t, before, quotes)) {
    // "When asked why, Ruiz said, “…”": the phrase before the comma sets the scene, the quotation is what was said
    content.push(after);
  } else if (before && (quotedBefore || parenthetical || (!after && !introductoryPhrase(t, before, quotes)))) {
    // With a quotation before, what follows is only content when set off by a comma
    // ("“A,” he said, “B.”"); "…,” Trump said sarcastically" has none.
    content.push(before);
    if (after && parenthetical && (!quotedBefore || isOpenQuote(text[after.start]!))) content.push(after);
  } else if (after) {
    // An introductory phrase before the comma is not content ("In a statement, he said that …");
    // ", he said, …" with nothing before is not the parenthetical pattern.
    if (!(parenthetical && !before && !isOpenQuote(text[after.start]!))) content.push(after);
  }
  // ("spoke about the plan": a verb of quoting takes the topic's phrase too)
  if (verb.quoteOnly && !(from?.topic && after && content.includes(after)) && !content.some((c) => quotes.quotedLength(c) > 0)) return null;
  if (!content.length) return null;
  // The cue is all of the predicate that is neither source nor content: when what was said came
  // before, the adjunct that closes the clause ("…,” she said with a laugh."). (Adjuncts between
  // the verb and a content after it, "said in a statement Friday that …", are mostly left out.)
  if (!inverted && !(after && content.includes(after))) cue.end = t.end[closingAdjunct(t, b)]!;
  else if (documentEnd > b && after && content.includes(after)) cue.end = t.end[documentEnd]!;
  else if (after && content.includes(after) && !inverted) cue.end = t.end[dayAfterVerb(t, b, afterTok)]!; // "said Tuesday that …"
  // only content actually taken claims the rest of the sentence
  if (!after || !content.includes(after)) contentEnd = b;
  return { draft: { content, source, speakerSpan, cue }, contentEnd: Math.max(contentEnd, b) };
}

const SENTENCE_ADVERBS = new Set(['though', 'however', 'too', 'also', 'again', 'moreover', 'furthermore', 'nonetheless', 'nevertheless', 'instead', 'later', 'then', 'meanwhile', 'once', 'today', 'yesterday']);
const PLURAL_SUBJECTS = new Set(['percent', '%', 'people', 'police', 'majority', 'most', 'many', 'few', 'some', 'all', 'both', 'others', 'media', 'public', 'staff', 'men', 'women', 'children', 'voters', 'democrats', 'republicans']);
const NOT_CONTENT_START = new Set(['than']);
const JOINERS = new Set(['but', 'and', 'while', 'whereas', 'although', 'though', 'yet', 'then']);
const NOMINATIVE = new Set(['he', 'she', 'they']);
const NEXT_VERB_JOINERS = new Set(['and', 'but', 'yet', 'then']);

// Content ends where another clause with its own speaker begins: "X claimed A, but officials
// have said B" — B belongs to the officials.
function beforeNextSpeaker(t: Tokens, start: number, last: number, quotes: QuoteIndex, verb: CueVerb): number {
  for (let j = start + 2; j < last - 1; j++) {
    // ", adding that …", ", calling it …": a participle of saying starts the next attribution —
    // but after what someone believes ("experts believe that China is on Russia’s side,
    // supporting it …") a participle of doing goes on with the belief's own subject.
    const ing = CUE_FORMS.get(t.low[j + 1]!);
    const ownClause = !!ing && (verb.quote || ing.verb.that || ing.verb.quote || t.low[start] !== 'that');
    if ((t.raw[j] === ',' || t.raw[j] === '—' || t.raw[j] === '–') && ing?.form === 'ing' && ownClause && !quotes.insideQuote(t.start[j]!)) return j - 1;
    // (the comma inside a closing quotation mark: "… has “won the farmers,” claiming that …")
    if (t.raw[j - 1] === ',' && isCloseQuote(t.raw[j]!) && ing?.form === 'ing' && ownClause && !quotes.insideQuote(t.start[j + 1]!)) return j;
    // ", which he called “…”": a relative clause whose own pronoun subject says something about
    // its antecedent is that speaker's attribution
    if ((t.raw[j] === ',' || t.raw[j] === '—' || t.raw[j] === '–') && (t.low[j + 1] === 'which' || t.low[j + 1] === 'who') && NOMINATIVE.has(t.low[j + 2] ?? '') && !quotes.insideQuote(t.start[j]!)) {
      let x = j + 3;
      while (x < j + 6 && (AUXILIARIES.has(t.low[x] ?? '') || CUE_ADVERBS.has(t.low[x] ?? '')) && t.low[x] !== 'to') x++;
      const f = CUE_FORMS.get(t.low[x] ?? '')?.form;
      if (f === 'past' || f === 's') return j - 1;
    }
    if (!(JOINERS.has(t.low[j]!) || t.raw[j] === ';')) continue;
    if (quotes.insideQuote(t.start[j]!)) continue;
    // "X said A, and he railed against B": a new clause about the speaker, in the past
    // (the comma may sit inside a closing quotation mark: "… “jobs, jobs,” but he …")
    const quotedComma = isCloseQuote(t.raw[j - 1]!) && t.raw[j - 2] === ',';
    if ((t.raw[j - 1] === ',' || quotedComma) && (t.low[j] === 'and' || t.low[j] === 'but') && NOMINATIVE.has(t.low[j + 1] ?? '')) {
      // (after auxiliaries and adverbs too: "…, but he has also intensified …")
      let x = j + 2;
      while (x < j + 5 && (AUXILIARIES.has(t.low[x] ?? '') || CUE_ADVERBS.has(t.low[x] ?? '')) && t.low[x] !== 'to') x++;
      const v = t.low[x] ?? '';
      const end = quotedComma ? j - 1 : j - 2;
      if (v.length > 4 && v.endsWith('ed')) return end >= start ? end : last;
    }
    // "X suggested that A and argued that B": the same speaker's next cue
    // ("… but argues that B", "… and has called for Y", "… and vowing to …": any cue verb,
    // after auxiliaries and adverbs, finite or a participle)
    let dv = j + 1;
    while (dv < j + 4 && (AUXILIARIES.has(t.low[dv] ?? '') || CUE_ADVERBS.has(t.low[dv] ?? '')) && t.low[dv] !== 'to') dv++;
    const direct = CUE_FORMS.get(t.low[dv] ?? '') ?? stanceVerbAt(t, dv); // (a verb of taking sides too: "… and encouraged voters to …")
    // ("… but did not suggest …": a base form after "do", which a reported clause in the past
    // does not take — unlike "… and would release it", which goes on with it)
    const auxBase = direct?.form === 'base' && dv > j + 1 && DO_FORMS.has(t.low[j + 1]!);
    if (NEXT_VERB_JOINERS.has(t.low[j]!) && direct && (direct.form === 'past' || direct.form === 'ing' || (direct.form === 's' && !direct.verb.noun) || auxBase)) {
      return t.raw[j - 1] === ',' ? j - 2 : j - 1;
    }
    // "One in three said A, and one in four said B", "records show A, and experts say B": a
    // subject of its own and a finite verb of saying (the noun phrase reader reads on through
    // an -s or base form, and stops at "in" of "one in four")
    const other = joinedClauseVerb(t, j, last);
    if (other > 0 && j - start > 2) {
      let k = j - 1;
      if (t.raw[k] === ',') k--;
      return k >= start ? k : last;
    }
    const np = nounPhraseRight(t, j + 1);
    if (!np) continue;
    // "…, while only 49 percent of voters say …": a verb of saying in its base form right after a
    // plural head (which the noun phrase reader reads on through) starts the other clause
    if (t.low[j] === 'while' || t.low[j] === 'whereas' || t.low[j] === 'but' || (t.low[j] === 'and' && t.raw[j - 1] === ',')) {
      let said = -1;
      for (let m = np[0] + 1; m <= np[1] && m <= last; m++) {
        const f = CUE_FORMS.get(t.low[m]!);
        // (a form that is also a noun needs its "that": "35 state legislatures")
        if (f?.form === 'base' && (f.verb.that || f.verb.quote) && (!f.verb.noun || t.low[m + 1] === 'that') && !TRUE_PREPOSITIONS.has(t.low[m + 1] ?? '') && t.word[m - 1] && pluralHead(t, m - 1)) { said = m; break; }
      }
      // (not a clause that opens the content: "finds that, while 37 percent say …, 39 percent …")
      if (said > 0 && j - start > 2) {
        let k = j - 1;
        if (t.raw[k] === ',') k--;
        return k >= start ? k : last;
      }
    }
    let v = np[1] + 1;
    while (v <= last && (AUXILIARIES.has(t.low[v]!) || CUE_ADVERBS.has(t.low[v]!)) && t.low[v] !== 'to') v++;
    const e = CUE_FORMS.get(t.low[v] ?? '');
    // (a finite verb of judging or intending starts a clause of its own too: "…, while Clinton has
    // condemned the plan", "…, but they did not want to …")
    if (e && (e.form === 'past' || e.form === 's' || (e.form === 'base' && v > np[1] + 1)) && (e.verb.that || e.verb.quote || t.low[j] === 'while' || t.low[j] === 'whereas' || (e.form !== 'base' && (e.verb.object || e.verb.infinitive)))) {
      let k = j - 1;
      if (t.raw[k] === ',') k--;
      return k >= start ? k : last;
    }
  }
  return last;
}

// After the joiner at j, the index of a finite verb of saying or thinking whose subject starts
// right after the joiner ("and more than 4 in 10 said", "and aviation experts say", "and they
// say"), or -1. The subject is a few words with no punctuation, no verb of its own and no
// preposition other than the "in" of a proportion or the "of" of a part.
function joinedClauseVerb(t: Tokens, j: number, last: number): number {
  if (!(t.low[j] === 'and' || t.low[j] === 'but' || t.low[j] === 'while' || t.low[j] === 'whereas')) return -1;
  const first = t.low[j + 1] ?? '';
  if (!t.word[j + 1] || NP_BOUNDARY.has(first) || AUXILIARIES.has(first) || CUE_FORMS.has(first)) return -1;
  for (let m = j + 2; m <= last && m <= j + 8; m++) {
    if (!t.word[m]) return -1;
    const w = t.low[m]!;
    const f = CUE_FORMS.get(w);
    if (f && (f.verb.that || f.verb.quote)) {
      const prev = t.low[m - 1]!;
      if (f.form === 'past' && !PARTICIPLES.has(w)) return m;
      if (f.form === 's' && !f.verb.noun) return m;
      if (f.form === 'base' && (NOMINATIVE.has(prev) || prev === 'we' || prev === 'i' || prev === 'you' || pluralHead(t, m - 1)) && !f.verb.noun && !TRUE_PREPOSITIONS.has(t.low[m + 1] ?? '')) return m;
      return -1;
    }
    if (AUXILIARIES.has(w) || CUE_FORMS.has(w)) return -1;
    if (NP_BOUNDARY.has(w) && w !== 'in') return -1;
    if (TRUE_PREPOSITIONS.has(w) && !((w === 'in' || w === 'of') && /^(\d|one|two|three|four|five|six|seven|eight|nine|ten|the|them|those)/.test(t.low[m + 1] ?? ''))) return -1;
  }
  return -1;
}

// Particles that make another verb of the one before them when it does not take them ("show up",
// "call off"); after any cue verb only those that are never a preposition of its topic, after a verb
// of trying or beginning all of them ("failed to show up", "tried to back out").
const OTHER_VERB_PARTICLES = new Set(['up', 'off', 'down', 'away']);
/** "up to" before an amount ("up to 40", "up to a third", "up to half"). */
function upToAmount(t: Tokens, k: number): boolean {
  return t.low[k] === 'up' && t.low[k + 1] === 'to' && /^(?:\d|a|an|one|two|three|four|five|six|seven|eight|nine|ten|half|twice|double)$|^\d/.test(t.low[k + 2] ?? '');
}
const ADVERB_PARTICLES = new Set([...OTHER_VERB_PARTICLES, 'out', 'back', 'over']);
const REFLEXIVES = new Set(['itself', 'himself', 'herself', 'themselves', 'ourselves', 'myself', 'yourself', 'yourselves', 'oneself']);

// The form of a verb of trying, beginning or going on that takes an infinitive ("tried to",
// "is trying to", "began to", "seems to"), or null.
const ASPECT_VERBS = ['try', 'attempt', 'start', 'continue', 'seem', 'appear', 'manage', 'fail', 'struggle'];
const ASPECT_FORMS = new Map<string, VerbForm>([['begin', 'base'], ['begins', 's'], ['began', 'past'], ['begun', 'past'], ['beginning', 'ing']]);
for (const base of ASPECT_VERBS) {
  const r = regularForms(base, false);
  ASPECT_FORMS.set(base, 'base').set(r.s, 's').set(r.past, 'past').set(r.ing, 'ing');
}
function aspectForm(w: string): VerbForm | null {
  return ASPECT_FORMS.get(w) ?? null;
}

// Before the comma at c that closes a sentence adverb ("…, meanwhile, said", "…, in turn,
// denied", "…, once again, pledged"), the token before the opening comma, or -1.
const ASIDES = new Set(['however', 'meanwhile', 'though', 'too', 'also', 'instead', 'moreover', 'furthermore', 'nevertheless',
  'nonetheless', 'therefore', 'indeed', 'in turn', 'in fact', 'in addition', 'in particular', 'in response', 'for example',
  'for instance', 'for his part', 'for her part', 'for their part', 'of course', 'once again', 'again', 'at least', 'at times',
  'on the other hand', 'in the end', 'in short', 'by contrast', 'in contrast', 'still', 'then', 'later', 'earlier', 'now']);
function adverbAside(t: Tokens, c: number): number {
  for (let o = c - 1; o >= 1 && o >= c - 5; o--) {
    if (t.raw[o] !== ',') continue;
    const words: string[] = [];
    for (let k = o + 1; k < c; k++) {
      if (!t.word[k]) return -1;
      words.push(t.low[k]!);
    }
    const phrase = words.join(' ');
    const adverb = ASIDES.has(phrase) || (words.length === 1 && isLyAdverb(phrase));
    return adverb && t.word[o - 1] ? o - 1 : -1;
  }
  return -1;
}

// Whether the noun at p heads a plural subject ("voters", "49 percent", "most").
function pluralHead(t: Tokens, p: number): boolean {
  const w = t.low[p]!;
  return PLURAL_SUBJECTS.has(w) || /^\d/.test(w) || (w.endsWith('s') && !w.endsWith('ss') && w.length > 3 && !t.poss[p]);
}

// A quotation that opens the content and closes on a comma before a clause of time or manner
// ("said, “We’ll see,” when asked whether …", "cautioned “let’s wait,” before predicting …"):
// the content ends with the quotation. Returns the last token of the content.
function quoteBeforeClause(t: Tokens, start: number, last: number, quotes: QuoteIndex): number {
  const q = quotes.outerAt(t.start[start]!);
  if (!q || q.start !== t.start[start]) return last;
  let e = start;
  while (e < last && t.end[e]! < q.end) e++;
  if (e >= last || t.end[e] !== q.end) return last;
  const comma = t.raw[e - 1] === ',' || t.raw[e + 1] === ',';
  const next = t.raw[e + 1] === ',' ? e + 2 : e + 1;
  return comma && CLAUSE_AFTER_QUOTE.has(t.low[next] ?? '') ? e : last;
}
const CLAUSE_AFTER_QUOTE = new Set(['when', 'before', 'after', 'as', 'while', 'because', 'since', 'until']);

// The quotation that closes right before the sentence, in the same paragraph ("“…?” he asked."
// is split after the question mark).
function quoteBefore(text: string, t: Tokens, quotes: QuoteIndex): Quote | null {
  if (!t.length) return null;
  let j = t.start[0]! - 1;
  while (j >= 0 && (text[j] === ' ' || text[j] === '\t')) j--;
  if (j < 0 || !isCloseQuote(text[j]!)) return null;
  const q = quotes.endingAt(j + 1, -1);
  if (!q) return null;
  const inner = text.slice(q.inner.start, q.inner.end).trimEnd();
  return /[!?]$/.test(inner) ? q : null;
}

// The last token of the adjunct that closes a clause after its verb at b ("said Tuesday.",
// "wrote in a statement.", "said with a grin, …"), or b when none does. "of" and "about" name
// the topic ("…,” she said of the plan."): only the preposition belongs to the cue.
function closingAdjunct(t: Tokens, b: number): number {
  const j = b + 1;
  const w = t.low[j] ?? '';
  if (!t.word[j]) return b;
  if (w === 'of' || w === 'about') return j;
  if (!(CLOSING_LEADS.has(w) || MONTHS_DAYS.has(w) || (isLyAdverb(w) && !t.cap[j]))) return b;
  let e = j;
  while (e + 1 < t.length && e + 1 - j < 10 && t.word[e + 1] && !CUE_FORMS.has(t.low[e + 1]!)) e++;
  return e + 1 >= t.length || CLAUSE_END.has(t.raw[e + 1]!) ? e : b;
}
// Words that open an adjunct of manner, medium or time after a verb of saying. ("at", a place
// or an occasion, "… said at a rally in Ames.", is annotated as the cue's in only about a third of
// such clauses (train) and a quarter (dev), below what adding it gains, and is left out.)
const CLOSING_LEADS = new Set(['in', 'during', 'with', 'via', 'earlier', 'recently']);
const CLAUSE_END = new Set(['.', ',', ';', ':', '!', '?', '—', '–', '(']);

// "wrote about the race", "has questions about the plan": the preposition of the topic right
// after the cue joins it; the topic's phrase from start is the content.
function topicAbout(t: Tokens, k: number, start: number): CueObject | null {
  return start === k + 1 && t.low[k] === 'about' ? { cueEnd: k, contentStart: start } : null;
}

// Whether token j after a "to" is a bare verb rather than the start of a noun phrase.
function opensInfinitive(t: Tokens, j: number): boolean {
  const w = t.low[j] ?? '';
  return !!t.word[j] && !t.cap[j] && !/^\d/.test(w) && !DETERMINERS.has(w) && !PRONOUNS.has(w) && !OBJECT_PRONOUNS.has(w);
}
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'me', 'us', 'it', 'what', 'whom', 'all', 'each', 'both', 'such', 'some', 'any', 'most', 'many', 'this', 'that', 'these', 'those']);

// Whether a noun phrase ending before token x ends its clause ("…,” said Putin." / "…, said
// X, a spokesman" / "said X in a statement").
function endsClause(t: Tokens, x: number): boolean {
  if (x >= t.length) return true;
  const r = t.raw[x]!;
  return r === '.' || r === ',' || r === ';' || r === '!' || r === '?' || r === '(' || r === '—' || r === '–' || PREPOSITIONS.has(t.low[x]!);
}

// "Clinton, who …, said" / "Peter Cook, Carter's press secretary, said": reading back from the
// comma before the cue to the comma before it, then the name before that.
function appositiveSource(t: Tokens, comma: number, quotes: QuoteIndex): [number, number] | null {
  let commas = 0;
  let fallback: [number, number] | null = null;
  for (let j = comma - 1; j >= 0 && j >= comma - 30; j--) {
    const r = t.raw[j]!;
    if (r === ';' || r === ':') return fallback;
    if (r === '.' && !(t.raw[j + 1] === ')')) return fallback;
    if (r !== ',') continue;
    if (++commas > 3) return fallback;
    // a quoted title ("The Apprentice,") is not the speaker
    const head = j > 0 && !quotes.insideQuote(t.start[j]!) && !isCloseQuote(t.raw[j - 1]!) ? nounPhraseLeft(t, j - 1) : null;
    // the head must name someone: a name, a pronoun or a plural noun (Others, Democratic economists)
    if (!head) continue;
    // "Carter’s press secretary, Peter Cook, said": the name may follow its description
    if (!(t.cap[head[1]] || PRONOUNS.has(t.low[head[1]]!)) && isName(t, j + 1, comma - 1)) return [head[0], comma - 1];
    if (!((t.cap[head[0]] && !t.poss[head[0]]) || t.cap[head[1]] || PRONOUNS.has(t.low[head[1]]!) || /[a-z]s$/.test(t.low[head[1]]!))) continue;
    // a noun phrase governed by a preposition belongs to an aside ("Clinton, during a town hall in
    // Columbus, Ohio, said"): the subject is further left
    const lead = t.low[head[0] - 1] ?? '';
    if (head[0] > 0 && t.word[head[0] - 1] && (TRUE_PREPOSITIONS.has(lead) || lead === 'and' || lead === 'or')) {
      fallback ??= [head[0], comma - 1];
      continue;
    }
    return [head[0], comma - 1];
  }
  return fallback;
}

// Whether tokens a..b are a personal name: two to four capitalized words.
function isName(t: Tokens, a: number, b: number): boolean {
  if (b - a < 1 || b - a > 3) return false;
  for (let k = a; k <= b; k++) if (!t.word[k] || !t.cap[k] || t.poss[k]) return false;
  return true;
}

function antecedent(t: Tokens, who: number): [number, number] | null {
  const j = t.raw[who - 1] === ',' ? who - 2 : who - 1;
  if (j < 0) return null;
  return nounPhraseLeft(t, j);
}

// Whether the word before a base or -s verb form can be its subject.
function subjectFits(t: Tokens, p: number, form: string, verb: CueVerb): boolean {
  const w = t.low[p]!;
  // between a count and a plural noun a participle is an adjective ("758 pledged delegates",
  // "three proposed changes"), not a verb with the count as its subject ("43 said the same")
  if (form === 'past') return !((/^\d[\d,.]*$/.test(w) || COUNT_WORDS.has(w)) && pluralNounAt(t, p + 2)) && !publishedParticiple(t, p, verb.base) && !namingParticiple(t, p, verb.base);
  // a that-clause right after is strong evidence of a verb ("experts note that …")
  const thatNext = t.low[p + 2] === 'that' || t.low[p + 1 + 1] === 'that';
  // after a relative "who" a word is a verb ("voters who support Sanders")
  if (w === 'who') return true;
  // a quotation right after is strong evidence of a verb too ("The ad claims “…”")
  const quoteNext = isOpenQuote(t.raw[p + 2] ?? '');
  if (form === 's') {
    if (w === 'i' || w === 'we' || w === 'you' || w === 'they') return false;
    // after a count the -s form is a plural noun ("the 15 states that …", "two reports")
    if (verb.noun && (/^\d/.test(w) || COUNT_WORDS.has(w))) return false;
    // "Trump claims", "he states" — but not "18 points", "opening remarks"
    // ("the paper notes the government …": after a singular noun, a determiner opening the clause)
    const clauseNext = CLAUSE_OPENERS.has(t.low[p + 2] ?? '') && !w.endsWith('s') && t.word[p]! && !DETERMINERS.has(w) && !PREPOSITIONS.has(w) && !AUXILIARIES.has(w);
    if (verb.noun) return t.cap[p]! || PRONOUNS.has(w) || thatNext || quoteNext || clauseNext;
    return !(w.endsWith('s') && !w.endsWith('ss') && !t.cap[p]);
  }
  if (form === 'base') {
    if (doQuestion(t, p)) return false; // "Do you support the mayor?"
    if (w === 'i' || w === 'we' || w === 'you' || w === 'they') return true;
    const plural = (w.endsWith('s') && !w.endsWith('ss') && !t.poss[p] && w.length > 3) || PLURAL_SUBJECTS.has(w) || /^\d/.test(w) || pluralParticiple(t, p);
    // "Republicans support Clinton" — but not "Republicans support for …", "voters support was …"
    const next = t.low[p + 2] ?? '';
    if (verb.noun) return plural && (thatNext || quoteNext || (!!t.word[p + 2] && !PREPOSITIONS.has(next) && next !== 'of' && !AUXILIARIES.has(next) && !CUE_FORMS.has(next) && !verb.particles.includes(next)));
    // plural subjects: experts believe, Democrats say, 9 percent say
    return plural;
  }
  return false;
}

// A lower-case plural noun: ends in -s and is none of the closed classes that follow a verb.
function pluralNounAt(t: Tokens, k: number): boolean {
  const w = t.low[k] ?? '';
  return !!t.word[k] && !t.cap[k] && /[a-z]{2}s$/.test(w) && !w.endsWith('ss') && !CLOSED_S.has(w) && !CUE_FORMS.has(w);
}
const CLOSED_S = new Set(['this', 'thus', 'his', 'its', 'hers', 'ours', 'yours', 'theirs', 'was', 'has', 'does', 'is', 'us', 'as', 'across', 'towards', 'afterwards', 'perhaps', 'always', 'sometimes', 'besides', 'unless', 'whereas', 'nevertheless', 'nonetheless']);

const COUNT_WORDS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozen', 'dozens', 'hundred', 'hundreds', 'several', 'many', 'few', 'both', 'other', 'all', 'some', 'most']);
const CLAUSE_OPENERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'this', 'these', 'he', 'she', 'they', 'it']);

// "those surveyed say", "voters polled believe": a participle after a plural head ends the subject.
function pluralParticiple(t: Tokens, p: number): boolean {
  const w = t.low[p]!;
  if (!(w.length > 4 && w.endsWith('ed')) || p < 1 || !t.word[p - 1]) return false;
  const h = t.low[p - 1]!;
  return h === 'those' || PLURAL_SUBJECTS.has(h) || (h.endsWith('s') && !h.endsWith('ss') && h.length > 3 && !t.poss[p - 1] && !t.cap[p - 1]);
}

// The noun phrase a participle cue modifies ("officials saying", "Gov. Ruiz calling"): a name,
// a head of an unnamed source or a count before it, never a preposition, a determiner or a verb.
// ", and she became upset, shouting …": a pronoun opening the last joined clause before the
// comma is the subject of the participle, not the sentence's first subject.
function joinedPronoun(t: Tokens, comma: number): [number, number] | null {
  for (let k = comma - 2; k > 0 && k > comma - 16; k--) {
    if (!t.word[k] && t.raw[k] !== ',') return null;
    if (!NOMINATIVE.has(t.low[k]!) || !t.word[k + 1]) continue;
    const j = t.low[k - 1]!;
    return j === 'and' || j === 'but' || j === 'then' ? [k, k] : null;
  }
  return null;
}

function reducedRelative(t: Tokens, p: number): [number, number] | null {
  if (p < 0 || !t.word[p]) return null;
  const w = t.low[p]!;
  if (NP_BOUNDARY.has(w) || DETERMINERS.has(w) || AUXILIARIES.has(w) || PREPOSITIONS.has(w) || PRONOUNS.has(w) || CUE_FORMS.has(w) || t.poss[p]) return null;
  if (!(t.cap[p] || VAGUE_HEADS.has(w) || PLURAL_SUBJECTS.has(w) || /^\d/.test(w))) return null;
  if (t.cap[p] && p === 0) return null; // a capitalized first word may be anything
  return nounPhraseLeft(t, p);
}

// Whether a sentence is ordinary prose rather than a title-case headline.
function isProse(t: Tokens): boolean {
  let lower = 0;
  for (let j = 0; j < t.length; j++) if (t.word[j] && !t.cap[j] && t.raw[j]!.length > 3) lower++;
  return lower >= 2;
}

// (the caller keeps capitalized words out: Kelly, Emily and Reilly are names, not adverbs)
function isLyAdverb(w: string): boolean {
  return w.length > 4 && w.endsWith('ly') && !['only', 'early', 'family', 'italy', 'july', 'ally', 'rally', 'fly', 'reply', 'supply', 'apply', 'daily', 'weekly', 'monthly'].includes(w);
}
