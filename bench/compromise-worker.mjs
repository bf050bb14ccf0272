// The compromise baseline of bench/analyze-speed.mjs, in a worker thread: its own engine heap, so
// the baseline's garbage collections never land in (or age the compiled code of) the rounds of
// the parser measured on the main thread, and the other way round. It times each round itself.
import { parentPort, workerData } from 'node:worker_threads';
import nlp from 'compromise';

// compromise tags on construction (tokenize, pre- and post-tagger); .terms() reads the tagged terms.
const compromiseTag = (text) => nlp(text).terms().length;
const texts = workerData.texts;
/** A round is whole passes over the texts until this much time has passed (0: one pass). */
const minRoundMs = workerData.minRoundMs ?? 0;

const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };

// one round: wall time (the bench) and CPU time (scripts/profile-analyze.mjs), in ms per pass
parentPort.on('message', (msg) => {
  if (msg !== 'run') return;
  const t0 = performance.now();
  const c0 = cpu();
  let passes = 0;
  do {
    for (const t of texts) compromiseTag(t);
    passes++;
  } while (performance.now() - t0 < minRoundMs);
  parentPort.postMessage({ wall: (performance.now() - t0) / passes, cpu: (cpu() - c0) / passes, passes });
});
