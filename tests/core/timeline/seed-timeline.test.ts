// The acceptance article's timeline (../shared/seed, skipped where absent), on the article body
// with the publication date and without: every non-stretch check of score-seed.mjs.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hasShared, sharedPath } from '../../helpers/shared.ts';
import { analyze } from '../../../src/core/index.ts';

const squash = (s: string) => s.replace(/[“”„«»]/g, '"').replace(/[‘’‚]/g, "'").replace(/\s+/g, ' ').toLowerCase().trim();
const anyOf = (alts: string, hay: string) => alts.split('|').some((a) => squash(hay).includes(squash(a)));

describe.skipIf(!hasShared)('seed article timeline', () => {
  const gold = hasShared ? JSON.parse(readFileSync(sharedPath('seed/gold.json'), 'utf8')) : null;
  const raw = hasShared ? readFileSync(sharedPath('seed/seed-article.txt'), 'utf8') : '';
  // the body: from the first sentence the gold requires to the end of the last one
  const first = gold?.body.must_include[0] ?? '';
  const last = gold?.body.must_include.at(-1) ?? '';
  const text = raw.slice(raw.indexOf(first), raw.indexOf(last) + last.length);

  for (const published of ['2023-03-19', null]) {
    it(`passes with published ${published}`, () => {
      const a = analyze({ text, published });
      for (const T of gold.timeline) {
        if (T.stretch || (T.needs_published && !published)) continue;
        const found = a.timeline.find((t) => String(t.date ?? '').startsWith(T.date) &&
          T.contains.every((c: string) => anyOf(c, `${t.text} ${text.slice(t.sentence.start, t.sentence.end)}`)));
        expect(found, `${T.date} ${T.contains}`).toBeTruthy();
      }
      const dates = a.timeline.map((t) => t.date).filter(Boolean) as string[];
      expect(dates.length).toBeGreaterThan(1);
      expect([...dates].sort()).toEqual(dates);
      if (!published) {
        expect(a.timeline.filter((t) => t.relative)).toEqual([]);
        for (const d of gold.never_in_timeline_without_published) expect(dates.some((x) => x.startsWith(d))).toBe(false);
      }
    });
  }
});
