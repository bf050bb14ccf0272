// A hand-made Reading of an invented article (not from any corpus), with spans found by text so
// the fixture stays right when the wording changes. Published on Friday 10 May 2024.
import type { Attribution, Entity, Span, TimelineEntry } from '../../../src/core/types.ts';
import type { Reading } from '../../../src/extension/shared/messages.ts';

export const FIXTURE_TEXT = [
  'Mayor Lena Ortiz said on Tuesday that the council had approved the new tram line.',
  '“This line will change how our city moves, how our children get to school, how our shops are supplied, and how our harbour breathes for the next fifty years,” Ortiz told reporters.',
  'The Harbour Gazette reported that construction could begin in June 2024.',
  'Some experts believe the budget is too small.',
  'According to the transport ministry, the first trams will run in 2026.',
  'Prime Minister Tomas Berg called the plan “a model for the country”.',
  'In March 2023 the council first discussed the idea. Berg visited the depot. Ortiz thanked Berg.',
].join('\n\n');

/** The span of the n-th occurrence (0-based) of needle in the fixture text. */
export function at(needle: string, n = 0, text = FIXTURE_TEXT): Span {
  let i = -1;
  for (let k = 0; k <= n; k++) {
    i = text.indexOf(needle, i + 1);
    if (i < 0) throw new Error(`fixture: "${needle}" #${n} not found`);
  }
  return { start: i, end: i + needle.length };
}

const entities: Entity[] = [
  { id: 'e1', name: 'Lena Ortiz', type: 'person', role: 'Mayor of Harbour City', leader: true, mentions: [at('Lena Ortiz'), at('Ortiz', 1), at('Ortiz', 2)] },
  { id: 'e2', name: 'The Harbour Gazette', type: 'media', role: null, leader: false, mentions: [at('The Harbour Gazette')] },
  { id: 'e3', name: 'transport ministry', type: 'organization', role: null, leader: false, mentions: [at('transport ministry')] },
  { id: 'e4', name: 'Tomas Berg', type: 'person', role: 'Prime Minister', leader: true, mentions: [at('Tomas Berg'), at('Berg', 1), at('Berg', 2)] },
];

const attributions: Attribution[] = [
  { content: at('the council had approved the new tram line'), source: at('Mayor Lena Ortiz'), cue: at('said'), speaker: 'e1', kind: 'indirect', vague: false },
  {
    content: at('This line will change how our city moves, how our children get to school, how our shops are supplied, and how our harbour breathes for the next fifty years,'),
    source: at('Ortiz', 1), cue: at('told'), speaker: 'e1', kind: 'direct', vague: false,
  },
  { content: at('construction could begin in June 2024'), source: at('The Harbour Gazette'), cue: at('reported'), speaker: 'e2', kind: 'indirect', vague: false },
  { content: at('the budget is too small'), source: at('Some experts'), cue: at('believe'), speaker: null, kind: 'indirect', vague: true },
  { content: at('the first trams will run in 2026'), source: at('the transport ministry'), cue: at('According to'), speaker: 'e3', kind: 'indirect', vague: false },
  { content: at('a model for the country'), source: at('Prime Minister Tomas Berg'), cue: at('called'), speaker: 'e4', kind: 'partial', vague: false },
];

const sentence = (needle: string) => at(needle);
const S = [
  'Mayor Lena Ortiz said on Tuesday that the council had approved the new tram line.',
  'The Harbour Gazette reported that construction could begin in June 2024.',
  'According to the transport ministry, the first trams will run in 2026.',
  'In March 2023 the council first discussed the idea.',
];

export const FIXTURE_TIMELINE: TimelineEntry[] = [
  { date: '2024-05-07', precision: 'day', text: 'The council approved the new tram line.', sentence: sentence(S[0]!), timex: at('on Tuesday'), relative: true, label: 'on Tuesday' },
  { date: '2024-06', precision: 'month', text: 'Construction could begin.', sentence: sentence(S[1]!), timex: at('June 2024') },
  { date: '2026', precision: 'year', text: 'The first trams will run.', sentence: sentence(S[2]!), timex: at('2026') },
  { date: '2023-03', precision: 'month', text: 'The council first discussed the idea.', sentence: sentence(S[3]!), timex: at('March 2023') },
];

export function fixtureReading(over: Partial<Reading> = {}): Reading {
  return {
    url: 'https://news.example/harbour/tram-line',
    title: 'Harbour City approves new tram line',
    byline: 'Ana Reyes',
    published: '2024-05-10',
    publishedSource: 'json-ld',
    siteName: 'Harbour Daily',
    text: FIXTURE_TEXT,
    found: true,
    attributions,
    entities,
    timexes: [],
    timeline: FIXTURE_TIMELINE,
    timings: { extractMs: 3, analyzeMs: 5, paintMs: 1 },
    ...over,
  };
}

/** The same article on a page with no publication date: "on Tuesday" cannot be dated. */
export function fixtureReadingNoDate(): Reading {
  const timeline = FIXTURE_TIMELINE.map((t) => (t.relative ? { ...t, date: null, relative: false, uncertain: true } : t));
  return fixtureReading({ published: null, publishedSource: null, timeline });
}
