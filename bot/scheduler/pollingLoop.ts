/**
 * Runs a pass, waits, runs the next: at once when the pass asks for more (a full batch) or when nudged,
 * otherwise after the interval. A failed pass is reported and the loop carries on. stop() lets the pass under way
 * finish.
 */
export class PollingLoop {
  readonly #pass: () => Promise<{ more: boolean }>;
  readonly #intervalMs: number;
  readonly #onError: (error: unknown) => void;
  #running: Promise<void> | undefined;
  #stopping = false;
  #nudged = false;
  #wake: (() => void) | undefined;

  constructor(pass: () => Promise<{ more: boolean }>, intervalMs: number, onError: (error: unknown) => void) {
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
      let more = false;
      try {
        more = (await this.#pass()).more;
      } catch (error) {
        this.#onError(error);
      }
      if (!more && !this.#stopping) await this.#sleep();
    }
  }

  async #sleep(): Promise<void> {
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
      const timer = setTimeout(done, this.#intervalMs);
      timer.unref();
      this.#wake = done;
    });
  }
}
