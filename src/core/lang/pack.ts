// A language pack: what the parser knows of one language, as data. The machinery that reads with
// it is shared (src/core/attribution for English, the deepest reader; src/core/locales/common for
// the other packs); a rule only one language needs lives in its pack.

/** The languages the reader knows, and whether a language has a pack. */
export interface LanguageInfo {
  /** ISO 639-1 code of the article's language ("de"), or "und" when it could not be told. */
  code: string;
  /** Whether there is a pack for it: without one, quotations are found by their marks and no speaker is given. */
  supported: boolean;
  /** Where the code came from: the page's declared lang, the text itself, or neither. */
  from: 'page' | 'text' | 'default';
}
