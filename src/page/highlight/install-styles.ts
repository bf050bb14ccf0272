// Puts the ::highlight() rules into the page. A constructed stylesheet adds no node to the
// page's DOM; where adopting one from a content script is refused, a <style> element is used.
export interface InstalledStyles {
  update(css: string): void;
  remove(): void;
}

export function installStyles(doc: Document, css: string): InstalledStyles {
  try {
    const Sheet = doc.defaultView?.CSSStyleSheet;
    if (Sheet && 'adoptedStyleSheets' in doc) {
      const sheet = new Sheet();
      sheet.replaceSync(css);
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
      if (doc.adoptedStyleSheets.includes(sheet)) {
        return {
          update: (next) => sheet.replaceSync(next),
          remove: () => { doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet); },
        };
      }
    }
  } catch {
    // fall through to a <style> element
  }
  const style = doc.createElement('style');
  style.dataset.sourcelight = 'highlights';
  style.textContent = css;
  (doc.head ?? doc.documentElement).appendChild(style);
  return {
    update: (next) => { style.textContent = next; },
    remove: () => style.remove(),
  };
}
