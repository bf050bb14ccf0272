// @vitest-environment happy-dom
import { beforeEach, describe, expect, test } from 'vitest';
import { HighlightPainter } from '../../../src/page/highlight/highlight-painter.ts';
import { planHighlights } from '../../../src/page/highlight/highlight-plan.ts';
import { TextMap } from '../../../src/page/text-map.ts';
import type { TextSegment } from '../../../src/page/types.ts';
import { ARTICLE, analysis } from '../fixtures-analysis.ts';

// happy-dom has no CSS Custom Highlight API: a minimal stand-in with the same shape.
class FakeHighlight extends Set<Range> { priority = 0; }
function installFakeHighlights() {
  const registry = new Map<string, FakeHighlight>();
  Object.assign(window, { Highlight: FakeHighlight });
  // happy-dom's window.CSS is a getter that makes a new object each time: replace it
  Object.defineProperty(window, 'CSS', { value: { highlights: registry }, configurable: true });
  return registry;
}

function articlePage(): TextMap {
  document.body.innerHTML = ARTICLE.split('\n\n').map((p) => `<p>${p}</p>`).join('');
  const segments: TextSegment[] = [];
  let at = 0;
  for (const p of Array.from(document.querySelectorAll('p'))) {
    if (at) { segments.push({ textStart: at, length: 2, node: null, nodeOffset: 0 }); at += 2; }
    const t = p.firstChild as Text;
    segments.push({ textStart: at, length: t.data.length, node: t, nodeOffset: 0 });
    at += t.data.length;
  }
  return new TextMap(segments);
}

describe('HighlightPainter', () => {
  let registry: Map<string, FakeHighlight>;
  beforeEach(() => { registry = installFakeHighlights(); });

  test('one named highlight per kind, with the planned text', () => {
    const map = articlePage();
    const p = new HighlightPainter(document);
    p.begin('light');
    p.add(planHighlights(analysis(), ARTICLE.length), map);
    expect(registry.size).toBe(0); // nothing shown before commit
    p.commit();
    expect([...registry.keys()].every((k) => k.startsWith('sourcelight-'))).toBe(true);
    expect([...registry.get('sourcelight-direct')!].map(String)).toEqual(['“This line joins two towns that waited thirty years,”', '“We will watch the costs,”']);
    expect(registry.get('sourcelight-leader')!.priority).toBeGreaterThan(registry.get('sourcelight-direct')!.priority);
    expect(p.counts()).toEqual({ direct: 2, partial: 1, indirect: 1, source: 4, cue: 4, leader: 2 });
  });

  test('painting again replaces, never duplicates', () => {
    const map = articlePage();
    const p = new HighlightPainter(document);
    for (let i = 0; i < 3; i++) {
      p.begin('light');
      p.add(planHighlights(analysis(), ARTICLE.length), map);
      if (i > 0) expect(registry.get('sourcelight-direct')!.size).toBe(2); // the old painting stays shown meanwhile
      p.commit();
    }
    expect(registry.get('sourcelight-direct')!.size).toBe(2);
    expect(p.painted).toHaveLength(14);
  });

  test('kinds can be hidden and shown; destroy removes everything', () => {
    const map = articlePage();
    const p = new HighlightPainter(document, { cue: false });
    p.begin('dark');
    p.add(planHighlights(analysis(), ARTICLE.length), map);
    p.commit();
    expect(registry.has('sourcelight-cue')).toBe(false);
    p.setVisible({ cue: true, direct: false });
    expect(registry.has('sourcelight-cue')).toBe(true);
    expect(registry.has('sourcelight-direct')).toBe(false);
    p.clear();
    expect(registry.has('sourcelight-source')).toBe(false);
    expect(p.painted).toEqual([]);
    p.destroy();
    expect([...registry.keys()].filter((k) => k.startsWith('sourcelight-'))).toEqual([]);
  });
});
