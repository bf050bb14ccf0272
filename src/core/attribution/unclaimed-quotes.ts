// Quotations no cue claimed: a quotation right after an attribution goes on with it; one
// introduced by "Name:" gets that name; any other that reads as speech inherits the last quoted
// speaker (decided in finish-attributions.ts).
import type { Quote } from '../text/quote-marks.ts';
import type { Draft } from './draft.ts';
import type { QuoteIndex } from './quote-index.ts';
import { tokenize } from './tokens.ts';
import { BE, DETERMINERS, PRONOUNS, TRUE_PREPOSITIONS } from './word-classes.ts';
import { nounPhraseLeft, sentenceSubject } from './noun-phrase.ts';
import { firstContentToken, isCloseQuote } from './token-spans.ts';

export function addUnclaimedQuotes(text: string, quotes: QuoteIndex, drafts: Draft[]): void {
  const covered = drafts.flatMap((d) => d.content).sort((x, y) => x.start - y.start);
  const endOf = (d: Draft) => Math.max(d.content[d.content.length - 1]!.end, ...d.content.map((c) => c.end), d.source?.end ?? 0, d.cue?.end ?? 0);
  const byEnd = drafts.map((d) => ({ d, end: endOf(d) })).sort((x, y) => x.end - y.end);
  let ci = 0;
  let bi = -1;
  for (const q of quotes.outer) {
    while (ci < covered.length && covered[ci]!.end <= q.start) ci++;
    if (ci < covered.length && covered[ci]!.start < q.end) continue;
    if (!looksLikeSpeech(text, q)) continue;
    while (bi + 1 < byEnd.length && byEnd[bi + 1]!.end <= q.start) bi++;
    const before = bi >= 0 ? byEnd[bi]! : null;
    // A quotation right after an attribution ("…,” he said. “…”) goes on with it.
    if (before && continues(text.slice(before.end, q.start))) {
      before.d.content.push({ start: q.start, end: q.end });
      before.end = q.end;
      continue;
    }
    drafts.push(colonIntroduced(text, q) ?? { content: [{ start: q.start, end: q.end }], source: null, speakerSpan: null, cue: null, inherit: true });
  }
}

// "Jeffrey Jones, the pollster: “…”" / "The report: “…”": a name and a colon introduce the quote.
function colonIntroduced(text: string, q: Quote): Draft | null {
  let j = q.start - 1;
  while (j >= 0 && j > q.start - 6 && /\s/.test(text[j]!)) j--;
  if (j < 1 || text[j] !== ':') return null;
  const from = Math.max(0, j - 300);
  const t = tokenize(text, from, j);
  if (!t.length) return null;
  // only the tail of its sentence
  let first = -1;
  for (let k = t.length - 1; k >= 0; k--) if (t.raw[k] === '.' || t.raw[k] === '\n' || isCloseQuote(t.raw[k]!)) { first = k + 1; break; }
  if (first < 0) first = from === 0 ? 0 : t.length;
  if (first >= t.length) return null;
  const np = nounPhraseLeft(t, t.length - 1);
  // a clause before the colon ("She then addressed the crowd again:"): its subject speaks
  if (!np || np[0] > firstContentToken(t, first)) {
    const c = tokenize(text, t.start[first]!, j);
    const subj = sentenceSubject(c, c.length - 1);
    const v = subj ? subj[1] + 1 : -1;
    // a verb after the subject (not "A lesson from X:", "… is shown by X:", "… as follows:")
    if (subj && v < c.length && c.word[v] && !c.cap[v] && !DETERMINERS.has(c.low[v]!) && !TRUE_PREPOSITIONS.has(c.low[v]!) && !BE.has(c.low[v]!) && c.low[v] !== 'as') {
      return {
        content: [{ start: q.start, end: q.end }],
        source: { start: c.start[subj[0]]!, end: c.end[subj[1]]! },
        speakerSpan: null,
        cue: { start: c.start[v]!, end: j + 1 },
      };
    }
  }
  if (!np || np[0] < first || np[1] - np[0] > 8) return null;
  if (!t.cap[np[0]] && !DETERMINERS.has(t.low[np[0]]!) && !PRONOUNS.has(t.low[np[0]]!)) return null;
  return {
    content: [{ start: q.start, end: q.end }],
    source: { start: t.start[np[0]]!, end: t.end[np[1]]! },
    speakerSpan: null,
    cue: { start: j, end: j + 1 },
  };
}

// Whether a quotation after an attribution goes on with it: only punctuation between, or the
// rest of the attribution's own sentence ("…,” he said in an interview. “…”).
function continues(gap: string): boolean {
  if (/^[\s.,;:!?—–-]*$/.test(gap)) return true;
  if (gap.length > 400 || gap.includes('\n')) return false;
  // sentence ends in the gap, not counting abbreviations ("Tampa, Fla., who …", "Jr.")
  let stops = 0;
  let endsWithStop = false;
  for (let i = 0; i < gap.length; i++) {
    const ch = gap[i]!;
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    let w = i;
    while (w > 0 && /[A-Za-z]/.test(gap[w - 1]!)) w--;
    const last = /^\s*$/.test(gap.slice(i + 1));
    if (ch === '.' && !last && i - w >= 1 && i - w <= 4 && /[A-Z]/.test(gap[w]!)) continue;
    stops++;
    endsWithStop = last;
  }
  return stops === 0 || (stops === 1 && endsWithStop);
}

// A quotation is speech (not a title or a scare quote) when it holds a clause: several words
// and a sentence mark, or a long run of words.
// A short quoted phrase with no punctuation of its own ("the “Never Trump” movement") marks a
// term, not a quotation that a cue after it could report.
export function scareQuote(text: string, q: Quote): boolean {
  const inner = text.slice(q.inner.start, q.inner.end).trim();
  return inner.split(/\s+/).length <= 3 && !/[.,!?;:]$/.test(inner);
}

function looksLikeSpeech(text: string, q: Quote): boolean {
  const inner = text.slice(q.inner.start, q.inner.end);
  const list = inner.split(/\s+/).filter(Boolean);
  const words = list.length;
  // Title Case is a name (a show, a group, a slogan), not speech: every longer word capitalized
  let long = 0;
  let capital = 0;
  for (const w of list) {
    if (w.replace(/[^\p{L}]/gu, '').length <= 3) continue;
    long++;
    if (/^[^\p{L}]*\p{Lu}/u.test(w)) capital++;
  }
  if (long >= 2 && capital === long) return false;
  if (words >= 8) return true;
  return words >= 4 && /[.!?,]\s*$/.test(inner);
}
