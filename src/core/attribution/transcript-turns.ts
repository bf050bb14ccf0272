// Turns of a transcript: paragraphs that open with a speaker's label in capitals and a colon
// ("WALLACE: …", "JANE DOE: …"), as interviews and debate excerpts are printed. Each turn is
// one attribution: the label is the source, the colon the cue, the rest of the paragraph the
// content (PolNeAR annotates turns so). A quotation run over several paragraphs (an opening mark
// at each one) goes on with the turn until the next label.
// Labels count as a transcript only when there are at least three of them with two speakers
// or more, so a lone "BREAKING: …" or a list of "UPDATE:" notes is no dialogue.
import type { Span } from '../types.ts';
import type { Draft } from './draft.ts';

const MAX_LABEL = 30;
const MAX_WORDS = 4;
// Capitalised words that head a paragraph without naming a speaker (the question-and-answer
// letters Q and A are left to the sentence reader).
const NOT_LABELS = new Set([
  'UPDATE', 'UPDATED', 'NOTE', 'EDITOR', 'EDITORS', 'PHOTO', 'PHOTOS', 'VIDEO', 'WATCH', 'READ', 'RELATED', 'SOURCE',
  'SOURCES', 'CORRECTION', 'CLARIFICATION', 'BREAKING', 'EXCLUSIVE', 'ANALYSIS', 'OPINION', 'LIVE', 'Q', 'A', 'QUESTION',
  'ANSWER', 'WARNING', 'CAPTION', 'CREDIT', 'CREDITS', 'IMAGE', 'IMAGES', 'LISTEN', 'SEE', 'MORE', 'ALSO', 'TAGS',
  'TOPICS', 'SHARE', 'EMAIL', 'BYLINE', 'PREVIOUSLY', 'ONLINE', 'TRANSCRIPT', 'UPDATES', 'PS', 'P.S',
]);

interface Turn {
  label: Span;
  colon: number;
  quoted: boolean;
}

const isOpenMark = (c: string | undefined) => c === '"' || c === '“';

export function transcriptTurns(text: string): Draft[] {
  const heads: Turn[] = [];
  const paragraphs: Span[] = [];
  for (let at = 0; at < text.length; ) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    if (end > at) paragraphs.push({ start: at, end });
    at = end + 1;
  }
  const turnAt = new Map<number, Turn>();
  for (let i = 0; i < paragraphs.length; i++) {
    const t = labelOf(text, paragraphs[i]!);
    if (t) {
      heads.push(t);
      turnAt.set(i, t);
    }
  }
  if (heads.length < 3) return [];
  const names = new Set(heads.map((h) => text.slice(h.label.start, h.label.end)));
  if (names.size < 2) return [];
  const out: Draft[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    const turn = turnAt.get(i);
    if (!turn) continue;
    const p = paragraphs[i]!;
    const first = trimmed(text, turn.colon + 1, p.end);
    if (!first) continue;
    const content = [first];
    // "…¶¶"More of the same answer." — the next paragraph of a quotation run goes on with the turn
    for (let k = i + 1; turn.quoted && k < paragraphs.length && !turnAt.has(k); k++) {
      const q = paragraphs[k]!;
      if (!isOpenMark(text[q.start]) || text[q.start + 1] === '(' || text[q.start + 1] === '[' || signOff(text, q)) break;
      const span = trimmed(text, q.start + 1, q.end);
      if (span) content.push(span);
    }
    out.push({ content, source: turn.label, speakerSpan: null, cue: { start: turn.colon, end: turn.colon + 1 }, rule: 'transcript-turn' });
  }
  return out;
}

// The writer's sign-off that closes an article ("Follow Ann Lee on Twitter @annlee."), which a
// transcript printed as one long quotation may take inside its marks: no one's turn.
const SIGN_OFF = /^(?:Follow|Find)\s.{0,60}?(?:\bon (?:Twitter|Facebook|Instagram)\b|@\w)/;
function signOff(text: string, p: Span): boolean {
  return SIGN_OFF.test(text.slice(p.start + 1, Math.min(p.end, p.start + 100)));
}

// "WALLACE: …" / "“JANE DOE: …": a label of up to four words in capitals, then a colon and text.
function labelOf(text: string, p: Span): Turn | null {
  let s = p.start;
  const quoted = isOpenMark(text[s]);
  if (quoted) s++;
  const stop = Math.min(p.end, s + MAX_LABEL + 1);
  let colon = -1;
  let letters = 0;
  for (let j = s; j < stop; j++) {
    const c = text[j]!;
    if (c === ':') {
      colon = j;
      break;
    }
    if (c >= 'A' && c <= 'Z') letters++;
    else if (c !== ' ' && c !== '.' && c !== "'" && c !== '’' && c !== '-') return null;
  }
  if (colon < 0 || letters < 2 || (text[colon + 1] !== ' ' && text[colon + 1] !== '\t')) return null;
  const raw = text.slice(s, colon);
  if (raw !== raw.trim()) return null;
  const words = raw.split(' ').filter(Boolean);
  if (words.length > MAX_WORDS || !/^[A-Z]/.test(raw) || NOT_LABELS.has(words[0]!.replace(/[.’']+$/, ''))) return null;
  return { label: { start: s, end: colon }, colon, quoted };
}

function trimmed(text: string, a: number, b: number): Span | null {
  while (a < b && /\s/.test(text[a]!)) a++;
  while (b > a && /\s/.test(text[b - 1]!)) b--;
  return b > a ? { start: a, end: b } : null;
}
