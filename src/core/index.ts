/**
 * The parser core: strings in, data out. It knows nothing of the DOM, the browser or the clock;
 * the publication date comes in with the text (see tsconfig.json beside this file: the fence).
 * The order of the stages lives here, with the reason for each.
 */
import type { Analysis, AnalyzeInput } from './types.ts';
import { splitSentences } from './text/sentences.ts';
import { findEntities } from './entities/find-entities.ts';
import { findAttributions } from './attribution/find-attributions.ts';
import { findTimexes } from './time/find-timexes.ts';
import { buildTimeline } from './timeline/build-timeline.ts';

export type * from './types.ts';

export function analyze(input: AnalyzeInput): Analysis {
  const text = input.text ?? '';
  const published = input.published ?? null;
  // 1. Sentences first: every later stage works within sentence bounds.
  const sentences = splitSentences(text);
  // 2. Entities before attributions: a source span is resolved to an entity (pronouns and
  //    descriptions such as "the Russian leader" need the entities seen so far). The date picks
  //    the officeholder of the day from the built-in knowledge of leaders.
  const entities = findEntities(text, sentences, { published });
  // 3. Attributions: quotes, reported speech, their sources and cues, speakers linked to entities.
  const attributions = findAttributions(text, sentences, entities);
  // 4. Time expressions, anchored on the publication date (never on today's date).
  const timexes = findTimexes(text, published, sentences);
  // 5. Timeline last: it needs the dated sentences and who is in them.
  const timeline = buildTimeline(text, sentences, timexes, entities.list, published);
  return { attributions, entities: entities.list, timexes, timeline };
}
