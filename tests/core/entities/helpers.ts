// Test helpers: run the entity finder on a text and look entities up by name or mention.
import { splitSentences } from '../../../src/core/text/sentences.ts';
import { findEntities, type EntityIndex } from '../../../src/core/entities/find-entities.ts';
import type { Entity } from '../../../src/core/types.ts';

export function entitiesOf(text: string, published: string | null = null): EntityIndex & { text: string } {
  return { ...findEntities(text, splitSentences(text), { published }), text };
}

export function mentionsOf(text: string, e: Entity | undefined): string[] {
  return (e?.mentions ?? []).map((m) => text.slice(m.start, m.end));
}

export function byName(idx: { list: Entity[] }, name: string): Entity | undefined {
  return idx.list.find((e) => e.name === name);
}

/** The span of the n-th occurrence (0-based) of `s` in `text`. */
export function spanOf(text: string, s: string, n = 0): { start: number; end: number } {
  let at = -1;
  for (let k = 0; k <= n; k++) at = text.indexOf(s, at + 1);
  if (at < 0) throw new Error(`"${s}" not in text`);
  return { start: at, end: at + s.length };
}
