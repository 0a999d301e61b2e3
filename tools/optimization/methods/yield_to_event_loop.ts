/**
 * Lets the event loop run before the next slice of a long computation. A surrogate fit and its
 * acquisition take ~100 ms on a busy server: in one piece they held every other request there,
 * /healthz included; in slices the other requests go in between, and the numbers stay the same.
 */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
