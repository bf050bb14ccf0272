// "It" before a form of "be" with a noun or an adjective after it is the placeholder of an
// extraposed clause, not a holder: "It's hard to imagine …", "It is important to note that …",
// "It's no exaggeration to call …", "It was less than two weeks ago that …". Whatever cue the
// clause holds has no source in that "it". "It is pointing to …" (a progressive) and "it is said"
// (a passive) keep theirs, as does "it" before any other verb ("It said …", "it reads").
import type { Tokens } from '../text/tokens.ts';
import type { Draft } from './draft.ts';
import { CUE_FORMS } from '../locales/en/lexicon/cue-lexicon.ts';

const BE = new Set(['is', 'was', "'s"]);
const MODAL_BE = new Set(['would', 'will', 'might', 'may', 'could', 'can', 'should', 'must']);
const PERFECT_BE = new Set(['has', 'had', "'s"]);
const ADVERBS = new Set(['also', 'not', 'perhaps', 'still', 'now', 'just', 'probably', 'certainly']);

/** Drops the source of a draft whose source is an extraposition's "it". */
export function dropExtraposedIt(t: Tokens, draft: Draft): void {
  const s = draft.source;
  if (!s) return;
  const j = t.start.indexOf(s.start);
  if (j < 0 || t.end[j] !== s.end || t.low[j] !== 'it') return;
  let k = j + 1;
  if (MODAL_BE.has(t.low[k] ?? '') && t.low[k + 1] === 'be') k += 2;
  else if (PERFECT_BE.has(t.low[k] ?? '') && t.low[k + 1] === 'been') k += 2;
  else if (BE.has(t.low[k] ?? '')) k += 1;
  else return;
  // skip "also", "not", "perhaps"
  while (ADVERBS.has(t.low[k] ?? '')) k++;
  const w = t.low[k] ?? '';
  if (!t.word[k] || w.endsWith('ing') || (w.endsWith('ed') && w.length > 4) || CUE_FORMS.get(w)?.form === 'past') return;
  draft.source = null;
  draft.speakerSpan = null;
}
