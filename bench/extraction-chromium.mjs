// Finding the article in Chromium: extractArticle vs Readability (on a clone of the document), per page,
// in the same browser and the same run. Pages are served from 127.0.0.1 with page scripts disabled;
// requests off the machine are aborted.
import { readFileSync } from 'node:fs';
import { launchPlain } from './lib/chromium.mjs';
import { startPageServer } from './lib/server.mjs';
import { median, p95, round } from './lib/stats.mjs';

// Runs inside the page. Alternates the two extractors so drift on a noisy machine hits both alike.
function measureInPage(reps) {
  const { extractArticle, Readability } = globalThis.__slBench;
  const now = () => performance.now();
  const out = { ours: [], readability: [], readabilityClone: [], oursChars: 0, readabilityChars: 0, error: null };
  const ours = () => extractArticle(document, location.href);
  const theirs = () => {
    const t0 = now();
    const clone = document.cloneNode(true);
    const t1 = now();
    const r = new Readability(clone).parse();
    const t2 = now();
    return { r, clone: t1 - t0, parse: t2 - t1 };
  };
  try {
    // warm-up (not timed)
    out.oursChars = ours().text.length;
    out.readabilityChars = theirs().r?.textContent?.length ?? 0;
    for (let i = 0; i < reps; i++) {
      const t0 = now();
      ours();
      out.ours.push(now() - t0);
      const t = theirs();
      out.readability.push(t.parse);
      out.readabilityClone.push(t.parse + t.clone);
    }
  } catch (err) {
    out.error = String(err && err.stack || err).slice(0, 500);
  }
  return out;
}

export async function benchExtractionChromium({ pages, bundlePath, reps = 5, log = () => {} }) {
  const bundle = readFileSync(bundlePath, 'utf8');
  const inject = `globalThis.__slBench = (() => { ${bundle}; return __slBench; })();`;
  const server = await startPageServer(pages);
  const { context, close } = await launchPlain({ javaScriptEnabled: false });
  const page = await context.newPage();
  const perPage = [];
  try {
    for (const [i, p] of pages.entries()) {
      try {
        await page.goto(server.urlOf(p.name), { waitUntil: 'load', timeout: 30000 });
        await page.evaluate(inject);
        const m = await page.evaluate(measureInPage, reps);
        perPage.push({
          name: p.name, ours_ms: median(m.ours), readability_ms: median(m.readability),
          readability_with_clone_ms: median(m.readabilityClone), ours_chars: m.oursChars,
          readability_chars: m.readabilityChars, error: m.error,
        });
      } catch (err) {
        perPage.push({ name: p.name, error: String(err?.message ?? err).slice(0, 300) });
      }
      if ((i + 1) % 25 === 0) log(`  chromium extraction: ${i + 1}/${pages.length}`);
    }
  } finally {
    await close();
    await server.close();
  }
  return summarizeExtraction(perPage);
}

export function summarizeExtraction(perPage) {
  const ok = perPage.filter((r) => !r.error && Number.isFinite(r.ours_ms));
  const col = (k) => ok.map((r) => r[k]);
  const s = {
    pages: perPage.length, measured: ok.length, errors: perPage.filter((r) => r.error).map((r) => ({ name: r.name, error: r.error })),
    ours_median_ms: round(median(col('ours_ms')), 3), ours_p95_ms: round(p95(col('ours_ms')), 3),
    readability_median_ms: round(median(col('readability_ms')), 3), readability_p95_ms: round(p95(col('readability_ms')), 3),
    readability_with_clone_median_ms: round(median(col('readability_with_clone_ms')), 3),
    // ratio of the medians, and the median of the per-page ratios (same page, same moment)
    ratio_median: round(median(col('ours_ms')) / median(col('readability_ms')), 3),
    ratio_p95: round(p95(col('ours_ms')) / p95(col('readability_ms')), 3),
    ratio_per_page_median: round(median(ok.map((r) => r.ours_ms / Math.max(r.readability_ms, 1e-3))), 3),
    ratio_vs_clone_and_parse_median: round(median(col('ours_ms')) / median(col('readability_with_clone_ms')), 3),
    empty_ours: ok.filter((r) => !r.ours_chars).length,
  };
  return { summary: s, perPage };
}
