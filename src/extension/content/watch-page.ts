// Watches the live page for content that arrives later (lazy paragraphs, infinite scroll) and for
// a single-page app's navigation. Calls back once the page has been quiet for a moment (debounced,
// with a ceiling so a page that never stops changing is still re-read), ignoring our own card.
export interface WatchOptions {
  /** Our own elements: mutations inside them are not the page's. */
  isOurs(node: Node): boolean;
  onChange(): void;
  onNavigate(url: string): void;
  signal: AbortSignal;
  /** Quiet time before a re-read (read at each change: the session backs off on busy pages). */
  quietMs?: number | (() => number);
  maxWaitMs?: number | (() => number);
}

// Added or removed nodes of these kinds carry no article text (a page's scripts and ads add them all the time).
const INERT = new Set(['SCRIPT', 'STYLE', 'LINK', 'META', 'NOSCRIPT', 'IFRAME', 'IMG', 'PICTURE', 'SOURCE', 'VIDEO', 'svg', 'TEMPLATE', 'INS']);
const inert = (n: Node) => n.nodeType === 8 || (n.nodeType === 1 && INERT.has(n.nodeName)) || (n.nodeType === 3 && !(n as Text).data.trim());

export function watchPage(doc: Document, o: WatchOptions): void {
  const win = doc.defaultView!;
  const value = (v: number | (() => number) | undefined, d: number) => (typeof v === 'function' ? v() : v ?? d);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstAt = 0;
  let href = win.location.href;

  const checkUrl = () => {
    if (win.location.href === href) return false;
    href = win.location.href;
    o.onNavigate(href);
    return true;
  };
  const schedule = () => {
    const now = performance.now();
    if (!timer) firstAt = now;
    clearTimeout(timer);
    const wait = Math.max(0, Math.min(value(o.quietMs, 500), firstAt + value(o.maxWaitMs, 2500) - now));
    timer = setTimeout(() => {
      timer = undefined;
      if (!o.signal.aborted) o.onChange();
    }, wait);
  };
  const relevant = (r: MutationRecord) => {
    if (o.isOurs(r.target) || doc.head?.contains(r.target)) return false;
    if (r.type === 'characterData') return true;
    for (const n of Array.from(r.addedNodes)) if (!o.isOurs(n) && !inert(n)) return true;
    for (const n of Array.from(r.removedNodes)) if (!o.isOurs(n) && !inert(n)) return true;
    return false;
  };
  const mo = new MutationObserver((records) => {
    if (o.signal.aborted) return;
    if (checkUrl() || records.some(relevant)) schedule();
  });
  mo.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  const onNav = () => { if (checkUrl()) schedule(); };
  win.addEventListener('popstate', onNav, { signal: o.signal });
  win.addEventListener('hashchange', onNav, { signal: o.signal });
  // The Navigation API sees pushState too (where the content script's world has it).
  const nav = (win as { navigation?: EventTarget }).navigation;
  try {
    nav?.addEventListener('navigatesuccess', onNav, { signal: o.signal });
  } catch {
    // not available in this world
  }
  o.signal.addEventListener('abort', () => {
    mo.disconnect();
    clearTimeout(timer);
  }, { once: true });
}
