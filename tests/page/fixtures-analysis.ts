// An invented article and its analysis, built by text search so offsets are always right.
import type { Analysis, Span } from '../../src/core/types.ts';

export const ARTICLE = [
  'Harbour mayor Maria Lindqvist said on Tuesday that the ferry would run from May.',
  '“This line joins two towns that waited thirty years,” Lindqvist said.',
  'Council member Tomas Berg told reporters the budget was “tight but fair”.',
  '“We will watch the costs,” Berg added.',
].join('\n\n');

export const at = (s: string, from = 0): Span => {
  const i = ARTICLE.indexOf(s, from);
  if (i < 0) throw new Error(`not in article: ${s}`);
  return { start: i, end: i + s.length };
};

export function analysis(): Analysis {
  return {
    attributions: [
      { content: at('the ferry would run from May'), source: at('Maria Lindqvist'), cue: at('said on'), speaker: 'lindqvist', kind: 'indirect', vague: false },
      { content: at('“This line joins two towns that waited thirty years,”'), source: at('Lindqvist said', 100), cue: at('said.', 100), speaker: 'lindqvist', kind: 'direct', vague: false },
      { content: at('the budget was “tight but fair”'), source: at('Tomas Berg'), cue: at('told'), speaker: 'berg', kind: 'mixed', vague: false },
      { content: at('“We will watch the costs,”'), source: at('Berg added'), cue: at('added'), speaker: 'berg', kind: 'direct', vague: false },
    ],
    entities: [
      { id: 'lindqvist', name: 'Maria Lindqvist', type: 'person', role: 'Mayor of Harbour', country: 'Norway', leader: true, mentions: [at('Maria Lindqvist'), at('Lindqvist', 100)] },
      { id: 'berg', name: 'Tomas Berg', type: 'person', role: 'Council member', country: null, leader: false, mentions: [at('Tomas Berg'), at('Berg added')] },
    ],
    timexes: [],
    timeline: [],
  };
}
