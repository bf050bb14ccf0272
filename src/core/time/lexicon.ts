// Word tables of the time grammar, read from the English word lists in
// src/core/locales/en/time/ (calendar.json: calendar vocabulary and TimeML unit codes;
// grammar.json: the function words the rules look at; tense.json: tense cues, see tense.ts).
// The tables are maps and sets, so a word such as "constructor" or "toString" finds nothing in
// them, and a look-up of a word cut from the text costs a hash probe.
import calendar from '../locales/en/time/calendar.json';
import grammar from '../locales/en/time/grammar.json';

const table = <T>(o: Record<string, T>): Map<string, T> => new Map(Object.entries(o));

export type Unit = 'S' | 'MIN' | 'H' | 'D' | 'W' | 'M' | 'Q' | 'Y' | 'DE' | 'CE' | 'WE' | 'HALF';

export const MONTHS: Map<string, number> = table(calendar.months);
/** Abbreviations, only taken with a following period or a day number. */
export const MONTH_ABBR: Map<string, number> = table(calendar.monthAbbreviations);
export const WEEKDAYS: Map<string, number> = table(calendar.weekdays);
export const SEASONS: Map<string, string> = table(calendar.seasons);
export const PARTS_OF_DAY: Map<string, string> = table(calendar.partsOfDay);
export const UNITS: Map<string, Unit> = table(calendar.units as Record<string, Unit>);
export const PLURAL_UNITS: Set<string> = new Set(calendar.pluralUnits);
export const NUMBER_WORDS: Map<string, number> = table(calendar.numbers);
/** Vague quantities: the duration gets an X ("several years" → PXY). */
export const VAGUE_QUANTITIES: Set<string> = new Set(calendar.vagueQuantities);
export const ORDINALS: Map<string, number> = table(calendar.ordinals);
/** Words that precede a quantity and belong to the expression ("nearly two years"). */
export const APPROXIMATORS: Set<string> = new Set(calendar.approximators);
/** Two-word approximators: first word → second words. */
export const APPROXIMATORS2: Map<string, string[]> = table(calendar.approximators2);
/** "the nineties" → the decade 199. */
export const DECADE_WORDS: Map<string, string> = table(calendar.decadeWords);
/** today / yesterday / tomorrow → days from the reference. */
export const DEICTIC_DAY: Map<string, number> = table(calendar.deicticDays);
/** now → PRESENT_REF, recently → PAST_REF, soon → FUTURE_REF. */
export const REF_WORDS: Map<string, string> = table(calendar.referenceWords);
/** "daily", "weekly" as adverbs: sets. */
export const ADVERB_SETS: Map<string, string> = table(calendar.adverbSets);
export const SEASON_START: Map<string, number> = table(calendar.seasonStartMonth);

const set = (a: string[]): Set<string> => new Set(a);
export const THIS: Set<string> = set(grammar.thisWords);
export const LAST: Set<string> = set(grammar.lastWords);
export const NEXT: Set<string> = set(grammar.nextWords);
/** A word before "May" / "March" / "August" that makes it the month. */
export const PREP_BEFORE_MONTH: Set<string> = set(grammar.prepositionsBeforeMonth);
/** "the latest quarter", "the year-ago period": modifiers of a period of the story. */
export const PERIOD_MODS: Set<string> = set(grammar.periodModifiers);
/** Before "a year" these make it a rate ("$5 million a year"). */
export const RATE_BEFORE: Set<string> = set(grammar.rateBefore);
/** Words ending in s that are no plural noun (rates after a plural noun). */
export const NOT_PLURAL: Set<string> = set(grammar.notPlural);
/** "until January": a deadline ahead. */
export const DEADLINE_PREPS: Set<string> = set(grammar.deadlinePrepositions);
/** "the eve of the visit": determiners of the event noun. */
export const DETERMINERS_EVENT: Set<string> = set(grammar.eventDeterminers);
export const MODALS: Set<string> = set(grammar.modals);
/** A number before these is a count, not a year. */
export const NOT_YEAR_AFTER: Set<string> = set(grammar.notYearAfter);
/** A number after these is an amount or a name, not a year. */
export const NOT_YEAR_BEFORE: Set<string> = set(grammar.notYearBefore);
/** Words after a weekday that show it is not a premodifier ("met Monday with", "Monday and"). */
export const NOT_NOUN_AFTER_WEEKDAY: Set<string> = set(grammar.notNounAfterWeekday);
/** "the current account": "current" that is no present time. */
export const NOT_PRESENT_AFTER_CURRENT: Set<string> = set(grammar.notPresentAfterCurrent);
/** A bare season needs one of these before it ("fall" and "spring" are verbs too). */
export const SEASON_PREPS: Set<string> = set(grammar.seasonPrepositions);
/** "two thousand" is a year only after these. */
export const WORD_YEAR_BEFORE: Set<string> = set(grammar.wordYearBefore);
/** A year before 1800 only after these. */
export const OLD_YEAR_BEFORE: Set<string> = set(grammar.oldYearBefore);
export const TIME_ZONES: Set<string> = set(grammar.timeZones);

/** Words that make a token a possible part of a time expression (besides numbers and months). */
export const TIME_WORDS: Set<string> = new Set([
  ...MONTHS.keys(), ...WEEKDAYS.keys(), ...SEASONS.keys(), ...UNITS.keys(), ...PARTS_OF_DAY.keys(),
  ...grammar.otherTimeWords,
]);

/** ISO-8601 duration of n units. */
export function durationValue(unit: Unit, n: number | 'X'): string {
  switch (unit) {
    case 'S': return `PT${n}S`;
    case 'MIN': return `PT${n}M`;
    case 'H': return `PT${n}H`;
    case 'D': return `P${n}D`;
    case 'W': case 'WE': return `P${n}W`;
    case 'M': return `P${n}M`;
    case 'Q': return `P${n}Q`;
    case 'HALF': return n === 'X' ? 'PXM' : `P${n * 6}M`;
    case 'Y': return `P${n}Y`;
    // TimeML's units: E a decade, C a century ("P1E", "PXC")
    case 'DE': return `P${n}E`;
    case 'CE': return `P${n}C`;
  }
}
