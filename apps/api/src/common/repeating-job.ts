import type { Logger } from '@nestjs/common';

export const HOUR_MS = 60 * 60 * 1000;

/**
 * Runs `job` every `intervalMs` in the background (the timer never keeps the process alive). A run
 * still going when the next is due is not started twice; a failure is logged as a warning and the
 * job runs again at the next tick. Returns the function that stops it.
 */
export function repeatEvery(intervalMs: number, job: () => Promise<unknown>, logger: Logger, what: string): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    job()
      .catch((error: unknown) => logger.warn({ err: error }, `${what} failed; will retry`))
      .finally(() => {
        running = false;
      });
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
