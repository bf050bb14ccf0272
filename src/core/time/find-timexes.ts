// Time expressions of an article with their TimeML type and value, anchored on the publication
// date only (never on the clock). The grammar is in scan-timexes.ts; clock times and numeric dates
// go through chrono-node (clock-time.ts).
import type { Span, Timex } from '../types.ts';
import { parseReference } from './calendar.ts';
import { scanTimexes } from './scan-timexes.ts';

export function findTimexes(text: string, published: string | null, sentences: Span[]): Timex[] {
  if (typeof text !== 'string' || !text) return [];
  try {
    return scanTimexes(text, parseReference(published), sentences ?? []);
  } catch {
    // bad input must never break the page: no timexes rather than an exception
    return [];
  }
}
