// One block (paragraph, heading, list item) as text with whitespace collapsed, and the segments
// that map every character back to the live Text node it came from.
//
// Collapsing: leading/trailing whitespace is dropped and every inner whitespace run becomes one
// character. A run that is a single " " inside one node keeps its mapping; any other run (a
// newline, a tab, several spaces, a no-break space, or a <br>) becomes a separator segment with
// node null, so text.slice(segment) === node.data.slice(segment) holds for every mapped segment.
import type { TextSegment } from '../types.ts';

export interface Piece {
  node: Text | null; // null: a line break (<br>)
  start: number;
  end: number;
  link: boolean;
}

export interface RenderedBlock {
  text: string;
  segments: TextSegment[]; // textStart relative to the block
  chars: number; // visible characters
  linkChars: number;
}

// Whitespace runs, found natively (a per-character loop in JS is several times slower on big pages).
const SPACE_RUN = /[ \t\n\r\f\u00a0\u2028\u2029\u200b]+/g;

export function renderBlock(pieces: Piece[]): RenderedBlock {
  let text = '';
  const segments: TextSegment[] = [];
  let chars = 0;
  let linkChars = 0;
  // Whitespace seen since the last visible character: none, one mappable " ", or a separator.
  let pending: 0 | 1 | 2 | 3 = 0; // 0 none, 1 mappable space, 2 separator space, 3 line break
  let pendingNode: Text | null = null;
  let pendingOff = 0;
  for (const piece of pieces) {
    if (!piece.node) {
      if (text) pending = 3;
      continue;
    }
    const node = piece.node;
    const data = node.data;
    const end = piece.end;
    let pos = piece.start;
    // Soft hyphens only mark where a word may break: they are left out of the text (the segments
    // around one skip it, so the mapping stays exact). Found once per node, not once per word.
    let soft = data.indexOf('\u00ad', pos);
    if (soft < 0 || soft >= end) soft = end;
    while (pos < end) {
      SPACE_RUN.lastIndex = pos;
      const m = SPACE_RUN.exec(data);
      const ws = m && m.index < end ? m.index : end;
      if (soft < pos) {
        soft = data.indexOf('\u00ad', pos);
        if (soft < 0 || soft >= end) soft = end;
      }
      const wsStart = soft < ws ? soft : ws;
      if (wsStart > pos) {
        // A visible run [pos, wsStart): first the whitespace before it, if any text precedes.
        let runStart = pos;
        if (pending && text) {
          if (pending === 1 && pendingNode === node && pendingOff === pos - 1) runStart = pos - 1;
          else if (pending === 1 && pendingNode) {
            segments.push({ textStart: text.length, length: 1, node: pendingNode, nodeOffset: pendingOff });
            text += ' ';
          } else {
            segments.push({ textStart: text.length, length: 1, node: null, nodeOffset: 0 });
            text += pending === 3 ? '\n' : ' ';
          }
        }
        pending = 0;
        // Continue the previous segment when this run follows it in the same node (one segment per
        // stretch of the node, not one per word).
        const last = segments[segments.length - 1];
        if (last && last.node === node && last.nodeOffset + last.length === runStart && last.textStart + last.length === text.length) {
          last.length += wsStart - runStart;
        } else {
          segments.push({ textStart: text.length, length: wsStart - runStart, node, nodeOffset: runStart });
        }
        text += data.slice(runStart, wsStart);
        chars += wsStart - pos;
        if (piece.link) linkChars += wsStart - pos;
      }
      if (wsStart === soft && soft < ws) {
        pos = soft + 1;
        continue;
      }
      if (wsStart >= end || !m) break;
      const wsEnd = Math.min(end, m.index + m[0].length);
      if (pending === 0) {
        pending = wsEnd - wsStart === 1 && data.charCodeAt(wsStart) === 32 ? 1 : 2;
        pendingNode = node;
        pendingOff = wsStart;
      } else if (pending === 1) pending = 2;
      pos = wsEnd;
    }
  }
  return { text, segments, chars, linkChars };
}
