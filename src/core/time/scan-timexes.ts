// The time-expression grammar: a left-to-right scan over word tokens. At each token every rule
// may try to match (each rule first checks one word against a small table, so most tokens cost a
// few lookups); the longest match wins and the scan moves past it. Extents and values follow the
// TimeML TIMEX3 guidelines: prepositions stay out ("on Monday" → "Monday"), determiners,
// modifiers and approximators stay in ("the past three years", "early next year", "nearly two
// years"); quarters → 1998-Q3, weeks → 1998-W02, "now" → PRESENT_REF, "recently" → PAST_REF.
import type { Span, Timex, TimexType } from '../types.ts';
import { addDays, dayNumber, fmtDay, pad, weekday, type Ymd } from './calendar.ts';
import { parseClock } from './clock-time.ts';
import {
  APPROXIMATORS, APPROXIMATORS2, MONTH_ABBR, MONTHS, NUMBER_WORDS, ORDINALS, PARTS_OF_DAY, PLURAL_UNITS,
  SEASONS, UNITS, VAGUE_QUANTITIES, WEEKDAYS, durationValue, type Unit,
} from './lexicon.ts';
import { Resolver } from './resolver.ts';
import { clauseTense, clauseTenseSide, type Tense } from './tense.ts';
import { tokenizeNear, type Token } from './tokenize.ts';

interface Match {
  /** Token index after the match. */
  end: number;
  type: TimexType;
  value: string;
  anchored: boolean;
  /** Optional override of the extent's first token. */
  start?: number;
}

const DEICTIC_DAY: Map<string, number> = new Map(Object.entries({ today: 0, yesterday: -1, tomorrow: 1 }));
const REF_WORDS: Map<string, string> = new Map(Object.entries({
  now: 'PRESENT_REF', currently: 'PRESENT_REF', presently: 'PRESENT_REF', nowadays: 'PRESENT_REF',
  recently: 'PAST_REF', lately: 'PAST_REF',
  soon: 'FUTURE_REF', shortly: 'FUTURE_REF',
}));
const THIS = new Set(['this', 'the current', 'current']);
const LAST = new Set(['last', 'past', 'previous', 'prior', 'preceding']);
const NEXT = new Set(['next', 'coming', 'following', 'upcoming']);
const PREP_BEFORE_MONTH = new Set([
  'in', 'since', 'until', 'till', 'by', 'of', 'during', 'before', 'after', 'from', 'through', 'to', 'early',
  'late', 'mid', 'last', 'next', 'this', 'that', 'each', 'every', 'between', 'and', 'or', 'around', 'throughout',
]);
const PERIOD_MODS = new Set([
  'latest', 'current', 'recent', 'most', 'fiscal', 'same', 'comparable', 'year-ago', 'year-earlier', 'previous',
  'prior', 'full', 'following', 'corresponding', 'past',
]);
const RATE_BEFORE = new Set(['million', 'billion', 'trillion', 'thousand', 'hundred', 'percent', '%', 'times', 'once', 'twice', 'cents', 'dollars']);
const NOT_PLURAL = new Set(['was', 'has', 'is', 'its', 'this', 'thus', 'his', 'us', 'does', 'always', 'perhaps', 'less', 'across', 'towards', 'afterwards', 'as']);
const DEADLINE_PREPS = new Set(['until', 'till', 'through', 'by']);
const DETERMINERS_EVENT = new Set(['the', 'his', 'her', 'its', 'their', 'this', 'that']);
const MODALS = new Set(['will', 'would', 'could', 'may', 'might', 'should', 'can', 'll', 'must']);
const DECADE_WORDS: Map<string, string> = new Map(Object.entries({
  twenties: '192', thirties: '193', forties: '194', fifties: '195', sixties: '196', seventies: '197', eighties: '198', nineties: '199',
}));
const SEASON_START: Map<string, number> = new Map(Object.entries({ SP: 3, SU: 6, FA: 9, WI: 12 }));
const NOT_YEAR_AFTER = new Set([
  'percent', 'per', 'people', 'persons', 'troops', 'soldiers', 'shares', 'dollars', 'tons', 'miles', 'feet',
  'meters', 'votes', 'points', 'cases', 'times', 'jobs', 'members', 'workers', 'employees', 'units', 'cars',
]);
const NOT_YEAR_BEFORE = new Set([
  '$', '#', '£', '€', '¥', 'about', 'some', 'nearly', 'almost', 'approximately', 'roughly', 'than', 'over',
  'only', 'just', 'number', 'no', 'route', 'flight', 'model', 'version', 'page', 'room', 'article', 'resolution',
  'highway', 'interstate', 'dow', 'at', 'to', 'index', 'rule', 'section', 'chapter', 'boeing', 'airbus',
]);

/** Words after a weekday that show it is not a premodifier ("met Monday with", "Monday and"). */
const NOT_NOUN_AFTER_WEEKDAY = new Set([
  'and', 'or', 'to', 'with', 'in', 'on', 'at', 'by', 'for', 'from', 'of', 'that', 'when', 'after', 'before',
  'as', 'but', 'the', 'a', 'an', 'his', 'her', 'its', 'their', 'was', 'were', 'is', 'are', 'will', 'would',
  'said', 'says', 'night', 'morning', 'afternoon', 'evening', 'he', 'she', 'they', 'it', 'we', 'i', 'you',
  'about', 'against', 'while', 'until', 'into', 'over', 'under', 'than', 'so', 'if', 'because', 'since',
  'between', 'during', 'through', 'near', 'outside', 'inside', 'amid', 'despite', 'without', 'ahead',
]);

/** Words that make a token a possible part of a time expression (besides numbers and months). */
const TIME_WORDS = new Set([
  ...[...MONTHS.keys()], ...[...WEEKDAYS.keys()], ...[...SEASONS.keys()], ...[...UNITS.keys()], ...[...PARTS_OF_DAY.keys()],
  'today', 'yesterday', 'tomorrow', 'tonight', 'now', 'currently', 'current', 'presently', 'nowadays', 'recently',
  'recent', 'lately', 'soon', 'shortly', 'future', 'past', 'present', 'eve', 'term', 'period', 'fiscal', 'noon',
  'midnight', 'daily', 'weekly', 'monthly', 'quarterly', 'annually', 'yearly', 'hourly', 'twenties', 'thirties',
  'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties', 'mid', 'year-end', 'year-earlier', 'year-ago',
  'nineteen', 'thousand', 'half', 'halves', 'date',
]);

/** TIME_WORDS and the month abbreviations: one set lookup per token in the scan below. */
const TIME_WORDS_OR_ABBR = new Set([...TIME_WORDS, ...[...MONTH_ABBR.keys()]]);

/** Where a time expression may be: a time word, a year, a numeric date or a clock time. */
const ANCHOR = new RegExp(
  `\\b(?:${[...TIME_WORDS, ...[...MONTH_ABBR.keys()], 'o\'clock', 'ago', 'every', 'each'].sort((a, b) => b.length - a.length).join('|')})\\b` +
    `|\\b[12]\\d{3}(?:s|\\b)|\\d[./:]\\d|\\d\\s?(?:[ap]\\.m|[ap]m\\b)|\\d(?:st|nd|rd|th)\\b|['’]\\d0s`,
  'gi',
);

export interface ScanState {
  /** The last quarter named, and the sentence it was in (a year earlier → that quarter a year back). */
  lastQuarter: { y: number; q: number; sentence: number } | null;
  /** The last day-precise date stated (the narrative reference for "the next day", "that day"). */
  lastDay: Ymd | null;
  /** The last year (and month) stated outright: "the following year", "that year". */
  lastDate: { y: number; m: number | null } | null;
  /** Weekdays already resolved in this document: a later bare mention is the same day. */
  weekdays: Map<number, string>;
}

export function scanTimexes(text: string, ref: Ymd | null, sentences: Span[]): Timex[] {
  const toks = tokenizeNear(text, ANCHOR, 90, 70);
  const R = new Resolver(ref);
  const out: Timex[] = [];
  const state: ScanState = { lastQuarter: null, lastDay: null, lastDate: null, weekdays: new Map() };

  // token index → sentence index, and each sentence's token range
  const sentOf = new Int32Array(toks.length);
  const sentTok: Array<[number, number]> = [];
  {
    let s = 0;
    let k = 0;
    for (let si = 0; si < sentences.length; si++) {
      const sp = sentences[si]!;
      while (k < toks.length && toks[k]!.start < sp.start) sentOf[k++] = Math.max(0, si - 1);
      const first = k;
      while (k < toks.length && toks[k]!.start < sp.end) sentOf[k++] = si;
      sentTok.push([first, k]);
      s = si;
    }
    while (k < toks.length) sentOf[k++] = s;
  }
  const sentRange = (i: number): [number, number] => sentTok[sentOf[i]!] ?? [0, toks.length];
  const tenseOf = (i: number, j: number): Tense => {
    const [s, e] = sentRange(i);
    return clauseTense(toks, i, j, Math.min(s, i), Math.max(e, j));
  };

  const w = (i: number): string => (i >= 0 && i < toks.length ? toks[i]!.w : '');
  const adjacent = (i: number): boolean => i > 0 && i < toks.length && toks[i]!.start - toks[i - 1]!.end <= 1;
  const isPeriodAfter = (i: number) => w(i + 1) === '.' && toks[i + 1]!.start === toks[i]!.end;

  // ---- numbers -------------------------------------------------------------------------------
  function number(i: number): { n: number | 'X'; end: number } | null {
    const t = toks[i];
    if (!t) return null;
    if (t.num) {
      if (!/^\d{1,3}(,\d{3})*$|^\d+$/.test(t.raw)) return null;
      const n = Number(t.raw.replace(/,/g, ''));
      return Number.isFinite(n) ? { n, end: i + 1 } : null;
    }
    if (VAGUE_QUANTITIES.has(t.w)) {
      // "a few", "several", "many"
      return { n: 'X', end: i + 1 };
    }
    if (t.w === 'a' && w(i + 1) === 'few') return { n: 'X', end: i + 2 };
    if ((t.w === 'a' || t.w === 'couple') && (w(i + 1) === 'couple' || t.w === 'couple') && w(t.w === 'a' ? i + 2 : i + 1) === 'of') return { n: 2, end: t.w === 'a' ? i + 3 : i + 2 };
    if (t.w === 'a' && (w(i + 1) === 'hundred' || w(i + 1) === 'thousand' || w(i + 1) === 'dozen')) {
      return { n: w(i + 1) === 'hundred' ? 100 : w(i + 1) === 'dozen' ? 12 : 1000, end: i + 2 };
    }
    let base: number | undefined = NUMBER_WORDS.get(t.w);
    if (base === undefined && t.w.includes('-')) {
      const [a, b] = t.w.split('-');
      const x = NUMBER_WORDS.get(a!);
      const y = NUMBER_WORDS.get(b!);
      if (x !== undefined && y !== undefined && x >= 20 && y < 10) base = x + y;
    }
    if (base === undefined || t.w === 'couple' || t.w === 'hundred' || t.w === 'dozen') return null;
    let end = i + 1;
    if (base >= 20 && base % 10 === 0 && NUMBER_WORDS.get(w(end)) !== undefined && NUMBER_WORDS.get(w(end))! < 10 && w(end) !== 'a' && w(end) !== 'an') {
      base += NUMBER_WORDS.get(w(end))!;
      end++;
    }
    if (w(end) === 'hundred') { base *= 100; end++; }
    if (w(end) === 'thousand') { base *= 1000; end++; }
    return { n: base, end };
  }

  // ---- unit after a quantity: "three years", "two-year" ----------------------------------------
  function unitAt(i: number): { unit: Unit; plural: boolean } | null {
    const u = UNITS.get(w(i));
    if (!u) return null;
    return { unit: u, plural: PLURAL_UNITS.has(w(i)) };
  }

  // ---- months ----------------------------------------------------------------------------------
  /** A month name at token i (capitalised; "may" and "march" need calendar context). Returns month and the token after it. */
  function monthAt(i: number, strong = false): { m: number; end: number } | null {
    const t = toks[i];
    if (!t || t.num) return null;
    let m = MONTHS.get(t.w);
    let end = i + 1;
    if (m === undefined) {
      const a = MONTH_ABBR.get(t.w);
      if (a === undefined || !t.cap) return null;
      if (isPeriodAfter(i)) end = i + 2;
      else if (!(toks[i + 1]?.num)) return null;
      m = a;
    }
    if (!t.cap) return null;
    if ((t.w === 'may' || t.w === 'march' || t.w === 'august') && !strong) {
      const prev = w(i - 1);
      const nextTok = toks[end];
      const calendarAfter = nextTok && (nextTok.num || nextTok.w === ',' && toks[end + 1]?.num);
      if (!calendarAfter && !PREP_BEFORE_MONTH.has(prev)) return null;
      // "May" as a surname: "Theresa May", "Mrs. May"
      if (!calendarAfter && toks[i - 1]?.cap && prev !== 'in') return null;
    }
    return { m, end };
  }

  function dayNum(i: number): number | null {
    const t = toks[i];
    if (!t || !t.num) return null;
    const mm = /^(\d{1,2})(st|nd|rd|th)?$/.exec(t.w);
    if (!mm) return null;
    const d = Number(mm[1]);
    return d >= 1 && d <= 31 ? d : null;
  }
  function yearNum(i: number): number | null {
    const t = toks[i];
    if (!t || !t.num || !/^\d{4}$/.test(t.raw)) return null;
    const y = Number(t.raw);
    return y >= 1000 && y <= 2199 ? y : null;
  }

  /** A year in words: "nineteen ninety-six", "two thousand", "two thousand and one". */
  function wordYear(i: number): { y: number; end: number } | null {
    const a = NUMBER_WORDS.get(w(i));
    if (a === undefined || toks[i]!.num) return null;
    if (a >= 11 && a <= 20 && w(i) !== 'a') {
      const t = number(i + 1);
      if (t && t.n !== 'X' && t.n >= 10 && t.n <= 99 && toks[i + 1]!.w !== 'a') return { y: a * 100 + t.n, end: t.end };
      return null;
    }
    if (w(i) === 'two' && w(i + 1) === 'thousand') {
      let end = i + 2;
      let y = 2000;
      const k = w(end) === 'and' ? end + 1 : end;
      const t = toks[k] && !toks[k]!.num ? number(k) : null;
      if (t && t.n !== 'X' && t.n < 100 && toks[k]!.w !== 'a') { y += t.n; end = t.end; }
      return { y, end };
    }
    return null;
  }
  /** A year at i, in digits or in words. */
  function yearAt(i: number): { y: number; end: number } | null {
    const y = yearNum(i);
    if (y !== null) return { y, end: i + 1 };
    return wordYear(i);
  }

  function monthExpr(i: number, ta: number, tb: number): Match | null {
    // "19 March 2023"
    const d0 = dayNum(i);
    if (d0 !== null) {
      const mo = monthAt(i + 1, true);
      if (!mo) return null;
      const y = yearNum(mo.end);
      if (y !== null) return { end: mo.end + 1, type: 'DATE', value: fmtDay({ y, m: mo.m, d: d0 }), anchored: false };
      return { end: mo.end, type: 'DATE', value: R.monthDay(mo.m, d0, tenseOf(ta, tb)), anchored: true };
    }
    const mo = monthAt(i);
    if (!mo) return null;
    let k = mo.end;
    const d = dayNum(k);
    if (d !== null && !(toks[k + 1]?.w === ',' && dayNum(k + 2) !== null && yearNum(k + 2) === null)) {
      k++;
      let k2 = k;
      if (w(k2) === ',') k2++;
      const y = yearNum(k2);
      if (y !== null) return { end: k2 + 1, type: 'DATE', value: fmtDay({ y, m: mo.m, d }), anchored: false };
      return { end: k, type: 'DATE', value: R.monthDay(mo.m, d, tenseOf(ta, tb)), anchored: true };
    }
    let k2 = k;
    if (w(k2) === ',' || w(k2) === 'of') k2++;
    const y = yearAt(k2);
    if (y !== null) return { end: y.end, type: 'DATE', value: `${pad(y.y, 4)}-${pad(mo.m)}`, anchored: false };
    // "July last year", "March this year"
    const rel = w(k) === 'last' ? -1 : w(k) === 'this' ? 0 : w(k) === 'next' ? 1 : null;
    if (rel !== null && w(k + 1) === 'year') {
      return { end: k + 2, type: 'DATE', value: R.ref ? `${pad(R.ref.y + rel, 4)}-${pad(mo.m)}` : `XXXX-${pad(mo.m)}`, anchored: true };
    }
    // "until January", "by February": a deadline ahead
    const deadline = DEADLINE_PREPS.has(w(i - 1)) || (DEADLINE_PREPS.has(w(i - 2)) && (w(i - 1) === 'early' || w(i - 1) === 'mid' || w(i - 1) === 'late'));
    return { end: k, type: 'DATE', value: R.monthOf(mo.m, deadline ? 'future' : tenseOf(ta, tb)), anchored: true };
  }

  // ---- years, decades, centuries -----------------------------------------------------------------
  function yearExpr(i: number): Match | null {
    const t = toks[i]!;
    if (!t.num) {
      // "fiscal 1989"
      if (t.w === 'fiscal') {
        const y = yearNum(i + 1);
        if (y !== null) return { end: i + 2, type: 'DATE', value: pad(y, 4), anchored: false };
      }
      // "nineteen ninety-six" (spoken style); "two thousand" only where a year is expected
      const wy = wordYear(i);
      if (wy && (t.w !== 'two' || ['in', 'by', 'since', 'until', 'year', 'of'].includes(w(i - 1)))) return { end: wy.end, type: 'DATE', value: pad(wy.y, 4), anchored: false };
      // "the nineties", "the eighties"
      const dw = DECADE_WORDS.get(t.w);
      if (dw && w(i - 1) === 'the') return { start: i - 1, end: i + 1, type: 'DATE', value: dw, anchored: false };
      // "the 20th century", "the twentieth century"
      return null;
    }
    const dec = /^(\d{3})0s$/.exec(t.raw);
    if (dec) return { start: w(i - 1) === 'the' ? i - 1 : i, end: i + 1, type: 'DATE', value: dec[1]!, anchored: false };
    // "'80s"
    if (/^\d0s$/.test(t.raw) && (w(i - 1) === "'" || w(i - 1) === '’')) return { start: i - 1, end: i + 1, type: 'DATE', value: `19${t.raw[0]}`, anchored: false };
    // "20th century"
    const cent = /^(\d{1,2})(st|nd|rd|th)$/.exec(t.w);
    if (cent && w(i + 1) === 'century') return { end: i + 2, type: 'DATE', value: pad(Number(cent[1]) - 1), anchored: false };
    // "10-year", "30-day", "8-month-old": durations as adjectives
    if (/^\d+$/.test(t.raw) && w(i + 1) === '-' && adjacent(i + 1) && adjacent(i + 2)) {
      const head = w(i + 2).split('-')[0]!;
      const u = UNITS.get(head);
      if (u && !PLURAL_UNITS.has(head) && u !== 'WE') return { end: i + 3, type: 'DURATION', value: durationValue(u, Number(t.raw)), anchored: false };
    }
    const y = yearNum(i);
    if (y === null) return null;
    const prev = w(i - 1);
    const next = toks[i + 1];
    if (NOT_YEAR_BEFORE.has(prev)) return null;
    if (prev === '-' || prev === '/' || prev === '.') return null;
    if (next && (next.w === '%' || NOT_YEAR_AFTER.has(next.w))) return null;
    // "1984-85" is a range of years, "1984 -- part of" is not
    if (next && next.w === '-' && adjacent(i + 1) && toks[i + 2]?.num && adjacent(i + 2)) return null;
    if (next && next.w === ',' && toks[i + 2]?.num && adjacent(i + 1)) return null;
    // a plural noun right after a number in the 2000s is a count ("2000 troops"), not a year
    if (y >= 2000 && next && !next.cap && !next.num && next.w.length > 3 && next.w.endsWith('s') && next.w !== 'is' && next.w !== 'was') return null;
    if (y < 1800 && !['in', 'since', 'of', 'from', 'by', 'until', 'the', 'year', 'early', 'late', 'mid'].includes(prev)) return null;
    return { end: i + 1, type: 'DATE', value: pad(y, 4), anchored: false };
  }

  // ---- weekdays --------------------------------------------------------------------------------
  function weekdayExpr(i: number, shift: -1 | 0 | 1): Match | null {
    const t = toks[i];
    if (!t || !t.cap) return null;
    const dow = WEEKDAYS.get(t.w);
    if (dow === undefined) return null;
    let end = i + 1;
    // "Monday, March 20, 2023" is one date
    if (w(end) === ',' || monthAt(end, true)) {
      const k = w(end) === ',' ? end + 1 : end;
      const md = monthAt(k, true) ? monthExpr(k, i, k) : null;
      if (md && md.value.length === 10) return { ...md, end: md.end };
    }
    if (t.w.endsWith('s') && t.w !== 'wednesdays'.slice(0, t.w.length)) {
      // "Mondays": a set
      if (t.w.length > 6 && t.w.endsWith('days')) return { end, type: 'SET', value: `XXXX-WXX-${dow}`, anchored: false };
    }
    const part = PARTS_OF_DAY.get(w(end));
    let value: string;
    const known = state.weekdays.get(dow);
    // A weekday named before a noun ("Xi's Monday arrival", "Monday's talks") names an event,
    // not the clause's time: it is the same day as the last mention of that weekday.
    const nx = toks[end];
    const premodifier = !part && nx && ((/^[a-z]/.test(nx.raw) && !NOT_NOUN_AFTER_WEEKDAY.has(nx.w)) || ((nx.w === "'" || nx.w === '’') && w(end + 1) === 's'));
    const [ss, se] = sentRange(i);
    const ts = clauseTenseSide(toks, i, end, Math.min(ss, i), Math.max(se, end));
    const tense = ts.tense;
    // "The opening of the bridge on Tuesday was confirmed": the verb after the date is the
    // subject's, not the date's (the date sits inside the subject, before any verb)
    const inSubject = ts.side === 'after' && tense === 'past' && i > ss && w(i - 1) !== ',' && !fronted(i, ss);
    if (shift === 0 && known && R.ref && (premodifier || tense === 'unknown' || inSubject)) value = known;
    else value = R.weekday(dow, tense, shift);
    if (shift === 0 && R.ref) state.weekdays.set(dow, value);
    if (part) return { end: end + 1, type: 'TIME', value: `${value}T${part}`, anchored: true };
    return { end, type: 'DATE', value, anchored: true };
  }

  /** Whether the words before i in the sentence hold a verb (then the date is not in the subject). */
  function fronted(i: number, ss: number): boolean {
    for (let k = ss; k < i; k++) {
      const x = toks[k]!;
      if (x.w === ',' ) return true;
      if (/^(is|are|was|were|has|have|had|will|would|said|says|did|does)$/.test(x.w)) return true;
      if (x.w.length > 4 && x.w.endsWith('ed') && !x.cap) return true;
    }
    return false;
  }

  // ---- quantity + unit ---------------------------------------------------------------------------
  /** "three years", "two years ago", "a year earlier", "several months", "24 hours". */
  function quantityExpr(i: number): Match | null {
    const q = number(i);
    if (!q) return null;
    let k = q.end;
    // "a year and a half", "at least 20 more years"
    if (w(k) === 'more' || w(k) === 'additional' || w(k) === 'straight' || w(k) === 'consecutive') k++;
    const u = unitAt(k);
    if (!u || u.unit === 'WE') return null;
    if (q.n === 1 && u.plural && toks[i]!.w === 'a') return null;
    // "a second group" (the ordinal), "a quarter of the market" (the fraction)
    if (u.unit === 'S' && !u.plural && !toks[i]!.num) return null;
    if (u.unit === 'Q' && !u.plural && w(k + 1) === 'of') return null;
    k++;
    const after = w(k);
    const n = q.n;
    if (after === 'old' || after === 'of' && w(k + 1) === 'age') return null;
    // "will one day be": some time in the future
    if (toks[i]!.w === 'one' && u.unit === 'D' && !u.plural && MODALS.has(w(i - 1))) return { end: k, type: 'DATE', value: 'FUTURE_REF', anchored: true };
    // "1988 second": a singular unit after a plain number other than one is no quantity
    if (!u.plural && toks[i]!.num && q.n !== 1) return null;
    if (after === 'ago' || after === 'earlier' || after === 'before' || after === 'later' || after === 'after' || (after === 'from' && w(k + 1) === 'now') || after === 'hence') {
      // "before" / "after" only when not followed by a clause or noun ("two years before the war")
      if ((after === 'before' || after === 'after') && /^[a-z]/.test(w(k + 1)) && w(k + 1) !== 'that') return { end: k, type: 'DURATION', value: durationValue(u.unit, n), anchored: false };
      // "three days later", "a day earlier" in a narrative: a span, the word left out
      if ((after === 'later' || after === 'earlier') && (u.unit === 'D' || u.unit === 'W' || u.unit === 'H' || u.unit === 'MIN')) {
        return { end: k - 0, type: 'DURATION', value: durationValue(u.unit, n), anchored: false };
      }
      const sign = after === 'ago' || after === 'earlier' || after === 'before' ? -1 : 1;
      const end = after === 'from' ? k + 2 : k + 1;
      if (n === 'X') return { end, type: 'DATE', value: sign < 0 ? 'PAST_REF' : 'FUTURE_REF', anchored: true };
      return { end, type: 'DATE', value: relative(u.unit, sign * n, i, after === 'ago' || after === 'from' || after === 'hence'), anchored: true };
    }
    if (u.unit === 'Q' && q.n !== 'X' && toks[i]!.w !== 'a' && toks[i]!.w !== 'one') return { end: k, type: 'DURATION', value: durationValue('Q', n), anchored: false };
    return { end: k, type: 'DURATION', value: durationValue(u.unit, n), anchored: false };
  }

  /** A date n units from the publication date (or, for "earlier" / "later", the quarter in context). */
  /** The quarter being reported on near token at: one named in the last few sentences. */
  function quarterContext(at: number, maxSentences = 4): { y: number; q: number } | null {
    const lq = state.lastQuarter;
    return lq && sentOf[at]! - lq.sentence <= maxSentences ? lq : null;
  }

  function comparisonBefore(i: number): boolean {
    for (let k = i - 1; k >= 0 && k >= i - 8; k--) {
      const x = w(k);
      if (x === '.' || x === ';') return false;
      if (x === 'compared' || x === 'from' || x === 'than' || x === 'versus' || x === 'vs' || x === 'against') return true;
    }
    return false;
  }

  function relative(unit: Unit, n: number, at: number, fromNow: boolean): string {
    switch (unit) {
      case 'D': return fromNow || !state.lastDay ? R.day(n) : fmtDay(addDays(state.lastDay, n));
      case 'W': return R.week(n);
      case 'M': return R.month(n);
      case 'Q': return R.quarter(n);
      case 'Y': {
        // in an earnings report "a year earlier" is the same quarter a year back
        const lq = quarterContext(at);
        if (lq && n < 0 && Number.isInteger(n)) return `${pad(lq.y + n, 4)}-Q${lq.q}`;
        return R.year(n);
      }
      case 'DE': return R.decade(Math.round(n / 1));
      case 'CE': return R.century(n);
      case 'H': case 'MIN': case 'S': return R.day(0);
      default: return R.year(0);
    }
  }

  // ---- determiner + unit: "this year", "last week", "the past three years", "next month" ----------
  function deicticUnit(i: number): Match | null {
    let k = i;
    let the = false;
    if (w(k) === 'the') { the = true; k++; }
    let dir: -1 | 0 | 1 | null = null;
    const x = w(k);
    if (x === 'this' && !the) {
      // "ABC's "This Week"": a programme's name
      if (toks[k]!.cap && toks[k + 1]?.cap && i > 0 && !/[.!?]/.test(w(i - 1))) return null;
      dir = 0;
    }
    else if (x === 'current' || (x === 'same' && the)) dir = 0;
    else if (LAST.has(x) || (x === 'last' && the)) dir = -1;
    // "following" and "coming" alone are a preposition and a participle ("following Monday's debate")
    else if (NEXT.has(x) && (the || x !== 'following')) dir = 1;
    else if (x === 'that' && !the) dir = 0;
    if (dir === null) return null;
    k++;
    // "the past three years", "the next few months", "the last several quarters": durations
    const q = x === 'that' ? null : number(k);
    if (q && !(toks[k]!.w === 'a' || toks[k]!.w === 'an')) {
      const u = unitAt(q.end);
      if (u && u.plural) {
        const end = q.end + 1;
        if (q.n === 'X') return { end, type: 'DURATION', value: durationValue(u.unit, 'X'), anchored: false };
        return { end, type: 'DURATION', value: durationValue(u.unit, q.n), anchored: false };
      }
    }
    // "past years", "coming months": vague
    const u = unitAt(k);
    if (u && u.plural) {
      if (dir === -1) return { end: k + 1, type: 'DATE', value: 'PAST_REF', anchored: true };
      if (dir === 1) return { end: k + 1, type: 'DATE', value: 'FUTURE_REF', anchored: true };
      return null;
    }
    // "this fiscal year"
    if (w(k) === 'fiscal' && unitAt(k + 1)) k++;
    if (u && !u.plural) {
      const end = k + 1;
      const anchorNarrative = x === 'following' || x === 'previous' || x === 'preceding' || x === 'prior' || x === 'same' || x === 'that';
      if (anchorNarrative && u.unit === 'D') {
        const base = state.lastDay ?? R.ref;
        if (!base || !R.ref) return { end, type: 'DATE', value: 'XXXX-XX-XX', anchored: true };
        return { end, type: 'DATE', value: fmtDay(addDays(base, dir)), anchored: true };
      }
      // "the following year", "the previous month": the story's time, see contextualPeriod
      if (anchorNarrative && the && u.unit !== 'Q') return null;
      const anchored = true;
      switch (u.unit) {
        case 'D': return dir === 0 ? { end, type: 'DATE', value: R.day(0), anchored } : { end, type: 'DATE', value: R.day(dir), anchored };
        case 'W': return { end, type: 'DATE', value: R.week(dir), anchored };
        case 'WE': return { end, type: 'DATE', value: weekendValue(tenseOf(i, end), dir), anchored };
        case 'M': return { end, type: 'DATE', value: R.month(dir), anchored };
        case 'Q': return { end, type: 'DATE', value: R.quarter(dir), anchored };
        case 'Y': {
          // "compared with $3 million last year" in a quarterly report: that quarter a year back
          const lq = dir === -1 && x === 'last' && !the ? quarterContext(i, 3) : null;
          if (lq && comparisonBefore(i)) return { end, type: 'DATE', value: `${pad(lq.y - 1, 4)}-Q${lq.q}`, anchored };
          return { end, type: 'DATE', value: R.year(dir), anchored };
        }
        case 'DE': return { end, type: 'DATE', value: R.decade(dir), anchored };
        case 'CE': return { end, type: 'DATE', value: R.century(dir), anchored };
        default: return null;
      }
    }
    // "last Monday", "next Friday", "this Thursday"
    const wd = weekdayExpr(k, dir === 0 ? 0 : dir);
    if (wd) return { ...wd };
    // "last March", "this September"
    const mo = monthAt(k, true);
    if (mo && !dayNum(mo.end)) {
      if (!R.ref) return { end: mo.end, type: 'DATE', value: `XXXX-${pad(mo.m)}`, anchored: true };
      const r = R.ref;
      let y = r.y;
      if (dir === -1) y = mo.m < r.m ? r.y : r.y - 1;
      else if (dir === 1) y = mo.m > r.m ? r.y : r.y + 1;
      return { end: mo.end, type: 'DATE', value: `${pad(y, 4)}-${pad(mo.m)}`, anchored: true };
    }
    // "last summer", "this spring"
    const se = SEASONS.get(w(k));
    if (se) {
      if (!R.ref) return { end: k + 1, type: 'DATE', value: `XXXX-${se}`, anchored: true };
      const start = SEASON_START.get(se)!;
      let n = 0;
      if (dir === -1) n = R.ref.m >= start + 3 ? 0 : -1;
      else if (dir === 1) n = R.ref.m < start ? 0 : 1;
      return { end: k + 1, type: 'DATE', value: R.season(se, n), anchored: true };
    }
    // "last night", "this morning", "this afternoon"
    const part = PARTS_OF_DAY.get(w(k));
    if (part && (x === 'this' || (x === 'last' && w(k) === 'night'))) {
      return { end: k + 1, type: 'TIME', value: `${R.day(x === 'last' ? -1 : 0)}T${part}`, anchored: true };
    }
    return null;
  }

  /** "the first nine months", "the six months", "the four days": a span named with "the". */
  function theDuration(i: number): Match | null {
    if (w(i) !== 'the') return null;
    let k = i + 1;
    if (w(k) === 'first' || w(k) === 'final' || w(k) === 'initial' || w(k) === 'entire' || w(k) === 'whole' || w(k) === 'full') k++;
    const q = number(k);
    if (!q || toks[k]!.w === 'a' || toks[k]!.w === 'an' || toks[k]!.w === 'one') return null;
    const u = unitAt(q.end);
    if (!u || !u.plural || u.unit === 'WE') return null;
    return { end: q.end + 1, type: 'DURATION', value: durationValue(u.unit, q.n), anchored: false };
  }

  // ---- quarters and halves -----------------------------------------------------------------------
  function quarterExpr(i: number): Match | null {
    let k = i;
    if (w(k) === 'the') k++;
    // "1989's third quarter", "this year's fourth quarter", "last year's first half"
    let y: number | null = null;
    let yRel: number | null = null;
    const y0 = yearNum(k);
    if (y0 !== null && (w(k + 1) === "'" || w(k + 1) === '’') && w(k + 2) === 's') { y = y0; k += 3; }
    else if (y0 !== null && k > i) { y = y0; k++; }
    else if (k > i && (w(k) === 'year-ago' || w(k) === 'year-earlier' || (w(k) === 'comparable' && (w(k + 1) === 'year-ago' || w(k + 1) === 'year-earlier')))) {
      if (w(k) === 'comparable') k++;
      yRel = -1;
      k++;
    }
    else if ((w(k) === 'this' || w(k) === 'last' || w(k) === 'next') && w(k + 1) === 'year' && (w(k + 2) === "'" || w(k + 2) === '’') && w(k + 3) === 's') {
      yRel = w(k) === 'this' ? 0 : w(k) === 'last' ? -1 : 1;
      k += 4;
    }
    if (w(k) === 'fiscal') k++;
    let ord: number | undefined;
    let half = false;
    let end: number;
    const tk = w(k);
    const hy = /^(first|second|third|fourth|1st|2nd|3rd|4th)-(quarter|half)$/.exec(tk);
    if (hy) {
      // "the third-quarter loss": the adjective alone is the expression
      if (k > i && w(k - 1) === 'the' && y === null && yRel === null) return null;
      ord = ORDINALS.get(hy[1]!);
      half = hy[2] === 'half';
      end = k + 1;
    } else {
      ord = ORDINALS.get(tk);
      if (ord === undefined || ord < 0 && tk !== 'last') return null;
      if (w(k + 1) === 'fiscal') k++;
      if (w(k + 1) === 'quarter') half = false;
      else if (w(k + 1) === 'half') half = true;
      else return null;
      if (ord < 0) return null;
      end = k + 2;
    }
    if (ord === undefined || ord < 1 || ord > (half ? 2 : 4)) return null;
    // "of 1990", ", 1990", "1990" after
    let k2 = end;
    if (w(k2) === 'of' || w(k2) === ',') k2++;
    const y2 = yearNum(k2);
    if (y === null && y2 !== null) { y = y2; end = k2 + 1; }
    else if (y === null && w(end) === 'of' && (w(end + 1) === 'this' || w(end + 1) === 'last' || w(end + 1) === 'next') && w(end + 2) === 'year') {
      yRel = w(end + 1) === 'this' ? 0 : w(end + 1) === 'last' ? -1 : 1;
      end += 3;
    }
    const code = half ? `H${ord}` : `Q${ord}`;
    const yearStated = y !== null;
    let value: string;
    if (y !== null) value = `${pad(y, 4)}-${code}`;
    else if (R.ref) {
      // a quarter (half) that has not begun yet, in a clause that does not look ahead, is last year's
      let yy = R.ref.y + (yRel ?? 0);
      const startMonth = half ? (ord - 1) * 6 + 1 : (ord - 1) * 3 + 1;
      if (yRel === null && startMonth > R.ref.m && tenseOf(i, end) !== 'future') yy--;
      y = yy;
      value = `${pad(yy, 4)}-${code}`;
    } else value = `XXXX-${code}`;
    if (!half && R.ref) {
      const yy = y ?? R.ref.y + (yRel ?? 0);
      // a quarter not yet over is a forecast; the quarter reported on is one that has ended
      const cur = R.ref.y * 4 + Math.floor((R.ref.m - 1) / 3);
      if (yy * 4 + ord - 1 < cur) state.lastQuarter = { y: yy, q: ord, sentence: sentOf[i]! };
    }
    return { end, type: 'DATE', value, anchored: !yearStated };
  }

  /** "the quarter", "the latest quarter", "the year-earlier period", "the 1988 quarter", "the year", "the weekend". */
  function contextualPeriod(i: number, inModifier = false): Match | null {
    if (w(i) !== 'the' && w(i) !== 'that') return null;
    let k = i + 1;
    let mod = w(i) === 'that' ? 'that' : w(k);
    let year: number | null = null;
    if (mod === 'that') { /* "that quarter", "that year" */ }
    else if (PERIOD_MODS.has(mod)) {
      if (mod === 'most' && w(k + 1) === 'recent') k++;
      if (mod === 'comparable' && (w(k + 1) === 'year-ago' || w(k + 1) === 'year-earlier')) { k++; mod = 'year-ago'; }
      k++;
    } else if (yearNum(k) !== null) {
      year = yearNum(k);
      mod = 'year';
      k++;
    } else mod = '';
    if (w(k) === 'fiscal') k++;
    const u = w(k);
    const end = k + 1;
    if (u === 'quarter' || (u === 'period' && mod && mod !== 'full')) {
      const ctx = quarterContext(i, 1000);
      const latest = R.ref ? lastCompletedQuarter(R.ref) : null;
      // "the latest quarter" is the last one completed; "the quarter" is the one the story is about
      let yq = mod === 'latest' || mod === 'most' || mod === 'recent' ? latest : ctx ?? latest;
      if (u === 'quarter' && (w(end) === 'ended' || w(end) === 'ending')) {
        // "the quarter ended July 31": the calendar quarter holding most of those three months
        const mo = monthAt(end + 1, true);
        if (mo && R.ref) {
          const mid = mo.m === 1 ? 12 : mo.m - 1;
          const y = mo.m > R.ref.m || mid > R.ref.m ? R.ref.y - 1 : R.ref.y;
          yq = { y, q: Math.floor((mid - 1) / 3) + 1 };
        }
      }
      if (year !== null) return { end, type: 'DATE', value: `${pad(year, 4)}-Q${(yq ?? { q: 0 }).q || 'X'}`, anchored: false };
      if (mod === 'year-ago' || mod === 'year-earlier') {
        if (!yq) return { end, type: 'DATE', value: 'XXXX-QX', anchored: true };
        yq = { y: yq.y - 1, q: yq.q };
      } else if (mod === 'previous' || mod === 'prior') {
        if (u !== 'quarter' || !yq) return null;
        yq = yq.q === 1 ? { y: yq.y - 1, q: 4 } : { y: yq.y, q: yq.q - 1 };
      } else if (u === 'period' && !['latest', 'comparable', 'same', 'current', 'recent', 'most', 'that'].includes(mod)) return null;
      if (!yq) return { end, type: 'DATE', value: 'XXXX-QX', anchored: true };
      return { end, type: 'DATE', value: `${pad(yq.y, 4)}-Q${yq.q}`, anchored: true };
    }
    if (u === 'year') {
      // "the year ended Sept. 30" is a period of a year; "for the year" is this (fiscal) year
      const nx = w(end);
      if (nx === 'ended' || nx === 'ending') return { end, type: 'DURATION', value: 'P1Y', anchored: false };
      if (nx === 'earlier' || nx === 'before' || nx === 'after' || nx === 'later') return null;
      // "the year two thousand", "the year 2000"
      const y = yearAt(end);
      if (y && mod === '') return { end: y.end, type: 'DATE', value: pad(y.y, 4), anchored: false };
      if (mod === 'year-ago' || mod === 'year-earlier') return { end, type: 'DATE', value: R.year(-1), anchored: true };
      // "that year", "the following year": the year the story is in, not the publication's
      const ld = state.lastDate;
      // from the story's own last date (not anchored on publication) when it has one
      if (mod === 'that' || mod === 'same') return { end, type: 'DATE', value: ld ? pad(ld.y, 4) : R.year(0), anchored: !ld };
      if (mod === 'previous' || mod === 'prior') return { end, type: 'DATE', value: ld ? pad(ld.y - 1, 4) : R.year(-1), anchored: !ld };
      if (mod === 'following' || mod === 'next') return { end, type: 'DATE', value: ld ? pad(ld.y + 1, 4) : R.year(1), anchored: !ld };
      if (mod && mod !== 'full' && mod !== 'fiscal' && mod !== 'current') return null;
      return { end, type: 'DATE', value: R.year(0), anchored: true };
    }
    if (u === 'month' && (mod === 'following' || mod === 'previous' || mod === 'prior' || mod === 'that' || mod === 'same')) {
      const ld = state.lastDate;
      const n0 = mod === 'following' ? 1 : mod === 'previous' || mod === 'prior' ? -1 : 0;
      if (!ld || ld.m === null) return { end, type: 'DATE', value: R.month(n0), anchored: true };
      const n = mod === 'following' ? 1 : mod === 'previous' ? -1 : 0;
      const t = { y: ld.y + Math.floor((ld.m - 1 + n) / 12), m: ((ld.m - 1 + n) % 12 + 12) % 12 + 1 };
      return { end, type: 'DATE', value: `${pad(t.y, 4)}-${pad(t.m)}`, anchored: false };
    }
    if (u === 'weekend' && (mod === '' || mod === 'past')) return { end, type: 'DATE', value: weekendValue(tenseOf(i, end), -1), anchored: true };
    // "the end of the month", "by the end of the week"
    if (inModifier && mod === '') {
      if (u === 'month') return { end, type: 'DATE', value: R.month(0), anchored: true };
      if (u === 'week') return { end, type: 'DATE', value: R.week(0), anchored: true };
      if (u === 'day') return { end, type: 'DATE', value: R.day(0), anchored: true };
      if (u === 'decade') return { end, type: 'DATE', value: R.decade(0), anchored: true };
      if (u === 'century') return { end, type: 'DATE', value: R.century(0), anchored: true };
    }
    return null;
  }

  /** The weekend meant: the one just past, unless the clause looks ahead (or it is the weekend now). */
  function weekendValue(tense: Tense, dir: -1 | 0 | 1): string {
    if (!R.ref) return 'XXXX-WXX-WE';
    const dow = weekday(R.ref);
    if (dir === 1) return R.weekend(dow >= 6 ? 1 : 0);
    if (dow >= 6) return R.weekend(dir === -1 && tense !== 'unknown' ? -1 : 0);
    if (dir === 0 && tense === 'future') return R.weekend(0);
    return R.weekend(-1);
  }

  // ---- seasons -----------------------------------------------------------------------------------
  function seasonExpr(i: number): Match | null {
    let k = i;
    if (w(k) === 'the') k++;
    const se = SEASONS.get(w(k));
    if (!se) return null;
    const y = yearAt(w(k + 1) === 'of' ? k + 2 : k + 1);
    if (y !== null) return { end: y.end, type: 'DATE', value: `${pad(y.y, 4)}-${se}`, anchored: false };
    // a bare season word needs "the" or a preposition ("fall" and "spring" are verbs too)
    if (k === i && !['in', 'during', 'until', 'by', 'since', 'through', 'early', 'late', 'mid'].includes(w(i - 1))) return null;
    if (k === i && (se === 'FA' || se === 'SP')) return null;
    return { end: k + 1, type: 'DATE', value: R.season(se, 0), anchored: true };
  }

  // ---- clock times -------------------------------------------------------------------------------
  function clockExpr(i: number): Match | null {
    const t = toks[i]!;
    let k = i;
    let value: string | null = null;
    let anchored = true;
    if (t.w === 'noon' || t.w === 'midnight') {
      value = `${R.day(0)}T${t.w === 'noon' ? '12:00' : '24:00'}`;
      k = i + 1;
    } else if (t.num) {
      // a clock time needs a.m./p.m., o'clock or hh:mm before chrono is asked
      const ampm = /^\d{1,2}(:\d\d)?(am|pm)$/.test(t.w) || ((w(i + 1) === 'a' || w(i + 1) === 'p') && w(i + 2) === '.' && w(i + 3) === 'm') ||
        w(i + 1) === 'am' || w(i + 1) === 'pm' || (w(i + 1) === 'o' && w(i + 2) === "'");
      const hhmm = /^\d{1,2}:\d\d$/.test(t.w) && Number(t.w.split(':')[0]) < 24;
      if (!ampm && !hhmm) return null;
      let we = i + 1;
      if ((w(we) === 'a' || w(we) === 'p') && w(we + 1) === '.' && w(we + 2) === 'm') we += w(we + 3) === '.' ? 4 : 3;
      else if (w(we) === 'am' || w(we) === 'pm') we++;
      else if (w(we) === 'o' && w(we + 1) === "'" && w(we + 2) === 'clock') we += 3;
      const win = text.slice(t.start, toks[we - 1]!.end);
      const c = parseClock(win, R.ref);
      if (!c || c.type !== 'TIME') return null;
      const endChar = t.start + c.length;
      k = i;
      while (k < toks.length && toks[k]!.end <= endChar) k++;
      if (k < toks.length && w(k) === '.' && toks[k]!.start === endChar) k++;
      value = c.value;
      anchored = c.anchored;
      // keep a time zone
      if (/^(est|edt|cst|cdt|mst|mdt|pst|pdt|gmt|utc|bst|cet)$/.test(w(k)) && toks[k]!.cap) k++;
    } else return null;
    // "10 p.m. Wednesday", "noon Thursday", "5 p.m. yesterday"
    const wdk = w(k) === ',' ? k + 1 : k;
    const wd = weekdayExpr(wdk, 0);
    const time = value.slice(value.indexOf('T'));
    if (wd && wd.type === 'DATE') return { end: wd.end, type: 'TIME', value: `${wd.value}${time}`, anchored: true };
    const dd = DEICTIC_DAY.get(w(k));
    if (dd !== undefined) return { end: k + 1, type: 'TIME', value: `${R.day(dd)}${time}`, anchored: true };
    const md = monthExpr(wdk, i, wdk);
    if (md && md.value.length === 10) return { end: md.end, type: 'TIME', value: `${md.value}${time}`, anchored: md.anchored };
    return { end: k, type: 'TIME', value, anchored };
  }

  // ---- single words --------------------------------------------------------------------------------
  function wordExpr(i: number): Match | null {
    const x = w(i);
    const dd = DEICTIC_DAY.get(x);
    if (dd !== undefined) {
      // "today's world", "the people of tomorrow": not a day
      // "VOA Today", a programme's name
      if (toks[i]!.cap && toks[i - 1]?.cap && w(i - 1) !== 'i' && !/[.!?"“]/.test(w(i - 1))) return null;
      if (x === 'tomorrow' && w(i - 1) === 'of') return null;
      const part = PARTS_OF_DAY.get(w(i + 1));
      if (part) return { end: i + 2, type: 'TIME', value: `${R.day(dd)}T${part}`, anchored: true };
      return { end: i + 1, type: 'DATE', value: R.day(dd), anchored: true };
    }
    const pu = UNITS.get(x);
    if (pu && PLURAL_UNITS.has(x) && (w(i - 1) === 'for' || w(i - 1) === 'within' || (w(i - 1) === 'in' && /^[.,;]$/.test(w(i + 1)))) && pu !== 'WE' && w(i + 1) !== 'of' && w(i + 1) !== 'ago') {
      return { end: i + 1, type: 'DURATION', value: durationValue(pu, 'X'), anchored: false };
    }
    if (x === 'year' && (w(i + 1) === 'end' || ((w(i + 1) === "'" || w(i + 1) === '’') && w(i + 2) === 's' && w(i + 3) === 'end'))) {
      return { end: w(i + 1) === 'end' ? i + 2 : i + 4, type: 'DATE', value: R.year(0), anchored: true };
    }
    if (x === 'mid-afternoon' || x === 'mid-morning' || (x === 'mid' && (w(i + 1) === 'afternoon' || w(i + 1) === 'morning'))) {
      const end = x === 'mid' ? i + 2 : i + 1;
      const dd2 = DEICTIC_DAY.get(w(end));
      const part = x.endsWith('morning') || w(i + 1) === 'morning' ? 'MO' : 'AF';
      if (dd2 !== undefined) return { end: end + 1, type: 'TIME', value: `${R.day(dd2)}T${part}`, anchored: true };
      return { end, type: 'TIME', value: `${R.day(0)}T${part}`, anchored: true };
    }
    if (x === 'tonight') return { end: i + 1, type: 'TIME', value: `${R.day(0)}TNI`, anchored: true };
    if (x === 'overnight') return null;
    const ref = REF_WORDS.get(x);
    if (ref && (x === 'soon' || x === 'shortly') && (w(i - 1) === 'as' || w(i + 1) === 'after' || w(i + 1) === 'before' || w(i + 1) === 'as')) return null;
    if (ref) {
      if (x === 'now' && (w(i - 1) === 'right' || w(i - 1) === 'just')) return { start: i - 1, end: i + 1, type: 'DATE', value: ref, anchored: true };
      if (x === 'recently' && (w(i - 1) === 'more' || w(i - 1) === 'most')) {
        return { start: i - 1, end: i + 1, type: 'DATE', value: ref, anchored: true };
      }
      return { end: i + 1, type: 'DATE', value: ref, anchored: true };
    }
    if (x === 'current' && !toks[i]!.cap || x === 'currently') {
      // "the current account" / "current affairs" are not the present; "current" + noun of state is
      const nx = w(i + 1);
      if (['account', 'accounts', 'affairs', 'events', 'account-deficit', 'flow', 'flows', 'assets', 'liabilities', 'density'].includes(nx)) return null;
      return { end: i + 1, type: 'DATE', value: 'PRESENT_REF', anchored: true };
    }
    if (x === 'recent') {
      // "in recent years / weeks": the past
      const u = unitAt(i + 1);
      if (u && u.plural) return { end: i + 2, type: 'DURATION', value: durationValue(u.unit, 'X'), anchored: false };
      if (w(i - 1) === 'most' || w(i - 1) === 'the' && w(i + 1) === 'past') return null;
      return { end: i + 1, type: 'DATE', value: 'PAST_REF', anchored: true };
    }
    if (x === 'the' && w(i + 1) === 'eve' && w(i + 2) === 'of') return eveOf(i);
    // "in the weeks ahead", "over the years": an unspecified stretch
    if (x === 'the' && PLURAL_UNITS.has(w(i + 1)) && (w(i + 2) === 'ahead' || w(i - 1) === 'over' || w(i - 1) === 'through')) {
      const pu2 = UNITS.get(w(i + 1))!;
      if (pu2 !== 'WE') return { end: w(i + 2) === 'ahead' ? i + 3 : i + 2, type: 'DURATION', value: durationValue(pu2, 'X'), anchored: false };
    }
    if (x === 'a' && w(i + 1) === 'later' && w(i + 2) === 'date') return { end: i + 3, type: 'DATE', value: 'FUTURE_REF', anchored: true };
    if (x === 'the' || x === 'at') {
      const y = w(i + 1);
      if (y === 'past' && !unitAt(i + 2) && !number(i + 2) && !ORDINALS.get(w(i + 2)) && !(MONTHS.get(w(i + 2)) || WEEKDAYS.get(w(i + 2)) || SEASONS.get(w(i + 2)))) return { end: i + 2, type: 'DATE', value: 'PAST_REF', anchored: true };
      if (y === 'future') return { end: i + 2, type: 'DATE', value: 'FUTURE_REF', anchored: true };
      if (y === 'present' && x === 'at') return { start: i + 1, end: i + 2, type: 'DATE', value: 'PRESENT_REF', anchored: true };
      if (x === 'the' && (y === 'near' || y === 'short') && (w(i + 2) === 'future' || w(i + 2) === 'term')) return { end: i + 3, type: 'DATE', value: 'FUTURE_REF', anchored: true };
      return null;
    }
    if (x === 'as' && w(i + 1) === 'soon' && w(i + 2) === 'as' && w(i + 3) === 'possible') return { end: i + 4, type: 'DATE', value: 'FUTURE_REF', anchored: true };
    if (x === 'these' && w(i + 1) === 'days') return { end: i + 2, type: 'DATE', value: 'PRESENT_REF', anchored: true };
    if (x === 'daily' || x === 'weekly' || x === 'monthly' || x === 'annually' || x === 'yearly' || x === 'hourly' || x === 'quarterly') {
      // only as adverbs at the end of a clause ("trades daily."), not "the daily newspaper"
      const nx = toks[i + 1];
      if (nx && /^[a-z]/.test(nx.w) && nx.w !== 'and' && nx.w !== 'or') return null;
      // "People's Daily", "the Daily Telegraph": a name
      if (toks[i]!.cap && i > 0 && !/^[.!?"“]$/.test(w(i - 1))) return null;
      const v: Record<string, string> = { daily: 'P1D', weekly: 'P1W', monthly: 'P1M', annually: 'P1Y', yearly: 'P1Y', hourly: 'PT1H', quarterly: 'P1Q' };
      return { end: i + 1, type: 'SET', value: v[x]!, anchored: false };
    }
    if (x === 'every' || x === 'each') {
      const u = unitAt(i + 1);
      if (u && !u.plural) return { end: i + 2, type: 'SET', value: durationValue(u.unit, 1), anchored: false };
      const dow = WEEKDAYS.get(w(i + 1));
      if (dow && toks[i + 1]!.cap) return { end: i + 2, type: 'SET', value: `XXXX-WXX-${dow}`, anchored: false };
      const mo = monthAt(i + 1, true);
      if (mo) return { end: mo.end, type: 'SET', value: `XXXX-${pad(mo.m)}`, anchored: false };
    }
    // a rate: "$5 million a year", "four flights a week", "twice a day"
    const pw = w(i - 1);
    const rate = toks[i - 1]?.num || RATE_BEFORE.has(pw) || (pw.length > 3 && pw.endsWith('s') && !pw.endsWith('ss') && /^[a-z]/.test(toks[i - 1]!.raw) && !NOT_PLURAL.has(pw));
    if ((x === 'a' || x === 'per') && rate) {
      const u = unitAt(i + 1);
      const after = w(i + 2);
      if (u && !u.plural && u.unit !== 'WE' && after !== 'ago' && after !== 'earlier' && after !== 'later' && after !== 'before' && after !== 'after') {
        return { end: i + 2, type: 'SET', value: durationValue(u.unit, 1), anchored: false };
      }
    }
    // "year-earlier", "year-ago" as adjectives; "two-year", "nine-month" durations; "year-end"
    if (x.includes('-')) return hyphenExpr(i);
    return null;
  }

  /**
   * "the eve of the visit": the day before an event this text has already dated ("Xi will begin
   * a visit on Monday" → the Sunday). Without such an event it is no date we can give.
   */
  function eveOf(i: number): Match | null {
    let k = i + 3;
    if (!DETERMINERS_EVENT.has(w(k))) return null;
    k++;
    const head = toks[k];
    if (!head || head.num || !/^[a-z]{3,}$/.test(head.w)) return null;
    const stem = head.w.replace(/s$/, '');
    const mentions = new RegExp(`\\b${stem}(?:s|es)?\\b`, 'i');
    for (let n = out.length - 1; n >= 0; n--) {
      const t = out[n]!;
      if (t.type !== 'DATE' || !(/^\d{4}-\d\d-\d\d$/.test(t.value) || /^XXXX-WXX-\d$/.test(t.value))) continue;
      const sp = sentences.find((x) => x.start <= t.start && t.start < x.end);
      if (!sp || !mentions.test(text.slice(sp.start, sp.end))) continue;
      if (!R.ref || !/^\d/.test(t.value)) return { end: k + 1, type: 'DATE', value: 'XXXX-XX-XX', anchored: true };
      const [y, m, d] = t.value.split('-').map(Number);
      return { end: k + 1, type: 'DATE', value: fmtDay(addDays({ y: y!, m: m!, d: d! }, -1)), anchored: true };
    }
    return null;
  }

  function hyphenExpr(i: number): Match | null {
    const x = w(i);
    if (x === 'year-earlier' || x === 'year-ago') {
      if (unitAt(i + 1)?.unit === 'Q' || w(i + 1) === 'period') return null; // handled with "the"
      return { end: i + 1, type: 'DATE', value: relative('Y', -1, i, false), anchored: true };
    }
    if (x === 'year-end') {
      const y = R.ref ? R.ref.y - (w(i - 1) === 'since' || tenseOf(i, i + 1) === 'past' ? 1 : 0) : null;
      return { end: i + 1, type: 'DATE', value: y !== null ? `${pad(y, 4)}-12-31` : 'XXXX-12-31', anchored: true };
    }
    const parts = x.split('-');
    if (parts.length === 2 || parts.length === 3) {
      const last = parts[parts.length - 1]!;
      const u = UNITS.get(last);
      if (u && !PLURAL_UNITS.has(last)) {
        const numWord = parts.slice(0, -1).join('-');
        let n: number | undefined = /^\d+$/.test(numWord) ? Number(numWord) : NUMBER_WORDS.get(numWord);
        if (n === undefined && parts.length === 3) {
          const a = NUMBER_WORDS.get(parts[0]!);
          const b = NUMBER_WORDS.get(parts[1]!);
          if (a !== undefined && b !== undefined && a >= 20 && b < 10) n = a + b;
        }
        if (n !== undefined && parts[0] !== 'a' && u !== 'WE') {
          if (u === 'Q' && !(/^\d/.test(numWord))) return null;
          return { end: i + 1, type: 'DURATION', value: durationValue(u, n), anchored: false };
        }
      }
    }
    // "mid-1990s", "mid-March", "mid-1989"
    if (x.startsWith('mid-')) {
      const rest = toks[i]!.raw.slice(4);
      const dec = /^(\d{3})0s$/.exec(rest);
      if (dec) return { end: i + 1, type: 'DATE', value: dec[1]!, anchored: false };
      if (/^\d{4}$/.test(rest)) return { end: i + 1, type: 'DATE', value: rest, anchored: false };
      const m = MONTHS.get(rest.toLowerCase());
      if (m) return { end: i + 1, type: 'DATE', value: R.monthOf(m, tenseOf(i, i + 1)), anchored: true };
    }
    return null;
  }

  // ---- modifiers in front of a date: "early next year", "the end of 1990", "late yesterday" ------
  function modifiedExpr(i: number): Match | null {
    const x = w(i);
    let k = -1;
    let start = i;
    if (x === 'the' && (w(i + 1) === 'early' || w(i + 1) === 'late' || w(i + 1) === 'mid')) {
      // "the late 1970s", "the early 20th century"
      const inner = modifiedExpr(i + 1);
      return inner && /^\d{2,3}$/.test(inner.value) ? { ...inner, start: i } : null;
    }
    if (x === 'early' || x === 'late' || x === 'mid' || x === 'earlier' || x === 'later') k = i + 1;
    else if ((x === 'the' || x === 'end' || x === 'beginning' || x === 'start' || x === 'middle') && ['end', 'beginning', 'start', 'middle', 'close', 'turn'].includes(x === 'the' ? w(i + 1) : x)) {
      const o = x === 'the' ? i + 2 : i + 1;
      if (w(o) !== 'of') return null;
      k = o + 1;
    }
    if (k < 0) return null;
    if (w(k) === '-' ) k++;
    const core = coreAt(k) ?? contextualPeriod(k, true);
    if (!core || core.type === 'DURATION' || core.type === 'SET' || /REF$/.test(core.value)) return null;
    if ((x === 'earlier' || x === 'later') && !['this', 'last', 'next', 'today', 'yesterday', 'tomorrow', 'that'].includes(w(k)) && WEEKDAYS.get(w(k)) === undefined) return null;
    return { ...core, start };
  }

  /** An approximator before a quantity or a date: "nearly two years", "about a decade", "around Nov. 1". */
  function approxExpr(i: number): Match | null {
    const x = w(i);
    let k = -1;
    if (APPROXIMATORS.has(x)) k = i + 1;
    else if (APPROXIMATORS2.get(x)?.includes(w(i + 1))) k = i + 2;
    if (k < 0) return null;
    if (x === 'over' && w(k) === 'the') return null;
    if (x === 'some' && unitAt(k)) return null;
    const core = quantityExpr(k) ?? (x === 'around' ? (monthExpr(k, k, k + 2) ?? clockExpr(k)) : null);
    if (!core) return null;
    return { ...core, start: i };
  }

  function coreAt(i: number): Match | null {
    const t = toks[i];
    if (!t) return null;
    let best: Match | null = wordExpr(i);
    let m: Match | null;
    if ((m = deicticUnit(i)) && (!best || m.end > best.end)) best = m;
    if ((m = quarterExpr(i)) && (!best || m.end > best.end)) best = m;
    if ((m = theDuration(i)) && (!best || m.end > best.end)) best = m;
    if ((m = contextualPeriod(i)) && (!best || m.end > best.end)) best = m;
    if ((m = monthExpr(i, i, i + 2)) && (!best || m.end > best.end)) best = m;
    if ((m = yearExpr(i)) && (!best || m.end > best.end)) best = m;
    if ((m = weekdayExpr(i, 0)) && (!best || m.end > best.end)) best = m;
    if ((m = quantityExpr(i)) && (!best || m.end > best.end)) best = m;
    if ((m = seasonExpr(i)) && (!best || m.end > best.end)) best = m;
    if ((m = clockExpr(i)) && (!best || m.end > best.end)) best = m;
    if (t.num && /^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$/.test(t.raw)) {
      const c = parseClock(t.raw, R.ref);
      if (c && c.length === t.raw.length && (!best || i + 1 > best.end)) best = { end: i + 1, type: c.type, value: c.value, anchored: c.anchored };
    }
    return best;
  }

  // ---- the scan ----------------------------------------------------------------------------------
  // Every expression holds a number or a time word within its first six tokens: one set lookup
  // per token decides where the rules are tried at all (most tokens never reach them).
  const timeWord = new Uint8Array(toks.length);
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    if (t.num || TIME_WORDS_OR_ABBR.has(t.w)) timeWord[k] = 1;
    else if (t.w.includes('-')) {
      for (const part of t.w.split('-')) if (TIME_WORDS.has(part) || /^\d/.test(part)) timeWord[k] = 1;
    }
  }
  let nextTimeWord = -1;
  for (let i = 0; i < toks.length; ) {
    const t = toks[i]!;
    if (nextTimeWord < i) {
      nextTimeWord = i;
      while (nextTimeWord < toks.length && !timeWord[nextTimeWord]) nextTimeWord++;
    }
    if (nextTimeWord - i > 5) { i = nextTimeWord - 5; continue; }
    // quick reject: punctuation never starts an expression
    if (!t.num && !/[a-z]/.test(t.w[0]!)) { i++; continue; }
    let best: Match | null = coreAt(i);
    const mod = modifiedExpr(i);
    if (mod && (!best || mod.end > best.end)) best = mod;
    const apx = approxExpr(i);
    if (apx && (!best || apx.end > best.end)) best = apx;
    if (!best) { i++; continue; }
    const s = best.start ?? i;
    const s0 = s;
    let e = best.end;
    // TimeML leaves a possessive out: "last year's" → "last year"
    if (e <= s) { i++; continue; }
    const start = toks[s]!.start;
    let endChar = toks[e - 1]!.end;
    if (toks[e - 1]!.w === '.' && e - 1 > s && !/^(a|p|m)$/.test(toks[e - 2]!.w) && !MONTH_ABBR.get(toks[e - 2]!.w)) endChar = toks[e - 2]!.end;
    out.push({ start, end: endChar, text: text.slice(start, endChar), type: best.type, value: best.value, anchored: best.anchored });
    if (best.type === 'DATE' && /^\d{4}(-\d\d)?(-\d\d)?$/.test(best.value) && !/^(the|that|this|last|next|following|previous)$/.test(w(s0))) {
      state.lastDate = { y: Number(best.value.slice(0, 4)), m: best.value.length >= 7 ? Number(best.value.slice(5, 7)) : null };
    }
    if (best.type === 'DATE' && /^\d{4}-\d\d-\d\d$/.test(best.value)) {
      const [y, m, d] = best.value.split('-').map(Number);
      state.lastDay = { y: y!, m: m!, d: d! };
    }
    i = Math.max(e, i + 1);
  }
  void dayNumber;
  return out;
}

function lastCompletedQuarter(r: Ymd): { y: number; q: number } {
  const q = Math.floor((r.m - 1) / 3) + 1;
  return q === 1 ? { y: r.y - 1, q: 4 } : { y: r.y, q: q - 1 };
}
