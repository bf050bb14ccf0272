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
import { resolveLanguage } from './lang/resolve.ts';
import { pick } from './lang/registry.ts';
import { readWithPack } from './locales/common/read-with-pack.ts';

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
  // 0. The language: the page's declared lang, else the text's own. English is read by the
  //    deepest reader; de, fr, es, it, pt and pl by the shared reader with their pack; any other
  //    language gets its quotations by their marks and no speaker (language.supported is false).
  const language = resolveLanguage(text, input.lang);
  // 1. Sentences first: every later stage works within sentence bounds.
  const sentences = splitSentences(text);
  let attributions: Analysis['attributions'];
  let entityList: Analysis['entities'];
  if (language.code === 'en') {
    // 2. Entities before attributions: a source span is resolved to an entity (pronouns and
    //    descriptions such as "the Russian leader" need the entities seen so far). The date picks
    //    the officeholder of the day from the built-in knowledge of leaders.
    const entities = findEntities(text, sentences, { published });
    // 3. Attributions: quotes, reported speech, their sources and cues, speakers linked to entities.
    attributions = findAttributions(text, sentences, entities);
    entityList = entities.list;
  } else {
    // 2–3. Another language: its pack's reader finds the quotations, their speakers and the
    //      people and leaders it names, in one pass (no pack: quotations only).
    let reading;
    try {
      reading = readWithPack(text, sentences, pick(language.code), published);
    } catch {
      reading = { attributions: [], entities: [] };
    }
    attributions = reading.attributions;
    entityList = reading.entities;
  }
  // 4. Time expressions, anchored on the publication date (never on today's date).
  const timexes = findTimexes(text, published, sentences, language.code);
  // 5. Timeline last: it needs the dated sentences and who is in them.
  const timeline = buildTimeline(text, sentences, timexes, entityList, published, language.code);
  const analysis: Analysis = { attributions, entities: entityList, timexes, timeline, language: { code: language.code, supported: language.supported } };
  if (end < full.length) analysis.readUpTo = end;
  return analysis;
}
