// Huge and pathological inputs to the parser, each with a time limit generous enough for a loaded
// 2-core machine but far below what a quadratic or backtracking path takes. Each case runs in a
// worker thread that is killed when it overruns (see bounded.ts), so a hang fails instead of blocking.
import { afterAll, describe, it } from 'vitest';
import { BoundedRunner, expectBounded } from './bounded.ts';

const SENTENCES = [
  'Maria Keller said the bridge would reopen on Monday.',
  '"We will not give up," the minister told reporters on Tuesday.',
  'According to officials in Eldoria, the talks ended on March 3, 2021, after 14 hours.',
  'Experts believe the plan could fail, sources said.',
];
const paragraph = (chars: number) => {
  const parts: string[] = [];
  let n = 0;
  for (let i = 0; n < chars; i++) { const s = SENTENCES[i % SENTENCES.length] + ' '; parts.push(s); n += s.length; }
  return parts.join('').slice(0, chars);
};

const runner = new BoundedRunner();
afterAll(() => runner.close());

async function check(label: string, text: string, ms: number, published: string | null = '2021-03-01') {
  const o = await runner.run({ kind: 'analyze', text, published }, Math.max(5000, 3 * ms));
  expectBounded(label, o, ms);
}

describe('analyze on huge and pathological input', () => {
  // about 1.5 s of CPU here (scripts/profile-analyze.mjs --hostile 1MB); the limit is wall time in
  // a worker, and a CI run beside other work read 2.27 s
  it('a 1 MB single paragraph (no line breaks) in under 3 s', async () => {
    await check('1 MB paragraph', paragraph(1_000_000), 3000);
  });
  it('a 200,000-character word', async () => {
    await check('200,000 x', 'x'.repeat(200_000), 1000);
    await check('200,000-character word inside prose', `Maria Keller said ${'Ab'.repeat(100_000)} was the word. ${SENTENCES.join(' ')}`, 1000);
    await check('200,000 capital letters', 'A'.repeat(200_000), 1000);
  });
  it('thousands of unbalanced quote marks', async () => {
    for (const q of ['"', '“', '”', '«', "'", '„']) {
      await check(`10,000 × ${q}`, q.repeat(10_000), 1000);
      await check(`${q} before each of 10,000 words`, Array.from({ length: 10_000 }, (_, i) => `${q}word${i}`).join(' '), 1000);
    }
    await check('5,000 × “ he said', '“ he said '.repeat(5000), 1000);
    await check('3,000 quotes opened, never closed, across sentences', Array.from({ length: 3000 }, (_, i) => `“Part ${i}, she said. `).join(''), 1000);
  });
  it('"said said said …"', async () => {
    await check('said × 50,000', 'said '.repeat(50_000), 1500);
    await check('Said, said. said "said"', Array.from({ length: 20_000 }, (_, i) => ['Said', 'said,', 'said.', '"said"'][i % 4]).join(' '), 1500);
    await check('according to × 20,000', 'according to '.repeat(20_000), 1500);
  });
  it('many names, dates, sentences, punctuation', async () => {
    await check('30,000 capitalised pairs', Array.from({ length: 30_000 }, (_, i) => `Name${i % 97} Surname${i % 89}`).join(' '), 2000);
    await check('20,000 dates', Array.from({ length: 20_000 }, (_, i) => `on Monday ${1 + (i % 28)} March ${1990 + (i % 40)}`).join(', '), 2000);
    await check('100,000 one-word sentences', 'Yes. '.repeat(100_000), 2000);
    await check('punctuation only', '.,;:!?-–—()[]{}'.repeat(30_000), 1500);
    await check('200,000 newlines', '\n'.repeat(200_000), 1000);
    await check('500,000 spaces', ' '.repeat(500_000), 1000);
  });
  it('right-to-left text and bidi controls in bulk', async () => {
    await check('Arabic', 'قال الرئيس إن «الاتفاق سيوقع» يوم الاثنين. '.repeat(5000), 1500);
    await check('bidi controls', '\u202Eevil said\u202C "text" \u2067x\u2069 '.repeat(10_000), 1500);
  });
  it('emoji, astral characters and lone surrogates in bulk', async () => {
    await check('emoji', '😀👩‍👩‍👧🇪🇺 Maria Keller said "🙂". '.repeat(10_000), 2000);
    await check('lone surrogates', '\uD83D said \uDE00 "x\uD800" '.repeat(10_000), 1500);
  });
});
