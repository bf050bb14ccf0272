// Issue 15's kinds of failure on unseen pages, one invented fixture page each
// (tests/fixtures/pages/generalize): the story's own container taken for furniture, landmarks,
// root choice, thresholds, lead paragraphs, leaks in other languages, smaller items.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/page/extract/extract-article.ts';
import { DOMS, readFixture } from './load-fixture.ts';
import { CASES } from './issue15-cases.ts';

for (const [domName, load] of DOMS) {
  describe(`issue 15 fixtures (${domName})`, () => {
    it.each(CASES.filter((c) => /^(?:generalize|cms|heldout\d*)\//.test(c.file)).map((c) => [c.kind, c.file, c] as const))('%s: %s', (_kind, file, c) => {
      const a = extractArticle(load(readFixture(file)));
      const text = a.text.toLowerCase();
      for (const k of c.keeps) expect(text, `keeps "${k}" (${a.reason ?? ''})`).toContain(k.toLowerCase());
      for (const k of c.leavesOut) expect(text, `leaves out "${k}"`).not.toContain(k.toLowerCase());
    });
  });
}
