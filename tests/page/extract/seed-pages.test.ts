// The acceptance pages in ../shared/seed: title, date (from metadata, never the header widget)
// and the body's boundaries, as score-seed.mjs checks them.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/page/extract/extract-article.ts';
import { hasShared, sharedPath } from '../../helpers/shared.ts';
import { DOMS } from './load-fixture.ts';
import { checkSegments } from './check-segments.ts';

const URL = 'https://worldnews.example/world/2023/03/xi-jinping-visits-russia';
const squash = (s: string) => s.replace(/[“”]/g, '"').replace(/[‘’]/g, "'").replace(/\s+/g, ' ').toLowerCase();

describe.skipIf(!hasShared).each(DOMS)('seed pages (%s)', (_name, load) => {
  const gold = hasShared ? JSON.parse(readFileSync(sharedPath('seed/gold.json'), 'utf8')) : null;
  it.each([
    ['seed-page.html', '2023-03-19'],
    ['seed-page-nometa.html', null],
  ])('%s', (page, published) => {
    const a = extractArticle(load(readFileSync(sharedPath('seed', page), 'utf8')), URL);
    expect(a.published?.slice(0, 10) ?? null).toBe(published);
    expect(squash(a.title)).toContain(squash('Xi Jinping visits Russia'));
    for (const s of gold.body.must_include as string[]) expect(squash(a.text)).toContain(squash(s));
    for (const s of gold.body.must_exclude as string[]) expect(squash(a.text)).not.toContain(squash(s));
    checkSegments(a);
  });
});
