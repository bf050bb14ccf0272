// One entry per dated event, in chronological order: the date a DATE/TIME timex gives (not
// durations, sets or "now"), its precision, a short statement from its sentence, and the spans
// for jump-to. Relative dates are marked `relative`; with no publication date they stay
// `uncertain` with the expression as written ("Monday — date unknown"), never a guessed date.
// The same event told twice (same date, same people or words) appears once.
import type { Entity, Span, TimelineEntry, Timex } from '../types.ts';
import { eventStatement } from './event-statement.ts';
import { timexDate } from './timex-date.ts';

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

function sentenceOf(sentences: Span[], t: Span): Span {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (t.start < s.start) hi = mid - 1;
    else if (t.start >= s.end) lo = mid + 1;
    else return s;
  }
  return { start: t.start, end: t.end };
}

export function buildTimeline(
  text: string, sentences: Span[], timexes: Timex[], entities: Entity[], published: string | null,
): TimelineEntry[] {
  if (!text || !Array.isArray(timexes) || !timexes.length) return [];
  const hasPublished = !!published && /^\s*\d{4}-?\d\d-?\d\d/.test(published);
  const people: Span[] = [];
  for (const e of entities ?? []) if (e.type === 'person') for (const m of e.mentions ?? []) people.push(m);
  people.sort((a, b) => a.start - b.start);

  interface Draft { entry: TimelineEntry; words: Set<string>; who: Set<string>; order: number }
  const drafts: Draft[] = [];
  const sorted = [...(sentences ?? [])].sort((a, b) => a.start - b.start);
  for (let i = 0; i < timexes.length; i++) {
    const t = timexes[i]!;
    const d = timexDate(t);
    if (!d) continue;
    const relative = t.anchored === true;
    if (d.date === null && !relative && hasPublished) continue;
    const sentence = sentenceOf(sorted, t);
    const inSentence = people.filter((p) => p.start >= sentence.start && p.end <= sentence.end);
    const others = timexes.filter((o) => o !== t && o.start >= sentence.start && o.end <= sentence.end);
    const statement = eventStatement(text, sentence, t, inSentence, others);
    const entry: TimelineEntry = {
      date: d.date,
      precision: d.precision,
      text: statement,
      sentence: { start: sentence.start, end: sentence.end },
      timex: { start: t.start, end: t.end },
    };
    if (relative && d.date !== null) entry.relative = true;
    if (d.date === null) {
      entry.uncertain = true;
      entry.label = t.text;
    }
    const who = new Set<string>();
    for (const e of entities ?? []) {
      if (e.mentions?.some((m) => m.start >= sentence.start && m.end <= sentence.end)) who.add(e.id);
    }
    drafts.push({ entry, words: keyWords(text.slice(sentence.start, sentence.end)), who, order: i });
  }

  // the same event told twice: same date (or the same unresolved expression), shared people or words
  const kept: Draft[] = [];
  for (const d of drafts) {
    const key = (x: Draft) => x.entry.date ?? `?${x.entry.label?.toLowerCase()}`;
    const twin = kept.find((k) => {
      if (key(k) !== key(d) || k.entry.precision !== d.entry.precision) return false;
      if (k.entry.sentence.start === d.entry.sentence.start) return true;
      for (const w of d.who) if (k.who.has(w)) return true;
      let shared = 0;
      for (const w of d.words) if (k.words.has(w)) shared++;
      return shared >= 2;
    });
    if (!twin) kept.push(d);
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
