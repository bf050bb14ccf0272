// The page layer's data: an extracted article and the map from its text back to the live DOM.

/** One run of article text that comes from one DOM Text node (or is a separator we added). */
export interface TextSegment {
  /** Offset of this run in the article text. */
  textStart: number;
  length: number;
  /** The live Text node it was read from, and the offset inside that node; null for separators. */
  node: Text | null;
  nodeOffset: number;
}

export interface ExtractedArticle {
  title: string;
  byline: string | null;
  /** Publication date from the page's own metadata, ISO (date or date-time), or null. */
  published: string | null;
  /** Where the date came from (json-ld, meta, time, url), for the reader and for debugging. */
  publishedSource: string | null;
  /** Body text: paragraphs (and subheadings) separated by blank lines. */
  text: string;
  /** Text offsets -> live DOM positions (read-only: the page is never modified to find the article). */
  segments: TextSegment[];
  /** Site name when the page states it (og:site_name), for the popup header. */
  siteName: string | null;
  /** Language of the page (html lang), when stated. */
  lang: string | null;
  /** Set when no article was found (text is then ''): why, for the reader and for debugging. */
  reason?: string;
}

/** Answer when no article can be found: a calm result, never an exception. */
export interface NoArticle {
  title: string;
  byline: null;
  published: string | null;
  publishedSource: string | null;
  text: '';
  segments: [];
  siteName: string | null;
  lang: string | null;
  reason: string;
}
