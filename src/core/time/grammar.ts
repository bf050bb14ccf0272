// The time grammar in one ordered configuration: the parsers tried at each token (the longest
// match wins; on a tie, the one listed first), what each accepted match tells the story's time
// (recorders, run during the scan because later parsers read it), and the refiners run over the
// whole list afterwards (merge, drop, re-anchor). Each entry says why it is there and why it
// sits where it does.
import type { Span, Timex } from '../types.ts';
import { PARTS_OF_DAY, UNITS } from './lexicon.ts';
import type { Match, ParseFn, ScanContext } from './scan-context.ts';
import { approxExpr } from './parsers/approx.ts';
import { clockExpr, numericDate } from './parsers/clock.ts';
import { deicticUnit } from './parsers/deictic-unit.ts';
import { eveOf } from './parsers/eve-of.ts';
import { holidayExpr, namesHoliday } from './parsers/holiday.ts';
import { hyphenExpr } from './parsers/hyphen.ts';
import { modifiedExpr } from './parsers/modified.ts';
import { monthExpr } from './parsers/month-date.ts';
import { quantityExpr } from './parsers/quantity.ts';
import { quarterExpr } from './parsers/quarter.ts';
import { seasonExpr } from './parsers/season.ts';
import { contextualPeriod } from './parsers/story-period.ts';
import { theDuration } from './parsers/the-duration.ts';
import { weekdayExpr } from './parsers/weekday.ts';
import {
  adverbSet, asSoonAsPossible, current, dayWord, everySet, laterDate, midPartOfDay, pastFuture, rate, recent,
  refWord, theseDays, theUnitsAhead, tonight, unitsAlone, yearEnd,
} from './parsers/words.ts';
import { yearExpr } from './parsers/year.ts';
import { spanIndexAt } from '../text/sorted-search.ts';

export interface Parser {
  name: string;
  why: string;
  parse: ParseFn;
  /** Takes a core expression after words of its own ("early", "about"): not tried inside another wrapper. */
  wraps?: true;
}

export interface Recorder {
  name: string;
  why: string;
  /** Called with each accepted match (s = its first token) and the timex emitted for it. */
  record: (c: ScanContext, m: Match, s: number, t: Timex) => void;
}

export interface Refiner {
  name: string;
  why: string;
  refine: (c: ScanContext, timexes: Timex[]) => Timex[];
}

// Some parsers read or write ScanState even when their match loses (weekdays remember the day
// they resolved; a quarter named is the one reported on): the order below is part of the grammar.
export const PARSERS: Parser[] = [
  // single words first: each starts on words of its own, so at most one of them matches
  { name: 'day-word', why: 'today / yesterday / tomorrow (+ part of day), relative to publication', parse: dayWord },
  { name: 'units-alone', why: '"for years": a plural unit alone after for / within is a vague duration', parse: unitsAlone },
  { name: 'year-end', why: '"year end" is the end of the current year', parse: yearEnd },
  { name: 'mid-part-of-day', why: '"mid-morning", "mid afternoon yesterday"', parse: midPartOfDay },
  { name: 'tonight', why: '"tonight" is this night', parse: tonight },
  { name: 'ref-word', why: 'now / recently / soon: PRESENT_REF, PAST_REF, FUTURE_REF', parse: refWord },
  { name: 'current', why: '"the current government": the present, unless a fixed phrase (current account)', parse: current },
  { name: 'recent', why: '"recent" is the past; "recent years" a vague duration', parse: recent },
  { name: 'eve-of', why: '"the eve of the visit": the day before an event already dated', parse: eveOf },
  { name: 'units-ahead', why: '"the weeks ahead", "over the years": a vague duration', parse: theUnitsAhead },
  { name: 'later-date', why: '"a later date" is the future', parse: laterDate },
  { name: 'past-future', why: '"the past", "the future", "at present", "the near term"', parse: pastFuture },
  { name: 'as-soon-as-possible', why: 'a future reference, not the conjunction "as soon as"', parse: asSoonAsPossible },
  { name: 'these-days', why: '"these days" is the present', parse: theseDays },
  { name: 'adverb-set', why: '"trades daily": a set, as a clause-final adverb only', parse: adverbSet },
  { name: 'every-set', why: '"every week", "each Monday": sets', parse: everySet },
  { name: 'rate', why: '"$5 million a year": a set after an amount or a plural noun', parse: rate },
  { name: 'hyphen', why: '"two-year", "year-earlier", "mid-1990s": one hyphenated token', parse: hyphenExpr },
  // phrases, most specific first
  { name: 'deictic-unit', why: '"last week", "the past three years", "next Monday", "this summer"', parse: deicticUnit },
  { name: 'quarter', why: 'fiscal quarters and halves (TimeML 1998-Q3, 1998-H1); records the quarter reported on', parse: quarterExpr },
  { name: 'the-duration', why: '"the first nine months": a span named with "the"', parse: theDuration },
  { name: 'story-period', why: '"the quarter", "that year", "the following month": the story\'s own period', parse: (c, i) => contextualPeriod(c, i) },
  { name: 'month-date', why: 'month names with day and/or year; a bare month by the clause\'s tense', parse: (c, i) => monthExpr(c, i, i, i + 2) },
  { name: 'year', why: 'years, decades, centuries; numeric adjectival durations ("10-year")', parse: yearExpr },
  { name: 'weekday', why: 'which Monday: the clause\'s tense, or the one this document already named', parse: (c, i) => weekdayExpr(c, i, 0) },
  { name: 'quantity', why: '"three years", "two days ago", "a year earlier"', parse: quantityExpr },
  { name: 'season', why: '"the summer of 1998", "in winter"', parse: seasonExpr },
  { name: 'clock', why: 'clock times through chrono-node, with the day that follows them', parse: clockExpr },
  { name: 'holiday', why: '"on Thanksgiving Day", "last Christmas", "Election Day": named days of the calendar', parse: holidayExpr },
  { name: 'numeric-date', why: '"3/19/98" through chrono-node', parse: numericDate },
  // wrappers: words of their own, then a core expression
  { name: 'modified', why: '"early next year", "the end of 1990": the modifier belongs to the extent', parse: modifiedExpr, wraps: true },
  { name: 'approximated', why: '"nearly two years", "around Nov. 1": the approximator belongs to the extent', parse: approxExpr, wraps: true },
];

export const RECORDERS: Recorder[] = [
  {
    name: 'story-date',
    why: 'a date stated outright (not "that year", "next month") is the story\'s time for "the following year"',
    record: (c, m, s) => {
      if (m.type === 'DATE' && /^\d{4}(-\d\d)?(-\d\d)?$/.test(m.value) && !/^(the|that|this|last|next|following|previous)$/.test(c.w(s))) {
        c.state.lastDate = { y: Number(m.value.slice(0, 4)), m: m.value.length >= 7 ? Number(m.value.slice(5, 7)) : null };
      }
    },
  },
  {
    name: 'story-day',
    why: 'the last day-precise date is the story\'s day for "the next day", "that day"',
    record: (c, m, s) => {
      if (m.type === 'DATE' && /^\d{4}-\d\d-\d\d$/.test(m.value)) {
        const [y, mo, d] = m.value.split('-').map(Number);
        c.state.lastDay = { y: y!, m: mo!, d: d! };
        c.state.lastDaySentence = c.sentOf[s]!;
      }
    },
  },
];

/** Words written in lower case inside a sentence unless they are part of a name or a title. */
const LOWER_TIME_WORDS = new Set([...UNITS.keys(), ...PARTS_OF_DAY.keys(), 'noon', 'midnight', 'midday', 'now', 'tonight']);

/** The sentence holding offset at (sentences in text order), by binary search. */
function sentenceAt(sentences: Span[], at: number): Span | undefined {
  return sentences[spanIndexAt(sentences, at)];
}

export const REFINERS: Refiner[] = [
  {
    name: 'drop-titles',
    why: '"High Noon", "60 Minutes": a time word capitalised inside a sentence belongs to a title or a name',
    refine: (c, timexes) => timexes.filter((t) => {
      const words = t.text.match(/[A-Za-z]+/g) ?? [];
      const titled = words.some((x) => /^[A-Z]/.test(x) && LOWER_TIME_WORDS.has(x.toLowerCase()));
      if (!titled || namesHoliday(t.text)) return true;
      // the first word of a sentence (or of a quotation) is capitalised anyway
      const s = sentenceAt(c.sentences, t.start);
      const before = c.text.slice(s ? s.start : 0, t.start);
      if (/^[\s"“‘'(\[]*$/.test(before) || /[:"“]\s*$/.test(before)) return !/^\S+\s+[A-Z]/.test(t.text) || words.length < 2;
      return false;
    }),
  },
];
