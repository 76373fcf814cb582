import type { Worker } from './worker.ts';

/** What a pass tells the loop: run again at once (a full batch), or wait at most waitMs (never past the interval). */
export interface PassResult {
  more: boolean;
  waitMs?: number;
}

/**
 * Runs a pass, waits, runs the next: at once when the pass asks for more (a full batch) or when nudged,
 * otherwise after the interval or the shorter wait the pass asked for. A failed pass is reported and the loop
 * carries on. stop() lets the pass under way finish.
 */
export class PollingLoop implements Worker {
  readonly #pass: () => Promise<PassResult>;
  readonly #intervalMs: number;
  readonly #onError: (error: unknown) => void;
  #running: Promise<void> | undefined;
  #stopping = false;
  #nudged = false;
  #wake: (() => void) | undefined;

  constructor(pass: () => Promise<PassResult>, intervalMs: number, onError: (error: unknown) => void) {
    this.#pass = pass;
    this.#intervalMs = intervalMs;
    this.#onError = onError;
  }

  start(): void {
    this.#stopping = false;
    this.#running ??= this.#run();
  }

  nudge(): void {
    this.#nudged = true;
    this.#wake?.();
  }

  async stop(): Promise<void> {
    this.#stopping = true;
    this.#wake?.();
    await this.#running;
    this.#running = undefined;
  }

  async #run(): Promise<void> {
    while (!this.#stopping) {
      let result: PassResult = { more: false };
      try {
        result = await this.#pass();
      } catch (error) {
        this.#onError(error);
      }
      if (!result.more && !this.#stopping) await this.#sleep(Math.max(0, Math.min(this.#intervalMs, result.waitMs ?? Infinity)));
    }
  }

  async #sleep(waitMs: number): Promise<void> {
    if (this.#nudged) {
      this.#nudged = false;
      return;
    }
    await new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.#wake = undefined;
        this.#nudged = false;
        resolve();
      };
      const timer = setTimeout(done, waitMs);
      timer.unref();
      this.#wake = done;
    });
  }
}
