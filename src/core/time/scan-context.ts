// What every parser of the time grammar reads: the tokens, the sentence each token is in, the
// publication date (through the Resolver), the story's own time so far (ScanState), the timexes
// already found, and the small readers shared by the parsers (numbers, months, years, units).
import type { Span, Timex, TimexType } from '../types.ts';
import { weekday, type Ymd } from './calendar.ts';
import { MONTH_ABBR, MONTHS, NUMBER_WORDS, PLURAL_UNITS, PREP_BEFORE_MONTH, UNITS, VAGUE_QUANTITIES, type Unit } from './lexicon.ts';
import { Resolver } from './resolver.ts';
import { clauseTense, type Tense } from './tense.ts';
import type { Token } from './tokenize.ts';

/** A parser's answer at a token: the extent in tokens, TimeML type and value. */
export interface Match {
  /** Token index after the match. */
  end: number;
  type: TimexType;
  value: string;
  anchored: boolean;
  /** Optional override of the extent's first token. */
  start?: number;
}

/** A parser: one kind of expression, tried at token i; null when it does not start there. */
export type ParseFn = (c: ScanContext, i: number) => Match | null;

export interface ScanState {
  /** The last quarter named, and the sentence it was in (a year earlier → that quarter a year back). */
  lastQuarter: { y: number; q: number; sentence: number } | null;
  /** The last day-precise date stated (the narrative reference for "the next day", "that day"). */
  lastDay: Ymd | null;
  /** The sentence lastDay was stated in. */
  lastDaySentence: number;
  /** The last year (and month) stated outright: "the following year", "that year". */
  lastDate: { y: number; m: number | null } | null;
  /** Weekdays already resolved in this document: a later bare mention is the same day. */
  weekdays: Map<number, string>;
}

export class ScanContext {
  readonly R: Resolver;
  readonly out: Timex[] = [];
  readonly state: ScanState = { lastQuarter: null, lastDay: null, lastDaySentence: -1, lastDate: null, weekdays: new Map() };
  /** token index → sentence index */
  readonly sentOf: Int32Array;
  /** each sentence's token range */
  readonly sentTok: Array<[number, number]> = [];
  /** The core parsers (modifiers and approximators wrap one of them), set by the scan. */
  core: ParseFn[] = [];

  constructor(readonly text: string, readonly toks: Token[], ref: Ymd | null, readonly sentences: Span[]) {
    this.R = new Resolver(ref);
    this.sentOf = new Int32Array(toks.length);
    let s = 0;
    let k = 0;
    for (let si = 0; si < sentences.length; si++) {
      const sp = sentences[si]!;
      while (k < toks.length && toks[k]!.start < sp.start) this.sentOf[k++] = Math.max(0, si - 1);
      const first = k;
      while (k < toks.length && toks[k]!.start < sp.end) this.sentOf[k++] = si;
      this.sentTok.push([first, k]);
      s = si;
    }
    while (k < toks.length) this.sentOf[k++] = s;
  }

  /** The longest match of the core parsers at i (the first one listed on a tie). */
  coreAt = (i: number): Match | null => {
    if (!this.toks[i]) return null;
    let best: Match | null = null;
    for (const p of this.core) {
      const m = p(this, i);
      if (m && (!best || m.end > best.end)) best = m;
    }
    return best;
  };

  // ---- tokens and sentences --------------------------------------------------------------------
  w = (i: number): string => (i >= 0 && i < this.toks.length ? this.toks[i]!.w : '');
  adjacent = (i: number): boolean => i > 0 && i < this.toks.length && this.toks[i]!.start - this.toks[i - 1]!.end <= 1;
  isPeriodAfter = (i: number): boolean => this.w(i + 1) === '.' && this.toks[i + 1]!.start === this.toks[i]!.end;
  sentRange = (i: number): [number, number] => this.sentTok[this.sentOf[i]!] ?? [0, this.toks.length];
  tenseOf = (i: number, j: number): Tense => {
    const [s, e] = this.sentRange(i);
    return clauseTense(this.toks, i, j, Math.min(s, i), Math.max(e, j));
  };

  // ---- numbers -----------------------------------------------------------------------------------
  number = (i: number): { n: number | 'X'; end: number } | null => {
    const { toks, w } = this;
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
  };

  /** A unit after a quantity: "three years", "two-year". */
  unitAt = (i: number): { unit: Unit; plural: boolean } | null => {
    const u = UNITS.get(this.w(i));
    if (!u) return null;
    return { unit: u, plural: PLURAL_UNITS.has(this.w(i)) };
  };

  // ---- months, days, years -----------------------------------------------------------------------
  /** A month name at token i (capitalised; "may" and "march" need calendar context). Returns month and the token after it. */
  monthAt = (i: number, strong = false): { m: number; end: number } | null => {
    const { toks, w } = this;
    const t = toks[i];
    if (!t || t.num) return null;
    let m = MONTHS.get(t.w);
    let end = i + 1;
    if (m === undefined) {
      const a = MONTH_ABBR.get(t.w);
      if (a === undefined || !t.cap) return null;
      if (this.isPeriodAfter(i)) end = i + 2;
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
  };

  dayNum = (i: number): number | null => {
    const t = this.toks[i];
    if (!t || !t.num) return null;
    const mm = /^(\d{1,2})(st|nd|rd|th)?$/.exec(t.w);
    if (!mm) return null;
    const d = Number(mm[1]);
    return d >= 1 && d <= 31 ? d : null;
  };

  yearNum = (i: number): number | null => {
    const t = this.toks[i];
    if (!t || !t.num || !/^\d{4}$/.test(t.raw)) return null;
    const y = Number(t.raw);
    return y >= 1000 && y <= 2199 ? y : null;
  };

  /** A year in words: "nineteen ninety-six", "two thousand", "two thousand and one". */
  wordYear = (i: number): { y: number; end: number } | null => {
    const { toks, w } = this;
    const a = NUMBER_WORDS.get(w(i));
    if (a === undefined || toks[i]!.num) return null;
    if (a >= 11 && a <= 20 && w(i) !== 'a') {
      const t = this.number(i + 1);
      if (t && t.n !== 'X' && t.n >= 10 && t.n <= 99 && toks[i + 1]!.w !== 'a') return { y: a * 100 + t.n, end: t.end };
      return null;
    }
    if (w(i) === 'two' && w(i + 1) === 'thousand') {
      let end = i + 2;
      let y = 2000;
      const k = w(end) === 'and' ? end + 1 : end;
      const t = toks[k] && !toks[k]!.num ? this.number(k) : null;
      if (t && t.n !== 'X' && t.n < 100 && toks[k]!.w !== 'a') { y += t.n; end = t.end; }
      return { y, end };
    }
    return null;
  };

  /** A year at i, in digits or in words. */
  yearAt = (i: number): { y: number; end: number } | null => {
    const y = this.yearNum(i);
    if (y !== null) return { y, end: i + 1 };
    return this.wordYear(i);
  };

  // ---- the story's time ----------------------------------------------------------------------------
  /** The quarter being reported on near token at: one named in the last few sentences. */
  quarterContext = (at: number, maxSentences = 4): { y: number; q: number } | null => {
    const lq = this.state.lastQuarter;
    return lq && this.sentOf[at]! - lq.sentence <= maxSentences ? lq : null;
  };

  /** A comparison word shortly before i ("compared with ... last year"). */
  comparisonBefore = (i: number): boolean => {
    for (let k = i - 1; k >= 0 && k >= i - 8; k--) {
      const x = this.w(k);
      if (x === '.' || x === ';') return false;
      if (x === 'compared' || x === 'from' || x === 'than' || x === 'versus' || x === 'vs' || x === 'against') return true;
    }
    return false;
  };

  /** The weekend meant: the one just past, unless the clause looks ahead (or it is the weekend now). */
  weekendValue = (tense: Tense, dir: -1 | 0 | 1): string => {
    const R = this.R;
    if (!R.ref) return 'XXXX-WXX-WE';
    const dow = weekday(R.ref);
    if (dir === 1) return R.weekend(dow >= 6 ? 1 : 0);
    if (dow >= 6) return R.weekend(dir === -1 && tense !== 'unknown' ? -1 : 0);
    if (dir === 0 && tense === 'future') return R.weekend(0);
    return R.weekend(-1);
  };
}

export function lastCompletedQuarter(r: Ymd): { y: number; q: number } {
  const q = Math.floor((r.m - 1) / 3) + 1;
  return q === 1 ? { y: r.y - 1, q: 4 } : { y: r.y, q: q - 1 };
}
