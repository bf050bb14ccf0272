// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { TextMap } from '../../src/page/text-map.ts';
import type { TextSegment } from '../../src/page/types.ts';

/** Segments the way an extractor makes them: every text node of the chosen blocks, blank line between blocks. */
function extract(blocks: Element[], perWord = false): { text: string; segments: TextSegment[] } {
  let text = '';
  const segments: TextSegment[] = [];
  for (const b of blocks) {
    if (text) { segments.push({ textStart: text.length, length: 2, node: null, nodeOffset: 0 }); text += '\n\n'; }
    const w = document.createTreeWalker(b, 4);
    for (let n = w.nextNode() as Text | null; n; n = w.nextNode() as Text | null) {
      if (!perWord) {
        segments.push({ textStart: text.length, length: n.data.length, node: n, nodeOffset: 0 });
        text += n.data;
        continue;
      }
      // collapse whitespace: one segment per word, a separator for each run of spaces
      const re = /\S+|\s+/g;
      for (let m = re.exec(n.data); m; m = re.exec(n.data)) {
        if (/\S/.test(m[0])) segments.push({ textStart: text.length, length: m[0].length, node: n, nodeOffset: m.index });
        else segments.push({ textStart: text.length, length: 1, node: null, nodeOffset: 0 });
        text += /\S/.test(m[0]) ? m[0] : ' ';
      }
    }
  }
  return { text, segments };
}

function page(html: string) {
  document.body.innerHTML = html;
  return Array.from(document.querySelectorAll('p'));
}

const span = (text: string, s: string) => {
  const i = text.indexOf(s);
  if (i < 0) throw new Error(`not in text: ${s}`);
  return [i, i + s.length] as const;
};

describe('TextMap', () => {
  test('a span inside one text node is one range with exactly its text', () => {
    const { text, segments } = extract(page('<p>The minister said “we will build it” on Monday.</p>'));
    const map = new TextMap(segments);
    const r = map.rangesFor(...span(text, '“we will build it”'));
    expect(r.map(String)).toEqual(['“we will build it”']);
  });

  test('a span across inline elements is one range', () => {
    const { text, segments } = extract(page('<p>“We <em>will</em> build <a href="#">it</a>,” she said.</p>'));
    const r = new TextMap(segments).rangesFor(...span(text, '“We will build it,”'));
    expect(r).toHaveLength(1);
    expect(r[0]!.toString()).toBe('“We will build it,”');
  });

  test('text the extractor left out between blocks is never inside a range', () => {
    const ps = page('<p>First part of a long quote</p><div class="ad">BUY NOW</div><p>and its second part.</p>');
    const { text, segments } = extract(ps);
    const r = new TextMap(segments).rangesFor(...span(text, 'long quote\n\nand its'));
    expect(r.map(String)).toEqual(['long quote', 'and its']);
    expect(r.map(String).join('')).not.toContain('BUY');
  });

  test('blocks that follow each other directly join into one range (only whitespace between)', () => {
    const { text, segments } = extract(page('<p>One.</p>\n<p>Two.</p>'));
    const r = new TextMap(segments).rangesFor(0, text.length);
    expect(r).toHaveLength(1);
    expect(r[0]!.toString().replace(/\s+/g, ' ')).toBe('One. Two.');
  });

  test('one segment per word (collapsed whitespace) still gives one range', () => {
    const { text, segments } = extract(page('<p>Putin   wrote:\n   “a   good old friend”</p>'), true);
    expect(text).toBe('Putin wrote: “a good old friend”');
    const r = new TextMap(segments).rangesFor(...span(text, '“a good old friend”'));
    expect(r).toHaveLength(1);
    expect(r[0]!.toString()).toBe('“a   good old friend”');
  });

  test('offsetAt maps a DOM position back to the article text', () => {
    const ps = page('<p>Alpha beta</p><p>Gamma <b>delta</b></p>');
    const { text, segments } = extract(ps);
    const map = new TextMap(segments);
    const delta = ps[1]!.querySelector('b')!.firstChild!;
    expect(map.offsetAt(delta, 2)).toBe(text.indexOf('delta') + 2);
    expect(map.offsetAt(document.body, 0)).toBeNull();
    const stray = document.createTextNode('x');
    expect(map.offsetAt(stray, 0)).toBeNull();
  });

  test('calm on bad spans and changed nodes', () => {
    const ps = page('<p>Short text</p>');
    const { segments } = extract(ps);
    const map = new TextMap(segments);
    expect(map.rangesFor(5, 5)).toEqual([]);
    expect(map.rangesFor(8, 3)).toEqual([]);
    expect(map.rangesFor(-10, -2)).toEqual([]);
    expect(map.rangesFor(0, 10_000)).toHaveLength(1);
    (ps[0]!.firstChild as Text).data = 'Sh';
    expect(map.rangesFor(3, 8)).toEqual([]);
    expect(map.isConnected()).toBe(true);
    ps[0]!.remove();
    expect(map.isConnected()).toBe(false);
    expect(new TextMap([]).rangesFor(0, 5)).toEqual([]);
  });
});
