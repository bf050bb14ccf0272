// The reading as a JSON document for "download JSON": the analysis with its spans, and beside each
// span the text it covers, so the file is useful without re-reading the page.
import type { Span } from '../../../core/types.ts';
import type { Reading } from '../../shared/messages.ts';
import { contentSpans, spanText } from './span-text.ts';

export const JSON_FORMAT = 'sourcelight-reading/1';

export function readingToJson(r: Reading): string {
  const text = r.text ?? '';
  const withText = (s: Span | null) => (s ? { ...s, text: spanText(text, s) } : null);
  const doc = {
    format: JSON_FORMAT,
    url: r.url,
    title: r.title,
    siteName: r.siteName,
    byline: r.byline,
    published: r.published,
    publishedSource: r.publishedSource,
    found: r.found,
    attributions: (r.attributions ?? []).map((a) => ({
      kind: a.kind,
      vague: a.vague,
      speaker: a.speaker,
      content: contentSpans(a).map(withText),
      source: withText(a.source),
      cue: withText(a.cue),
    })),
    entities: (r.entities ?? []).map((e) => ({ ...e, mentions: e.mentions.map(withText) })),
    timexes: r.timexes ?? [],
    timeline: (r.timeline ?? []).map((t) => ({ ...t, sentence: withText(t.sentence), timex: withText(t.timex) })),
    text,
  };
  return JSON.stringify(doc, null, 2) + '\n';
}

/** A file name from the title: "sourcelight-xi-jinping-visits-russia.json". */
export function jsonFileName(title: string): string {
  const slug = (title ?? '')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // accents off: "Écoute" → "ecoute"
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `sourcelight-${slug || 'reading'}.json`;
}
