// Property tests over the parser: arbitrary and hostile strings in, an in-bounds answer out, fast.
import { describe, it } from 'vitest';
import fc from 'fast-check';
import { analyze } from '../../src/core/index.ts';
import { checkAnalysis, within } from './invariants.ts';

// Pieces of news prose (our own invented sentences) that make the parser actually find things.
const PROSE = [
  'Maria Keller said the bridge would reopen on Monday.',
  '"We will not give up," the minister told reporters.',
  'According to officials, the talks ended on March 3, 2021.',
  'Experts believe the plan could fail, sources said.',
  'President Tomas Varga of Eldoria met Prime Minister Anna Lind in Oslo last week.',
  'The union, which represents 4,000 workers, said in a statement that it "rejects the offer."',
  '“It was a mistake,” he added. “A big one.”',
  "Dr. Ruth Olsen, a spokeswoman for the agency, declined to comment.",
];
const ODD = ['\u200B', '\u200C', '\u200D', '\u00AD', '\u2060', '\uFEFF', '\u202E', '\u202C', '\u200F', '\u061C', '"', '“', '”', '„', '«', '»', '‹', '›', "'", '’', '‘', '「', '」', '\n', '\r\n', '\t', '\u2028', '\u0000', '\uD83D', '\uDE00', '😀', '👩‍👩‍👧', '🇪🇺', '𝒜', '𠀀', 'ﷺ', 'a\u0301', ' said ', ' told ', ' according to ', '. ', '?', '!', '...', '—'];
const RTL = ['قال الرئيس إن الاتفاق سيوقع يوم الاثنين.', 'אמר ראש הממשלה כי "השיחות נמשכות".', 'وزير الخارجية: «لن نتراجع»'];

const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...PROSE) },
  { weight: 3, arbitrary: fc.constantFrom(...ODD) },
  { weight: 1, arbitrary: fc.constantFrom(...RTL) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
);
const hostileText = fc.array(piece, { maxLength: 40 }).map((a) => a.join(''));
const published = fc.oneof(
  fc.constant(null), fc.constant('2021-03-01'), fc.constant('2021-03-01T08:00:00Z'),
  fc.constantFrom('', 'yesterday', '2021-13-45', '0000-00-00', '99999-01-01', 'NaN', '2021-02-30', '-000001-01-01', '2021-03-01T99:99:99Z', '1970'),
  fc.string({ maxLength: 12 }),
);

const run = (text: string, pub: string | null) => {
  const a = within(1000, `analyze of ${text.length} chars`, () => analyze({ text, published: pub }));
  checkAnalysis(text, a);
  return a;
};

describe('analyze on hostile strings', () => {
  it('arbitrary Unicode (any code unit, lone surrogates, graphemes): in bounds, no exception', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), published, (t, p) => { run(t, p); }), { numRuns: 150 });
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (t) => { run(t, null); }), { numRuns: 100 });
  });

  it('news prose mixed with zero-width characters, soft hyphens, bidi controls, RTL text, odd quote marks', () => {
    fc.assert(fc.property(hostileText, published, (t, p) => { run(t, p); }), { numRuns: 300 });
  });

  it('zero-width characters and soft hyphens inside names', () => {
    const names = ['Maria Keller', 'Tomas Varga', 'Anna Lind'];
    const inject = fc.tuple(fc.constantFrom(...names), fc.nat(), fc.constantFrom('\u200B', '\u00AD', '\u200D', '\u2060', '\uFEFF'));
    fc.assert(fc.property(fc.array(inject, { minLength: 1, maxLength: 6 }), (edits) => {
      let text = PROSE.join(' ');
      for (const [name, at, ch] of edits) {
        const i = name.length > 1 ? 1 + (at % (name.length - 1)) : 0;
        text = text.split(name).join(name.slice(0, i) + ch + name.slice(i));
      }
      run(text, '2021-03-01');
    }), { numRuns: 100 });
  });

  it('astral characters and emoji before the spans do not move them off their words', () => {
    const base = PROSE.join(' ');
    const before = analyze({ text: base, published: '2021-03-01' });
    const slices = (text: string, a: ReturnType<typeof analyze>) => ({
      contents: a.attributions.flatMap((x) => (Array.isArray(x.content) ? x.content : [x.content])).map((s) => text.slice(s.start, s.end)),
      mentions: a.entities.flatMap((e) => e.mentions).map((s) => text.slice(s.start, s.end)).sort(),
      timexes: a.timexes.map((t) => t.text),
    });
    const want = slices(base, before);
    const prefix = fc.array(fc.constantFrom('😀', '𝒜', '𠀀', '👩‍👩‍👧', '🇪🇺', '🙂', '\u{1F600}\u{FE0F}'), { minLength: 1, maxLength: 30 }).map((a) => a.join(''));
    fc.assert(fc.property(prefix, (pre) => {
      const text = `${pre}\n\n${base}`;
      const a = run(text, '2021-03-01');
      const got = slices(text, a);
      if (JSON.stringify(got) !== JSON.stringify(want))
        throw new Error(`emoji prefix changed what was found:\n${JSON.stringify(got)}\nvs\n${JSON.stringify(want)}`);
    }), { numRuns: 40 });
  });

  it('invalid or missing publication dates: a calm answer (no "Invalid Date" values)', () => {
    const text = 'On Monday, Maria Keller said the bridge would reopen next week. Last year it closed in May.';
    fc.assert(fc.property(published, (p) => {
      const a = run(text, p);
      for (const t of a.timexes) if (/Invalid|NaN|undefined/.test(t.value)) throw new Error(`timex value ${t.value} for published ${JSON.stringify(p)}`);
      for (const e of a.timeline) if (e.date != null && /Invalid|NaN|undefined/.test(e.date)) throw new Error(`timeline date ${e.date} for published ${JSON.stringify(p)}`);
    }), { numRuns: 60 });
    // nonsense that is not even a string must not throw either (JSON from the batch interface)
    for (const p of [undefined, 12345, {}, [], true] as unknown[]) run(text, p as string | null);
  });
});
