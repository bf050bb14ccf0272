// The time grammar of the languages other than English (de, fr, es, it, pt, pl): one shared,
// data-driven scan over word tokens, the words of each language in locales/<lang>/time/words.json
// (loaded by locale-words.ts; a rule one language needs is a field of its words, not code). The
// text is tokenized only near the words that can be part of an expression (tokenizeNear, as in
// English). At each token the longest of:
//   - numeric dates, day first: 19.03.2023, 19/03/2023, 19-03-2023; "am 19.03.";
//   - day, month and year: "19. März 2023", "1er mars", "19 de marzo de 2023", "19 marca 2023 r.";
//     month and year; a month alone after a word that governs it ("im Juli", "w lipcu"); decades;
//   - years after a word that governs them ("seit 2019", "en 2019");
//   - today / yesterday / tomorrow, with a part of the day ("gestern Abend", "hier soir");
//   - weekdays, with a modifier before or after ("letzten Montag", "lundi dernier", "el pasado
//     lunes", "na segunda-feira passada", "w zeszły poniedziałek") or without one; with their date;
//   - units with a modifier ("letzte Woche", "la semaine prochaine", "w zeszłym tygodniu"), spans
//     ("les trois derniers mois"), the weekend ("am Wochenende", "el fin de semana");
//   - quantities: "vor drei Tagen", "il y a trois jours", "tre giorni fa", "trzy dni temu" (dates
//     back), "in drei Tagen", "dans trois jours", "za tydzień" (dates ahead), else durations;
//   - clock times ("14:30 Uhr", "14h30", "a las 10", "alle 15", "às 14h", "o godz. 14");
//   - holidays ("Weihnachten", "Pâques", "Wigilia"); now / recently / soon.
// Values follow TimeML as in English (prepositions out of the extent, determiners and modifiers
// in). Which Monday: a modifier says; else "seit / depuis / desde" (the last one), "ab / dès / bis /
// jusqu'à / hasta" (the next one unless the clause is past); else the clause's tense (tenseOf
// below), with the English rule: a past clause → the last such day on or before publication, a
// future clause (an auxiliary of the future or of a plan, a future ending, a timetable's present:
// wird, will, va, sarà, ma, będzie, abrirá, beginnt) → the next one on or after it; no cue → the
// news convention, the last one (or the day this document already named). Polish marks every past
// form, so there a clause with no past form reads as not past (words.json "unmarked").
import type { Span, Timex, TimexType } from '../types.ts';
import { type Ymd } from './calendar.ts';
import type { LocaleTimeData } from './locale-words.ts';
import { Resolver } from './resolver.ts';
import type { Tense } from './tense.ts';
import { GAP, tokenize, tokenizeNear, type Token } from './tokenize.ts';
import { dayOf, pick as holidayDay, type Rule } from './parsers/holiday.ts';
import { fmtDay, pad } from './calendar.ts';
import { weekday } from './calendar.ts';

type Tok = Token;
/** A token's word as the phrases are written: lower case, typographic apostrophes as "'". */
const norm = (t: Token): string => (t.w === '’' ? "'" : t.w);

/** Phrases of one or more tokens, looked up by their first token; the longest match wins. */
class Phrases<T> {
  private readonly byFirst = new Map<string, Array<{ words: string[]; value: T }>>();
  constructor(entries: Iterable<[string, T]>) {
    for (const [key, value] of entries) {
      const words = tokenize(key.toLowerCase()).map((t) => t.w.replace(/’/g, "'"));
      if (!words.length) continue;
      const list = this.byFirst.get(words[0]!) ?? [];
      list.push({ words, value });
      list.sort((a, b) => b.words.length - a.words.length);
      this.byFirst.set(words[0]!, list);
    }
  }
  /** The longest phrase starting at token i: its value and the token after it. */
  at(toks: Tok[], i: number): { value: T; end: number } | null {
    const t = toks[i];
    if (!t) return null;
    const list = this.byFirst.get(norm(t));
    if (!list) return null;
    for (const p of list) {
      let k = 1;
      while (k < p.words.length && toks[i + k] && norm(toks[i + k]!) === p.words[k]) k++;
      if (k === p.words.length) return { value: p.value, end: i + k };
    }
    return null;
  }
  /** Whether a phrase ends right before token i (it starts at most four tokens back). */
  endsAt(toks: Tok[], i: number): boolean {
    return this.startBefore(toks, i) >= 0;
  }
  /** The first token of a phrase that ends right before token i, or -1. */
  startBefore(toks: Tok[], i: number): number {
    for (let k = 1; k <= 4 && i - k >= 0; k++) if (this.at(toks, i - k)?.end === i) return i - k;
    return -1;
  }
  has(word: string): boolean {
    return this.byFirst.has(word);
  }
}

const set = (xs: string[] | undefined): Phrases<true> => new Phrases((xs ?? []).map((x) => [x, true] as [string, true]));
const rec = <T>(r: Record<string, T> | undefined): Phrases<T> => new Phrases(Object.entries(r ?? {}));

/** One language's grammar, built once from its words. */
export class LocaleGrammar {
  readonly weekdays: Phrases<number>;
  readonly weekdaysAfterPrep: Phrases<number>;
  readonly weekdayPreps: Phrases<true>;
  readonly weekdayParts: Array<[string, string]>;
  readonly months: Phrases<number>;
  readonly monthBefore: Phrases<true>;
  readonly monthModifiers: Phrases<true>;
  readonly dateLinks: Phrases<true>;
  readonly ordinalMarks: Phrases<true>;
  readonly yearMarks: Phrases<true>;
  readonly yearBefore: Phrases<true>;
  readonly days: Phrases<number>;
  readonly dayNotAfter: Map<string, Set<string>>;
  readonly dayLowerOnly: Set<string>;
  readonly parts: Phrases<string>;
  readonly units: Phrases<string>;
  readonly numbers: Phrases<number>;
  readonly vague: Phrases<true>;
  readonly last: Phrases<true>;
  readonly next: Phrases<true>;
  readonly thisMod: Phrases<true>;
  readonly pluralModifiers: Phrases<true>;
  readonly decadeUnits: Phrases<true>;
  readonly decadeAfter: Phrases<true>;
  readonly holidays: Phrases<Rule>;
  readonly holidaysAfter: Map<string, Set<string>>;
  readonly singularUnits: Set<string>;
  readonly sinceBefore: Phrases<true>;
  readonly fromBefore: Phrases<true>;
  readonly untilBefore: Phrases<true>;
  readonly dayMonthBefore: Phrases<true>;
  readonly articles: Phrases<true>;
  readonly agoBefore: Phrases<true>;
  readonly agoAfter: Phrases<true>;
  readonly inBefore: Phrases<true>;
  readonly references: Phrases<string>;
  readonly clockAfter: Phrases<true>;
  readonly clockBare: Phrases<true>;
  readonly clockBefore: Phrases<true>;
  readonly hourMarks: Set<string>;
  readonly past: Set<string>;
  readonly future: Set<string>;
  readonly pastEnding: RegExp | null;
  readonly futureEnding: RegExp | null;
  readonly speech: Set<string>;
  readonly boundary: Set<string>;
  readonly lowerCaseMonths: boolean;
  /** The tense of a clause with no cue: unknown (the news convention), or what the language's grammar implies. */
  readonly unmarked: Tense;
  /** Every word that may start an expression (one set lookup per token decides where to try). */
  readonly starters = new Set<string>();
  readonly anchor: RegExp;
  readonly compoundWeekday: RegExp | null;

  /** speechVerbs: the language pack's forms of the verbs of saying, added to the words' own. */
  constructor(d: LocaleTimeData, speechVerbs?: ReadonlySet<string>) {
    this.weekdays = rec(d.weekdays);
    this.weekdaysAfterPrep = rec(d.weekdaysAfterPreposition);
    this.weekdayPreps = set(d.weekdayPrepositions);
    this.weekdayParts = Object.entries(d.weekdayPartEndings ?? {});
    this.months = rec(d.months);
    this.monthBefore = set(d.monthBefore);
    this.monthModifiers = set(d.monthModifiers);
    this.dateLinks = set(d.dateLinks);
    this.ordinalMarks = set(d.ordinalMarks);
    this.yearMarks = set(d.yearMarks);
    this.yearBefore = set(d.yearBefore);
    this.days = rec(d.days);
    this.dayNotAfter = new Map(Object.entries(d.dayNotAfter ?? {}).map(([k, v]) => [k, new Set(v)]));
    this.dayLowerOnly = new Set(d.dayLowerCaseOnly ?? []);
    this.parts = rec(d.partsOfDay);
    this.units = rec(d.units);
    this.numbers = rec(d.numbers);
    this.vague = set(d.vagueNumbers);
    this.last = set(d.last);
    this.next = set(d.next);
    this.thisMod = set(d.this);
    this.pluralModifiers = set(d.pluralModifiers);
    this.decadeUnits = set(d.decadeUnits);
    this.decadeAfter = set(d.decadeAfter);
    this.holidays = rec(d.holidays);
    this.holidaysAfter = new Map(Object.entries(d.holidaysAfter ?? {}).map(([k, v]) => [k, new Set(v)]));
    this.singularUnits = new Set(d.singularUnits ?? []);
    this.sinceBefore = set(d.sinceBefore);
    this.fromBefore = set(d.fromBefore);
    this.untilBefore = set(d.untilBefore);
    this.dayMonthBefore = set(d.dayMonthBefore);
    this.articles = set(d.articles);
    this.agoBefore = set(d.agoBefore);
    this.agoAfter = set(d.agoAfter);
    this.inBefore = set(d.inBefore);
    this.references = rec(d.references);
    this.clockAfter = set(d.clock?.after);
    this.clockBare = set(d.clock?.bareAfter);
    this.clockBefore = set([...(d.clock?.before ?? []), ...(d.clock?.bareAfter ?? [])]);
    this.hourMarks = new Set(d.clock?.hourMarks ?? []);
    this.past = new Set(d.tense.past);
    this.future = new Set(d.tense.future);
    this.pastEnding = d.tense.pastEndings?.length ? new RegExp(`(?:${d.tense.pastEndings.join('|')})$`) : null;
    this.futureEnding = d.tense.futureEndings?.length ? new RegExp(`(?:${d.tense.futureEndings.join('|')})$`) : null;
    this.speech = new Set([...d.tense.speech, ...(speechVerbs ?? [])]);
    this.boundary = new Set(d.tense.boundary);
    this.lowerCaseMonths = d.lowerCaseMonths;
    this.unmarked = d.tense.unmarked ?? 'unknown';
    const words = (k: string): string[] => tokenize(k.toLowerCase()).map(norm);
    // articles start a match only before a modifier: the modifier starts it, the article is taken back
    for (const r of [d.weekdays, d.weekdaysAfterPreposition ?? {}, d.months, d.days, d.units, d.references, d.holidays ?? {}]) for (const k of Object.keys(r)) this.starters.add(words(k)[0] ?? '');
    for (const xs of [d.last, d.next, d.this, d.agoBefore, d.inBefore, d.monthModifiers ?? [], Object.keys(d.numbers), d.vagueNumbers, d.decadeUnits ?? []]) for (const k of xs) this.starters.add(words(k)[0] ?? '');
    // The anchor: where an expression may be (a weekday, month, day word, unit, reference word, a
    // digit); the text is tokenized only near these (tokenizeNear), as in English.
    const anchors = new Set<string>();
    for (const r of [d.weekdays, d.weekdaysAfterPreposition ?? {}, d.months, d.days, d.units, d.references, d.holidays ?? {}]) {
      for (const k of Object.keys(r)) {
        const ws = words(k).filter((w) => /\p{L}/u.test(w));
        const longest = ws.sort((a, b) => b.length - a.length)[0];
        if (longest) anchors.add(longest);
      }
    }
    const esc = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const alt = [...anchors].sort((a, b) => b.length - a.length).map(esc).join('|');
    const parts = Object.keys(d.weekdayPartEndings ?? {}).map(esc).join('|');
    const days = Object.keys(d.weekdays).map(esc).join('|');
    this.compoundWeekday = parts ? new RegExp(`^(?:${days})(?:${parts})$`) : null;
    this.anchor = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alt})${parts ? `(?:${parts})?` : ''}(?![\\p{L}\\p{N}])|\\d`, 'giu');
  }
}

const grammars = new Map<string, LocaleGrammar>();
function grammarOf(lang: string, data: LocaleTimeData, speechVerbs?: ReadonlySet<string>): LocaleGrammar {
  let g = grammars.get(lang);
  if (!g) { g = new LocaleGrammar(data, speechVerbs); grammars.set(lang, g); }
  return g;
}

/** A match in tokens; fixed when the text gives the whole value (no publication date needed). */
interface M { start: number; end: number; type: TimexType; value: string; fixed?: true }

const TIME_UNITS = new Set(['S', 'MIN', 'H']);
const DAY_FIRST = /^(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})$/;

export function scanLocaleTimexes(text: string, ref: Ymd | null, sentences: Span[], lang: string, data: LocaleTimeData, speechVerbs?: ReadonlySet<string>): Timex[] {
  const g = grammarOf(lang, data, speechVerbs);
  const toks: Tok[] = tokenizeNear(text, g.anchor, 90, 70);
  const R = new Resolver(ref);
  const known = new Map<number, string>();
  // sentence of each token, and each sentence's token range
  const sentOf = new Int32Array(toks.length);
  const sentTok: Array<[number, number]> = [];
  {
    let k = 0;
    for (let si = 0; si < sentences.length; si++) {
      const sp = sentences[si]!;
      while (k < toks.length && toks[k]!.start < sp.start) sentOf[k++] = Math.max(0, si - 1);
      const first = k;
      while (k < toks.length && toks[k]!.start < sp.end) sentOf[k++] = si;
      sentTok.push([first, k]);
    }
    while (k < toks.length) sentOf[k++] = Math.max(0, sentences.length - 1);
  }
  const sentRange = (i: number): [number, number] => sentTok[sentOf[i]!] ?? [0, toks.length];
  const sentenceStart = (i: number): boolean => {
    const [s] = sentRange(i);
    if (i <= s) return true;
    const p = norm(toks[i - 1]!);
    return /^["„“”«»‚‘'(\[–—-]$/.test(p) || p === ':';
  };

  // ---- the clause's tense ----------------------------------------------------------------------
  const cue = (k: number): Tense | null => {
    const w = norm(toks[k]!);
    if (g.future.has(w)) return 'future';
    if (g.past.has(w)) return 'past';
    // a lower-case word only: names ("Michał") end the same way
    if (g.futureEnding && w.length > 3 && toks[k]!.raw === w && g.futureEnding.test(w)) return 'future';
    if (g.pastEnding && w.length > 3 && !toks[k]!.cap && toks[k]!.raw === w && g.pastEnding.test(w)) return 'past';
    return null;
  };
  const tenseOf = (i: number, j: number): Tense => {
    const [s, e] = sentRange(i);
    let back: Tense | null = null;
    let backDist = 99;
    for (let k = i - 1, n = 0; k >= Math.min(s, i) && n < 14; k--, n++) {
      const w = norm(toks[k]!);
      if (w === GAP || g.boundary.has(w)) break;
      const t = cue(k);
      if (t) { back = t; backDist = n; break; }
      if (g.speech.has(w)) break;
    }
    let fwd: Tense | null = null;
    let fwdDist = 99;
    let comma = false;
    for (let k = j, n = 0; k < Math.max(e, j) && k < toks.length && n < 10; k++, n++) {
      const w = norm(toks[k]!);
      if (w === GAP || g.boundary.has(w)) break;
      // "…, teilte der Sprecher mit": a speech verb after a comma is not the clause's verb; before
      // one it is ("W poniedziałek minister powiedziała, że …")
      if (comma && g.speech.has(w)) break;
      if (w === ',') comma = true;
      const t = cue(k);
      if (t) { fwd = t; fwdDist = n; break; }
      if (g.speech.has(w)) break;
    }
    if (back && fwd) return backDist <= fwdDist ? back : fwd;
    return back ?? fwd ?? g.unmarked;
  };

  // ---- small readers ---------------------------------------------------------------------------
  const dayNum = (i: number): number | null => {
    const t = toks[i];
    if (!t || !t.num) return null;
    // "1er": an ordinal mark written onto the number
    const m = /^(\d{1,2})([^\d]*)$/.exec(t.raw);
    if (!m || (m[2] && !g.ordinalMarks.has(m[2].toLowerCase()))) return null;
    const d = Number(m[1]);
    return d >= 1 && d <= 31 ? d : null;
  };
  const yearNum = (i: number): number | null => {
    const t = toks[i];
    if (!t || !t.num || !/^\d{4}$/.test(t.raw)) return null;
    const y = Number(t.raw);
    return y >= 1000 && y <= 2199 ? y : null;
  };
  const month = (i: number): { m: number; end: number } | null => {
    const p = g.months.at(toks, i);
    if (!p) return null;
    // a capitalised month inside a sentence of a language that writes months in lower case is a name
    if (g.lowerCaseMonths && toks[i]!.raw[0] !== toks[i]!.raw[0]!.toLowerCase() && !sentenceStart(i)) return null;
    return { m: p.value, end: p.end };
  };
  const link = (i: number): number => g.dateLinks.at(toks, i)?.end ?? i;
  /** "2023", "2023 r.", "2023 roku": a year and the token after it. */
  const yearAfter = (i: number): { y: number; end: number } | null => {
    const k = link(i);
    const y = yearNum(k);
    if (y === null) return null;
    let end = k + 1;
    const mark = g.yearMarks.at(toks, end);
    if (mark) end = mark.end;
    return { y, end };
  };
  const quantity = (i: number): { n: number | 'X'; end: number } | null => {
    const t = toks[i];
    if (!t) return null;
    if (t.num) return /^\d{1,4}$/.test(t.raw) ? { n: Number(t.raw), end: i + 1 } : null;
    const v = g.vague.at(toks, i);
    if (v) return { n: 'X', end: v.end };
    const p = g.numbers.at(toks, i);
    return p ? { n: p.value, end: p.end } : null;
  };
  const modifier = (i: number): { dir: -1 | 0 | 1; end: number } | null => {
    const l = g.last.at(toks, i);
    if (l) return { dir: -1, end: l.end };
    const n = g.next.at(toks, i);
    if (n) return { dir: 1, end: n.end };
    const t = g.thisMod.at(toks, i);
    return t ? { dir: 0, end: t.end } : null;
  };
  const weekdayAt = (i: number): { dow: number; end: number; part: string | null } | null => {
    const p = g.weekdays.at(toks, i);
    if (p) return { dow: p.value, end: p.end, part: null };
    const q = g.weekdaysAfterPrep.at(toks, i);
    if (q && i > 0 && (g.weekdayPreps.at(toks, i - 1) || g.last.at(toks, i - 1) || g.next.at(toks, i - 1))) return { dow: q.value, end: q.end, part: null };
    // "Montagabend": a weekday and a part of the day in one word
    const w = toks[i]?.w;
    if (w && g.compoundWeekday?.test(w)) {
      for (const [ending, part] of g.weekdayParts) {
        if (!w.endsWith(ending)) continue;
        const stem = tokenize(w.slice(0, -ending.length));
        const dow = g.weekdays.at(stem, 0);
        if (dow) return { dow: dow.value, end: i + 1, part };
      }
    }
    return null;
  };
  const unitValue = (unit: string, n: number): string | null => {
    switch (unit) {
      case 'D': return R.day(n);
      case 'W': return R.week(n);
      case 'M': return R.month(n);
      case 'Y': return R.year(n);
      case 'Q': return R.quarter(n);
      case 'DE': return R.decade(n);
      default: return null;
    }
  };
  const weekend = (tense: Tense, dir: -1 | 0 | 1): string => {
    if (!R.ref) return 'XXXX-WXX-WE';
    const dow = weekday(R.ref);
    if (dir === 1) return R.weekend(dow >= 6 ? 1 : 0);
    if (dir === -1) return R.weekend(dow >= 6 ? 0 : -1);
    if (dow >= 6) return R.weekend(0);
    return R.weekend(tense === 'future' ? 0 : -1);
  };

  /** The match's first token, taken back over an article before it ("la semaine dernière"). */
  const withArticle = (i: number): number => {
    const a = g.articles.startBefore(toks, i);
    return a >= 0 ? a : i;
  };

  // ---- the parsers -------------------------------------------------------------------------------
  const numericDate = (i: number): M | null => {
    const t = toks[i]!;
    if (!t.num) return null;
    const m = DAY_FIRST.exec(t.raw);
    if (!m) {
      // "am 19.03.": day and month, after a word that governs a date
      const dm = /^(\d{1,2})\.(\d{1,2})$/.exec(t.raw);
      const dot = toks[i + 1];
      if (!dm || !dot || dot.w !== '.' || dot.start !== t.end || !g.dayMonthBefore.endsAt(toks, i)) return null;
      const d = Number(dm[1]);
      const mo = Number(dm[2]);
      if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
      return { start: i, end: i + 2, type: 'DATE', value: R.monthDay(mo, d, tenseOf(i, i + 2)) };
    }
    const d = Number(m[1]);
    const mo = Number(m[3]);
    let y = Number(m[4]);
    if (m[4]!.length === 2) y += y < 50 ? 2000 : 1900;
    if (mo < 1 || mo > 12 || d < 1 || d > 31 || y < 1000) return null;
    return { start: i, end: i + 1, type: 'DATE', value: `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`, fixed: true };
  };

  const monthDate = (i: number): M | null => {
    const start = i;
    let k = i;
    const mod = g.monthModifiers.at(toks, k);
    if (mod) k = link(mod.end);
    // day first: "19. März", "1er mars", "19 de marzo", "1º de março"
    const d = dayNum(k);
    if (d !== null) {
      let j = k + 1;
      if (toks[j]?.w === '.') j++;
      const om = g.ordinalMarks.at(toks, j);
      if (om) j = om.end;
      const mo = month(link(j));
      if (!mo) return null;
      const y = yearAfter(mo.end);
      const tense = y ? 'unknown' : tenseOf(start, mo.end);
      const pad = (x: number): string => String(x).padStart(2, '0');
      if (y) return { start, end: y.end, type: 'DATE', value: `${String(y.y).padStart(4, '0')}-${pad(mo.m)}-${pad(d)}`, fixed: true };
      return { start, end: mo.end, type: 'DATE', value: R.monthDay(mo.m, d, tense) };
    }
    const mo = month(k);
    if (!mo) return null;
    const y = yearAfter(mo.end);
    if (y) return { start, end: y.end, type: 'DATE', value: `${String(y.y).padStart(4, '0')}-${String(mo.m).padStart(2, '0')}`, fixed: true };
    // a month alone: after a word that governs it, or a modifier of its own
    if (!mod && !g.monthBefore.endsAt(toks, i)) return null;
    return { start, end: mo.end, type: 'DATE', value: R.monthOf(mo.m, tenseOf(start, mo.end)) };
  };

  /** "1990er", "die 1990er Jahre", "les années 1990", "los años 90", "lata 90.": a decade (TimeML 199). */
  const decade = (i: number): M | null => {
    const t = toks[i]!;
    if (t.num) {
      const m = /^(1[5-9]|20)(\d)0er$/.exec(t.w);
      if (!m) return null;
      const after = g.decadeAfter.at(toks, i + 1);
      return { start: i, end: after ? after.end : i + 1, type: 'DATE', value: `${m[1]}${m[2]}`, fixed: true };
    }
    const u = g.decadeUnits.at(toks, i);
    if (!u) return null;
    let k = u.end;
    if (toks[k]?.w === "'" || toks[k]?.w === '’') k++;
    const n = toks[k];
    if (!n || !n.num) return null;
    const m = /^(?:(1[5-9]|20)(\d)0|(\d)0)$/.exec(n.raw);
    if (!m) return null;
    return { start: withArticle(i), end: k + 1, type: 'DATE', value: m[1] ? `${m[1]}${m[2]}` : `19${m[3]}`, fixed: true };
  };

  const year = (i: number): M | null => {
    const y = yearNum(i);
    if (y === null || !g.yearBefore.endsAt(toks, i)) return null;
    return { start: i, end: (g.yearMarks.at(toks, i + 1)?.end ?? i + 1), type: 'DATE', value: String(y).padStart(4, '0'), fixed: true };
  };

  const dayWord = (i: number): M | null => {
    const p = g.days.at(toks, i);
    if (!p) return null;
    const w = norm(toks[i]!);
    const not = g.dayNotAfter.get(w);
    if (not && i > 0 && not.has(norm(toks[i - 1]!))) return null;
    if (g.dayLowerOnly.has(w) && toks[i]!.cap && !sentenceStart(i)) return null;
    const value = R.day(p.value);
    const part = g.parts.at(toks, p.end);
    if (part) return { start: i, end: part.end, type: 'TIME', value: `${value}T${part.value}` };
    return { start: i, end: p.end, type: 'DATE', value };
  };

  const weekdayExpr = (i: number): M | null => {
    // a modifier (and its article) before: "letzten Montag", "el pasado lunes", "w zeszły poniedziałek"
    let start = i;
    let k = i;
    let dir: -1 | 0 | 1 = 0;
    let hasMod = false;
    const mod = modifier(i);
    if (mod && weekdayAt(mod.end)) { dir = mod.dir; hasMod = true; k = mod.end; start = withArticle(i); }
    const wd = weekdayAt(k);
    if (!wd) return null;
    let end = wd.end;
    // a modifier after: "lundi dernier", "lunedì scorso", "segunda-feira passada"
    if (!hasMod) {
      const after = modifier(end);
      if (after && after.dir !== 0) { dir = after.dir; hasMod = true; end = after.end; }
    }
    // "Montag, 19. März 2023", "lundi 19 mars", "el lunes 19 de marzo", "Montag, 19.03.2023": one date
    if (!hasMod) {
      const k2 = toks[end]?.w === ',' ? end + 1 : end;
      const md = toks[k2] ? monthDate(k2) ?? numericDate(k2) : null;
      if (md && md.start === k2 && md.value.length === 10 && !md.value.startsWith('X')) return { start, end: md.end, type: 'DATE', value: md.value, fixed: md.fixed };
    }
    let part = wd.part;
    if (!part) {
      const p = g.parts.at(toks, end);
      if (p) { part = p.value; end = p.end; }
    }
    let value: string;
    let tense = tenseOf(start, end);
    // "seit Montag", "depuis lundi": the last one; "ab Mittwoch", "bis Freitag", "hasta el viernes":
    // the next one, unless the clause is past ("dauerte bis Freitag")
    if (!hasMod) {
      const a = g.articles.startBefore(toks, start);
      const at = a >= 0 ? a : start;
      if (g.sinceBefore.endsAt(toks, at)) tense = 'past';
      else if ((g.fromBefore.endsAt(toks, at) || g.untilBefore.endsAt(toks, at)) && tense !== 'past') tense = 'future';
    }
    const seen = known.get(wd.dow);
    if (!hasMod && seen && R.ref && tense === 'unknown') value = seen;
    else if (dir === 0 && hasMod) value = R.weekday(wd.dow, tense === 'unknown' ? 'future' : tense);
    else value = R.weekday(wd.dow, tense, dir);
    if (!hasMod && R.ref) known.set(wd.dow, value);
    if (part) return { start, end, type: 'TIME', value: `${value}T${part}` };
    return { start, end, type: 'DATE', value };
  };

  /** "die letzten drei Jahre", "les derniers mois", "w ostatnich latach": a span back or ahead, a duration. */
  const span = (start: number, n: number | 'X', unit: string, end: number): M | null =>
    unit === 'WE' ? null : { start, end, type: 'DURATION', value: TIME_UNITS.has(unit) ? `PT${n}${unit === 'MIN' ? 'M' : unit}` : `P${n}${unit}` };

  const unitExpr = (i: number): M | null => {
    // [article] modifier unit | [article] unit modifier | the weekend alone; with a plural
    // modifier or a number, a span: [number] modifier [number] unit
    let start = withArticle(i);
    const before = modifier(i);
    if (before) {
      const plural = g.pluralModifiers.at(toks, i)?.end === before.end;
      const q = before.dir !== 0 ? quantity(before.end) : null;
      const u = g.units.at(toks, q ? q.end : before.end);
      if (!u) return null;
      // "les trois derniers mois": the number before the modifier
      const qBefore = i > 0 && start === i ? quantity(i - 1) : null;
      if (qBefore && qBefore.end === i) { start = withArticle(i - 1); return span(start, qBefore.n, u.value, u.end); }
      if (q || plural) return span(start, q ? q.n : 'X', u.value, u.end);
      const tense = tenseOf(start, u.end);
      const value = u.value === 'WE' ? weekend(tense, before.dir) : unitValue(u.value, before.dir);
      return value ? { start, end: u.end, type: 'DATE', value } : null;
    }
    const u = g.units.at(toks, i);
    if (!u) return null;
    const after = modifier(u.end);
    if (after) {
      if (g.pluralModifiers.at(toks, u.end)?.end === after.end) return span(start, 'X', u.value, after.end);
      const tense = tenseOf(start, after.end);
      const value = u.value === 'WE' ? weekend(tense, after.dir) : unitValue(u.value, after.dir);
      return value ? { start, end: after.end, type: 'DATE', value } : null;
    }
    if (u.value === 'WE') return { start, end: u.end, type: 'DATE', value: weekend(tenseOf(start, u.end), 0) };
    return null;
  };

  const quantityExpr = (i: number): M | null => {
    let k = i;
    const ago = g.agoBefore.at(toks, k);
    const inn = ago ? null : g.inBefore.at(toks, k);
    if (ago) k = ago.end;
    else if (inn) k = inn.end;
    let q = quantity(k);
    let u = q ? g.units.at(toks, q.end) : null;
    if (!q || !u) {
      // a unit alone, with "ago" or "in": one of it in the singular ("rok temu", "za tydzień"),
      // an unknown number in the plural ("vor Jahren", "hace años": the past)
      u = g.units.at(toks, k);
      if (!u) return null;
      if (!ago && !inn && !g.agoAfter.at(toks, u.end)) return null;
      q = { n: g.singularUnits.has(norm(toks[k]!)) ? 1 : 'X', end: k };
      if (q.n === 'X' && inn) return null;
    }
    const n = q.n;
    const after = g.agoAfter.at(toks, u.end);
    if (ago || after) {
      const v = n === 'X' ? 'PAST_REF' : unitValue(u.value, -n);
      if (v) return { start: i, end: after ? after.end : u.end, type: 'DATE', value: v };
    }
    // "in drei Jahren", "en dos años": ahead of publication, unless the clause is past (then "within")
    if (inn && n !== 'X' && tenseOf(i, u.end) !== 'past') {
      const v = unitValue(u.value, n);
      if (v) return { start: k, end: u.end, type: 'DATE', value: v };
    }
    if (u.value === 'WE') return null;
    const code = u.value === 'MIN' ? 'M' : u.value;
    const value = TIME_UNITS.has(u.value) ? `PT${n}${code}` : `P${n}${code}`;
    return { start: k, end: u.end, type: 'DURATION', value };
  };

  /** "14:30", "14.30 Uhr", "9 Uhr", "14h30", "15 heures", "a las 10", "alle 15": the reference day at that time. */
  const clock = (i: number): M | null => {
    const t = toks[i]!;
    if (!t.num) return null;
    let m = /^(\d{1,2})(?:([:.])(\d\d))?$/.exec(t.raw);
    let end = i + 1;
    let h: number;
    let min = 0;
    if (m) {
      h = Number(m[1]);
      if (m[3] !== undefined) min = Number(m[3]);
      const after = g.clockAfter.at(toks, end);
      // "15 heures" is a duration unless a clock preposition comes first ("à 15 heures")
      if (after && g.units.at(toks, end) && !g.clockBefore.endsAt(toks, i)) return null;
      if (after) end = after.end;
      // a time needs "Uhr" / "heures", or hh:mm, or a bare hour after "a las", "alle", "o godz."
      else if (m[2] !== ':' && !g.clockBare.endsAt(toks, i)) return null;
      if (m[2] === '.' && !after) return null;
    } else {
      m = /^(\d{1,2})([a-z]+)$/.exec(t.w);
      if (!m || !g.hourMarks.has(m[2]!)) return null;
      h = Number(m[1]);
      const next = toks[end];
      if (next && next.num && next.start === t.end && /^\d\d$/.test(next.raw)) { min = Number(next.raw); end++; }
    }
    if (h > 24 || min > 59) return null;
    return { start: i, end, type: 'TIME', value: `${R.day(0)}T${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}` };
  };

  /** "Weihnachten", "letzte Ostern", "Noël 2022", "w Wigilię": the holiday's day, the year as for a month. */
  const holiday = (i: number): M | null => {
    const mod = modifier(i);
    const k = mod ? mod.end : i;
    const h = g.holidays.at(toks, k);
    if (!h) return null;
    // holidays are written with a capital ("Nowy Rok", not "nowy rok szkolny")
    if (toks[k]!.raw[0] === toks[k]!.raw[0]!.toLowerCase()) return null;
    const name = norm(toks[k]!);
    const after = g.holidaysAfter.get(name);
    if (after && !(k > 0 && after.has(norm(toks[k - 1]!)))) return null;
    // a capitalised word after it makes it a name ("Sylwester Nowak")
    const nx = toks[h.end];
    if (nx && nx.cap && !g.months.at(toks, h.end)) return null;
    const y = yearAfter(h.end);
    const rule = h.value;
    const start = mod ? withArticle(i) : i;
    if (y) return { start, end: y.end, type: 'DATE', value: fmtDay(dayOf(rule, y.y)), fixed: true };
    if (!R.ref) return { start, end: h.end, type: 'DATE', value: rule.easter === undefined ? `XXXX-${pad(rule.month!)}-${pad(rule.day!)}` : 'XXXX-XX-XX' };
    const shift = mod ? mod.dir : null;
    return { start, end: h.end, type: 'DATE', value: fmtDay(holidayDay(rule, R.ref, shift, tenseOf(start, h.end))) };
  };

  const reference = (i: number): M | null => {
    const p = g.references.at(toks, i);
    return p ? { start: i, end: p.end, type: 'DATE', value: p.value } : null;
  };

  const PARSERS = [numericDate, monthDate, decade, year, dayWord, weekdayExpr, unitExpr, clock, quantityExpr, holiday, reference];

  const out: Timex[] = [];
  for (let i = 0; i < toks.length; ) {
    const t = toks[i]!;
    if (!t.num && !g.starters.has(norm(t)) && !g.compoundWeekday?.test(t.w)) { i++; continue; }
    let best: M | null = null;
    for (const p of PARSERS) {
      const m = p(i);
      if (m && m.end > m.start && (!best || m.end > best.end)) best = m;
    }
    if (!best) { i++; continue; }
    let endChar = toks[best.end - 1]!.end;
    // a sentence's final period stays out; an abbreviation's ("2023 r.") stays in
    if (toks[best.end - 1]!.w === '.' && best.end - 1 > best.start && !g.yearMarks.has(toks[best.end - 2]!.w)) endChar = toks[best.end - 2]!.end;
    const start = toks[best.start]!.start;
    out.push({ start, end: endChar, text: text.slice(start, endChar), type: best.type, value: best.value, anchored: !best.fixed && best.type !== 'DURATION' && !best.value.endsWith('_REF') });
    i = Math.max(best.end, i + 1);
  }
  return out;
}
