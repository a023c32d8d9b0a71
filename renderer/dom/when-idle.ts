/**
 * Runs `work` once the page is idle (after the next frames are painted), or after `timeoutMilliseconds` at the latest;
 * returns a function that cancels it. Where the browser has no idle callbacks, a short timeout stands in.
 */
export function whenIdle(work: () => void, timeoutMilliseconds = 1000): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(() => work(), { timeout: timeoutMilliseconds });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = setTimeout(work, 50);
  return () => clearTimeout(handle);
}
