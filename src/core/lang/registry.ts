// Which pack reads a language. Codes are BCP 47 tags cut to their language ("pt-BR" → "pt").

/** The language part of a BCP 47 tag, lower-cased ("en-US" → "en"), or null when it is none. */
export function languageOf(tag: string | null | undefined): string | null {
  if (typeof tag !== 'string') return null;
  const m = /^\s*([a-zA-Z]{2,3})(?:[-_][a-zA-Z0-9]+)*\s*$/.exec(tag);
  return m ? m[1]!.toLowerCase() : null;
}

/** The languages with a pack. English is the deepest reader; the others use the shared reader. */
export const PACKED = ['en'] as const;

export function hasPack(code: string | null): boolean {
  return code !== null && (PACKED as readonly string[]).includes(code);
}
