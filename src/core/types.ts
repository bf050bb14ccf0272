// The parser core's data model. Offsets are JavaScript string indices into the analysed
// text, end exclusive (the batch contract in ../shared/eval/CONTRACT.md uses the same).

export interface Span {
  start: number;
  end: number;
}

export type AttributionKind = 'direct' | 'indirect' | 'partial' | 'mixed';
export type EntityType = 'person' | 'organization' | 'media' | 'group' | 'anonymous';

export interface Attribution {
  /** What was said or thought. An array when a quote is interrupted ("A," he said, "B."). */
  content: Span | Span[];
  /** Who said it, as written here (may be a pronoun). */
  source: Span | null;
  /** said, told, according to, ... */
  cue: Span | null;
  /** Id of the resolved entity, or null. */
  speaker: string | null;
  kind: AttributionKind;
  /** Unnamed or unspecific source: "experts believe", "sources said". */
  vague: boolean;
  /** The name of the rule that read it ('verb-cue', 'according-to', 'quote-tag', 'dash-speech', …): for
   * debugging, and for saying how sure a reading is. */
  rule?: string;
}

export interface Entity {
  id: string;
  name: string;
  type: EntityType;
  /** "President of Russia", "Foreign Minister of Ukraine", or null. */
  role: string | null;
  /** Country the entity belongs to, when known ("Russia"). */
  country?: string | null;
  leader: boolean;
  mentions: Span[];
}

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export interface Timex {
  start: number;
  end: number;
  text: string;
  type: TimexType;
  /** TimeML / ISO-8601 value ("2023-03-20", "P3W", "PRESENT_REF", "XXXX-WXX-1"). */
  value: string;
  /** Whether the value was resolved from the publication date (implied) or stated outright. */
  anchored?: boolean;
}

export type DatePrecision = 'day' | 'month' | 'year' | 'approximate';

export interface TimelineEntry {
  /** ISO date (2023-03-20, 2023-03, 2023), or null when it could not be resolved. */
  date: string | null;
  precision: DatePrecision;
  /** A short plain statement of what happened. */
  text: string;
  sentence: Span;
  timex: Span;
  /** True when the date was resolved against the publication date. */
  relative?: boolean;
  /** True when the page has no publication date and the date is relative ("Monday — date unknown"). */
  uncertain?: boolean;
  /** The expression as written, e.g. "on Monday" (for display when uncertain). */
  label?: string;
}

export interface Analysis {
  attributions: Attribution[];
  entities: Entity[];
  timexes: Timex[];
  timeline: TimelineEntry[];
  /** Set only when the text was too long to read whole: the offset where reading stopped. */
  readUpTo?: number;
  /** The article's language (ISO 639-1, e.g. "de"; franc's 639-3 code where there is none) and
   * whether the reader has a pack for it. Without one, quotations are found by their marks and no
   * speaker is given: the popup can say which languages get speakers. */
  language?: { code: string; supported: boolean };
}

export interface AnalyzeInput {
  text: string;
  /** Publication date from the page's metadata (ISO date or date-time), or null when unknown. */
  published: string | null;
  /** The page's language as declared (BCP 47, e.g. "de", "pt-BR"), or null/absent: then it is told from the text. */
  lang?: string | null;
}
