// The acceptance article (../shared/seed): every attribution gold.json lists is found with its
// cue and kind (speakers also need the entity index: score-seed.mjs checks those end to end).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hasShared, sharedPath } from '../../helpers/shared.ts';
import { analyze } from '../../../src/core/index.ts';

describe.skipIf(!hasShared)('seed article attributions', () => {
  const text = hasShared ? readFileSync(sharedPath('seed/seed-article.txt'), 'utf8') : '';
  const gold = hasShared ? JSON.parse(readFileSync(sharedPath('seed/gold.json'), 'utf8')) : { attributions: [] };
  const result = analyze({ text, published: null });
  const norm = (s: string) => s.replace(/[“”„«»]/g, '"').replace(/[‘’‚]/g, "'").toLowerCase();

  for (const A of gold.attributions as { content: string; cue?: string; kind: string[] }[]) {
    it(`finds "${A.content.slice(0, 40)}…"`, () => {
      const at = norm(text).indexOf(norm(A.content));
      expect(at).toBeGreaterThanOrEqual(0);
      const g = { start: at, end: at + A.content.length };
      const covered = (c: { start: number; end: number } | { start: number; end: number }[]) =>
        [c].flat().reduce((sum, s) => sum + Math.max(0, Math.min(s.end, g.end) - Math.max(s.start, g.start)), 0) / (g.end - g.start);
      const hits = result.attributions.filter((a) => covered(a.content) >= 0.6);
      expect(hits.length).toBeGreaterThan(0);
      if (A.cue) expect(hits.some((a) => a.cue && norm(text.slice(a.cue.start, a.cue.end)).includes(A.cue!))).toBe(true);
      expect(hits.some((a) => A.kind.includes(a.kind))).toBe(true);
    });
  }
});
