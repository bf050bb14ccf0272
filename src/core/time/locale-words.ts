// The time words of the languages read by the locale time grammar (locale-scan.ts), one file per
// language under src/core/locales/<lang>/time/words.json. The words are data; the machinery is
// shared. English keeps its own, deeper grammar (grammar.ts, locales/en/time/*.json).
import de from '../locales/de/time/words.json';
import es from '../locales/es/time/words.json';
import fr from '../locales/fr/time/words.json';
import it from '../locales/it/time/words.json';
import pl from '../locales/pl/time/words.json';
import pt from '../locales/pt/time/words.json';

/** What one language's words.json holds. A key may be a phrase ("il y a", "fin de semana"). */
export interface LocaleTimeData {
  /** Weekday names and their forms → ISO weekday (1 = Monday). */
  weekdays: Record<string, number>;
  /** Weekday forms that are weekdays only after one of weekdayPrepositions ("na segunda"). */
  weekdaysAfterPreposition?: Record<string, number>;
  weekdayPrepositions?: string[];
  /** Before a weekday: "seit", "depuis", "desde" (the last one); "ab", "dès", "a partir de" (the next
   * one); "bis", "jusqu'à", "hasta", "do" (the next one unless the clause is past). */
  sinceBefore?: string[];
  fromBefore?: string[];
  untilBefore?: string[];
  /** Compounds of a weekday and a part of the day ("Montagabend"): the endings, → TimeML part. */
  weekdayPartEndings?: Record<string, string>;
  /** Month names and their forms (genitive, locative) → 1..12. */
  months: Record<string, number>;
  /** Words after which a month named alone is a month ("im Juli", "w lipcu", "en mars"). */
  monthBefore: string[];
  /** Words before a month that belong to its extent ("Anfang Juli", "début mars"). */
  monthModifiers?: string[];
  /** Months are written in lower case: a capitalised one inside a sentence is a name. */
  lowerCaseMonths: boolean;
  /** Between day, month and year: "19 de marzo de 2023". */
  dateLinks?: string[];
  /** After a day number: "1er", "1º" (tokens of their own). */
  ordinalMarks?: string[];
  /** After a year: "2023 r.", "2023 roku". */
  yearMarks?: string[];
  /** Words before a bare four-digit year that make it a year ("seit 2019", "en 2019"). */
  yearBefore: string[];
  /** Plural year words before a decade: "les années 1990", "los años 90", "lata 90.". */
  decadeUnits?: string[];
  /** Plural year words after a decade written "1990er": "die 1990er Jahre". */
  decadeAfter?: string[];
  /** Words before a day and month written "19.03." ("am 19.03."). */
  dayMonthBefore?: string[];
  /** Named days of the calendar and their rule (a fixed day, days from Easter), as in English's calendar.json. */
  holidays?: Record<string, { month?: number; day?: number; easter?: number }>;
  /** A holiday name that is one only after these words ("no Natal", not "em Natal", the city). */
  holidaysAfter?: Record<string, string[]>;
  /** today / yesterday / tomorrow → days from publication. */
  days: Record<string, number>;
  /** A day word is not one after these ("la mañana", "am Morgen"). */
  dayNotAfter?: Record<string, string[]>;
  /** A day word written with a capital inside a sentence is a noun ("am Morgen"). */
  dayLowerCaseOnly?: string[];
  /** Parts of the day after a day word or a weekday ("gestern Abend", "lundi soir") → MO AF EV NI. */
  partsOfDay: Record<string, string>;
  /** Calendar units and their forms → S MIN H D W M Q Y DE CE WE. */
  units: Record<string, string>;
  /** Unit words that mean one of them without a number ("rok temu", "za tydzień"); other units alone are plural. */
  singularUnits?: string[];
  /** Number words → value. */
  numbers: Record<string, number>;
  /** Vague quantities ("mehrere", "plusieurs", "kilka"). */
  vagueNumbers: string[];
  /** Modifiers: the last one, the next one, this one (any of their forms). */
  last: string[];
  next: string[];
  this: string[];
  /** The plural forms of last / next: with a unit, a span ("les derniers mois", "die letzten Jahre" is read by its number). */
  pluralModifiers?: string[];
  /** Articles kept in the extent before a modifier ("la semaine dernière", "el pasado lunes"). */
  articles: string[];
  /** "vor drei Tagen", "il y a", "hace", "há" / "tre giorni fa", "trzy dni temu", "atrás". */
  agoBefore: string[];
  agoAfter: string[];
  /** "in drei Tagen", "dans trois jours", "za tydzień": that far after publication. */
  inBefore: string[];
  /** Clock times: "14:30 Uhr", "9 Uhr", "14h30", "15 heures", "a las 10", "alle 15", "o godz. 14". */
  clock?: {
    /** Words after the hour ("Uhr", "heures", "horas"). */
    after: string[];
    /** A letter written onto the hour ("14h", "14h30"). */
    hourMarks?: string[];
    /** Phrases before a clock time; needed when the word after the hour is also a unit ("à 15 heures", not "pendant 15 heures"). */
    before?: string[];
    /** Phrases after which a bare hour is a clock time ("a las", "alle", "às", "o godz."). */
    bareAfter?: string[];
  };
  /** now / recently / soon → PRESENT_REF, PAST_REF, FUTURE_REF. */
  references: Record<string, string>;
  tense: {
    /** Words that put their clause in the past / the future (auxiliaries, common verb forms). */
    past: string[];
    future: string[];
    /** Endings of future verb forms (Spanish -rá, Italian -rà, Portuguese -rão, French -era / -ront ...). */
    futureEndings?: string[];
    /** Endings of past verb forms (regular enough to be a rule: Polish -ł, -ła, -li ...). */
    pastEndings?: string[];
    /**
     * The tense of a clause with no cue. Unset: unknown, read by the news convention (the last such
     * day). Polish marks every past form (-ł, -ła, -li; impersonal -no, -to), so a clause without one
     * is not past: "future" (a perfective present is a future: "przedstawi w piątek").
     */
    unmarked?: 'future' | 'past';
    /** Verbs of saying: the search for a cue stops at one (after checking it, when before the expression). */
    speech: string[];
    /** Words (and punctuation) that end a clause. */
    boundary: string[];
  };
}

export const LOCALE_TIME: Record<string, LocaleTimeData> = {
  de: de as LocaleTimeData,
  fr: fr as LocaleTimeData,
  es: es as LocaleTimeData,
  it: it as LocaleTimeData,
  pt: pt as LocaleTimeData,
  pl: pl as LocaleTimeData,
};

const prepositionCache = new Map<string, ReadonlySet<string>>();
const NONE: ReadonlySet<string> = new Set();

/**
 * The one-word prepositions that stand before a date in a language ("am", "im", "w", "na", "en",
 * "depuis"), for the timeline's statements, which leave the date and its preposition out. Empty for
 * English (the timeline has its own) and languages without time words.
 */
export function datePrepositions(lang: string | null | undefined): ReadonlySet<string> {
  const code = (lang ?? '').toLowerCase();
  const data = Object.prototype.hasOwnProperty.call(LOCALE_TIME, code) ? LOCALE_TIME[code] : undefined;
  if (!data) return NONE;
  let set = prepositionCache.get(code);
  if (!set) {
    const lists = [data.sinceBefore, data.fromBefore, data.untilBefore, data.inBefore, data.agoBefore, data.dayMonthBefore, data.weekdayPrepositions, data.clock?.before];
    const words = lists.flatMap((l) => l ?? []);
    // month prepositions only: that list also holds nouns and modifiers ("Anfang", "début", "miesiąc")
    for (const w of data.monthBefore) if (w.length <= 3) words.push(w);
    set = new Set(words.filter((w) => !/\s/.test(w)).map((w) => w.toLowerCase()));
    prepositionCache.set(code, set);
  }
  return set;
}
