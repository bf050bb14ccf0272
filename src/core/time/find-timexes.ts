// STUB (to be replaced): time expressions with TimeML type and value.
import type { Span, Timex } from '../types.ts';

export function findTimexes(_text: string, _published: string | null, _sentences: Span[]): Timex[] {
  return [];
}
