// Give the page a turn between slices of our work, so no single task of ours blocks input for
// long. scheduler.yield() keeps our place in the queue where it exists (Chromium 129+).
export function yieldToMain(): Promise<void> {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof s?.yield === 'function') return s.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
