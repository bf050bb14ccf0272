// Memory the extension adds to a page: the same pages in Chromium with and without the test build of
// the extension (which reads 127.0.0.1 pages automatically), page scripts blocked by CSP in both so
// only the extension runs. After a forced GC, Runtime.getHeapUsage gives the renderer isolate's heap,
// which holds the page's main world and the content script's isolated world.
import { launchPlain, launchWithExtension } from './lib/chromium.mjs';
import { startPageServer } from './lib/server.mjs';
import { median, p95, round } from './lib/stats.mjs';

const CSP = "script-src 'none'";

export const waitForReading = (page, timeout = 15000) =>
  page.waitForFunction(() => document.documentElement.hasAttribute('data-sourcelight'), null, { timeout, polling: 50 })
    .then(() => true, () => false);

async function heapOf(page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const nodes = metrics.find((m) => m.name === 'Nodes')?.value ?? null;
    return { used: usedSize, nodes };
  } finally {
    await cdp.detach().catch(() => {});
  }
}

export async function benchMemory({ pages, extDir, log = () => {} }) {
  const server = await startPageServer(pages, { csp: CSP });
  const rows = pages.map((p) => ({ name: p.name }));
  try {
    // without the extension
    {
      const { context, close } = await launchPlain();
      try {
        for (const [i, p] of pages.entries()) {
          const page = await context.newPage();
          await page.goto(server.urlOf(p.name), { waitUntil: 'load', timeout: 30000 }).catch(() => {});
          await page.waitForTimeout(300);
          Object.assign(rows[i], { without: await heapOf(page) });
          await page.close();
        }
      } finally { await close(); }
    }
    // with the extension
    {
      const ext = await launchWithExtension(extDir);
      try {
        for (const [i, p] of pages.entries()) {
          const page = await ext.context.newPage();
          await page.goto(server.urlOf(p.name), { waitUntil: 'load', timeout: 30000 }).catch(() => {});
          const read = await waitForReading(page);
          await page.waitForTimeout(300);
          Object.assign(rows[i], { read, with: await heapOf(page) });
          await page.close();
        }
      } finally { await ext.close(); }
    }
  } finally {
    await server.close();
  }
  const measured = rows.filter((r) => r.with && r.without && r.read);
  const added = measured.map((r) => (r.with.used - r.without.used) / 1024);
  const addedNodes = measured.map((r) => (r.with.nodes ?? 0) - (r.without.nodes ?? 0));
  log(`  memory: ${measured.length}/${rows.length} pages read by the extension`);
  return {
    pages: rows.length, read_by_extension: measured.length,
    added_kb_median: round(median(added), 1), added_kb_p95: round(p95(added), 1),
    heap_without_kb_median: round(median(measured.map((r) => r.without.used / 1024)), 1),
    added_dom_nodes_median: median(addedNodes),
    perPage: rows,
  };
}
