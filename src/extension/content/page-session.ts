// One reading session in one page: extract → analyze → paint, in slices; clicks on highlights
// open the card; later content is read again; teardown removes everything. Every listener hangs
// on one AbortSignal, so teardown (or a second injection's refusal) leaves nothing behind.
import type { Analysis } from '../../core/index.ts';
import type { Entity } from '../../core/types.ts';
import type { AlsoQuotedView } from '../../page/card/also-quoted.ts';
import type { CardModel } from '../../page/card/card-model.ts';
import { extractArticle } from '../../page/extract/extract-article.ts';
import { TextMap } from '../../page/text-map.ts';
import { planHighlights, type HighlightKind } from '../../page/highlight/highlight-plan.ts';
import { HighlightPainter } from '../../page/highlight/highlight-painter.ts';
import { hitTest } from '../../page/highlight/hit-test.ts';
import { pageTheme } from '../../page/highlight/page-theme.ts';
import { buildCardModel, readingOrder } from '../../page/card/card-model.ts';
import { SourcelightCard } from '../../page/card/sourcelight-card.ts';
import type { Box } from '../../page/card/place-card.ts';
import type { Reading } from '../shared/messages.ts';
import { browserLocalizer, type Localizer } from '../shared/i18n.ts';
import { TaskStats } from './task-stats.ts';
import { watchPage } from './watch-page.ts';
import { afterNextFrame, yieldToMain } from './yield-to-main.ts';
import { analyzeOffThread } from './analyze-off-thread.ts';

const PAINT_SLICE_MS = 8; // a paint slice stops after this long, then yields

export interface SessionOptions {
  kinds?: Partial<Record<HighlightKind, boolean>>;
  /** The parser. Default: the background's (off the page's main thread, and not in the injected
   *  script at all, which keeps what every page loads small). Tests may pass the core's analyze. */
  analyze?: (text: string, published: string | null, lang: string | null) => Promise<Analysis>;
  /** Called after every (re)paint, e.g. to report state in test builds and record the reading. */
  onPainted?(s: PageSession): void;
  /** The card's words (default: the browser's i18n). */
  localizer?: Localizer;
  /** The reading journal: where else this speaker was quoted (for the card), and opening it. */
  alsoQuoted?(entity: Entity): Promise<AlsoQuotedView | null>;
  openJournal?(person: string): void;
}

export class PageSession {
  readonly ac = new AbortController();
  readonly stats = new TaskStats();
  readonly painter: HighlightPainter;
  readonly card: SourcelightCard;
  reading: Reading | null = null;
  analysis: Analysis | null = null;
  /** For tests: an analysis to paint instead of the parser's (test builds only). */
  analysisOverride: Analysis | null = null;
  map: TextMap | null = null;
  theme: 'light' | 'dark' = 'light';
  readings = 0;
  private generation = 0;
  private unchangedStreak = 0;
  private busy: Promise<void> = Promise.resolve();

  get painterDocument(): Document {
    return this.doc;
  }

  constructor(private readonly doc: Document, private readonly opts: SessionOptions = {}) {
    this.painter = new HighlightPainter(doc, opts.kinds);
    this.card = new SourcelightCard(doc, {
      onStep: (d) => this.step(d),
      onSelect: (i) => this.openAttribution(i, { scroll: true }),
      onOpenJournal: (person) => this.opts.openJournal?.(person),
    }, opts.localizer ?? browserLocalizer());
  }

  get signal(): AbortSignal {
    return this.ac.signal;
  }

  start(): Promise<void> {
    if (this.signal.aborted) return Promise.resolve();
    const signal = this.signal;
    const win = this.doc.defaultView!;
    this.doc.addEventListener('click', (e) => this.onClick(e), { signal, passive: true });
    win.addEventListener('keydown', (e) => {
      // The same key as the browser command (manifest "next-quote"), for when the page has focus
      // and the command did not take it.
      if (e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyQ') {
        e.preventDefault();
        this.step(1);
      }
    }, { signal, capture: true });
    watchPage(this.doc, {
      signal,
      isOurs: (n) => n === this.card.host || this.card.host.contains(n),
      onChange: () => void this.refresh(),
      // A page that keeps changing without changing its article (tickers, ads) is re-read less often.
      quietMs: () => Math.min(500 * 2 ** this.unchangedStreak, 10_000),
      maxWaitMs: () => Math.min(2500 * 2 ** this.unchangedStreak, 20_000),
      onNavigate: () => {
        // A new page in a single-page app: what we painted belongs to the old one.
        this.card.close(false);
        this.painter.clear();
        this.reading = null;
        this.unchangedStreak = 0;
      },
    });
    return this.refresh();
  }

  /** Resolves once the reading in progress (if any) has been painted. */
  ready(): Promise<void> {
    return this.busy;
  }

  /** Read the page again; repaint only when the article changed. Runs one at a time. */
  refresh(): Promise<void> {
    this.busy = this.busy.then(() => this.readAndPaint()).catch((err) => {
      // Never an error in the page's console from us; keep the reason for the popup.
      if (this.reading) this.reading.reason = `error: ${err instanceof Error ? err.message : String(err)}`;
    });
    return this.busy;
  }

  private async readAndPaint(): Promise<void> {
    if (this.signal.aborted) return;
    const gen = ++this.generation;
    const t0 = performance.now();
    // Every synchronous stretch between two awaits runs inside stats.run: that is one task of ours.
    let t1 = 0;
    const { art, same } = this.stats.run(() => {
      const art = extractArticle(this.doc, this.doc.location.href);
      t1 = performance.now();
      const same = !!this.reading && this.reading.url === this.doc.location.href && this.reading.text === art.text
        && !!this.map?.isConnected() && !this.overrideChanged;
      return { art, same };
    }, 'extract');
    if (same) {
      this.unchangedStreak++;
      return;
    }
    this.unchangedStreak = 0;
    await yieldToMain();
    if (this.signal.aborted || gen !== this.generation) return;
    const t2 = performance.now();
    const analysis = this.analysisOverride ?? (this.opts.analyze
      ? await this.opts.analyze(art.text, art.published, art.lang)
      : await analyzeOffThread(art.text, art.published, art.lang));
    this.overrideChanged = false;
    const t3 = performance.now();
    await yieldToMain();
    if (this.signal.aborted || gen !== this.generation) return;

    const t4 = performance.now();
    const { map, plan } = this.stats.run(() => ({
      map: new TextMap(art.segments),
      plan: planHighlights(analysis, art.text.length),
    }), 'prepare');
    await yieldToMain();
    if (this.signal.aborted || gen !== this.generation) return;
    // Reading a computed style flushes the page's pending style work: do it just after a frame has
    // been rendered (styles clean, the read is cheap), in its own task.
    await afterNextFrame();
    if (this.signal.aborted || gen !== this.generation) return;
    const first = art.segments.find((s) => s.node)?.node?.parentElement ?? this.doc.body;
    this.stats.run(() => { this.theme = pageTheme(first); }, 'theme');
    await yieldToMain();
    if (this.signal.aborted || gen !== this.generation) return;
    this.stats.run(() => this.painter.begin(this.theme), 'reset');
    // Paint in time slices: ranges are cheap in Chromium, dearer in Firefox (each add invalidates).
    for (let i = 0; i < plan.length;) {
      await yieldToMain();
      if (this.signal.aborted || gen !== this.generation) return;
      this.stats.run(() => {
        const until = performance.now() + PAINT_SLICE_MS;
        do {
          this.painter.add(plan.slice(i, i + 1), map);
          i += 1;
        } while (i < plan.length && performance.now() < until);
      }, 'paint');
    }
    this.stats.run(() => {
      this.card.close(false); // it pointed at the old ranges
      this.painter.commit();
    }, 'commit');
    const t5 = performance.now();
    this.stats.run(() => this.publish(art, analysis, map, { extractMs: t1 - t0, analyzeMs: t3 - t2, paintMs: t5 - t4, startedAt: t0 }), 'publish');
    this.opts.onPainted?.(this);
  }

  private publish(art: ReturnType<typeof extractArticle>, analysis: Analysis, map: TextMap, t: { extractMs: number; analyzeMs: number; paintMs: number; startedAt: number }): void {
    this.map = map;
    this.analysis = analysis;
    this.readings++;
    this.reading = {
      url: this.doc.location.href, title: art.title, byline: art.byline, published: art.published,
      publishedSource: art.publishedSource, siteName: art.siteName, text: art.text,
      found: art.text.length > 0, ...('reason' in art ? { reason: String((art as { reason: unknown }).reason) } : {}),
      ...analysis,
      timings: { ...t, paintedAt: performance.now(), longestTaskMs: this.stats.longestMs, longestTaskByStage: { ...this.stats.longestBy } },
      painted: this.painter.counts(),
    };
  }

  private overrideChanged = false;

  /** Test builds: paint this analysis instead of the parser's (null: back to the parser). */
  setAnalysisOverride(a: Analysis | null): Promise<void> {
    this.analysisOverride = a;
    this.overrideChanged = true;
    return this.refresh();
  }

  setKinds(kinds: Partial<Record<HighlightKind, boolean>>): void {
    this.painter.setVisible(kinds);
    const m = this.card.model;
    if (m && m.current !== null) {
      const a = this.analysis?.attributions[m.current];
      if (a && !this.painter.isVisible(a.kind === 'direct' ? 'direct' : a.kind === 'indirect' ? 'indirect' : 'partial')) this.card.close();
    }
  }

  /** Ranges painted for an attribution's content (the text its card explains). */
  private rangesOfAttribution(i: number, withSourceAndCue = false): Range[] {
    return this.painter.painted
      .filter((p) => p.attribution === i && (withSourceAndCue || (p.kind !== 'source' && p.kind !== 'cue')))
      .flatMap((p) => p.ranges);
  }

  private onClick(e: MouseEvent): void {
    if (e.button !== 0 || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey || !this.map || !this.analysis) return;
    const t = e.target as Node | null;
    if (t && (t === this.card.host || this.card.host.contains(t))) return;
    const sel = this.doc.getSelection();
    if (sel && !sel.isCollapsed && sel.toString().trim()) return; // the reader is selecting text
    const hit = hitTest(this.doc, this.map, this.painter.painted, e.clientX, e.clientY, (s) => this.painter.isVisible(s.kind));
    if (!hit) {
      if (this.card.isOpen) this.card.close(false);
      return;
    }
    if (hit.span.kind === 'leader' && hit.span.entity) this.openEntity(hit.span.entity, [hit.range], e.clientX);
    else if (hit.span.attribution !== null) this.openAttribution(hit.span.attribution, { anchorX: e.clientX });
  }

  openAttribution(i: number, o: { scroll?: boolean; anchorX?: number } = {}): boolean {
    if (!this.analysis || !this.reading) return false;
    const model = buildCardModel(this.analysis, this.reading.text, { attribution: i });
    if (!model) return false;
    const ranges = this.rangesOfAttribution(i, true);
    const content = this.rangesOfAttribution(i);
    if (o.scroll && content[0]) this.scrollToRange(content[0], content);
    this.card.open(model, { rects: () => boxes(ranges), anchorX: o.anchorX }, this.theme);
    this.askJournal(model, this.analysis.attributions[i]?.speaker ?? null);
    return true;
  }

  /** Add the journal's "also quoted" line once the background answers (the card opens at once). */
  private askJournal(model: CardModel, entityId: string | null): void {
    const entity = entityId ? this.analysis?.entities.find((e) => e.id === entityId) : undefined;
    if (!entity || !this.opts.alsoQuoted) return;
    this.opts.alsoQuoted(entity).then((info) => this.card.setAlso(model, info), () => {});
  }

  private openEntity(id: string, ranges: Range[], anchorX?: number): void {
    if (!this.analysis || !this.reading) return;
    const model = buildCardModel(this.analysis, this.reading.text, { entity: id });
    if (!model) return;
    this.card.open(model, { rects: () => boxes(ranges), anchorX }, this.theme);
    this.askJournal(model, id);
  }

  /** Previous/next quote in reading order; opens its card and brings it into view. */
  step(direction: 1 | -1): void {
    if (!this.analysis) return;
    const order = readingOrder(this.analysis).filter((i) => this.rangesOfAttribution(i).length > 0);
    if (!order.length) return;
    const cur = this.card.model?.current ?? null;
    const at = cur === null ? -1 : order.indexOf(cur);
    const next = at === -1 ? (direction === 1 ? 0 : order.length - 1) : (at + direction + order.length) % order.length;
    this.openAttribution(order[next]!, { scroll: true });
  }

  scrollToSpan(start: number, end: number): boolean {
    const ranges = this.map?.rangesFor(start, end) ?? [];
    if (!ranges[0]) return false;
    this.scrollToRange(ranges[0], ranges);
    return true;
  }

  private scrollToRange(first: Range, flash: Range[]): void {
    const win = this.doc.defaultView!;
    const r = first.getBoundingClientRect();
    if (r.top < 0 || r.bottom > win.innerHeight) {
      const el = first.startContainer.parentElement;
      // nearest: scrolls any scrolling ancestor; then centre the text itself in the window
      el?.scrollIntoView({ block: 'nearest' });
      const r2 = first.getBoundingClientRect();
      win.scrollBy({ top: r2.top - win.innerHeight / 3, behavior: 'instant' as ScrollBehavior });
    }
    this.painter.flash(flash);
  }

  /** Remove every highlight, the card, and every listener. */
  teardown(): void {
    this.ac.abort();
    this.generation++;
    this.card.close(false);
    this.painter.destroy();
    this.map = null;
  }
}

function boxes(ranges: readonly Range[]): Box[] {
  const out: Box[] = [];
  for (const r of ranges) for (const b of Array.from(r.getClientRects())) if (b.width > 0 || b.height > 0) out.push(b);
  return out;
}

