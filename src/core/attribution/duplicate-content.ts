// One stretch of text is the content of one attribution (PolNeAR is univocal): when two
// readings give the very same span ("Obama said: “…,” Obama said." / "X was asked, “…?” He
// answered"), the first reading keeps it — the cue that introduced the quotation, not a later
// verb that picked it up again.
import type { Draft } from './draft.ts';

export function dropDuplicateContent(drafts: Draft[]): Draft[] {
  const owner = new Map<string, Draft>();
  const firstOf = (d: Draft) => Math.min(d.cue?.start ?? Infinity, d.source?.start ?? Infinity, d.content[0]?.start ?? Infinity);
  const order = drafts.map((d, i) => ({ d, i, at: firstOf(d) })).sort((x, y) => x.at - y.at || x.i - y.i);
  const drop = new Set<Draft>();
  for (const { d } of order) {
    const kept = d.content.filter((c) => {
      const key = `${c.start}:${c.end}`;
      const o = owner.get(key);
      if (o && o !== d) return false;
      owner.set(key, d);
      return true;
    });
    if (kept.length === d.content.length) continue;
    if (!kept.length) drop.add(d);
    else d.content = kept;
  }
  return drop.size ? drafts.filter((d) => !drop.has(d)) : drafts;
}
