// A quotation of one or two words built into a reporting sentence, « inacceptable », „historisch“, is the speaker's
// word when a verb of saying of that sentence governs it from close by ("a qualifié la fin de match d'« inacceptable »",
// "dénonce une décision « brutale »"): a word in small letters (a capital opens a name or a title), with no sentence
// punctuation, the verb at most a few words before. Elsewhere a short quotation is a term, a nickname or a title, no one's.
// German writes every noun with a capital: there a noun counts after an indefinite article or "als" ("sprach von einem
// „Kahlschlag“", "nannte den Plan eine „Zumutung“", "bezeichnete ihn als „Katastrophe“"), where a title does not stand.

/** How far before the quotation (in characters) the verb of saying may stand. */
const REACH = 80;

/** German words before a noun in marks that make it a word of the speaker's, not a title. */
const GERMAN_NOUN_BEFORE = /(?:^|\s)(?:ein|eine|einen|einem|einer|eines|als)\s*$/i;

export function isSpokenFragment(inner: string, cueEnd: number | null, quoteStart: number, before = '', capitalisedNouns = false): boolean {
  const text = inner.trim();
  const noun = capitalisedNouns && /^\p{Lu}\p{Ll}/u.test(text) && GERMAN_NOUN_BEFORE.test(before);
  if (!text || !(/^\p{Ll}/u.test(text) || noun) || /[.!?;:…]/.test(text)) return false;
  return cueEnd !== null && cueEnd <= quoteStart && quoteStart - cueEnd <= REACH;
}
