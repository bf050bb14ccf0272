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

const isSpace = (c: number) => c === 32 || c === 10 || c === 9 || c === 13 || c === 12 || c === 160 || c === 0x2028 || c === 0x2029 || c === 0x200b;

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
    let runStart = -1;
    const close = (i: number) => {
      segments.push({ textStart: text.length, length: i - runStart, node, nodeOffset: runStart });
      text += data.slice(runStart, i);
      runStart = -1;
    };
    for (let i = piece.start; i < piece.end; i++) {
      const c = data.charCodeAt(i);
      if (isSpace(c)) {
        if (runStart >= 0) close(i);
        if (pending === 0) {
          pending = c === 32 ? 1 : 2;
          pendingNode = node;
          pendingOff = i;
        } else if (pending === 1) pending = 2;
        continue;
      }
      chars++;
      if (piece.link) linkChars++;
      if (runStart < 0) {
        if (pending && text) {
          if (pending === 1 && pendingNode === node && pendingOff === i - 1) runStart = i - 1;
          else if (pending === 1 && pendingNode) {
            segments.push({ textStart: text.length, length: 1, node: pendingNode, nodeOffset: pendingOff });
            text += ' ';
          } else {
            segments.push({ textStart: text.length, length: 1, node: null, nodeOffset: 0 });
            text += pending === 3 ? '\n' : ' ';
          }
        }
        pending = 0;
        if (runStart < 0) runStart = i;
      }
    }
    if (runStart >= 0) close(piece.end);
  }
  return { text, segments, chars, linkChars };
}
