import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { FakeConnector } from '../test/support/fakeConnector.ts';
import { spawnBot, type BotProcess } from '../test/support/spawnBot.ts';
import type { BenchResult } from './measure.ts';
import { cpuMillisecondsOf, residentBytesOf } from './turns/processStats.ts';
import { storeStatementsCpuPerTurn } from './turns/storeStatements.ts';
import { driveConversations, percentile, TURNS_PER_CONVERSATION, type PhaseTimings } from './turns/teamsTraffic.ts';

/** TURN_BENCH_SCALE=5 runs five times as many conversations per round (steadier ratios, a longer run). */
const SCALE = Math.max(1, Number(process.env.TURN_BENCH_SCALE ?? 1));
const ROUNDS = 3;
const SERIAL_CONVERSATIONS = 10 * SCALE;
const CONCURRENT_CONVERSATIONS = 48 * SCALE;
const CONCURRENCY = 16;
/** Conversations each bot serves before measuring, so both are measured warm (their code compiled, pools filled). */
const WARM_UP_CONVERSATIONS = 100;
const IDLE_SETTLE_MS = 2_000;
const FLOOR_SCRIPT = join(import.meta.dirname, 'floor', 'echoBot.ts');

/** What one bot process measured over every round. */
class Measurements {
  readonly timings = new Map<number, PhaseTimings & { cpuMilliseconds: number }>();
  idleResidentBytes = 0;
  loadedResidentBytes = 0;

  add(concurrency: number, phase: PhaseTimings, cpuMilliseconds: number): void {
    const sofar = this.timings.get(concurrency) ?? { turnMilliseconds: [], wallMilliseconds: 0, cpuMilliseconds: 0 };
    sofar.turnMilliseconds.push(...phase.turnMilliseconds);
    sofar.wallMilliseconds += phase.wallMilliseconds;
    sofar.cpuMilliseconds += cpuMilliseconds;
    this.timings.set(concurrency, sofar);
  }

  at(concurrency: number) {
    const phase = this.timings.get(concurrency)!;
    const turns = phase.turnMilliseconds.length;
    return {
      cpuPerTurn: phase.cpuMilliseconds / turns,
      turnsPerSecond: (turns * 1000) / phase.wallMilliseconds,
      p50: percentile(phase.turnMilliseconds, 0.5),
      p99: percentile(phase.turnMilliseconds, 0.99),
    };
  }
}

interface StartedBot {
  bot: BotProcess;
  readyMilliseconds: number;
}

/** Spawns a bot and waits until /readyz answers 200: the time a load balancer would wait before sending it traffic. */
async function startUntilReady(env: Record<string, string>, script?: string): Promise<StartedBot> {
  const start = performance.now();
  const bot = await spawnBot(env, script);
  for (;;) {
    const response = await fetch(`${bot.baseUrl}/readyz`).catch(() => undefined);
    await response?.arrayBuffer();
    if (response?.status === 200) return { bot, readyMilliseconds: performance.now() - start };
    await sleep(10);
  }
}

async function measurePhase(started: StartedBot, measurements: Measurements, connector: FakeConnector, conversations: number, concurrency: number) {
  const pid = started.bot.child.pid!;
  const cpuBefore = cpuMillisecondsOf(pid);
  const phase = await driveConversations(started.bot.baseUrl, connector.url, conversations, concurrency);
  measurements.add(concurrency, phase, cpuMillisecondsOf(pid) - cpuBefore);
  connector.clear();
}

const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
const milliseconds = (value: number) => `${value.toFixed(value < 10 ? 2 : 0)} ms`;
const verdict = (met: boolean) => (met ? 'met' : 'NOT met');

function turnResults(product: Measurements, floor: Measurements): BenchResult[] {
  return [1, CONCURRENCY].flatMap((concurrency) => {
    const ours = product.at(concurrency);
    const bare = floor.at(concurrency);
    const throughput = ours.turnsPerSecond / bare.turnsPerSecond;
    const goals = concurrency === CONCURRENCY;
    return [
      {
        name: `CPU per turn, C=${concurrency}`,
        baselineName: 'echo bot (floor)',
        ratio: ours.cpuPerTurn / bare.cpuPerTurn,
        detail: `${milliseconds(ours.cpuPerTurn)} vs ${milliseconds(bare.cpuPerTurn)}` + (goals ? `; goal ≤ ×2.5 ${verdict(ours.cpuPerTurn / bare.cpuPerTurn <= 2.5)}` : ''),
      },
      {
        name: `time per turn (1/throughput), C=${concurrency}`,
        baselineName: 'echo bot (floor)',
        ratio: 1 / throughput,
        detail: `${ours.turnsPerSecond.toFixed(0)} vs ${bare.turnsPerSecond.toFixed(0)} turns/s = ×${throughput.toFixed(2)} the floor's` + (goals ? `; goal ≥ ×0.4 ${verdict(throughput >= 0.4)}` : ''),
      },
      {
        name: `p99 turn latency, C=${concurrency}`,
        baselineName: 'echo bot (floor)',
        ratio: ours.p99 / bare.p99,
        detail:
          `p50 ${milliseconds(ours.p50)} p99 ${milliseconds(ours.p99)} vs p50 ${milliseconds(bare.p50)} p99 ${milliseconds(bare.p99)}` + (goals ? `; goal p99 ≤ 50 ms ${verdict(ours.p99 <= 50)}` : ''),
      },
    ];
  });
}

/**
 * What the store's two statements alone cost a turn: the part of CPU per turn no other change in the product removes.
 * Turns run on one thread, so the same sum bounds turns per second, and with it how long a turn waits among the others.
 */
function storeBound(storeCpuPerTurn: number, product: Measurements, floor: Measurements): BenchResult {
  const { cpuPerTurn } = product.at(CONCURRENCY);
  const { cpuPerTurn: floorCpu, turnsPerSecond: floorTurnsPerSecond } = floor.at(CONCURRENCY);
  const mostTurnsPerSecond = 1_000 / (floorCpu + storeCpuPerTurn);
  return {
    name: 'CPU of the two store statements of a turn alone (PGlite, in process)',
    baselineName: 'echo bot (floor)',
    ratio: storeCpuPerTurn / floorCpu,
    detail:
      `${milliseconds(storeCpuPerTurn)}, ${Math.round((100 * storeCpuPerTurn) / cpuPerTurn)}% of the product's ${milliseconds(cpuPerTurn)} at C=${CONCURRENCY}; ` +
      `with the floor's own turn it bounds CPU per turn at ≥ ×${(1 + storeCpuPerTurn / floorCpu).toFixed(1)}, turns per second at ≤ ×${(mostTurnsPerSecond / floorTurnsPerSecond).toFixed(2)} the floor's, ` +
      `and the mean turn at ≥ ${milliseconds(CONCURRENCY * (floorCpu + storeCpuPerTurn))} with ${CONCURRENCY} in flight (Little's law), the p99 above that`,
  };
}

function memoryAndStartResults(product: Measurements, floor: Measurements, cold: number, warm: number, floorStart: number): BenchResult[] {
  return [
    {
      name: 'resident memory idle, fresh embedded store',
      baselineName: 'echo bot (floor)',
      ratio: product.idleResidentBytes / floor.idleResidentBytes,
      detail: `${megabytes(product.idleResidentBytes)} vs ${megabytes(floor.idleResidentBytes)}; goal ≤ 400 MB ${verdict(product.idleResidentBytes <= 400 * 1024 * 1024)}`,
    },
    {
      name: 'resident memory after load',
      baselineName: 'echo bot (floor)',
      ratio: product.loadedResidentBytes / floor.loadedResidentBytes,
      detail: `${megabytes(product.loadedResidentBytes)} vs ${megabytes(floor.loadedResidentBytes)}`,
    },
    { name: 'cold start to ready (fresh folder)', baselineName: 'echo bot start', ratio: cold / floorStart, detail: `${milliseconds(cold)} vs ${milliseconds(floorStart)}` },
    {
      name: 'warm start to ready (existing folder)',
      baselineName: 'echo bot start',
      ratio: warm / floorStart,
      detail: `${milliseconds(warm)} vs ${milliseconds(floorStart)}; goal ≤ 2 s ${verdict(warm <= 2_000)}`,
    },
  ];
}

/**
 * The product's turn against botbuilder's echo bot on the same stack, both child processes driven with the same
 * Teams personal chats (conversation update, then two messages; a fresh conversation each time), interleaved over
 * rounds so the machine's other load falls on both alike. CPU from /proc/<pid>/stat, memory from VmRSS.
 */
export default async function turnBench(): Promise<BenchResult[]> {
  const connector = new FakeConnector();
  await connector.start();
  const dataDir = mkdtempSync(join(tmpdir(), 'turn-bench-'));
  const productEnv = { DATA_DIR: join(dataDir, 'store'), LOCAL_CONNECTOR_URL: connector.url };
  const floorStarted = await startUntilReady({}, FLOOR_SCRIPT);
  const productStarted = await startUntilReady(productEnv);
  const bots = [
    { started: floorStarted, measurements: new Measurements() },
    { started: productStarted, measurements: new Measurements() },
  ];
  try {
    await sleep(IDLE_SETTLE_MS);
    for (const { started, measurements } of bots) measurements.idleResidentBytes = residentBytesOf(started.bot.child.pid!);
    for (const { started } of bots) await driveConversations(started.bot.baseUrl, connector.url, WARM_UP_CONVERSATIONS, CONCURRENCY);
    for (let round = 0; round < ROUNDS; round++) {
      const order = round % 2 === 0 ? bots : [...bots].reverse();
      for (const { started, measurements } of order) {
        await measurePhase(started, measurements, connector, SERIAL_CONVERSATIONS, 1);
        await measurePhase(started, measurements, connector, CONCURRENT_CONVERSATIONS, CONCURRENCY);
      }
    }
    for (const { started, measurements } of bots) measurements.loadedResidentBytes = residentBytesOf(started.bot.child.pid!);
    await productStarted.bot.stop();
    const warm = await startUntilReady(productEnv);
    await warm.bot.stop();
    const [floor, product] = bots.map(({ measurements }) => measurements) as [Measurements, Measurements];
    const storeCpuPerTurn = await storeStatementsCpuPerTurn(join(dataDir, 'statements'));
    const turns = (SERIAL_CONVERSATIONS + CONCURRENT_CONVERSATIONS) * TURNS_PER_CONVERSATION * ROUNDS;
    return [
      ...turnResults(product, floor).map((result) => ({ ...result, detail: `${result.detail} (${turns} turns over ${ROUNDS} rounds)` })),
      storeBound(storeCpuPerTurn, product, floor),
      ...memoryAndStartResults(product, floor, productStarted.readyMilliseconds, warm.readyMilliseconds, floorStarted.readyMilliseconds),
    ];
  } finally {
    await Promise.all(bots.map(({ started }) => started.bot.stop()));
    await connector.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
