// The legend of the page's highlight kinds: what each is called, and its swatch drawn with the very
// declarations the page highlights use (read from src/page/highlight/highlight-styles.ts, so the
// two cannot drift apart).
import { highlightCss, highlightName } from '../../../page/highlight/highlight-styles.ts';
import type { MessageKey } from '../../../page/card/localizer.ts';
import type { HighlightKind } from '../../shared/messages.ts';

export interface LegendEntry {
  kind: HighlightKind;
  /** The chip's words (the kinds of statement as the card and the source lists name them). */
  label: MessageKey;
}

export const HIGHLIGHT_LEGEND: LegendEntry[] = [
  { kind: 'direct', label: 'legendDirect' },
  { kind: 'partial', label: 'legendPartial' },
  { kind: 'indirect', label: 'legendIndirect' },
  { kind: 'source', label: 'legendSource' },
  { kind: 'cue', label: 'legendCue' },
  { kind: 'leader', label: 'legendLeader' },
];

const cache = new Map<string, Record<string, string>>();

/** The CSS declarations of each kind's ::highlight() rule in the page, for one theme. */
export function highlightDeclarations(theme: 'light' | 'dark'): Record<string, string> {
  let out = cache.get(theme);
  if (out) return out;
  out = {};
  for (const line of highlightCss(theme).split('\n')) {
    // "::highlight(sourcelight-direct) { background-color: …; }"
    const open = line.indexOf('{');
    const close = line.lastIndexOf('}');
    if (open < 0 || close < open) continue;
    for (const { kind } of HIGHLIGHT_LEGEND) {
      if (line.startsWith(`::highlight(${highlightName(kind)})`)) out[kind] = line.slice(open + 1, close).trim();
    }
  }
  cache.set(theme, out);
  return out;
}
