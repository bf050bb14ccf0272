// Finding the article in Node on linkedom documents (the command line's DOM): extractArticle vs
// Readability on a clone, per page, same run. Parsing the HTML is not timed.
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { median } from './lib/stats.mjs';
import { summarizeExtraction } from './extraction-chromium.mjs';

const now = () => performance.now();

export async function benchExtractionNode({ pages, extractArticle, reps = 3 }) {
  const perPage = [];
  for (const p of pages) {
    const row = { name: p.name, error: null };
    try {
      const { document } = parseHTML(p.html);
      const url = 'https://example.org/article';
      row.ours_chars = extractArticle(document, url).text.length; // warm-up
      let rdOk = true;
      try { row.readability_chars = new Readability(document.cloneNode(true)).parse()?.textContent?.length ?? 0; }
      catch { rdOk = false; }
      const ours = [], rd = [], rdc = [];
      for (let i = 0; i < reps; i++) {
        let t0 = now();
        extractArticle(document, url);
        ours.push(now() - t0);
        if (!rdOk) continue;
        t0 = now();
        const clone = document.cloneNode(true);
        const t1 = now();
        new Readability(clone).parse();
        const t2 = now();
        rd.push(t2 - t1);
        rdc.push(t2 - t0);
      }
      row.ours_ms = median(ours);
      row.readability_ms = rdOk ? median(rd) : NaN;
      row.readability_with_clone_ms = rdOk ? median(rdc) : NaN;
      if (!rdOk) row.readability_error = true;
    } catch (err) {
      row.error = String(err?.stack ?? err).slice(0, 300);
    }
    perPage.push(row);
  }
  return summarizeExtraction(perPage);
}
