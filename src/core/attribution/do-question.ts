// "Do you support the mayor?", "What do you think of the plan?", "Does she know what it costs?":
// a verb after "do" and its subject in a question asks about a stance and reports none, so it is
// no cue. (A quoted question keeps its own speaker: only the verb of the question is left out.)
import type { Tokens } from '../text/tokens.ts';
import { DO_FORMS } from '../locales/en/lexicon/word-classes.ts';

/** Whether the subject at p sits right after a form of "do" in a sentence that asks a question. */
export function doQuestion(t: Tokens, p: number): boolean {
  if (p < 1 || !DO_FORMS.has(t.low[p - 1] ?? '')) return false;
  for (let k = p + 2; k < t.length; k++) if (t.raw[k]!.includes('?')) return true;
  return false;
}
