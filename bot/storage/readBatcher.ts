/**
 * Reads by key that arrive while one is under way wait for it to finish and then go together, in one query: under
 * load, one round trip serves many turns, and a read alone goes at once. Each batch's query starts after every read in
 * it was asked for, so none sees older data than it would alone.
 */
export class ReadBatcher<Value> {
  readonly #load: (keys: string[]) => Promise<Map<string, Value>>;
  #waiting: Array<{ keys: string[]; resolve: (values: Map<string, Value>) => void; reject: (error: unknown) => void }> = [];
  #loading = false;

  constructor(load: (keys: string[]) => Promise<Map<string, Value>>) {
    this.#load = load;
  }

  /** The values found for these keys (and perhaps for others asked for in the same batch). */
  read(keys: string[]): Promise<Map<string, Value>> {
    const answer = new Promise<Map<string, Value>>((resolve, reject) => this.#waiting.push({ keys, resolve, reject }));
    if (!this.#loading) void this.#loadWhileWaiting();
    return answer;
  }

  async #loadWhileWaiting(): Promise<void> {
    this.#loading = true;
    while (this.#waiting.length > 0) {
      const batch = this.#waiting;
      this.#waiting = [];
      try {
        const values = await this.#load([...new Set(batch.flatMap(({ keys }) => keys))]);
        for (const { resolve } of batch) resolve(values);
      } catch (error) {
        for (const { reject } of batch) reject(error);
      }
    }
    this.#loading = false;
  }
}
