// "The court heard that Smith had told a friend: “…”" / "The jury heard Smith say: “…”": a court,
// jury or inquest hears, it does not speak. A quotation in what it heard, introduced by the clause's
// own subject and verb of saying, is that subject's; the draft keeps its spans (PolNeAR's reading)
// and takes its speaker from the subject.
import type { Span } from '../types.ts';
import type { Draft } from './draft.ts';
import type { QuoteIndex } from './quote-index.ts';
import { CUE_FORMS } from '../locales/en/lexicon/cue-lexicon.ts';
import { HEARING_BODIES } from '../locales/en/lexicon/source-nouns.ts';

/** A capitalised name of one to four words ("that" and a role set off by commas before it, an age
 * after it allowed: "that the accused, Jamie Nolan, 23,"), then a verb of saying. */
const INNER = /^(?:that\s+)?(?:(?:the|his|her|their)\s+(?:[a-z-]+\s+){0,2}[a-z-]+,\s+)?((?:\p{Lu}[\p{L}'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*)(?:,\s*\d{1,3},)?\s+(?:had\s+|has\s+)?([a-z]+)\b[^.:“"‘]{0,60}[:,]?\s*$/u;

export function speakerHeardInCourt(text: string, drafts: Draft[], quotes: QuoteIndex): void {
  for (const d of drafts) {
    if (!d.source || !d.cue || d.speakerSpan) continue;
    const src = text.slice(d.source.start, d.source.end).toLowerCase().replace(/^the\s+/, '');
    if (!HEARING_BODIES.has(src) || !/^heard$|^(?:was|were) told$/.test(text.slice(d.cue.start, d.cue.end).toLowerCase())) continue;
    const first = d.content[0]!;
    const q = quotes.firstAt(first.start);
    if (!q || q.start >= first.end + 2) continue;
    const lead = INNER.exec(text.slice(first.start, q.start));
    if (!lead) continue;
    const verb = CUE_FORMS.get(lead[2]!);
    if (!verb || !(verb.verb.quote || verb.verb.that)) continue;
    const at = first.start + lead[0].indexOf(lead[1]!);
    d.speakerSpan = { start: at, end: at + lead[1]!.length } satisfies Span;
  }
}
