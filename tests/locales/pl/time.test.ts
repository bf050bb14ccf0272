// Polish time expressions: invented sentences (time-cases.json, never corpus text) with a fixed
// publication date, read by analyze() with lang 'pl'; each case lists every timex expected, as
// [extent, TimeML type, value]. The same cases measure chrono-node (scripts/compare-chrono-locales.mjs).
import { describe, expect, test } from 'vitest';
import { analyze } from '../../../src/core/index.ts';
import data from './time-cases.json';

describe('Polish time expressions', () => {
  for (const c of data.cases as Array<{ text: string; expect: string[][]; published?: string }>) {
    test(c.text, () => {
      const a = analyze({ text: c.text, published: c.published ?? data.published, lang: 'pl' });
      expect(a.timexes.map((t) => [t.text, t.type, t.value])).toEqual(c.expect);
    });
  }
});

describe('the end-to-end page tests/fixtures/e2e/pl-article.html', () => {
  test('its timeline lists the dated events of the report', async () => {
    const { readFileSync } = await import('node:fs');
    const { runRead } = await import('../../../src/cli/tasks.ts');
    const r = runRead(readFileSync(new URL('../../fixtures/e2e/pl-article.html', import.meta.url), 'utf8'));
    expect(r.language?.code).toBe('pl');
    const dates = r.timeline.map((e) => e.date).sort();
    expect(dates).toEqual(['2025-06-09', '2025-06-12', '2025-06-14']);
  });
});
