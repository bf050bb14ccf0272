// Finding the article in Node on the command line's documents: each page is parsed by the CLI's own
// loadDocument (src/cli/load-document.ts: parse5 tree construction built as linkedom nodes, the
// browser's tree), so the Node figure is the command line's. extractArticle vs Readability on a
// clone, per page, same run; extraction time excludes parsing. The parse itself is timed too, with
// linkedom's own parser (the old CLI DOM) as the baseline: parse_median_ms / parse_linkedom_median_ms.
// empty_ours_linkedom counts the pages that come back empty on the linkedom tree (the old figure).
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { tsImport } from 'tsx/esm/api';
import { median } from './lib/stats.mjs';
import { summarizeExtraction } from './extraction-chromium.mjs';

const now = () => performance.now();
const round = (x, d = 3) => (Number.isFinite(x) ? Math.round(x * 10 ** d) / 10 ** d : null);

export async function benchExtractionNode({ pages, extractArticle, reps = 3 }) {
  const { loadDocument } = await tsImport('../src/cli/load-document.ts', import.meta.url);
  const perPage = [];
  for (const p of pages) {
    const row = { name: p.name, error: null };
    try {
      const url = 'https://example.org/article';
      let t0 = now();
      const document = loadDocument(p.html);
      row.parse_ms = now() - t0;
      t0 = now();
      const old = parseHTML(p.html).document;
      row.parse_linkedom_ms = now() - t0;
      row.ours_chars_linkedom = extractArticle(old, url).text.length;
      row.ours_chars = extractArticle(document, url).text.length; // warm-up
      let rdOk = true;
      try { row.readability_chars = new Readability(document.cloneNode(true)).parse()?.textContent?.length ?? 0; }
      catch { rdOk = false; }
      const ours = [], rd = [], rdc = [];
      for (let i = 0; i < reps; i++) {
        t0 = now();
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
  const r = summarizeExtraction(perPage);
  const ok = perPage.filter((x) => !x.error && Number.isFinite(x.parse_ms));
  const parse = median(ok.map((x) => x.parse_ms));
  const parseOld = median(ok.map((x) => x.parse_linkedom_ms));
  Object.assign(r.summary, {
    parser: 'parse5 -> linkedom (src/cli/load-document.ts)',
    parse_median_ms: round(parse), parse_linkedom_median_ms: round(parseOld), parse_ratio_median: round(parse / parseOld),
    empty_ours_linkedom: ok.filter((x) => !x.ours_chars_linkedom).length,
  });
  return r;
}
