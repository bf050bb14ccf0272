// Building verb forms from stems and endings, so that a lexicon lists each verb once.

/** Every stem with every ending ("sag" + ["t", "te"] → "sagt", "sagte"). */
export function forms(stems: readonly string[], endings: readonly string[]): string[] {
  const out: string[] = [];
  for (const s of stems) for (const e of endings) out.push(s + e);
  return out;
}

/** The country adjectives of a language with their endings ("russisch" + "e", "en", "er" → Russia). */
export function adjectives(table: Readonly<Record<string, string>>, endings: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [stem, country] of Object.entries(table)) for (const e of endings) out[stem + e] = country;
  return out;
}
