import { fillDemoData } from '../bot/insight/demoData.ts';
import { startBot } from '../test/support/startBot.ts';
import { formatNanoseconds, type BenchResult } from './measure.ts';

const NOW = new Date('2026-11-20T10:00:00Z');
const REQUESTS = 40;
/** The target for the page on a year of demo data, embedded store. */
const TARGET_MS = 300;

/** Median nanoseconds of sequential GETs of a path, after a few warm-up requests. */
async function medianRequestNs(url: string): Promise<number> {
  const timings: number[] = [];
  for (let request = 0; request < REQUESTS + 5; request++) {
    const start = process.hrtime.bigint();
    const response = await fetch(url);
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
    if (request >= 5) timings.push(Number(process.hrtime.bigint() - start));
  }
  timings.sort((a, b) => a - b);
  return timings[Math.floor(timings.length / 2)] ?? Number.NaN;
}

/**
 * The insight page for the twelve months of demo data (local mode, PGlite), through the real HTTP server, against
 * GET /healthz on the same server: the same HTTP path, without the store query, the measures and the rendering.
 */
export default async function insightBench(): Promise<BenchResult[]> {
  const bot = await startBot({ time: { now: () => NOW } });
  try {
    const summary = await fillDemoData(bot.app.db, bot.app.boards.board('sample-partnership')!, { until: NOW });
    const records = Object.values(summary).reduce((sum, count) => sum + count, 0);
    const page = await medianRequestNs(`${bot.baseUrl}/insight`);
    const health = await medianRequestNs(`${bot.baseUrl}/healthz`);
    const pageMs = page / 1e6;
    return [
      {
        name: `GET /insight, a year of demo data (${records} records) on ${bot.app.storageEngine}`,
        baselineName: 'GET /healthz on the same server',
        ratio: page / health,
        detail: `${formatNanoseconds(page)} per page (target under ${TARGET_MS} ms: ${pageMs < TARGET_MS ? 'met' : 'MISSED'}) vs ${formatNanoseconds(health)}`,
      },
    ];
  } finally {
    await bot.stop();
  }
}
