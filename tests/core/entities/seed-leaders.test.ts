// The acceptance article's leader checks (../shared/seed, gold.json "leaders" and "not_leaders"),
// run on the article text itself, matched the way score-seed.mjs matches them.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hasShared, sharedPath } from '../../helpers/shared.ts';
import { entitiesOf } from './helpers.ts';

const squash = (s: string) =>
  (s ?? '').replace(/[“”„«»]/g, '"').replace(/[‘’‚]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
const anyOf = (alternatives: string, hay: string) => alternatives.split('|').some((a) => squash(hay).includes(squash(a)));

describe.skipIf(!hasShared)('seed article leaders', () => {
  const text = hasShared ? readFileSync(sharedPath('seed/seed-article.txt'), 'utf8') : '';
  const gold = hasShared ? JSON.parse(readFileSync(sharedPath('seed/gold.json'), 'utf8')) : { leaders: [], not_leaders: [] };
  for (const published of ['2023-03-19', null]) {
    const idx = entitiesOf(text, published);
    for (const L of gold.leaders as { name: string; role_words: string[]; mentions: string[]; min_mentions: number }[]) {
      it(`${L.name} (published ${published})`, () => {
        const e = idx.list.find((x) => x.leader && squash(x.name).includes(squash(L.name.split(' ').pop()!)));
        expect(e, 'found as a leader').toBeDefined();
        for (const w of L.role_words) expect(anyOf(w, e!.role ?? ''), `role ${e!.role} has ${w}`).toBe(true);
        const said = e!.mentions.map((m) => squash(text.slice(m.start, m.end)));
        expect(said.length).toBeGreaterThanOrEqual(L.min_mentions);
        for (const alias of L.mentions) expect(said).toContain(squash(alias));
      });
    }
    it(`not leaders (published ${published})`, () => {
      for (const n of gold.not_leaders as string[]) {
        expect(idx.list.find((x) => x.leader && squash(x.name).includes(squash(n)))?.name, n).toBeUndefined();
      }
    });
  }
});
