// A quotation of one or two words built into a reporting sentence, « inacceptable », „historisch“, is the speaker's
// word when a verb of saying of that sentence governs it from close by ("a qualifié la fin de match d'« inacceptable »",
// "dénonce une décision « brutale »"): a word in small letters (a capital opens a name or a title), with no sentence
// punctuation, the verb at most a few words before. Elsewhere a short quotation is a term, a nickname or a title, no one's.

/** How far before the quotation (in characters) the verb of saying may stand. */
const REACH = 80;

export function isSpokenFragment(inner: string, cueEnd: number | null, quoteStart: number): boolean {
  const text = inner.trim();
  if (!text || !/^\p{Ll}/u.test(text) || /[.!?;:…]/.test(text)) return false;
  return cueEnd !== null && cueEnd <= quoteStart && quoteStart - cueEnd <= REACH;
}
