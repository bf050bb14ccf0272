// What the tests look at in a page, from the page's own world (the CSS highlight registry and the
// DOM are shared with the content script's world in both browsers). The content script's test hook
// (src/extension/content/test-hook.ts, test builds only) reports on <html data-sourcelight-*>.

/** Wait until the content script has painted `readings` times (1 = the first reading). */
export async function waitForPainted(page, readings = 1, timeout = 30000) {
  await page.waitFor((n) => Number(document.documentElement.dataset.sourcelightReadings ?? 0) >= n, readings, timeout);
}

/** The content script's own account: { reading, tabId, theme, cardOpen, painted: [{ kind, start, end, texts }] }. */
export async function dump(page) {
  return page.evaluate(() => {
    dispatchEvent(new Event('sourcelight-test-dump'));
    return JSON.parse(document.documentElement.dataset.sourcelightDump ?? 'null');
  });
}

/**
 * What is really registered in CSS.highlights under `sourcelight-*`, read independently of the
 * content script: for each name, the text of each range and whether it lies inside `within`.
 */
export async function registry(page, within = null) {
  return page.evaluate((sel) => {
    const root = sel ? document.querySelector(sel) : null;
    const out = {};
    if (!globalThis.CSS?.highlights) return out;
    for (const [name, h] of CSS.highlights) {
      if (!name.startsWith('sourcelight-')) continue;
      out[name] = [...h].map((r) => ({
        text: r.toString(),
        inside: root ? root.contains(r.commonAncestorContainer) : null,
      }));
    }
    return out;
  }, within);
}

/**
 * Scroll the `nth` occurrence of `needle` (page text, within `scope`) into view and return the
 * client point at the middle of its first line, for a real mouse click. null when not found.
 */
export async function pointOfText(page, needle, { scope = 'body', nth = 0 } = {}) {
  return page.evaluate(([needle, scope, nth]) => {
    const root = document.querySelector(scope) ?? document.body;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let seen = 0;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      let i = n.data.indexOf(needle);
      while (i >= 0) {
        if (seen++ === nth) {
          const r = document.createRange();
          const mid = Math.min(n.data.length, i + Math.max(1, Math.min(needle.length, 12)));
          r.setStart(n, i + Math.min(2, needle.length - 1));
          r.setEnd(n, mid);
          n.parentElement.scrollIntoView({ block: 'center', behavior: 'instant' });
          const b = r.getClientRects()[0];
          return b ? { x: b.left + b.width / 2, y: b.top + b.height / 2 } : null;
        }
        i = n.data.indexOf(needle, i + 1);
      }
    }
    return null;
  }, [needle, scope, nth]);
}

/** The open card, read from its shadow root (null when none is in the page). */
export async function cardState(page) {
  return page.evaluate(() => {
    const host = document.querySelector('sourcelight-card');
    if (!host) return null;
    const root = host.shadowRoot;
    const r = host.getBoundingClientRect();
    const q = (s) => root?.querySelector(s)?.textContent ?? null;
    return {
      hasShadow: !!root,
      shadowMode: root?.mode ?? null,
      name: q('h2'),
      badge: q('.badge'),
      meta: q('#sl-meta'),
      position: q('.pos'),
      quotes: [...(root?.querySelectorAll('.quote') ?? [])].map((b) => b.textContent),
      current: root?.querySelector('.quote[aria-current=true]')?.textContent ?? null,
      role: root?.querySelector('[role=dialog]')?.getAttribute('aria-labelledby') ?? null,
      focusInside: document.activeElement === host,
      side: host.dataset.side ?? null,
      rect: { left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: r.width, height: r.height },
      viewport: { width: document.documentElement.clientWidth, height: innerHeight },
    };
  });
}

/** Client rects of every range painted under `name` whose text includes `needle`. */
export async function rectsOfPainted(page, name, needle) {
  return page.evaluate(([name, needle]) => {
    const h = CSS.highlights.get(name);
    if (!h) return [];
    return [...h].filter((r) => r.toString().includes(needle))
      .flatMap((r) => [...r.getClientRects()].map((b) => ({ left: b.left, top: b.top, right: b.right, bottom: b.bottom })));
  }, [name, needle]);
}

/** Test builds: paint `analysis` instead of the parser's (null: back to the parser). */
export async function setAnalysis(page, analysis) {
  await page.evaluate((json) => {
    const root = document.documentElement;
    if (json) root.setAttribute('data-sourcelight-test-analysis', json);
    else root.removeAttribute('data-sourcelight-test-analysis');
    dispatchEvent(new Event('sourcelight-test-analysis'));
  }, analysis ? JSON.stringify(analysis) : null);
}

export const overlaps = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Requests that went anywhere but 127.0.0.1 (data:, blob: and about: are not requests out). */
export const offMachine = (urls) => urls.filter((u) => !/^(https?:\/\/127\.0\.0\.1[:/]|data:|blob:|about:)/.test(u));
