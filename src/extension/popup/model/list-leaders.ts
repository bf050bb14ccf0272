// The leaders named in the article, most mentioned first.
import type { Entity, Span } from '../../../core/types.ts';

export interface LeaderItem {
  id: string;
  name: string;
  role: string | null;
  country: string | null;
  mentions: number;
  /** First mention, where the page scrolls to. */
  first: Span | null;
}

export function listLeaders(entities: Entity[]): LeaderItem[] {
  return (entities ?? [])
    .filter((e) => e.leader)
    .map((e) => {
      const first = [...(e.mentions ?? [])].sort((a, b) => a.start - b.start)[0] ?? null;
      return { id: e.id, name: e.name, role: e.role, country: e.country ?? null, mentions: e.mentions?.length ?? 0, first };
    })
    .sort((a, b) => b.mentions - a.mentions || (a.first?.start ?? 0) - (b.first?.start ?? 0));
}
