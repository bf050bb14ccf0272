// Reads an invented article in a language and lists each attribution as text: what was said, by
// whom (the entity's name, or the source as written), with which rule.
import { analyze } from '../../src/core/index.ts';

export interface Read {
  content: string;
  speaker: string | null;
  source: string | null;
  kind: string;
  rule: string | undefined;
  vague: boolean;
}

export function read(text: string, lang: string | null, published: string | null = '2023-03-20') {
  const a = analyze({ text, published, lang });
  const items: Read[] = a.attributions.map((x) => {
    const spans = Array.isArray(x.content) ? x.content : [x.content];
    return {
      content: spans.map((s) => text.slice(s.start, s.end)).join(' … '),
      speaker: a.entities.find((e) => e.id === x.speaker)?.name ?? null,
      source: x.source ? text.slice(x.source.start, x.source.end) : null,
      kind: x.kind,
      rule: x.rule,
      vague: x.vague,
    };
  });
  return { items, language: a.language, entities: a.entities };
}

/** The attribution whose content contains `needle`. */
export function said(items: Read[], needle: string): Read | undefined {
  return items.find((i) => i.content.includes(needle));
}
