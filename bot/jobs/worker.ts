/**
 * A background job: the composition root starts every worker once the server listens and stops them, in reverse
 * order, before the store closes.
 */
export interface Worker {
  /** Runs passes until stop(). */
  start(): void;
  /** Finishes the pass under way (and anything it started) and stops. */
  stop(): Promise<void>;
  /** There may be work now: run a pass at once rather than at the next interval. */
  nudge(): void;
}

/** Starts the workers in the order given. */
export function startWorkers(workers: readonly Worker[]): void {
  for (const worker of workers) worker.start();
}

/** Stops the workers one after another, last started first, so none is left working for one already stopped. */
export async function stopWorkers(workers: readonly Worker[]): Promise<void> {
  for (const worker of [...workers].reverse()) await worker.stop();
}
