/** The longest the deferred start-up work waits for an idle moment. */
export const FIRST_SCREEN_WAIT_MS = 1000;

/**
 * Runs `work` once the first screen has had its turn: at the browser's next idle moment (the
 * first render, its database reads and its paint come first), or after FIRST_SCREEN_WAIT_MS at
 * the latest. Where the browser has no idle callbacks, after one frame and a task.
 */
export function afterFirstScreen(work: () => void): void {
  if (typeof requestIdleCallback === 'function') {
    requestIdleCallback(() => work(), { timeout: FIRST_SCREEN_WAIT_MS });
  } else {
    requestAnimationFrame(() => setTimeout(work, 0));
  }
}
