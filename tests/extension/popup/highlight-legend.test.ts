// The legend's swatches use the page highlights' own declarations, for both page themes.
import { describe, expect, test } from 'vitest';
import { HIGHLIGHT_LEGEND, highlightDeclarations } from '../../../src/extension/popup/model/highlight-legend.ts';
import { highlightCss } from '../../../src/page/highlight/highlight-styles.ts';
import { HIGHLIGHT_KINDS } from '../../../src/page/highlight/highlight-plan.ts';
import { useTestLocale } from '../test-localizer.ts';

useTestLocale('en');

describe('highlight legend', () => {
  test('one entry per highlight kind the page paints', () => {
    expect(HIGHLIGHT_LEGEND.map((l) => l.kind).sort()).toEqual([...HIGHLIGHT_KINDS].sort());
  });
  test.each(['light', 'dark'] as const)('%s: every swatch is the page rule, word for word', (theme) => {
    const decl = highlightDeclarations(theme);
    const css = highlightCss(theme);
    for (const { kind } of HIGHLIGHT_LEGEND) {
      expect(decl[kind], kind).toMatch(/\S/);
      expect(css).toContain(`::highlight(sourcelight-${kind}) { ${decl[kind]} }`);
    }
  });
  test('the themes differ (decorations are lighter on dark pages)', () => {
    expect(highlightDeclarations('dark').leader).not.toBe(highlightDeclarations('light').leader);
  });
});
