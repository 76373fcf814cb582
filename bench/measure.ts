/** One line of the benchmark table: a cost as a ratio to a baseline measured in the same run. */
export type BenchResult = {
  name: string;
  baselineName: string;
  /** Cost of `name` divided by cost of `baselineName`: 3 means three times as slow. */
  ratio: number;
  detail: string;
};

const ROUNDS = 5;
const ROUND_MS = 100;

/** Median nanoseconds per call of `operation(i)` over a few timed rounds, after a warm-up. */
export function nanosecondsPerCall(operation: (iteration: number) => unknown): number {
  let batch = 1;
  for (let warmUpStart = performance.now(); performance.now() - warmUpStart < ROUND_MS; batch *= 2) {
    for (let i = 0; i < batch; i++) operation(i);
  }
  const perCall: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    let calls = 0;
    const start = process.hrtime.bigint();
    let elapsedNs = 0n;
    while (elapsedNs < BigInt(ROUND_MS * 1_000_000)) {
      for (let i = 0; i < batch; i++) operation(calls + i);
      calls += batch;
      elapsedNs = process.hrtime.bigint() - start;
    }
    perCall.push(Number(elapsedNs) / calls);
  }
  perCall.sort((a, b) => a - b);
  return perCall[Math.floor(ROUNDS / 2)] ?? Number.NaN;
}

export function formatNanoseconds(nanoseconds: number): string {
  return nanoseconds >= 1_000_000 ? `${(nanoseconds / 1_000_000).toFixed(2)} ms` : `${(nanoseconds / 1000).toFixed(2)} µs`;
}
