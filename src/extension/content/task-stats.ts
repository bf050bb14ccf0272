// Times each synchronous slice of the content script's work: the longest one is what the page's
// main thread felt from us (the benchmark reports it beside the browser's own long-task entries).
export class TaskStats {
  longestMs = 0;
  totalMs = 0;
  tasks = 0;
  /** Longest task per stage (extract, analyze, prepare, paint, publish). */
  readonly longestBy: Record<string, number> = {};

  run<T>(fn: () => T, stage = 'other'): T {
    const t0 = performance.now();
    try {
      return fn();
    } finally {
      const ms = performance.now() - t0;
      this.totalMs += ms;
      this.tasks++;
      if (ms > this.longestMs) this.longestMs = ms;
      if (ms > (this.longestBy[stage] ?? 0)) this.longestBy[stage] = ms;
    }
  }
}
