// The readable table of a bench run (stdout and bench/results.md).
const f = (x, d = 2) => (x == null || !Number.isFinite(x) ? '—' : Number(x).toLocaleString('en-US', { maximumFractionDigits: d }));
const kb = (b) => (b == null ? '—' : `${f(b / 1024, 1)} KB`);
const nm = (s) => (s && s.measured === false ? `not measured (${s.why})` : null);

export function renderTable(r) {
  const L = [];
  L.push(`# Sourcelight bench — ${r.date}`, '');
  L.push(`Machine: ${r.machine.cpus} × ${r.machine.cpu}, load ${r.machine.loadavg.join(' ')}, Node ${r.machine.node}; commit ${r.git}${r.quick ? '; --quick' : ''}.`);
  L.push('Reproduce: `npm run bench` (all figures in one run; ratios are against baselines measured in the same run).', '');

  L.push('## Budgets', '', '| budget | measured | limit | |', '|---|---:|---:|---|');
  for (const b of r.budgets ?? []) L.push(`| ${b.name} | ${b.value == null ? '—' : f(b.value, 2) + ' ' + b.unit} | ${b.cmp} ${b.limit} ${b.unit} | **${b.status}** |`);
  L.push('');

  L.push('## Figures', '', '| figure | ours | baseline | ours / baseline |', '|---|---:|---:|---:|');
  for (const [key, label] of [['extract_chromium', 'finding the article, Chromium'], ['extract_node', 'finding the article, Node + linkedom']]) {
    const s = r[key];
    if (!s) continue;
    if (nm(s)) { L.push(`| ${label} | ${nm(s)} | | |`); continue; }
    L.push(`| ${label}: median per page (${s.measured}/${s.pages} pages) | ${f(s.ours_median_ms)} ms | Readability ${f(s.readability_median_ms)} ms | ${f(s.ratio_median)} (per-page median ${f(s.ratio_per_page_median)}) |`);
    L.push(`| ${label}: p95 per page | ${f(s.ours_p95_ms)} ms | Readability ${f(s.readability_p95_ms)} ms | ${f(s.ratio_p95)} |`);
    L.push(`| ${label}: median, Readability incl. cloning the document | ${f(s.ours_median_ms)} ms | ${f(s.readability_with_clone_median_ms)} ms | ${f(s.ratio_vs_clone_and_parse_median)} |`);
  }
  const a = r.analyze;
  if (a) L.push(nm(a) ? `| analyze throughput | ${nm(a)} | | |` :
    `| analyze throughput, PolNeAR dev (${a.texts} texts, ${f(a.words, 0)} words) | ${f(a.ours_words_per_s, 0)} words/s | compromise tagging ${f(a.compromise_words_per_s, 0)} words/s | ${f(a.ratio, 1)}× faster |`,
  ...(a && !nm(a) ? [`| analyze latency per 1,000 words (median text) | ${f(a.ms_per_1000_words_median, 2)} ms | | |`] : []));
  const l = r.linearity;
  if (l) L.push(nm(l) ? `| linearity | ${nm(l)} | | |` :
    `| one article of ${l.articles} concatenated (${f(l.words, 0)} words) vs ${l.articles} separate | ${f(l.long_ms)} ms | ${f(l.separate_ms)} ms | ${f(l.ratio, 2)} |`);
  const p = r.pages;
  if (p) {
    if (nm(p)) L.push(`| time to painted highlights, longest task | ${nm(p)} | | |`);
    else {
      L.push(`| real pages in Chromium ${p.chromium ?? ''} (${p.read}/${p.pages} read; ${f((p.share_with_highlights ?? 0) * 100, 0)} % with highlights): navigation → painted highlights, median / p95 | ${f(p.painted_ms_median, 0)} ms / ${f(p.painted_ms_p95, 0)} ms | | |`);
      L.push(`| longest main-thread task of the extension, median / p95 page (content script's own timing) | ${f(p.longest_task_self_ms_median, 1)} ms / ${f(p.longest_task_self_ms_p95, 1)} ms | | |`);
      L.push(`| long tasks (≥ 50 ms) the browser saw during the extension's work, median / p95 page | ${f(p.longest_task_browser_ms_median, 1)} ms / ${f(p.longest_task_browser_ms_p95, 1)} ms | | |`);
      L.push(`| in-page stages, median page: extract / analyze / paint | ${f(p.extract_ms_median, 1)} / ${f(p.analyze_ms_median, 1)} / ${f(p.paint_ms_median, 1)} ms | | |`);
    }
  }
  const m = r.memory;
  if (m) L.push(nm(m) ? `| memory added to a page | ${nm(m)} | | |` :
    `| JS heap added to a page by the extension (${m.read_by_extension}/${m.pages} pages read), median / p95 | ${f(m.added_kb_median, 0)} KB / ${f(m.added_kb_p95, 0)} KB | page without it ${f(m.heap_without_kb_median, 0)} KB | |`);
  const y = r.payloads;
  if (y) {
    if (nm(y)) L.push(`| payloads | ${nm(y)} | | |`);
    else for (const k of ['content', 'popup', 'background']) {
      const s = y[k];
      L.push(`| ${k === 'content' ? 'injected into a page (content script)' : k}, minified + gzip | ${kb(s.gzip_bytes)} (${kb(s.bytes)} minified, ${s.files.length} file${s.files.length === 1 ? '' : 's'}) | | ${s.on_demand.files.length ? `+ ${kb(s.on_demand.gzip_bytes)} on demand` : ''} |`);
    }
  }
  L.push('');
  if (r.notes?.length) L.push('Notes:', ...r.notes.map((n) => `- ${n}`), '');
  const errs = ['extract_chromium', 'extract_node'].flatMap((k) => (r[k]?.errors ?? []).map((e) => `${k}: ${e.name}: ${e.error}`));
  if (errs.length) L.push('Page errors:', ...errs.slice(0, 10).map((e) => `- ${e.split('\n')[0]}`), '');
  return L.join('\n') + '\n';
}
