// What every answer to hostile input must satisfy: spans inside the text (integers, start <= end),
// no span boundary inside a surrogate pair, entity mentions and timeline spans in bounds, speakers
// that exist, and an answer the batch interface can serialise. Throws with the first violation.
import type { Analysis, Span } from '../../src/core/index.ts';
import type { ExtractedArticle, NoArticle } from '../../src/page/types.ts';

function fail(what: string, detail: unknown): never {
  throw new Error(`${what}: ${JSON.stringify(detail)?.slice(0, 300)}`);
}

const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
/** True when offset i falls between the two halves of one astral character. */
export const splitsPair = (text: string, i: number) => i > 0 && i < text.length && isHigh(text.charCodeAt(i - 1)) && isLow(text.charCodeAt(i));

export function checkSpan(text: string, s: Span | null | undefined, what: string, nullable = false): void {
  if (s == null) { if (nullable) return; fail(`${what} missing`, s); }
  const { start, end } = s;
  if (!Number.isInteger(start) || !Number.isInteger(end)) fail(`${what} not integer offsets`, s);
  if (start < 0 || end > text.length || start > end) fail(`${what} out of bounds (text length ${text.length})`, s);
  if (splitsPair(text, start) || splitsPair(text, end)) fail(`${what} cuts an astral character in two`, s);
}

export function checkAnalysis(text: string, a: Analysis): void {
  if (!a || !Array.isArray(a.attributions) || !Array.isArray(a.entities) || !Array.isArray(a.timexes) || !Array.isArray(a.timeline))
    fail('analysis shape', Object.keys(a ?? {}));
  const ids = new Set<string>();
  for (const e of a.entities) {
    if (typeof e.id !== 'string' || ids.has(e.id)) fail('entity id missing or repeated', e.id);
    ids.add(e.id);
    if (typeof e.name !== 'string') fail('entity name', e);
    if (!Array.isArray(e.mentions)) fail('entity mentions', e);
    for (const m of e.mentions) checkSpan(text, m, `mention of ${e.id}`);
  }
  for (const at of a.attributions) {
    const parts = Array.isArray(at.content) ? at.content : [at.content];
    if (!parts.length) fail('attribution without content', at);
    for (const c of parts) checkSpan(text, c, 'attribution content');
    checkSpan(text, at.source, 'attribution source', true);
    checkSpan(text, at.cue, 'attribution cue', true);
    if (at.speaker != null && !ids.has(at.speaker)) fail('speaker is no entity', at.speaker);
    if (!['direct', 'indirect', 'partial', 'mixed'].includes(at.kind)) fail('attribution kind', at.kind);
    if (typeof at.vague !== 'boolean') fail('attribution vague', at.vague);
  }
  for (const t of a.timexes) {
    checkSpan(text, t, 'timex');
    if (t.text !== text.slice(t.start, t.end)) fail('timex text is not the slice it points at', { t, slice: text.slice(t.start, t.end) });
    if (typeof t.value !== 'string') fail('timex value', t);
  }
  for (const e of a.timeline) {
    checkSpan(text, e.sentence, 'timeline sentence');
    checkSpan(text, e.timex, 'timeline timex');
    if (e.date != null && typeof e.date !== 'string') fail('timeline date', e.date);
  }
  JSON.stringify(a); // the batch interface must be able to send it
}

export function checkExtracted(doc: Document, art: ExtractedArticle | NoArticle): void {
  if (!art || typeof art.text !== 'string' || typeof art.title !== 'string') fail('extracted shape', Object.keys(art ?? {}));
  if (art.published != null && (typeof art.published !== 'string' || Number.isNaN(Date.parse(art.published))))
    fail('published is not an ISO date', art.published);
  let prevEnd = 0;
  for (const s of art.segments as ExtractedArticle['segments']) {
    if (!Number.isInteger(s.textStart) || !Number.isInteger(s.length) || s.length < 0) fail('segment offsets', s);
    if (s.textStart < prevEnd || s.textStart + s.length > art.text.length) fail(`segment out of order or bounds (text length ${art.text.length}, previous end ${prevEnd})`, { textStart: s.textStart, length: s.length });
    prevEnd = s.textStart + s.length;
    if (s.node) {
      if (s.node.ownerDocument !== doc) fail('segment node from another document', s.textStart);
      const data = s.node.data;
      if (s.nodeOffset < 0 || s.nodeOffset + s.length > data.length) fail('segment runs past its Text node', { nodeOffset: s.nodeOffset, length: s.length, nodeLength: data.length });
    }
  }
}

/** Runs fn and fails when it took longer than ms (wall clock; generous for a loaded 2-core machine). */
export function within<T>(ms: number, what: string, fn: () => T): T {
  const t0 = performance.now();
  const out = fn();
  const took = performance.now() - t0;
  if (took > ms) throw new Error(`${what} took ${Math.round(took)} ms (limit ${ms} ms)`);
  return out;
}
