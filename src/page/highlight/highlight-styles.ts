// One style per kind, as ::highlight() rules. Highlights can only set colours, decoration and
// shadows; the backgrounds are translucent so the page's own text colour stays readable, and
// the decoration colours differ for light and dark pages (see page-theme.ts).
import type { HighlightKind } from './highlight-plan.ts';

export const HIGHLIGHT_PREFIX = 'sourcelight-';
export const highlightName = (kind: HighlightKind | 'flash'): string => `${HIGHLIGHT_PREFIX}${kind}`;

/** Which kinds win where spans overlap (a leader's name inside a quote shows as the leader). */
export const HIGHLIGHT_PRIORITY: Record<HighlightKind | 'flash', number> = {
  indirect: 1, partial: 2, direct: 3, cue: 4, source: 5, leader: 6, flash: 7,
};

type Palette = Record<HighlightKind | 'flash', string>;

const LIGHT: Palette = {
  direct: 'background-color: rgba(250, 204, 21, 0.45);',
  partial: 'background-color: rgba(250, 204, 21, 0.30); text-decoration: underline dotted rgb(161, 98, 7);',
  indirect: 'background-color: rgba(250, 204, 21, 0.16);',
  source: 'background-color: rgba(59, 130, 246, 0.22); text-decoration: underline solid rgb(29, 78, 216);',
  cue: 'text-decoration: underline wavy rgb(124, 58, 237);',
  leader: 'background-color: rgba(16, 185, 129, 0.28); text-decoration: underline solid rgb(4, 120, 87);',
  flash: 'background-color: rgba(249, 115, 22, 0.55);',
};

const DARK: Palette = {
  direct: 'background-color: rgba(250, 204, 21, 0.34);',
  partial: 'background-color: rgba(250, 204, 21, 0.22); text-decoration: underline dotted rgb(253, 224, 71);',
  indirect: 'background-color: rgba(250, 204, 21, 0.12);',
  source: 'background-color: rgba(96, 165, 250, 0.28); text-decoration: underline solid rgb(147, 197, 253);',
  cue: 'text-decoration: underline wavy rgb(196, 181, 253);',
  leader: 'background-color: rgba(52, 211, 153, 0.26); text-decoration: underline solid rgb(110, 231, 183);',
  flash: 'background-color: rgba(251, 146, 60, 0.5);',
};

/** The stylesheet text for one theme. */
export function highlightCss(theme: 'light' | 'dark'): string {
  const p = theme === 'dark' ? DARK : LIGHT;
  return (Object.keys(p) as (keyof Palette)[])
    .map((k) => `::highlight(${highlightName(k)}) { ${p[k]} }`)
    .join('\n');
}
