// What to paint: the analysis turned into spans of one highlight kind each, with a link back to
// the attribution or entity they belong to (for the card opened by a click).
import type { Analysis, Attribution, Span } from '../../core/types.ts';

export type HighlightKind = 'direct' | 'partial' | 'indirect' | 'source' | 'cue' | 'leader';

export const HIGHLIGHT_KINDS: readonly HighlightKind[] = ['direct', 'partial', 'indirect', 'source', 'cue', 'leader'];

export interface PlannedSpan {
  kind: HighlightKind;
  start: number;
  end: number;
  /** Index into analysis.attributions, when the span belongs to one. */
  attribution: number | null;
  /** Entity id, for leader mentions and resolved sources. */
  entity: string | null;
}

/** The spans of an attribution's content (an interrupted quote has several). */
export function contentSpans(a: Attribution): Span[] {
  return Array.isArray(a.content) ? a.content : [a.content];
}

export function contentKind(a: Attribution): HighlightKind {
  if (a.kind === 'direct') return 'direct';
  if (a.kind === 'indirect') return 'indirect';
  return 'partial'; // partial quotes and mixed (reported speech holding a partial quote)
}

export function planHighlights(analysis: Analysis, textLength: number): PlannedSpan[] {
  const out: PlannedSpan[] = [];
  const ok = (s: Span | null | undefined): s is Span =>
    !!s && Number.isFinite(s.start) && Number.isFinite(s.end) && s.start >= 0 && s.end > s.start && s.end <= textLength;
  analysis.attributions.forEach((a, i) => {
    const kind = contentKind(a);
    for (const c of contentSpans(a)) if (ok(c)) out.push({ kind, start: c.start, end: c.end, attribution: i, entity: a.speaker });
    if (ok(a.source)) out.push({ kind: 'source', start: a.source.start, end: a.source.end, attribution: i, entity: a.speaker });
    if (ok(a.cue)) out.push({ kind: 'cue', start: a.cue.start, end: a.cue.end, attribution: i, entity: a.speaker });
  });
  for (const e of analysis.entities) {
    if (!e.leader) continue;
    for (const m of e.mentions) if (ok(m)) out.push({ kind: 'leader', start: m.start, end: m.end, attribution: null, entity: e.id });
  }
  out.sort((x, y) => x.start - y.start || y.end - x.end);
  // The same text can serve twice (one source for two quotes, a name listed twice): paint it once,
  // linked to the first attribution that claims it.
  const seen = new Set<string>();
  return out.filter((p) => {
    const key = `${p.kind}:${p.start}:${p.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
