// Runs findAttributions on invented text with a small stand-in entity index (names resolve to
// themselves), and shows spans as text so that expectations read like the sentence.
import type { Attribution, Span } from '../../../src/core/types.ts';
import type { EntityIndex } from '../../../src/core/entities/find-entities.ts';
import { splitSentences } from '../../../src/core/text/sentences.ts';
import { findAttributions } from '../../../src/core/attribution/find-attributions.ts';

export interface Shown {
  content: string | string[];
  source: string | null;
  cue: string | null;
  speaker: string | null;
  kind: Attribution['kind'];
  vague: boolean;
}

export function read(text: string, index?: EntityIndex): Shown[] {
  const entities: EntityIndex = index ?? {
    list: [],
    get: () => undefined,
    resolve: (s: Span, ctx) => {
      const w = text.slice(s.start, s.end);
      return /^(he|she|they)$/i.test(w) ? (ctx?.lastSpeaker ?? null) : `id:${w}`;
    },
  };
  const sl = (s: Span | null) => (s ? text.slice(s.start, s.end) : null);
  return findAttributions(text, splitSentences(text), entities).map((a) => ({
    content: Array.isArray(a.content) ? a.content.map((c) => text.slice(c.start, c.end)) : text.slice(a.content.start, a.content.end),
    source: sl(a.source),
    cue: sl(a.cue),
    speaker: a.speaker,
    kind: a.kind,
    vague: a.vague,
  }));
}
