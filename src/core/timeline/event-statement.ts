// A short plain statement of what happened, built from the sentence a dated timex sits in: the
// clause that holds the date, with the date itself (and its preposition) taken out, descriptions
// before a known person's name folded into the name, and long tails cut.
//   "On Thursday, the head of the Chinese Foreign Ministry Qin Gang spoke by phone with his
//    Ukrainian counterpart Dmytro Kuleba." → "Qin Gang spoke by phone with Dmytro Kuleba"
import type { Span } from '../types.ts';
import { codeAt, isLetterOrDigit } from '../text/letter-class.ts';

const PREPS = new Set(['on', 'in', 'at', 'by', 'during', 'from', 'of', 'as', 'early', 'late', 'around', 'until', 'till', 'through', 'since', 'over', 'for', 'within', 'throughout']);
const CLAUSE_WORDS = new Set(['which', 'who', 'whom', 'where', 'while', 'but', 'whereas', 'although', 'though', 'because']);
const EVENT_BOUNDARY = new Set(['since', 'after', 'before', 'until', 'following', 'amid', 'ahead']);
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'his', 'her', 'its', 'their', 'our', 'these', 'those']);
const VERBISH = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'may',
  'might', 'should', 'must', 'did', 'does', 'do', 'said', 'says', 'spoke', 'met', 'began', 'begins', 'told',
  'wrote', 'called', 'and', 'or', 'to', 'with', 'for', 'at', 'in', 'on', 'by', 'that',
]);
const ROLE_WORDS = new Set([
  'head', 'president', 'minister', 'leader', 'counterpart', 'chief', 'spokesman', 'spokeswoman', 'spokesperson',
  'secretary', 'chairman', 'chairwoman', 'director', 'ambassador', 'envoy', 'official', 'prime', 'foreign',
  'deputy', 'general', 'king', 'queen', 'chancellor', 'governor', 'mayor', 'senator', 'premier', 'commander',
  'adviser', 'advisor', 'former', 'vice', 'chief', 'executive', 'founder', 'lawmaker', 'judge', 'pope',
]);
const LEADING_FILLER = /^(?:(?:and|but|also|however|meanwhile|then|so|yet|still|moreover|furthermore|indeed|while|although|though|whereas|when)\b[,\s]*)+/i;
/** "As the Kremlin said in a communiqué, ..." — who told it is not what happened. */
const LEADING_ATTRIBUTION = /^(?:as|according to|in|at|after|during|with|under|amid|despite|citing)\b[^,]{0,80},\s*/i;
const SPEECH_BEFORE_THAT = new Set(['said', 'says', 'announced', 'reported', 'stated', 'added', 'noted', 'confirmed', 'told', 'wrote', 'explained', 'claimed', 'argued', 'insisted']);
const CUT_BEFORE = new Set(['at', 'in', 'on', 'for', 'with', 'by', 'from', 'after', 'before', 'during', 'amid', 'as', 'while', 'because', 'which', 'who', 'and', 'but']);
const NP_STOP = new Set(['until', 'when', 'while', 'after', 'before', 'because', 'if', 'as', 'than', 'since', 'and', 'or', 'but', 'that', 'which', 'who', 'where', 'for', 'with', 'from', 'on', 'was', 'were', 'is', 'are']);
const NO_PREPS: ReadonlySet<string> = new Set();
const NP_PREPS = new Set(['of', 'in', 'to', 'by', 'at']);
const PREMOD_BEFORE = new Set(['the', 'its', 'their', 'his', 'her', 'a', 'an', 'this', 'that', 'last', 'next']);
/** "BAGHDAD, Iraq (AP)_ ", "LONDON (Reuters) - ": a dateline is no part of the statement. */
const DATELINE = /^[A-Z][A-Z.'\- ]{1,30}(?:,[^()]{1,30})?\s*\([A-Za-z]{1,12}\)\s*[_—–-]*\s*/;
const DATELINE_DASH = /^[A-Z][A-Z.'\- ]{1,30}(?:,\s?[A-Z][A-Za-z.' ]{1,25})?\s+[_—–]\s+/;
const FILLER_WORDS = new Set(['and', 'but', 'so', 'yet', 'also', 'then', 'meanwhile', 'however', 'still']);
const MAX_WORDS = 16;

interface Word {
  s: number;
  e: number;
  w: string;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*|[,;:–—]/gu;

/** The words and clause marks of WORD that start in [from, to), by a scan of character codes. */
function words(text: string, from: number, to: number): Word[] {
  const n = text.length;
  // (a start inside a surrogate pair is left to the pattern, which steps back to the pair)
  const c0 = text.charCodeAt(from);
  if (from > 0 && c0 >= 0xdc00 && c0 <= 0xdfff && text.charCodeAt(from - 1) >= 0xd800 && text.charCodeAt(from - 1) <= 0xdbff) return wordsByPattern(text, from, to);
  const out: Word[] = [];
  let p = from;
  while (p < to) {
    const cp = codeAt(text, p, n);
    const size = cp > 0xffff ? 2 : 1;
    if (isLetterOrDigit(cp)) {
      let q = p + size;
      while (q < n) {
        const d = codeAt(text, q, n);
        if (!(isLetterOrDigit(d) || d === 39 || d === 0x2019 || d === 46 || d === 45)) break;
        q += d > 0xffff ? 2 : 1;
      }
      const raw = text.slice(p, q);
      out.push({ s: p, e: Math.min(q, to), w: /[A-Z\u0080-\uffff]/.test(raw) ? raw.toLowerCase() : raw });
      p = q;
    } else {
      if (cp === 44 || cp === 59 || cp === 58 || cp === 0x2013 || cp === 0x2014) out.push({ s: p, e: p + 1, w: text[p]! });
      p += size;
    }
  }
  return out;
}

function wordsByPattern(text: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m && m.index < to; m = WORD.exec(text)) {
    out.push({ s: m.index, e: Math.min(m.index + m[0].length, to), w: m[0].toLowerCase() });
  }
  return out;
}

// The pattern that takes a date (with its preposition) out of a statement, one per date text:
// a text full of dates asks for the same few patterns again and again.
const datePatterns = new Map<string, RegExp>();
function dateWithPreposition(t: string): RegExp {
  let re = datePatterns.get(t);
  if (!re) {
    if (datePatterns.size >= 500) datePatterns.clear();
    re = new RegExp(`\\s*\\b(?:on|in|at|of|since|until|by|from|over|for|within)?\\s*${t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:['’]s)?`, 'i');
    datePatterns.set(t, re);
  }
  return re;
}

/**
 * @param text the whole text
 * @param sentence the sentence span
 * @param timex the timex span (inside the sentence)
 * @param people spans of person mentions (from the entity stage; may be empty)
 * @param others spans of the sentence's other time expressions (left out of the statement too)
 * @param datePreps the article language's prepositions before a date ("am", "w"), left out with it
 */
export function eventStatement(text: string, sentence: Span, timex: Span, people: Span[], others: Span[] = [], datePreps: ReadonlySet<string> = NO_PREPS): string {
  const ws = words(text, sentence.start, sentence.end);
  if (!ws.length) return text.slice(timex.start, timex.end);
  let ti = ws.findIndex((x) => x.e > timex.start);
  if (ti < 0) ti = ws.length - 1;
  let tj = ti;
  while (tj + 1 < ws.length && ws[tj + 1]!.s < timex.end) tj++;

  // the clause around the timex
  let cs = 0;
  let lastComma = -1; // the nearest comma seen so far, walking back from the timex
  let relativeOf = -1; // "Ritter, who arrived Thursday": the comma before "who"
  const skipped: Array<[number, number]> = [];
  for (let k = ti - 1; k >= 0; k--) {
    const x = ws[k]!.w;
    if (x === ';' || x === ':' || x === '–' || x === '—') { cs = k + 1; break; }
    if (x === ',' && k + 1 < ti && CLAUSE_WORDS.has(ws[k + 1]!.w)) {
      // "Ritter, who arrived Thursday with inspectors, had been allowed ... since Jan. 13": the
      // relative clause closed before the date; it is an aside of the date's clause
      if (lastComma > k && (ws[k + 1]!.w === 'who' || ws[k + 1]!.w === 'which' || ws[k + 1]!.w === 'whom')) {
        skipped.push([k, lastComma + 1]);
        lastComma = -1;
        continue;
      }
      cs = k + 1;
      if (ws[k + 1]!.w === 'who' || ws[k + 1]!.w === 'which') {
        relativeOf = k;
      }
      break;
    }
    if (x === ',') lastComma = lastComma < 0 ? k : lastComma;
    // ", and the following year he was appointed": a second clause opened by its date
    if (x === ',' && ws[k + 1]?.w === 'and' && ti - (k + 2) <= 1) { cs = k + 2; break; }
    if (x === 'that' && k > 0 && ws[k - 1]!.w === 'and') { cs = k + 1; break; }
    // "X said that ...": what was said is the event
    if (x === 'that' && k > 0 && SPEECH_BEFORE_THAT.has(ws[k - 1]!.w)) { cs = k + 1; break; }
  }
  let ce = ws.length;
  for (let k = tj + 1; k < ws.length; k++) {
    const x = ws[k]!.w;
    if (x === ';' || x === ':' || x === '–' || x === '—') { ce = k; break; }
    if (x === ',' && k + 1 < ws.length && (CLAUSE_WORDS.has(ws[k + 1]!.w) || ws[k + 1]!.w === 'and' || ws[k + 1]!.w === 'according')) { ce = k; break; }
    if (x === 'and' && ws[k + 1]?.w === 'that') { ce = k; break; }
  }
  // the relative clause ends at its comma; its subject is the name before it
  let antecedent = '';
  if (relativeOf > 0) {
    for (let k = tj + 1; k < ce; k++) if (ws[k]!.w === ',') { ce = k; break; }
    let a = relativeOf - 1;
    const capital = (k: number) => /^\p{Lu}/u.test(text.slice(ws[k]!.s, ws[k]!.s + 1));
    if (capital(a)) {
      while (a > 0 && capital(a - 1)) a--;
      antecedent = text.slice(ws[a]!.s, ws[relativeOf - 1]!.e);
    }
  }
  // a leading "that" of reported speech, or a clause word, is not part of the statement
  while (cs < ti && (ws[cs]!.w === 'that' || ws[cs]!.w === ',' || CLAUSE_WORDS.has(ws[cs]!.w) || FILLER_WORDS.has(ws[cs]!.w))) cs++;

  // the words taken out: the timex with its preposition and a comma after a fronted date
  let cutS = ti;
  let cutE = tj + 1;
  if (cutS > cs && (PREPS.has(ws[cutS - 1]!.w) || datePreps.has(ws[cutS - 1]!.w))) cutS--;
  if (cutS === cs && ws[cutE]?.w === ',') cutE++;
  // "Construction began in March 2019, two years after the flood": what follows the comma is an aside
  else if (cutS > cs && ws[cutE]?.w === ',' && ce > cutE) ce = cutE;

  const keep: Array<[number, number]> = [];
  // a date before a noun names the event: "its 1990 invasion of Kuwait", "the Feb. 23 accord"
  const after = ws[tj + 1];
  if (ti > 0 && after && PREMOD_BEFORE.has(ws[ti - 1]!.w) && /^\p{Ll}/u.test(text.slice(after.s, after.s + 1)) && !VERBISH.has(after.w) && !PREPS.has(after.w)) {
    let b = tj + 2;
    while (b < ws.length && b < tj + 10 && ws[b]!.w !== ',' && !NP_STOP.has(ws[b]!.w) && (!VERBISH.has(ws[b]!.w) || NP_PREPS.has(ws[b]!.w))) b++;
    const dw = ws[ti - 1]!.w;
    const det = dw === 'its' || dw === 'their' || dw === 'a' || dw === 'an' || dw === 'last' || dw === 'next' ? 'the ' : text.slice(ws[ti - 1]!.s, ws[ti - 1]!.e) + ' ';
    const np = det + text.slice(after.s, ws[b - 1]!.e);
    return finish(np.replace(/\s+/g, ' '), text, sentence);
  }
  // "since the beginning of the Russian invasion in February 2022": the event is the noun phrase
  let evStart = -1;
  for (let k = cutS - 1; k >= cs && k >= cutS - 10; k--) {
    const x = ws[k]!.w;
    if (x === ',' || VERBISH.has(x) && x !== 'to' && x !== 'with' && x !== 'at' && x !== 'in' && x !== 'on' && x !== 'by') break;
    if (EVENT_BOUNDARY.has(x)) { evStart = k + 1; break; }
  }
  if (evStart > 0 && evStart < cutS) keep.push([evStart, cutS]);
  else {
    // "the peace formula presented in November 2022 by Zelensky": a participle names the event
    const p = cutS - 1;
    const part = p >= cs ? ws[p]!.w : '';
    if (p > cs && part.length > 4 && part.endsWith('ed') && part !== 'ended' && !VERBISH.has(ws[p - 1]!.w)) {
      let d = -1;
      for (let k = p - 1; k >= cs && k >= p - 6; k--) {
        if (ws[k]!.w === ',') break;
        if (DETERMINERS.has(ws[k]!.w)) { d = k; break; }
      }
      if (d >= 0) {
        keep.push([d, cutS]);
        // the agent after the date: "by Zelensky"
        let a = cutE;
        if (ws[a]?.w === 'by') {
          let b = a + 1;
          while (b < ce && ws[b]!.w !== ',' && !VERBISH.has(ws[b]!.w)) b++;
          keep.push([a, b]);
        }
      }
    }
    if (!keep.length) {
      keep.push([cs, cutS], [cutE, ce]);
      // take the closed relative clauses out
      for (const [a, b] of skipped) {
        for (let n = 0; n < keep.length; n++) {
          const [x, y] = keep[n]!;
          if (a >= x && b <= y) keep.splice(n, 1, [x, a], [b, y]);
        }
      }
    }
  }

  // assemble, leaving out other time expressions and folding descriptions into names
  const parts: string[] = [];
  for (const [a, b] of keep) {
    if (b <= a) continue;
    let from = a;
    // "the head of the Chinese Foreign Ministry Qin Gang" → "Qin Gang"
    for (const pm of people) {
      if (pm.start < ws[a]!.s || pm.start >= ws[b - 1]!.e) continue;
      const mi = ws.findIndex((x) => x.s >= pm.start);
      if (mi <= from) continue;
      // walk back over a description in apposition ("the head of the port authority Qin Gang"):
      // no verbs or prepositions but "of", the word before the name not "of" (in "the invitation
      // of Putin" the name is no apposition), and a title or a capitalised word somewhere in it
      let k = mi - 1;
      let startAt = -1;
      let titled = false;
      if (k >= from && ws[k]!.w !== 'of') {
        while (k >= from) {
          const x = ws[k]!;
          const cap = /^\p{Lu}/u.test(text.slice(x.s, x.s + 1));
          if (x.w === ',' || (VERBISH.has(x.w) && x.w !== 'that') || (x.w.length > 4 && x.w.endsWith('ed') && !cap)) break;
          if (ROLE_WORDS.has(x.w) || (cap && !DETERMINERS.has(x.w))) titled = true;
          if (DETERMINERS.has(x.w) || k === from) startAt = k;
          k--;
        }
      }
      if (!titled) startAt = -1;
      if (startAt >= from && startAt < mi) {
        if (startAt > from) parts.push(text.slice(ws[from]!.s, ws[startAt - 1]!.e));
        from = mi;
      }
    }
    parts.push(text.slice(ws[from]!.s, ws[b - 1]!.e));
  }
  let out = (antecedent ? antecedent + ' ' : '') + parts.join(' ');
  for (const o of others) {
    const t = text.slice(o.start, o.end);
    if (t && out.includes(t)) out = out.replace(dateWithPreposition(t), ' ');
  }
  const done = finish(out, text, sentence);
  // too thin to say what happened ("Ended"): the sentence without its dates says more
  if (done.split(' ').length < 2) {
    let whole = text.slice(sentence.start, sentence.end);
    for (const t of [timex, ...others].sort((x, y) => y.start - x.start)) {
      if (t.start < sentence.start || t.end > sentence.end) continue;
      let a = t.start - sentence.start;
      const before = /\b(?:on|in|at|of|since|until|by|from)\s$/i.exec(whole.slice(Math.max(0, a - 7), a));
      if (before) a -= before[0].length;
      whole = whole.slice(0, a) + whole.slice(t.end - sentence.start);
    }
    return finish(whole, text, sentence);
  }
  return done;
}

/** Spaces, punctuation, fillers and length; first letter upper case. */
function finish(raw: string, text: string, sentence: Span): string {
  let out = raw;
  out = out.replace(DATELINE, '').replace(DATELINE_DASH, '').replace(/\s+/g, ' ').replace(/\s+([,.;:])/g, '$1').replace(LEADING_FILLER, '').replace(LEADING_ATTRIBUTION, '').replace(/^[\s,;:–—-]+|[\s,;:–—.-]+$/g, '');
  const wsOut = out.split(' ');
  if (wsOut.length > MAX_WORDS) {
    // cut before the last phrase that starts within the limit, or mid-phrase with an ellipsis
    let cut = -1;
    for (let k = MAX_WORDS; k >= 6; k--) if (CUT_BEFORE.has(wsOut[k]!.toLowerCase())) { cut = k; break; }
    out = cut > 0 ? wsOut.slice(0, cut).join(' ').replace(/[\s,;:]+$/, '') : wsOut.slice(0, MAX_WORDS).join(' ').replace(/[\s,;:]+$/, '') + '…';
  }
  if (!out) out = text.slice(sentence.start, sentence.end);
  return out.charAt(0).toUpperCase() + out.slice(1);
}
