// What one reading of a cue yields before its speaker is resolved: spans only.
import type { Span } from '../types.ts';

export interface Draft {
  content: Span[];
  source: Span | null;
  /** Span to resolve the speaker from (the antecedent of "who"), when not the source. */
  speakerSpan: Span | null;
  cue: Span | null;
  /** Inherit the speaker of the attribution before (a quotation that goes on). */
  inherit?: boolean;
  /** With inherit: someone else may have said it, so no speaker is given. */
  unsure?: boolean;
  /** The name of the rule that read it (a cue reader of the language, 'quote-tag', …). */
  rule?: string;
}

/** Where a cue that takes in part of its verb's object ends, and where the content after it starts,
 * as token indices ("issued a statement Friday saying …", "made the case that …", "wrote about …"). */
export interface CueObject {
  /** Last token of the cue. */
  cueEnd: number;
  /** First token of the content. */
  contentStart: number;
}
