// An interview in questions and answers: the interviewer's questions stand as paragraphs of their own that end with a
// question mark and quote no one, each followed by a paragraph of speech in marks — the answer, the words of the person
// the introduction presents. Two such turns at least make the article an interview (one question paragraph may be the
// reporter's own rhetoric).
import type { Quote } from '../../text/quote-marks.ts';

/** The paragraphs (by their start) that answer a question, and where the first question stands; null when the text is no
 * interview. `paragraphs` are the paragraph starts in order; `quotes` the outer quotations in order. */
export function interviewAnswers(text: string, paragraphs: readonly number[], quotes: readonly Quote[]): { firstQuestion: number; answers: Set<number> } | null {
  const end = (i: number) => (i + 1 < paragraphs.length ? paragraphs[i + 1]! : text.length);
  const opensWithQuote = (i: number) => {
    const at = paragraphs[i]!;
    const lead = /^\s*/.exec(text.slice(at, at + 20))![0].length;
    return quotes.some((q) => q.start === at + lead);
  };
  const answers = new Set<number>();
  let firstQuestion = -1;
  for (let i = 0; i + 1 < paragraphs.length; i++) {
    const p = text.slice(paragraphs[i]!, end(i)).trim();
    if (!p || !/\?\s*[*_]*$/.test(p) || /[«»“”„"]/.test(p) || (p.match(/\s+/g)?.length ?? 0) > 60) continue;
    // (the next paragraph with words in it)
    let j = i + 1;
    while (j < paragraphs.length && text.slice(paragraphs[j]!, end(j)).trim() === '') j++;
    if (j >= paragraphs.length || !opensWithQuote(j)) continue;
    answers.add(paragraphs[j]!);
    if (firstQuestion < 0) firstQuestion = paragraphs[i]!;
  }
  return answers.size >= 2 ? { firstQuestion, answers } : null;
}
