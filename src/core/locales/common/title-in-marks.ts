// A short quotation used as a noun is a name or a title, not someone's words: "sagte Lindner der
// „Bild am Sonntag“", "im „Bericht aus Berlin“", "au « Journal du Dimanche »". It follows a
// definite article, or a preposition fused with one, has a few words and no punctuation, and every word is
// capitalised or a small word of the language (am, aus, du, de).
import type { LanguagePack } from '../../lang/pack.ts';

const MAX_WORDS = 5;

export function titleInMarks(inner: string, wordBefore: string, pack: LanguagePack): boolean {
  const before = wordBefore.toLowerCase();
  // "program „Mieszkanie na start”", "w audycji „Sygnały dnia”": after a noun of a work, any short capitalised title
  if (pack.workNouns.has(before)) {
    const text = inner.trim();
    return /^[\p{Lu}\d]/u.test(text) && !/[.!?;:…]/.test(text) && text.split(/\s+/).length <= 2 * MAX_WORDS;
  }
  if (!(pack.definiteArticles.includes(before) || pack.articlePrepositions.includes(before))) return false;
  const text = inner.trim();
  if (/[.,!?;:…]/.test(text)) return false;
  const words = text.split(/\s+/);
  if (words.length > MAX_WORDS || !/^\p{Lu}/u.test(words[0]!)) return false;
  return words.every((w) => /^[\p{Lu}\d]/u.test(w) || pack.stopwords.has(w.toLowerCase()) || pack.nameParticles.has(w.toLowerCase()) || pack.bodyLinks.has(w.toLowerCase()) || pack.determiners.has(w.toLowerCase()));
}
