// The legend of the page's highlight kinds: what each is called and its swatch colour.
// The colours must match the page highlights (src/page/highlight); see the note there.
import type { HighlightKind } from '../../shared/messages.ts';

export interface LegendEntry {
  kind: HighlightKind;
  label: string;
  /** Swatch background, as painted in the page. */
  color: string;
  /** How the page marks it, for the swatch: a fill or an underline. */
  style: 'fill' | 'underline';
}

export const HIGHLIGHT_LEGEND: LegendEntry[] = [
  { kind: 'direct', label: 'Quotes', color: '#ffd54f', style: 'fill' },
  { kind: 'partial', label: 'Partial', color: '#ffe9a8', style: 'fill' },
  { kind: 'indirect', label: 'Reported', color: '#cfe3ff', style: 'fill' },
  { kind: 'source', label: 'Sources', color: '#2e9d5b', style: 'underline' },
  { kind: 'cue', label: 'Cues', color: '#8e63ce', style: 'underline' },
  { kind: 'leader', label: 'Leaders', color: '#e05a47', style: 'underline' },
];
