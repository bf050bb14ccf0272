// Worker thread for the hostile suites (bundled by bounded.ts): runs one parser or page-layer call on
// a big input and checks the answer here (DOM nodes cannot leave the thread). The parent kills the
// thread when it overruns, so a catastrophic case fails its test instead of hanging the suite.
import { parentPort } from 'node:worker_threads';
import { analyze } from '../../src/core/index.ts';
import { extractArticle } from '../../src/page/extract/extract-article.ts';
import { checkAnalysis, checkExtracted } from './invariants.ts';
import { makeDocument, type DomName } from './documents.ts';

// warm the JIT once so the first timed case is not a cold start
analyze({ text: 'Maria Keller said on Monday that "it works." Experts believe it, sources said.', published: '2021-03-01' });

parentPort!.on('message', async (job) => {
  const out = { id: job.id, ok: true, ms: 0, error: null as string | null, summary: null as unknown };
  try {
    if (job.kind === 'analyze') {
      const t0 = performance.now();
      const a = analyze({ text: job.text, published: job.published ?? null });
      out.ms = performance.now() - t0;
      checkAnalysis(job.text, a);
      out.summary = { attributions: a.attributions.length, entities: a.entities.length, timexes: a.timexes.length };
    } else if (job.kind === 'extract') {
      const doc = await makeDocument(job.dom as DomName, job.html, job.build);
      const t0 = performance.now();
      const art = extractArticle(doc, job.url ?? 'https://example.org/news/story');
      out.ms = performance.now() - t0;
      checkExtracted(doc, art);
      out.summary = { chars: art.text.length, segments: art.segments.length, published: art.published, title: art.title.slice(0, 80) };
    } else throw new Error(`unknown job ${job.kind}`);
  } catch (err) {
    out.ok = false;
    out.error = String((err as Error)?.stack ?? err).split('\n').slice(0, 6).join('\n');
  }
  parentPort!.postMessage(out);
});
parentPort!.postMessage({ ready: true });
