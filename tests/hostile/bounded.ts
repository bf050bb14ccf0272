// Runs hostile cases in a worker thread with a hard deadline: a case that hangs is killed and fails,
// and the suite goes on. The time limit asserted is the time of the call itself, measured in the worker.
import { Worker } from 'node:worker_threads';
import { buildSync } from 'esbuild';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
let bundled: string | null = null;

/** The worker, bundled once per test process (esbuild, installed with tsx): starts in well under a second. */
function workerFile(): string {
  if (bundled) return bundled;
  const out = path.join(ROOT, '.tmp/hostile', `worker-${process.pid}.mjs`);
  mkdirSync(path.dirname(out), { recursive: true });
  buildSync({
    entryPoints: [fileURLToPath(new URL('./bounded-worker.ts', import.meta.url))], bundle: true, platform: 'node',
    format: 'esm', packages: 'external', outfile: out, logLevel: 'error', target: 'node20', absWorkingDir: ROOT,
  });
  return (bundled = out);
}

export interface Job {
  kind: 'analyze' | 'extract';
  text?: string;
  published?: string | null;
  html?: string;
  /** 'linkedom' | 'happy-dom' */
  dom?: string;
  /** a named document builder in documents.ts instead of parsing html */
  build?: string;
  url?: string;
}
export interface Outcome { ok: boolean; ms: number; error: string | null; summary: unknown; killed?: boolean }

export class BoundedRunner {
  private worker: Worker | null = null;
  private ready: Promise<void> | null = null;
  private next = 0;

  private start(): Promise<void> {
    const w = new Worker(workerFile());
    this.worker = w;
    this.ready = new Promise((res, rej) => {
      const onMsg = (m: { ready?: boolean }) => { if (m?.ready) { w.off('message', onMsg); res(); } };
      w.on('message', onMsg);
      w.once('error', rej);
    });
    return this.ready;
  }

  /** Runs a job; resolves with a failed outcome (killed) when it takes longer than hardMs. */
  async run(job: Job, hardMs: number): Promise<Outcome> {
    if (!this.worker) await this.start();
    else await this.ready;
    const w = this.worker!;
    const id = ++this.next;
    return new Promise<Outcome>((resolve) => {
      const timer = setTimeout(() => {
        w.off('message', onMsg);
        void w.terminate();
        this.worker = null;
        resolve({ ok: false, ms: hardMs, error: `no answer within ${hardMs} ms (killed)`, summary: null, killed: true });
      }, hardMs);
      const onMsg = (m: Outcome & { id?: number }) => {
        if (m?.id !== id) return;
        clearTimeout(timer);
        w.off('message', onMsg);
        resolve(m);
      };
      w.on('message', onMsg);
      w.postMessage({ ...job, id });
    });
  }

  async close(): Promise<void> {
    await this.worker?.terminate();
    this.worker = null;
  }
}

/** Throws unless the outcome passed its checks within ms. */
export function expectBounded(label: string, o: Outcome, ms: number): void {
  if (!o.ok) throw new Error(`${label}: ${o.error}`);
  if (o.ms > ms) throw new Error(`${label}: took ${Math.round(o.ms)} ms (limit ${ms} ms)`);
}
