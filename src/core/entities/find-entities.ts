// STUB (to be replaced): finds people, organizations, media, groups and unnamed sources.
import type { Entity, Span } from '../types.ts';

export interface EntityIndex {
  list: Entity[];
  /** The entity a written source span refers to (name, surname, title, description, pronoun), or null. */
  resolve(source: Span, context?: { lastSpeaker?: string | null }): string | null;
}

export function findEntities(_text: string, _sentences: Span[]): EntityIndex {
  const list: Entity[] = [];
  return { list, resolve: () => null };
}
