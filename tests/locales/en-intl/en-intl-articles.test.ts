// English from outside the US: invented multi-paragraph articles (articles.ts) in the house styles of
// British, Irish, Australian, Indian and South African outlets. Every quotation must get the speaker a
// careful reader gives it; a `loose` one may get none, never a wrong one; a null one must get none.
import { describe, expect, test } from 'vitest';
import { read } from '../read.ts';
import { fifthBatch, firstBatch, fourthBatch, secondBatch, thirdBatch, type Article, type Expect } from './articles.ts';
import { round6First, round6Second } from './articles-round6.ts';

function speakerOf(a: Article, q: Expect): string | null | undefined {
  const { items } = read(a.paragraphs.join('\n\n'), 'en', a.published);
  const it = items.find((i) => i.content.includes(q.needle) && i.kind !== 'indirect') ?? items.find((i) => i.content.includes(q.needle));
  if (!it) return undefined;
  return it.speaker ?? it.source;
}

// as the quotes scorer reads a speaker: it holds the name, or the name holds its last word
function fits(want: string | RegExp, got: string): boolean {
  if (typeof want !== 'string') return want.test(got);
  const last = got.split(/\s+/).at(-1) ?? '';
  return got.includes(want) || (last.length >= 3 && want.split(/\s+/).includes(last));
}

for (const [label, batch] of [['first', firstBatch], ['second', secondBatch], ['third', thirdBatch], ['fourth', fourthBatch], ['fifth', fifthBatch], ['round 6, first', round6First], ['round 6, second', round6Second]] as const) {
  if (!batch.length) continue;
  describe(`English outside the US: invented articles (${label} batch)`, () => {
    for (const a of batch) {
      test(a.name, () => {
        for (const q of a.quotes) {
          if (q.pending) continue;
          const got = speakerOf(a, q);
          expect(got, `quotation «${q.needle}» not found`).not.toBeUndefined();
          if (q.speaker === null) expect(got ?? null, q.needle).toBeNull();
          else if (q.loose && got == null) continue;
          else expect(fits(q.speaker, got ?? ''), `«${q.needle}»: want ${q.speaker}, got ${got}`).toBe(true);
        }
      });
    }
  });
}
