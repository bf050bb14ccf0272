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

/**
 * The longest text read, in characters (about 150,000 words: ten times a long feature). Past it a
 * page is a dump, not an article a person reads through, and the reading must stay within about a
 * second: only the text up to the last paragraph break before the limit is read, and the answer
 * says where it stopped (`readUpTo`). Every span stays an offset into the full text.
 */
export const MAX_ANALYZED_CHARS = 1_000_000;

/** The end of the part that is read: the whole text, or up to a paragraph (else sentence) break. */
function readableEnd(text: string): number {
  if (text.length <= MAX_ANALYZED_CHARS) return text.length;
  const para = text.lastIndexOf('\n', MAX_ANALYZED_CHARS);
  if (para > MAX_ANALYZED_CHARS / 2) return para;
  const stop = text.lastIndexOf('. ', MAX_ANALYZED_CHARS);
  return stop > MAX_ANALYZED_CHARS / 2 ? stop + 1 : MAX_ANALYZED_CHARS;
}

export function analyze(input: AnalyzeInput): Analysis {
  const full = typeof input.text === 'string' ? input.text : '';
  const end = readableEnd(full);
  const text = end < full.length ? full.slice(0, end) : full;
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
  const analysis: Analysis = { attributions, entities: entities.list, timexes, timeline };
  if (end < full.length) analysis.readUpTo = end;
  return analysis;
}
