// Local tense cues around a time expression, for choosing which Monday / which March is meant.
// News default: the most recent such day on or before publication. Only a strong future cue in
// the expression's own clause moves it forward (will / 'll / shall, is due to, planned / expected /
// scheduled / set to, going to, next). A speech verb ends the clause: in "X said they would appeal
// on Wednesday" nothing before "said" counts, and "would" is never a cue on its own.
import words from '../locales/en/time/tense.json';
import type { Token } from './tokenize.ts';

export type Tense = 'future' | 'past' | 'unknown';

// The cue words are in src/core/locales/en/time/tense.json.
const SPEECH = new Set(words.speech);
const FUTURE_WORDS = new Set(words.futureWords);
const FUTURE_BEFORE_TO = new Set(words.futureBeforeTo);
const PAST_WORDS = new Set(words.pastWords);
const BOUNDARY = new Set(words.boundary);
/** A past form after these is a participle or an adjective. */
const NOT_PAST_BEFORE_ED = new Set(words.notPastBeforeEd);
/** "has scheduled a vote", "planned a march", "is scheduled for": a plan, whose object lies ahead. */
const PLAN_VERBS = new Set(words.planVerbs);
/** "had planned", "as previously planned", "was scheduled": a plan that may be over. */
const NOT_PLAN_BEFORE = new Set(words.notPlanBefore);
const OBJECT_START = new Set(words.objectStart);
/** "is expected Friday", "are due Monday", "is set for Tuesday": an arrangement ahead. */
const ARRANGED_AFTER_BE = new Set(words.arrangedAfterBe);
/** "The council meets Tuesday", "the exhibition opens Friday": a timetable in the present. */
const SCHEDULED_PRESENT = new Set(words.scheduledPresent);

/**
 * Tense of the clause around tokens [i, j) of the sentence whose tokens are [s, e): the nearest cue
 * wins ("who arrived Thursday with inspectors for a tour likely to last a week" is past).
 */
export function cueAt(toks: Token[], k: number, s: number): Tense | null {
    const w = toks[k]!.w;
    if (FUTURE_WORDS.has(w)) return 'future';
    if (w === 'll' && k > 0 && (toks[k - 1]!.w === "'" || toks[k - 1]!.w === '’')) return 'future';
    // "is due to", "planned to"; not "had been scheduled to" (a plan that is over)
    if (w === 'to' && k > s && FUTURE_BEFORE_TO.has(toks[k - 1]!.w) && !(k > s + 1 && (toks[k - 2]!.w === 'been' || toks[k - 2]!.w === 'had'))) return 'future';
    // "is to visit": an arrangement
    if (w === 'to' && k > s + 1 && (toks[k - 1]!.w === 'is' || toks[k - 1]!.w === 'are') && toks[k - 2]!.w !== 'that') return 'future';
    // "next to the station" is a place
    if ((w === 'next' && toks[k + 1]?.w !== 'to') || w === 'coming') return 'future';
    if (SCHEDULED_PRESENT.has(w) && !toks[k]!.cap) return 'future';
    if (ARRANGED_AFTER_BE.has(w) && k > 0 && (toks[k - 1]!.w === 'is' || toks[k - 1]!.w === 'are')) return 'future';
    if (PLAN_VERBS.has(w) && !(k > 0 && NOT_PLAN_BEFORE.has(toks[k - 1]!.w))) {
      const nx = toks[k + 1]?.w ?? '';
      const prev = k > 0 ? toks[k - 1]!.w : '';
      if (OBJECT_START.has(nx) || ((prev === 'is' || prev === 'are') && nx === 'for')) return 'future';
    }
    // a past form after "be", "to", "will" or a determiner is a participle or an adjective
    const participle = k > 0 && NOT_PAST_BEFORE_ED.has(toks[k - 1]!.w);
    if (PAST_WORDS.has(w) && !participle) return 'past';
    // "unspecified", "unnamed": adjectives
    if (w.length > 4 && w.endsWith('ed') && !toks[k]!.cap && !participle && !w.startsWith('un')) return 'past';
    return null;
}

export function clauseTense(toks: Token[], i: number, j: number, s: number, e: number): Tense {
  return clauseTenseSide(toks, i, j, s, e).tense;
}

/** The tense and where its cue was: before the expression or after it (its clause's verb). */
export function clauseTenseSide(toks: Token[], i: number, j: number, s: number, e: number): { tense: Tense; side: 'before' | 'after' | null } {
    let back: Tense | null = null;
  let backDist = 99;
  for (let k = i - 1, n = 0; k >= s && n < 14; k--, n++) {
    const w = toks[k]!.w;
    if (BOUNDARY.has(w)) break;
    const t = cueAt(toks, k, s);
    if (t) { back = t; backDist = n; break; }
    if (SPEECH.has(w)) break;
  }
  let fwd: Tense | null = null;
  let fwdDist = 99;
  for (let k = j, n = 0; k < e && n < 10; k++, n++) {
    const w = toks[k]!.w;
    if (BOUNDARY.has(w) || SPEECH.has(w) || w === 'that') break;
    const t = cueAt(toks, k, s);
    if (t) { fwd = t; fwdDist = n; break; }
  }
  if (back && fwd) return backDist <= fwdDist ? { tense: back, side: 'before' } : { tense: fwd, side: 'after' };
  if (back) return { tense: back, side: 'before' };
  if (fwd) return { tense: fwd, side: 'after' };
  return { tense: 'unknown', side: null };
}
