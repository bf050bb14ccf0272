// Portuguese time expressions: invented sentences (time-cases.json, never corpus text) with a fixed
// publication date, read by analyze() with lang 'pt'; each case lists every timex expected, as
// [extent, TimeML type, value]. The same cases measure chrono-node (scripts/compare-chrono-locales.mjs).
import { describe, expect, test } from 'vitest';
import { analyze } from '../../../src/core/index.ts';
import data from './time-cases.json';

describe('Portuguese time expressions', () => {
  for (const c of data.cases as Array<{ text: string; expect: string[][]; published?: string }>) {
    test(c.text, () => {
      const a = analyze({ text: c.text, published: c.published ?? data.published, lang: 'pt' });
      expect(a.timexes.map((t) => [t.text, t.type, t.value])).toEqual(c.expect);
    });
  }
});
