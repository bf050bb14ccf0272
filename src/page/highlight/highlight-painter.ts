// Paints planned spans with the CSS Custom Highlight API: one named Highlight per kind
// (`sourcelight-direct`, …). The page's DOM is not touched. A painting is built off-screen
// (begin → add… → commit) and replaces the one shown in one step: a second reading never leaves
// duplicates behind, and the highlights do not blink while it is painted in slices.
import type { TextMap } from '../text-map.ts';
import { HIGHLIGHT_KINDS, type HighlightKind, type PlannedSpan } from './highlight-plan.ts';
import { HIGHLIGHT_PRIORITY, highlightCss, highlightName } from './highlight-styles.ts';
import { installStyles, type InstalledStyles } from './install-styles.ts';

export interface PaintedSpan extends PlannedSpan {
  ranges: Range[];
}

export function highlightsSupported(win: Window & typeof globalThis = window): boolean {
  return typeof win.Highlight === 'function' && !!win.CSS?.highlights;
}

export class HighlightPainter {
  private readonly win: Window & typeof globalThis;
  /** The highlights shown (registered in CSS.highlights when their kind is visible). */
  private readonly highlights = new Map<HighlightKind | 'flash', Highlight>();
  /** A painting in progress: shown all at once by commit(), so a re-read never blinks. */
  private pending: Map<HighlightKind, Highlight> | null = null;
  private pendingPainted: PaintedSpan[] = [];
  private readonly visible: Record<HighlightKind, boolean>;
  private styles: InstalledStyles | null = null;
  private flashTimer: ReturnType<typeof setTimeout> | undefined;
  /** The spans shown, with their ranges (hit-testing reads these). */
  painted: PaintedSpan[] = [];

  constructor(private readonly doc: Document, visible?: Partial<Record<HighlightKind, boolean>>) {
    this.win = doc.defaultView as Window & typeof globalThis;
    this.visible = { direct: true, partial: true, indirect: true, source: true, cue: true, leader: true, ...visible };
  }

  get supported(): boolean {
    return highlightsSupported(this.win);
  }

  /** Start a new painting in `theme`; what is shown stays until commit(). */
  begin(theme: 'light' | 'dark'): void {
    if (!this.supported) return;
    if (!this.styles) this.styles = installStyles(this.doc, highlightCss(theme));
    else this.styles.update(highlightCss(theme));
    this.pending = new Map();
    this.pendingPainted = [];
  }

  /** Add spans to the painting begun (call repeatedly to paint in slices). Spans that map to no text are dropped. */
  add(spans: readonly PlannedSpan[], map: TextMap): void {
    if (!this.supported || !this.pending) return;
    for (const s of spans) {
      const ranges = map.rangesFor(s.start, s.end);
      if (!ranges.length) continue;
      let h = this.pending.get(s.kind);
      if (!h) {
        h = new this.win.Highlight();
        h.priority = HIGHLIGHT_PRIORITY[s.kind];
        this.pending.set(s.kind, h);
      }
      for (const r of ranges) h.add(r);
      this.pendingPainted.push({ ...s, ranges });
    }
  }

  /** Show the painting begun, replacing what was shown (never both: no duplicates). */
  commit(): void {
    if (!this.supported || !this.pending) return;
    for (const k of HIGHLIGHT_KINDS) {
      const next = this.pending.get(k);
      if (next) this.highlights.set(k, next);
      else this.highlights.delete(k);
      if (next && this.visible[k]) this.win.CSS.highlights.set(highlightName(k), next);
      else this.win.CSS.highlights.delete(highlightName(k));
    }
    this.painted = this.pendingPainted;
    this.pending = null;
    this.pendingPainted = [];
  }

  /** Remove what is shown at once (a new page in a single-page app), keeping the stylesheet. */
  clear(): void {
    this.pending = null;
    this.pendingPainted = [];
    this.painted = [];
    if (!this.supported) return;
    for (const k of HIGHLIGHT_KINDS) {
      this.highlights.delete(k);
      this.win.CSS.highlights.delete(highlightName(k));
    }
  }

  counts(): Record<HighlightKind, number> {
    const c = { direct: 0, partial: 0, indirect: 0, source: 0, cue: 0, leader: 0 };
    for (const p of this.painted) c[p.kind]++;
    return c;
  }

  setVisible(kinds: Partial<Record<HighlightKind, boolean>>): void {
    Object.assign(this.visible, kinds);
    if (!this.supported) return;
    for (const k of HIGHLIGHT_KINDS) {
      const h = this.highlights.get(k);
      if (!h) continue;
      if (this.visible[k]) this.win.CSS.highlights.set(highlightName(k), h);
      else this.win.CSS.highlights.delete(highlightName(k));
    }
  }

  isVisible(kind: HighlightKind): boolean {
    return this.visible[kind];
  }

  /** Briefly mark ranges (after scrolling to them). */
  flash(ranges: readonly Range[], ms = 1500): void {
    if (!this.supported) return;
    const h = this.highlight('flash');
    h.clear();
    for (const r of ranges) h.add(r);
    clearTimeout(this.flashTimer);
    this.flashTimer = setTimeout(() => h.clear(), ms);
  }

  /** Remove every highlight and the stylesheet. */
  destroy(): void {
    clearTimeout(this.flashTimer);
    if (this.supported) for (const k of this.highlights.keys()) this.win.CSS.highlights.delete(highlightName(k));
    this.highlights.clear();
    this.pending = null;
    this.pendingPainted = [];
    this.painted = [];
    this.styles?.remove();
    this.styles = null;
  }

  private highlight(kind: 'flash'): Highlight {
    let h = this.highlights.get(kind);
    if (!h) {
      h = new this.win.Highlight();
      h.priority = HIGHLIGHT_PRIORITY[kind];
      this.highlights.set(kind, h);
      this.win.CSS.highlights.set(highlightName(kind), h);
    }
    return h;
  }
}
