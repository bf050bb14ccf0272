// A time phrase between a subject and its verb: "Clinton on Tuesday said", "the senator last
// week told …", "Trump Sunday night tweeted". Reading leftwards from the word before the
// verb, the index of the word before the phrase (or p itself when there is none).
import type { Tokens } from '../text/tokens.ts';
import { MONTHS, MONTHS_DAYS } from '../locales/en/lexicon/word-classes.ts';

export const TIME_NOUNS = new Set(['day', 'week', 'month', 'year', 'night', 'morning', 'afternoon', 'evening', 'weekend', 'summer', 'fall', 'spring', 'winter']);
const PLURAL_TIME = new Set(['minutes', 'hours', 'days', 'weeks', 'months', 'years', 'decades']);
const COUNTS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'few', 'several', 'many', 'some']);
const TIME_LEADS = new Set(['last', 'this', 'next', 'early', 'late', 'earlier', 'later', 'that', 'past']);

export function beforeTimeAdjunct(t: Tokens, p: number): number {
  let x = p;
  // (the caller may already have stepped over the day itself: "on [Tuesday] said")
  let skipped = TIME_NOUNS.has(t.low[p + 1] ?? '') || MONTHS_DAYS.has(t.low[p + 1] ?? '');
  // "the panel in 2001 found", "the mayor two weeks ago said"
  if (x > 1 && /^(1[89]|20)\d\d$/.test(t.raw[x]!) && (t.low[x - 1] === 'in' || t.low[x - 1] === 'since') && t.word[x - 2]) return x - 2;
  if (x > 2 && t.low[x] === 'ago' && PLURAL_TIME.has(t.low[x - 1]!) && (COUNTS.has(t.low[x - 2]!) || /^\d+$/.test(t.raw[x - 2]!))) {
    let y = x - 3;
    if (y > 0 && (t.low[y] === 'a' || t.low[y] === 'just' || t.low[y] === 'only')) y--;
    return y >= 0 && t.word[y] ? y : p;
  }
  // "Gowdy earlier in the day touted": a phrase of the day's time after "earlier"/"later"
  if (x > 3 && TIME_NOUNS.has(t.low[x]!) && t.low[x - 1] === 'the' && t.low[x - 2] === 'in' && (t.low[x - 3] === 'earlier' || t.low[x - 3] === 'later')) {
    return t.word[x - 4] || t.raw[x - 4] === ')' ? x - 4 : p;
  }
  while (x > 0 && t.word[x]) {
    const w = t.low[x]!;
    if (TIME_NOUNS.has(w) || MONTHS_DAYS.has(w)) {
      x--;
      skipped = true;
      continue;
    }
    if (skipped && (w === 'on' || TIME_LEADS.has(w) || (w === 'in' && monthAt(t, x + 1)))) {
      x--;
      continue;
    }
    break;
  }
  // the phrase needs a subject before it ("Last week said" is not one); a name may end in its
  // party and state ("Sherman (D-Calif.) last month joked")
  if (x === p || x < 0 || !(t.word[x] || t.raw[x] === ')' || t.raw[x] === ',') || !skipped) return p;
  return x;
}

// "May", "late August", "early March": a month, alone or after "late"/"early" (it takes "in").
function monthAt(t: Tokens, k: number): boolean {
  const j = t.low[k] === 'late' || t.low[k] === 'early' ? k + 1 : k;
  return MONTHS.has(t.low[j] ?? '');
}
