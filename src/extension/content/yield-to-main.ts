// Give the page a turn between slices of our work, so no single task of ours blocks input for
// long. scheduler.yield() keeps our place in the queue where it exists (Chromium 129+).
export function yieldToMain(): Promise<void> {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof s?.yield === 'function') return s.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Resolves just after the next frame has been rendered (its style and layout are then clean), or
 * after `maxMs` where no frame comes (a hidden tab renders none).
 */
export function afterNextFrame(maxMs = 100): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, maxMs);
    requestAnimationFrame(() => setTimeout(() => { clearTimeout(timer); resolve(); }, 0));
  });
}
