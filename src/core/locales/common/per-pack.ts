// What the shared reader works out once per language pack and keeps across articles (a pack is
// built once per language): phrase indexes and remembered word tests.
import type { LanguagePack } from '../../lang/pack.ts';

/** `build(pack)`, worked out on the first call for a pack and kept while the pack lives. */
export function perPack<T>(build: (pack: LanguagePack) => T): (pack: LanguagePack) => T {
  const kept = new WeakMap<LanguagePack, T>();
  return (pack) => {
    let value = kept.get(pack);
    if (value === undefined) kept.set(pack, (value = build(pack)));
    return value;
  };
}

/** Phrases of words separated by spaces, split, by their first word, each with its item, in the given order
 * (a reader tries at a token only the phrases that can start there). */
export function byFirstWord<T>(items: readonly T[], phrase: (item: T) => string): Map<string, { item: T; words: string[] }[]> {
  const by = new Map<string, { item: T; words: string[] }[]>();
  for (const item of items) {
    const words = phrase(item).split(' ');
    by.set(words[0]!, [...(by.get(words[0]!) ?? []), { item, words }]);
  }
  return by;
}

/** The answer remembered for a word, or the one worked out now. */
export function remembered(known: Map<string, boolean>, word: string, work: () => boolean): boolean {
  let answer = known.get(word);
  if (answer === undefined) {
    // (bounded: a reader of many articles does not keep every word it met)
    if (known.size > 50_000) known.clear();
    known.set(word, (answer = work()));
  }
  return answer;
}
