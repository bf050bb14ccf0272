// Is the article shown on a dark background? Walks up from the article's first element to the
// first opaque background colour and checks its luminance (0.18: where white and black text
// have equal contrast).
export function pageTheme(from: Element | null): 'light' | 'dark' {
  const win = from?.ownerDocument.defaultView;
  if (!from || !win) return 'light';
  for (let el: Element | null = from; el; el = el.parentElement) {
    const rgba = parseColor(win.getComputedStyle(el).backgroundColor);
    if (rgba && rgba[3] > 0.5) return luminance(rgba) < 0.18 ? 'dark' : 'light';
  }
  // No background set anywhere: the canvas follows the page's color-scheme.
  const scheme = win.getComputedStyle(from.ownerDocument.documentElement).colorScheme ?? '';
  return /^\s*dark/.test(scheme) ? 'dark' : 'light';
}

export function parseColor(css: string): [number, number, number, number] | null {
  const m = /^rgba?\(([^)]*)\)$/.exec(css.trim());
  if (!m) return null;
  const parts = m[1]!.split(/[\s,/]+/).filter(Boolean).map(Number);
  if (parts.length < 3 || parts.some((n) => !Number.isFinite(n))) return null;
  return [parts[0]!, parts[1]!, parts[2]!, parts[3] ?? 1];
}

/** Relative luminance (sRGB), 0 = black, 1 = white. */
export function luminance([r, g, b]: readonly number[]): number {
  const lin = (c: number) => {
    const v = c / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
}
