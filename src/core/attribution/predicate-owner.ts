// A noun of saying whose owner is the clause's own subject: "Trump is doubling down on his support
// for …", "Sanders has toned down his criticism of …", "He made the observation that …". The noun
// phrase is the object of a verb (after its particle or preposition), so the one who holds the
// stance is the verb's subject, and the verb group belongs to the cue. Only a finite verb group
// counts (a past form, an -ing after "be", a base form after a modal); an infinitive or a
// participle clause is left to the noun's own owner.
import type { Span } from '../types.ts';
import type { Tokens } from '../text/tokens.ts';
import { CUE_FORMS } from '../locales/en/lexicon/cue-lexicon.ts';
import { nounPhraseLeft } from './noun-phrase.ts';
import { adverbialBefore } from './inner-adverbial.ts';
import { beforeTimeAdjunct } from './time-adjunct.ts';
import { AUXILIARIES, BE, CUE_ADVERBS, DETERMINERS, PREPOSITIONS } from '../locales/en/lexicon/word-classes.ts';
import { distantSubject } from './distant-subject.ts';
import type { QuoteIndex } from './quote-index.ts';

const PARTICLES = new Set(['up', 'down', 'on', 'upon', 'off', 'out', 'back', 'away', 'from', 'with', 'in', 'about', 'over', 'into', 'at', 'against', 'by']);
const IRREGULAR_PAST = new Set(['made', 'took', 'gave', 'kept', 'held', 'put', 'set', 'threw', 'brought', 'drew', 'stood', 'went', 'won', 'lost', 'led', 'ran', 'sent', 'spent']);
const MODALS = new Set(['will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'did', 'does', 'do', "'ll", "'d",
  "didn't", "doesn't", "don't", "won't", "wouldn't", "can't", "couldn't", "shouldn't"]);
const OWNER_PRONOUNS = new Set(['his', 'her', 'their', 'its', 'our', 'my']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'who', 'which']);

function isPastForm(t: Tokens, v: number): boolean {
  const w = t.low[v]!;
  return (w.length > 4 && w.endsWith('ed')) || IRREGULAR_PAST.has(w) || CUE_FORMS.get(w)?.form === 'past';
}

/**
 * When the noun phrase starting at token s (the owner's pronoun or the article) is the object of
 * a finite verb, [first, last] of that verb's subject and the token the verb group starts at.
 */
export function predicateOwner(t: Tokens, s: number, quotes?: QuoteIndex): { subject: [number, number]; groupStart: number } | null {
  let j = s - 1;
  for (let k = 0; k < 2 && j > 0 && PARTICLES.has(t.low[j]!) && t.word[j]; k++) j--;
  if (j < 1 || !t.word[j] || t.cap[j]) return null;
  const v = j;
  const w = t.low[v]!;
  if (DETERMINERS.has(w) || PREPOSITIONS.has(w) || AUXILIARIES.has(w) || SUBJECT_PRONOUNS.has(w) || OWNER_PRONOUNS.has(w)) return null;
  // a verb of saying or judging is a cue of its own, with the noun phrase as its content
  if (CUE_FORMS.has(w)) return null;
  // the verb group: auxiliaries and adverbs before the verb
  let a = v;
  let auxWord = '';
  for (;;) {
    while (a - 1 >= 0 && t.word[a - 1] && (AUXILIARIES.has(t.low[a - 1]!) || CUE_ADVERBS.has(t.low[a - 1]!) || t.low[a - 1] === 'not')) {
      if (t.low[a - 1] === 'to') return null; // an infinitive: its subject is another verb's
      if (!auxWord && AUXILIARIES.has(t.low[a - 1]!) && t.low[a - 1] !== 'not') auxWord = t.low[a - 1]!;
      a--;
    }
    const adv = adverbialBefore(t, a);
    if (adv < 0) break;
    a = adv;
  }
  const finite = w.endsWith('ing') ? BE.has(auxWord) : isPastForm(t, v) ? !BE.has(auxWord) : MODALS.has(auxWord);
  if (!finite) return null;
  const p = beforeTimeAdjunct(t, a - 1); // "The council on Friday made a strong condemnation of …"
  // "Lee, who was not at the rally, has toned down his criticism of …": the subject before an aside
  if (quotes && p >= 0 && t.raw[p] === ',') {
    const far = distantSubject(t, p, quotes);
    return far ? { subject: far, groupStart: a } : null;
  }
  if (p < 0 || !t.word[p] || t.poss[p]) return null;
  const pw = t.low[p]!;
  // the subject: a name, a subject pronoun, a plural noun or a phrase opened by a determiner
  if (PREPOSITIONS.has(pw) || DETERMINERS.has(pw)) return null;
  const np = SUBJECT_PRONOUNS.has(pw) ? ([p, p] as [number, number]) : nounPhraseLeft(t, p);
  if (!np) return null;
  const plural = pw.length > 3 && pw.endsWith('s') && !pw.endsWith('ss');
  if (!(t.cap[p] || SUBJECT_PRONOUNS.has(pw) || plural || (np[0] < p && DETERMINERS.has(t.low[np[0]]!)))) return null;
  return { subject: np, groupStart: a };
}

/** The owner span of a noun cue as read by nounCue, as a token index, or -1. */
export function ownerIndex(t: Tokens, source: Span | null, cue: Span): number {
  if (source) {
    const k = t.start.indexOf(source.start);
    return k >= 0 && t.end[k] === source.end && OWNER_PRONOUNS.has(t.low[k]!) ? k : -1;
  }
  // no owner: the article before the noun ("made an assertion that …")
  let k = t.start.indexOf(cue.start);
  if (k < 1) return -1;
  for (let m = 0; m < 3 && k - 1 >= 0 && t.word[k - 1] && !DETERMINERS.has(t.low[k - 1]!) && !t.cap[k - 1] && !CUE_FORMS.has(t.low[k - 1]!); m++) k--;
  if (k - 1 >= 0 && (t.low[k - 1] === 'a' || t.low[k - 1] === 'an' || t.low[k - 1] === 'the')) return k - 1;
  // a bare plural right after the verb's preposition: "Democrats persisted in arguments that …"
  const n = t.start.indexOf(cue.start);
  const w = t.low[n] ?? '';
  return n === k && w.length > 3 && w.endsWith('s') && PREPOSITIONS.has(t.low[n - 1] ?? '') ? n : -1;
}

/** A noun cue read by nounCue, its source and cue moved to the verb's subject and group when it is the verb's object. */
export function ownedByPredicate<T extends { source: Span | null; cue: Span }>(t: Tokens, o: T | null, quotes?: QuoteIndex): T | null {
  if (!o) return o;
  const k = ownerIndex(t, o.source, o.cue);
  const r = k >= 0 ? predicateOwner(t, k, quotes) : null;
  if (!r) return o;
  o.source = { start: t.start[r.subject[0]]!, end: t.end[r.subject[1]]! };
  o.cue = { start: t.start[r.groupStart]!, end: o.cue.end };
  return o;
}
