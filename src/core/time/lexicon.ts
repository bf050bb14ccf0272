// Word tables of the time grammar (English calendar vocabulary; TimeML unit codes). The tables
// are maps, so a word such as "constructor" or "toString" finds nothing in them, and a look-up
// of a word cut from the text costs a hash probe (an object property look-up of such a string
// first searches the engine's table of property names, on every look-up).

const table = <T>(o: Record<string, T>): Map<string, T> => new Map(Object.entries(o));

export const MONTHS: Map<string, number> = table({
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8,
  september: 9, october: 10, november: 11, december: 12,
});
/** Abbreviations, only taken with a following period or a day number. */
export const MONTH_ABBR: Map<string, number> = table({
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
});
export const WEEKDAYS: Map<string, number> = table({
  monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7,
  mondays: 1, tuesdays: 2, wednesdays: 3, thursdays: 4, fridays: 5, saturdays: 6, sundays: 7,
});
export const SEASONS: Map<string, string> = table({ spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' });
export const PARTS_OF_DAY: Map<string, string> = table({
  morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', 'mid-afternoon': 'AF', 'mid-morning': 'MO',
});

export type Unit = 'S' | 'MIN' | 'H' | 'D' | 'W' | 'M' | 'Q' | 'Y' | 'DE' | 'CE' | 'WE' | 'HALF';
export const UNITS: Map<string, Unit> = table({
  second: 'S', seconds: 'S', minute: 'MIN', minutes: 'MIN', hour: 'H', hours: 'H',
  day: 'D', days: 'D', week: 'W', weeks: 'W', fortnight: 'W', month: 'M', months: 'M',
  quarter: 'Q', quarters: 'Q', year: 'Y', years: 'Y', decade: 'DE', decades: 'DE',
  century: 'CE', centuries: 'CE', weekend: 'WE', weekends: 'WE',
});
export const PLURAL_UNITS = new Set([
  'seconds', 'minutes', 'hours', 'days', 'weeks', 'months', 'quarters', 'years', 'decades', 'centuries', 'weekends',
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
    case 'DE': return `P${n}DE`;
    case 'CE': return `P${n}CE`;
  }
}

export const NUMBER_WORDS: Map<string, number> = table({
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, hundred: 100, dozen: 12, 'half-dozen': 6, couple: 2,
});
/** Vague quantities: the duration gets an X ("several years" → PXY). */
export const VAGUE_QUANTITIES = new Set(['several', 'few', 'many', 'some', 'various', 'numerous', 'multiple']);

export const ORDINALS: Map<string, number> = table({
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16,
  seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20, 'twenty-first': 21,
  '1st': 1, '2nd': 2, '3rd': 3, '4th': 4, last: -1, final: -1,
});

/** Words that precede a quantity and belong to the expression ("nearly two years"). */
export const APPROXIMATORS = new Set(['about', 'nearly', 'almost', 'around', 'roughly', 'approximately', 'some']);
/** Two-word approximators: first word → second words. */
export const APPROXIMATORS2: Map<string, string[]> = table({
  more: ['than'], less: ['than'], fewer: ['than'], at: ['least', 'most'], up: ['to'], just: ['over', 'under'],
});
