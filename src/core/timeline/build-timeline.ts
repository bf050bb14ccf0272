// One entry per dated event, in chronological order: the date a DATE/TIME timex gives (not
// durations, sets or "now"), its precision, a short statement from its sentence, and the spans
// for jump-to. Relative dates are marked `relative`; with no publication date they stay
// `uncertain` with the expression as written ("Monday — date unknown"), never a guessed date.
// The same event told twice (same date, same people or words) appears once.
import type { Entity, Span, TimelineEntry, Timex } from '../types.ts';
import { eventStatement } from './event-statement.ts';
import { timexDate } from './timex-date.ts';
import { datePrepositions } from '../time/locale-words.ts';
import { firstStartingAt, spanIndexAt } from '../text/sorted-search.ts';

const STOP = new Set([
  'the', 'a', 'an', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'and', 'or', 'but', 'that', 'this',
  'was', 'were', 'is', 'are', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'said', 'says', 'its',
  'his', 'her', 'their', 'from', 'as', 'it', 'he', 'she', 'they', 'also', 'which', 'who', 'after', 'before',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'last', 'next', 'week',
  'year', 'month', 'today', 'yesterday', 'tomorrow',
]);

/** A crude stem, enough to meet "open" and "opening", "visit" and "visits". */
function stem(w: string): string {
  const x = w.replace(/['’]s$/, '');
  for (const suf of ['ings', 'ing', 'ions', 'ion', 'ed', 'es', 's']) {
    if (x.length - suf.length >= 4 && x.endsWith(suf)) return x.slice(0, -suf.length);
  }
  return x;
}

function keyWords(s: string): Set<string> {
  const out = new Set<string>();
  for (const m of s.toLowerCase().matchAll(/[\p{L}]{3,}/gu)) if (!STOP.has(m[0])) out.add(stem(m[0]));
  return out;
}

/** Index of the first span starting at or after `at` in spans sorted by start. */
function firstFrom(spans: readonly Span[], at: number): number {
  return firstStartingAt(spans, at);
}

/** The spans of `sorted` (by start) that lie inside `s`, in their sorted order. */
function spansWithin<T extends Span>(sorted: readonly T[], s: Span): T[] {
  const out: T[] = [];
  for (let k = firstFrom(sorted, s.start); k < sorted.length && sorted[k]!.start <= s.end; k++) if (sorted[k]!.end <= s.end) out.push(sorted[k]!);
  return out;
}

// A run-on "sentence" (a list, a table, a paragraph with no stops) is read for the statement
// only around its date, so each date costs a bounded amount of work however long the run is.
// News sentences are far shorter than LONG; their statement is built from the whole sentence.
const LONG = 1000;
const REACH = 120;

function statementScope(text: string, sentence: Span, t: Span): Span {
  if (sentence.end - sentence.start <= LONG) return sentence;
  let a = Math.max(sentence.start, t.start - REACH);
  if (a > sentence.start) {
    const sp = text.indexOf(' ', a);
    if (sp >= 0 && sp < t.start) a = sp + 1;
  }
  let b = Math.min(sentence.end, t.end + REACH);
  if (b < sentence.end) {
    const sp = text.lastIndexOf(' ', b);
    if (sp >= t.end) b = sp;
  }
  return { start: a, end: b };
}

function sentenceOf(sentences: Span[], t: Span): Span {
  return sentences[spanIndexAt(sentences, t.start)] ?? { start: t.start, end: t.end };
}

export function buildTimeline(
  text: string, sentences: Span[], timexes: Timex[], entities: Entity[], published: string | null, lang = 'en',
): TimelineEntry[] {
  if (!text || !Array.isArray(timexes) || !timexes.length) return [];
  const hasPublished = !!published && /^\s*\d{4}-?\d\d-?\d\d/.test(published);
  const people: Span[] = [];
  for (const e of entities ?? []) if (e.type === 'person') for (const m of e.mentions ?? []) people.push(m);
  people.sort((a, b) => a.start - b.start);

  interface PerSentence { sentence: Span; words?: Set<string>; who?: Set<string> }
  interface Draft { entry: TimelineEntry; per: PerSentence; order: number; timex: Timex }
  const drafts: Draft[] = [];
  const sorted = [...(sentences ?? [])].sort((a, b) => a.start - b.start);
  // Lookups by position instead of scans of every timex and mention for each timex (a text full
  // of dates would cost the square of their number): timexes and mentions sorted by start, and
  // what depends on the sentence alone computed once per sentence.
  const order = new Map<Timex, number>();
  timexes.forEach((t, i) => order.set(t, i));
  const timexesByStart = [...timexes].sort((a, b) => a.start - b.start);
  const mentions: { start: number; end: number; id: string }[] = [];
  for (const e of entities ?? []) for (const m of e.mentions ?? []) mentions.push({ start: m.start, end: m.end, id: e.id });
  mentions.sort((a, b) => a.start - b.start);
  // what depends on the sentence alone, computed once and only when two entries share a date
  const perSentence = new Map<string, PerSentence>();
  const whoOf = (p: PerSentence): Set<string> => {
    if (!p.who) {
      p.who = new Set<string>();
      for (const m of spansWithin(mentions, p.sentence)) p.who.add(m.id);
    }
    return p.who;
  };
  const wordsOf = (p: PerSentence): Set<string> => (p.words ??= keyWords(text.slice(p.sentence.start, p.sentence.end)));
  for (let i = 0; i < timexes.length; i++) {
    const t = timexes[i]!;
    const d = timexDate(t);
    if (!d) continue;
    const relative = t.anchored === true;
    if (d.date === null && !relative && hasPublished) continue;
    const sentence = sentenceOf(sorted, t);
    const entry: TimelineEntry = {
      date: d.date,
      precision: d.precision,
      text: '', // the statement, written below for the entries kept
      sentence: { start: sentence.start, end: sentence.end },
      timex: { start: t.start, end: t.end },
    };
    if (relative && d.date !== null) entry.relative = true;
    if (d.date === null) {
      entry.uncertain = true;
      entry.label = t.text;
    }
    const sk = `${sentence.start}:${sentence.end}`;
    let per = perSentence.get(sk);
    if (!per) {
      per = { sentence };
      perSentence.set(sk, per);
    }
    drafts.push({ entry, per, order: i, timex: t });
  }

  // the same event told twice: same date (or the same unresolved expression), shared people or
  // words; only entries with the same date and precision are compared
  const kept: Draft[] = [];
  const keptBy = new Map<string, Draft[]>();
  for (const d of drafts) {
    const bucket = `${d.entry.date ?? `?${d.entry.label?.toLowerCase()}`}\u0000${d.entry.precision}`;
    const same = keptBy.get(bucket) ?? [];
    const twin = same.find((k) => {
      if (k.entry.sentence.start === d.entry.sentence.start) return true;
      const kWho = whoOf(k.per);
      for (const w of whoOf(d.per)) if (kWho.has(w)) return true;
      const kWords = wordsOf(k.per);
      let shared = 0;
      for (const w of wordsOf(d.per)) if (kWords.has(w)) shared++;
      return shared >= 2;
    });
    if (!twin) {
      kept.push(d);
      same.push(d);
      keptBy.set(bucket, same);
    }
  }

  // the statement of each entry kept (the same date told a thousand times is written once)
  const datePreps = datePrepositions(lang);
  for (const k of kept) {
    const t = k.timex;
    const scope = statementScope(text, k.entry.sentence, t);
    const others = spansWithin(timexesByStart, scope).filter((o) => o !== t).sort((a, b) => order.get(a)! - order.get(b)!);
    k.entry.text = eventStatement(text, scope, t, spansWithin(people, scope), others, datePreps);
  }

  kept.sort((a, b) => {
    const da = a.entry.date;
    const db = b.entry.date;
    if (da && db && da !== db) return da < db ? -1 : 1;
    if (da && !db) return -1;
    if (!da && db) return 1;
    return a.order - b.order;
  });
  return kept.map((k) => k.entry);
}
