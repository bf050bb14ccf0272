// Test builds only (dist/*-test): lets the end-to-end tests see and steer the session from the
// page's own world, where they run. Store builds never call this, and never touch the page's DOM
// for reporting. Protocol (all on <html>):
//   data-sourcelight="painted" + data-sourcelight-readings=<n>   after every (re)paint
//   dispatchEvent(new Event('sourcelight-test-dump'))  → data-sourcelight-dump = JSON
//       { reading, tabId, painted: [{ kind, start, end, attribution, entity, texts }] } (synchronous)
//   data-sourcelight-test-analysis = JSON Analysis, then dispatchEvent(new Event('sourcelight-test-analysis'))
//       → that analysis is painted instead of the parser's (attribute removed: back to the parser)
import type { Analysis } from '../../core/index.ts';
import type { PageSession } from './page-session.ts';

export function reportPainted(s: PageSession): void {
  const d = s.painterDocument.documentElement.dataset;
  d.sourcelight = 'painted';
  d.sourcelightReadings = String(s.readings);
}

export function installTestHook(s: PageSession, tabId: () => number | null): void {
  const doc = s.painterDocument;
  const win = doc.defaultView!;
  const root = doc.documentElement;
  win.addEventListener('sourcelight-test-dump', () => {
    root.dataset.sourcelightDump = JSON.stringify({
      reading: s.reading,
      tabId: tabId(),
      theme: s.theme,
      cardOpen: s.card.isOpen,
      painted: s.painter.painted.map((p) => ({
        kind: p.kind, start: p.start, end: p.end, attribution: p.attribution, entity: p.entity,
        texts: p.ranges.map((r) => r.toString()),
      })),
    });
  }, { signal: s.signal });
  win.addEventListener('sourcelight-test-analysis', () => {
    const raw = root.getAttribute('data-sourcelight-test-analysis');
    let a: Analysis | null = null;
    try {
      a = raw ? (JSON.parse(raw) as Analysis) : null;
    } catch {
      a = null;
    }
    void s.setAnalysisOverride(a);
  }, { signal: s.signal });
  s.signal.addEventListener('abort', () => {
    for (const k of ['sourcelight', 'sourcelightReadings', 'sourcelightDump']) delete root.dataset[k];
    root.dataset.sourcelight = 'torn-down';
  }, { once: true });
}
