// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { luminance, pageTheme, parseColor } from '../../../src/page/highlight/page-theme.ts';
import { highlightCss } from '../../../src/page/highlight/highlight-styles.ts';

describe('page theme', () => {
  test('parses computed colours', () => {
    expect(parseColor('rgb(17, 24, 39)')).toEqual([17, 24, 39, 1]);
    expect(parseColor('rgba(0, 0, 0, 0)')).toEqual([0, 0, 0, 0]);
    expect(parseColor('transparent')).toBeNull();
    expect(parseColor('rgb(oops)')).toBeNull();
  });
  test('luminance orders black < grey < white', () => {
    expect(luminance([0, 0, 0])).toBe(0);
    expect(luminance([255, 255, 255])).toBeCloseTo(1);
    expect(luminance([30, 30, 30])).toBeLessThan(0.18);
  });
  test('finds the first opaque background up the tree', () => {
    document.body.innerHTML = '<div id="dark" style="background-color: rgb(17, 17, 17)"><p id="p">x</p></div><p id="q">y</p>';
    expect(pageTheme(document.getElementById('p'))).toBe('dark');
    expect(pageTheme(document.getElementById('q'))).toBe('light');
    expect(pageTheme(null)).toBe('light');
  });
  test('every kind has a rule in both themes, named sourcelight-*', () => {
    for (const t of ['light', 'dark'] as const) {
      const css = highlightCss(t);
      for (const k of ['direct', 'partial', 'indirect', 'source', 'cue', 'leader']) expect(css).toContain(`::highlight(sourcelight-${k})`);
    }
    expect(highlightCss('light')).not.toEqual(highlightCss('dark'));
  });
});
