// STUB (to be replaced): one entry per dated event, in chronological order.
import type { Entity, Span, TimelineEntry, Timex } from '../types.ts';

export function buildTimeline(
  _text: string, _sentences: Span[], _timexes: Timex[], _entities: Entity[], _published: string | null,
): TimelineEntry[] {
  return [];
}
