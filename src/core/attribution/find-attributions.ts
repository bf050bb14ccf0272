// STUB (to be replaced): quotes and reported speech with their sources and cues.
import type { Attribution, Span } from '../types.ts';
import type { EntityIndex } from '../entities/find-entities.ts';

export function findAttributions(_text: string, _sentences: Span[], _entities: EntityIndex): Attribution[] {
  return [];
}
